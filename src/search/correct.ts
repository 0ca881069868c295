/**
 * Query correction against the guide's own vocabulary (./vocabulary.ts): every name, short name, former name and
 * alias of a service page, the names of counterparts without a page, and the categories. Used by the search dialog
 * (before Pagefind searches, through its processTerm hook), by the 404 page's suggestions, and by the ranking tests,
 * so all three read a query the same way. Plain TypeScript with no imports: it runs in the browser as it is.
 *
 * A query is cut into words; every run of up to eight words is joined without spaces ("big query" -> "bigquery",
 * "pub/sub" -> "pubsub") and looked up, first exactly, then within one edit (two for names of seven letters or more; a swap of two
 * letters is one edit; the first letter must match). The longest, closest matches win, without overlapping.
 * "X vs Y" (also "versus", "or", "compared to", "difference between X and Y") is read as two names.
 *
 * Pagefind returns only pages holding every word of a query, so what is searched is chosen with care:
 * - a misspelt name, or one spaced differently, is replaced by the name ("dynamdb streams" -> "DynamoDB streams",
 *   "red shift" -> "Redshift"), and the dialog says "Showing results for …"; a name written with other hyphens or
 *   case is searched as the guide writes it ("dead letter queue" -> "dead-letter queue"), with no note;
 * - a name another page's name contains ("Cloud Run" in "Cloud Run functions") is searched by the page's search
 *   key, a word only that page's index entry carries (in its `search-names` metadata), so it ranks first;
 * - a question ("how long can a lambda function run") searches the key of the first service it names;
 * - one service named with more words ("key vault rotation") searches its key and those words;
 * - "X vs Y" searches the key of the comparison page both are on (or of the first, when they share none).
 */

/**
 * What the browser downloads: per page a name can lead to, [search key, URL, title, comparison pages, names].
 * Service pages come first (with the indexes of the comparison pages that list them), then comparison pages (with
 * none); each page's own names come before its aliases. A name is written as people write it; a leading "!" marks it contested: its words are all among another
 * page's names, so searching the words alone may rank that page first.
 */
export interface Vocabulary {
	/** `own`: how many of `names`, from the start, are the page's own names (the rest are aliases and concepts). */
	targets: [key: string, href: string, title: string, compares: number[], names: string[], own: number][];
}

/**
 * The vocabulary as the corrector reads it: [normalized name, the name as written, target indexes, contested, the
 * targets it is an own name of (not an alias)].
 */
type Name = [normalized: string, shown: string, targets: number[], contested: boolean, ownOf: number[]];

export interface Correction {
	/** What to search for. */
	query: string;
	/** The query with misspelt names written correctly, when a name was misspelt ("dynamdb" -> "DynamoDB"). */
	correctedTo?: string;
	/** Indexes into vocabulary.targets of every recognised name, best first. */
	targets: number[];
}

/** Words a question starts with ("how long can…"). */
const QUESTION_WORDS = ['what', 'which', 'when', 'where', 'why', 'how', 'does', 'do', 'is', 'are', 'can', 'could', 'should', 'would', 'will'];
/** Function words: never part of a misspelt name ("schedule a" is not "scheduled"). */
const FUNCTION_WORDS = new Set([...QUESTION_WORDS, 'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'vs', 'versus']);
/** Words never read as a name on their own, and never corrected into one, however close they are to one. */
const COMMON = new Set([
	...FUNCTION_WORDS,
	...'compared difference between use used using run runs long much many most max maximum limit limits size time cost costs price pricing best good pick choose data table tables query queries store storage file files function functions service services cloud aws google azure gcp'.split(' '),
]);

/** True for a word that is never read as a name on its own. */
export const isCommonWord = (word: string): boolean => COMMON.has(normalize(word));

/** A name as the vocabulary keys it: normalized, without spaces ("Pub/Sub" -> "pubsub"). */
export const nameKey = (s: string): string => normalize(s).replaceAll(' ', '');

export const normalize = (s: string): string =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours), giving up above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/** How many edits a name of this length may be off by and still be recognised. */
const allowedEdits = (length: number) => (length >= 7 ? 2 : length >= 4 ? 1 : 0);

/** The longest run of words read as one name ("SQL analytics endpoint of a Microsoft Fabric lakehouse"). */
const MAX_WORDS = 8;

interface Match {
	start: number;
	end: number;
	name: number;
	distance: number;
}

/** The best non-overlapping names found in a run of words. */
function findNames(words: string[], names: Name[], index: Map<string, number>): Match[] {
	const found: Match[] = [];
	for (let start = 0; start < words.length; start++) {
		for (let end = Math.min(words.length, start + MAX_WORDS); end > start; end--) {
			const span = words.slice(start, end);
			const joined = span.join('');
			// A common word on its own ("run", "data") is never read as a name.
			if (span.length === 1 && COMMON.has(joined)) continue;
			const exact = index.get(joined) ?? index.get(singular(joined));
			if (exact !== undefined) {
				found.push({ start, end, name: exact, distance: 0 });
				continue;
			}
			const max = allowedEdits(joined.length);
			// Never across a function word ("schedule a" is not "scheduled"), nor on common words alone.
			if (max === 0 || span.every((w) => COMMON.has(w)) || span.some((w) => FUNCTION_WORDS.has(w))) continue;
			let best: Match | undefined;
			names.forEach(([name], i) => {
				if (name[0] !== joined[0] || Math.abs(name.length - joined.length) > max || allowedEdits(name.length) === 0) return;
				const d = editDistance(joined, name, Math.min(max, allowedEdits(name.length)));
				if (d <= Math.min(max, allowedEdits(name.length)) && (!best || d < best.distance)) best = { start, end, name: i, distance: d };
			});
			if (best) found.push(best);
		}
	}
	// Longer before shorter ("clodu sql" is Cloud SQL, not the word "sql"), then exact before misspelt, then earlier;
	// a chosen match blocks the words it covers.
	found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.distance - b.distance || a.start - b.start);
	const taken = new Set<number>();
	const chosen: Match[] = [];
	for (const m of found) {
		const covered = Array.from({ length: m.end - m.start }, (_, k) => m.start + k);
		if (covered.some((w) => taken.has(w))) continue;
		covered.forEach((w) => taken.add(w));
		chosen.push(m);
	}
	return chosen.sort((a, b) => a.start - b.start);
}

/** Flattens the per-page name lists into one entry per normalized name (a name several pages share leads to all). */
export function namesOf(vocabulary: Vocabulary): Name[] {
	const byKey = new Map<string, Name>();
	vocabulary.targets.forEach(([, , , , names, own], t) => {
		names.forEach((written, i) => {
			const shown = written.replace(/^!/, '');
			const key = nameKey(shown);
			const entry = byKey.get(key) ?? [key, shown, [], false, []];
			if (!entry[2].includes(t)) entry[2].push(t);
			if (i < own && !entry[4].includes(t)) entry[4].push(t);
			entry[3] ||= written.startsWith('!');
			byKey.set(key, entry);
		});
	});
	return [...byKey.values()];
}

/** A name without a plural s ("azurefunction" finds "Azure Functions"); short names keep theirs ("sqs"). */
const singular = (name: string) => (name.length >= 6 ? name.replace(/s$/, '') : name);

const prepared = new WeakMap<Vocabulary, { names: Name[]; index: Map<string, number> }>();
function prepare(vocabulary: Vocabulary) {
	let p = prepared.get(vocabulary);
	if (!p) {
		const names = namesOf(vocabulary);
		const index = new Map(names.map(([name], i) => [name, i]));
		// Each name also by its singular form, unless that is a name of its own.
		names.forEach(([name], i) => index.has(singular(name)) || index.set(singular(name), i));
		p = { names, index };
		prepared.set(vocabulary, p);
	}
	return p;
}

/** "sqs vs pub/sub", "difference between X and Y": the two sides, or undefined. */
function comparison(text: string): [string, string] | undefined {
	const t = normalize(text).replace(/^(what is |what s )?(the )?difference between /, '');
	const m = / (?:vs|versus|or|compared to|compared with|and) /.exec(` ${t} `.replace(/ +/g, ' '));
	if (!m || !/\b(vs|versus|compared|difference|or)\b/.test(normalize(text))) return undefined;
	const padded = ` ${t} `;
	const left = padded.slice(0, m.index).trim();
	const right = padded.slice(m.index + m[0].length).trim();
	return left && right ? [left, right] : undefined;
}

export function correctQuery(input: string, vocabulary: Vocabulary): Correction {
	const { names, index } = prepare(vocabulary);
	const words = normalize(input).split(' ').filter(Boolean);
	if (words.length === 0) return { query: input, targets: [] };
	const sides = comparison(input);
	const groups = sides ? sides.map((s) => s.split(' ').filter(Boolean)) : [words];
	const targets: number[] = [];
	/** Targets recognised by one of their own names, not an alias. */
	const named: number[] = [];
	const written: string[] = [];
	/** What is searched when no key is: each name as the guide writes it ("dead letter queue" -> "dead-letter queue"). */
	const searched: string[] = [];
	/** The words typed that are not part of a name. */
	const others: string[] = [];
	let misspelt = false;
	let contested = false;
	let rest = 0;
	for (const [g, group] of groups.entries()) {
		if (g > 0) written.push('vs');
		let at = 0;
		for (const m of findNames(group, names, index)) {
			const other = group.slice(at, m.start);
			rest += other.filter((w) => !COMMON.has(w)).length;
			others.push(...other);
			written.push(...other);
			searched.push(...other);
			const [, shown, to, isContested, ownOf] = names[m.name]!;
			for (const t of ownOf) if (!named.includes(t)) named.push(t);
			// Misspelt, or spaced differently ("red shift", "kinesis datastreams"): searched, and shown, as the name.
			const typed = group.slice(m.start, m.end).join(' ');
			const rewritten = m.distance > 0 || typed !== normalize(shown);
			written.push(rewritten ? shown : typed);
			searched.push(shown);
			misspelt ||= rewritten;
			contested ||= isContested && to.length === 1;
			for (const t of to) if (!targets.includes(t)) targets.push(t);
			at = m.end;
		}
		const other = group.slice(at);
		rest += other.filter((w) => !COMMON.has(w)).length;
		others.push(...other);
		written.push(...other);
		searched.push(...other);
	}
	const key = (t: number) => vocabulary.targets[t]![0];
	// A search by key shows the page it stands for; a search by words shows the words as corrected.
	const result = (query: string, target?: number): Correction => ({
		query,
		targets,
		...(misspelt ? { correctedTo: target === undefined ? written.join(' ') : vocabulary.targets[target]![2] } : {}),
	});
	if (targets.length === 0) return { query: input, targets };
	if (sides && targets.length >= 2 && targets.length <= 3) {
		const shared = sharedComparison(vocabulary, targets);
		if (shared !== undefined) {
			targets.unshift(shared);
			return result(key(shared));
		}
	}
	// "X vs Y" with no comparison page for the two (or one side unknown): the first service named.
	if (sides) return result(key(named[0] ?? targets[0]!));
	const question = QUESTION_WORDS.includes(words[0]!) || rest >= 3;
	const onlyTheName = rest === 0 && written.length === 1;
	// A question is about the first service it names by name ("what is the cold start of cloud run": Cloud Run), or
	// else the first it names by an alias ("how do I avoid lambda cold starts").
	if (question) {
		const about = named[0] ?? targets[0]!;
		return result(key(about), about);
	}
	// A counterpart's name leads to its comparison page, which Pagefind alone may rank below pages mentioning it.
	const comparisonOnly = targets.length === 1 && vocabulary.targets[targets[0]!]![3].length === 0;
	if (targets.length === 1 && (contested || comparisonOnly) && onlyTheName) return result(key(targets[0]!), misspelt ? targets[0] : undefined);
	// One service named, with more words ("key vault rotation", "dynamdb item size"): that page, narrowed by the
	// words (Pagefind keeps only pages holding every word; common words are left out so they cannot empty it).
	if (named.length === 1 && rest > 0) return result([key(named[0]!), ...others.filter((w) => !COMMON.has(w))].join(' '));
	return result(searched.join(' '));
}

/** The comparison page the first two recognised services are both compared on. */
function sharedComparison(vocabulary: Vocabulary, targets: number[]): number | undefined {
	// A comparison page stands for itself (a counterpart's name leads to one); a service page for the pages comparing it.
	const [a, b] = targets.slice(0, 2).map((t) => (vocabulary.targets[t]![3].length > 0 ? vocabulary.targets[t]![3] : [t]));
	return a!.find((c) => b!.includes(c));
}
