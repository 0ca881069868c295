/**
 * The guide's search vocabulary, derived from the data (never written by hand): every service page's official,
 * short, former and vendor-prefixed names, its slug and its aliases; every counterpart's names (leading to the
 * comparison pages that list it, since it has no page); every category's label. Served as
 * /search-vocabulary.json for the search dialog and the 404 page; read by ./correct.ts.
 */
import { CLOUD_INFO } from '../clouds';
import type { Guide, ServicePage } from '../data/guide';
import { pageHref } from '../data/links';
import type { ServiceData } from '../schemas';
import { isCommonWord, nameKey, normalize, type Vocabulary } from './correct';

/**
 * The word only this page's index entry carries (in its `search-names` metadata): "pgawssdx" for aws/s3. Letters only
 * (Pagefind splits words at digits, so a digit is written as a letter: 0 -> a, 3 -> d) and ending in "x", which no
 * English stemmer removes; so no key is another's stem or prefix (buildVocabulary checks).
 */
export const searchKey = (id: string): string =>
	`pg${id
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '')
		.replace(/[0-9]/g, (d) => String.fromCharCode(97 + Number(d)))}x`;

/** Names people search a service by: official, short and former names, plus the vendor-prefixed form of short and
 * former names ("Google Cloud Functions", "Amazon SQS"); each once, case-insensitively. */
export function searchNames(s: Pick<ServiceData, 'cloud' | 'name' | 'shortName' | 'formerNames'>): string[] {
	const { vendorPrefixes, searchPrefix } = CLOUD_INFO[s.cloud];
	const base = [s.shortName, ...s.formerNames.map((f) => f.name)];
	const prefixed = base.filter((n) => !vendorPrefixes.some((p) => n.startsWith(p))).map((n) => `${searchPrefix} ${n}`);
	return unique([s.name, ...base, ...prefixed]);
}

/** The same names without a vendor prefix ("Amazon Aurora" -> "Aurora"), as people often type them. */
function withoutVendor(cloud: ServiceData['cloud'], names: string[]): string[] {
	return names.flatMap((n) => {
		const p = CLOUD_INFO[cloud].vendorPrefixes.find((v) => n.startsWith(`${v} `));
		const rest = p ? n.slice(p.length + 1) : '';
		// "Google Cloud Run" gives "Run", which is just a word: keep only what still names something.
		return rest.length >= 3 && !isCommonWord(rest) ? [rest] : [];
	});
}

/** A name's words, lower case, without a plural s ("Secrets Manager" and "Secret Manager" share them). */
const stems = (name: string) => normalize(name).split(' ').map((w) => w.replace(/(?<=[a-z]{3})s$/, ''));

export function unique(names: string[], taken = new Set<string>()): string[] {
	return names.filter((n) => !taken.has(n.toLowerCase()) && Boolean(taken.add(n.toLowerCase())));
}

/** "Amazon Simple Notification Service (Amazon SNS)": the name and the short form in brackets, each on its own. */
const splitBrackets = (name: string): string[] => {
	const b = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
	return b ? [b[1]!, b[2]!] : [name];
};

export function buildVocabulary(guide: Guide): Vocabulary {
	const targets: Vocabulary['targets'] = [];
	const names = new Map<string, { shown: string; to: number[] }>();
	const add = (name: string, to: number) => {
		const key = nameKey(name);
		if (key.length < 2) return;
		const entry = names.get(key) ?? { shown: name, to: [] };
		if (!entry.to.includes(to)) entry.to.push(to);
		names.set(key, entry);
	};
	const labels = new Map<string, number>();
	/** Per service page, its own names (keyed): official, short, former, vendor-prefixed and bare, title, slug. */
	const ownOf = new Map<number, Set<string>>();
	const compareIndex = new Map(guide.categories.map((c, i) => [c.id, guide.pages.length + i]));
	guide.pages.forEach((p: ServicePage, i) => {
		targets.push([searchKey(p.id), p.ref.href, p.title, p.categories.map((c) => compareIndex.get(c)!), [], 0]);
		const own = [p.title, ...searchNames(p.data)].flatMap(splitBrackets);
		const pageNames = [...own, ...withoutVendor(p.data.cloud, own), p.id.split('/')[1]!.replaceAll('-', ' ')];
		ownOf.set(i, new Set(pageNames.map(nameKey)));
		for (const n of [...pageNames, ...p.data.aliases.flatMap(splitBrackets)]) add(n, i);
	});
	const ownNames = new Set([...ownOf.values()].flatMap((set) => [...set]));
	// A counterpart leads to its home comparison: the first category in categories.yaml that lists it.
	const homeOf = (id: string) => guide.listedIn.get(id)?.[0];
	for (const c of guide.categories) {
		const i = compareIndex.get(c.id)!;
		targets.push([searchKey(`compare/${c.id}`), pageHref(`compare/${c.id}`), `${c.label} compared`, [], [], 0]);
		add(c.label, i);
		labels.set(nameKey(c.label), i);
		for (const cloud of Object.keys(c.resolved) as (keyof typeof c.resolved)[]) {
			for (const ref of c.resolved[cloud]) {
				if (ref.hasPage || homeOf(ref.id) !== c.id) continue;
				const counterpartNames = [ref.name, ...ref.formerNames.map((f) => f.name)].flatMap(splitBrackets);
				for (const n of [...counterpartNames, ...withoutVendor(cloud, counterpartNames)]) add(n, i);
			}
		}
	}
	// Names of a page win over the same words leading to a comparison page ("Batch" is AWS Batch, not a category).
	const pageCount = guide.pages.length;
	const entries = [...names].map(([key, { shown, to }]) => {
		const pages = to.filter((t) => t < pageCount);
		// A category's own label ("object storage") leads to its comparison, even where a page also lists it as an
		// alias; but a page's own name stays the page's ("API Management" is Azure's service and a category).
		const label = ownNames.has(key) ? undefined : labels.get(key);
		return { key, shown, to: label !== undefined ? [label] : pages.length > 0 ? pages : to, words: stems(shown) };
	});
	// A name is contested when another page's names hold every word of it ("Cloud Run" is in "Cloud Run functions";
	// "Logs Insights" in Azure Monitor's "Log Analytics" and "Application Insights"): Pagefind may rank that page first.
	const wordsOf = new Map<number, Set<string>>();
	for (const e of entries) for (const t of e.to) for (const w of e.words) wordsOf.set(t, (wordsOf.get(t) ?? new Set()).add(w));
	const contested = (e: (typeof entries)[number]) =>
		[...wordsOf].some(([t, words]) => !e.to.includes(t) && e.words.every((w) => words.has(w)));
	const keys = targets.map((t) => t[0]);
	const clash = keys.find((k) => keys.some((o) => o !== k && o.startsWith(k)));
	if (clash) throw new Error(`search key "${clash}" is the start of another page's key; the search could not tell them apart`);
	// Each page's own names first (counted in `own`), then its aliases.
	const own = (e: (typeof entries)[number], t: number) => ownOf.get(t)?.has(e.key) ?? false;
	for (const [t, target] of targets.entries()) {
		const mine = entries.filter((e) => e.to.includes(t));
		const ordered = [...mine.filter((e) => own(e, t)), ...mine.filter((e) => !own(e, t))];
		target[4] = ordered.map((e) => `${contested(e) ? '!' : ''}${e.shown}`);
		target[5] = mine.filter((e) => own(e, t)).length;
	}
	return { targets };
}
