/**
 * Ranking queries generated from the data, so the suite grows with the guide: every service page's official name,
 * short name and title, each former name, two misspellings of its short name (two neighbouring letters swapped,
 * one letter dropped), and every counterpart's name, which must lead to its comparison page.
 */
import { buildVocabulary } from '../../src/search/vocabulary';
import { namesOf, normalize } from '../../src/search/correct';
import { guideFrom, readInputs } from '../helpers/guide';
import type { Query } from './queries';

const guide = guideFrom(readInputs());
const known = new Set(namesOf(buildVocabulary(guide)).map(([n]) => n));

/** Misspellings of a name of five or more letters that are not themselves a name the guide knows. */
export function misspellings(name: string): string[] {
	const letters = name.toLowerCase();
	if (normalize(letters).replaceAll(' ', '').length < 5) return [];
	const at = Math.max(1, Math.floor(letters.length / 2) - 1);
	const swapped = letters.slice(0, at) + letters[at + 1] + letters[at] + letters.slice(at + 2);
	const dropped = letters.slice(0, at + 1) + letters.slice(at + 2);
	return [swapped, dropped].filter((t) => t !== letters && /[a-z]/.test(t[at]!) && !known.has(normalize(t).replaceAll(' ', '')));
}

export function generatedQueries(): Query[] {
	const out: Query[] = [];
	const add = (q: Query) => {
		if (!out.some((o) => o.q.toLowerCase() === q.q.toLowerCase())) out.push(q);
	};
	// Names several pages share are tested by hand (top three), not here.
	const owners = new Map<string, Set<string>>();
	for (const p of guide.pages) for (const n of [p.data.name, p.data.shortName, p.title, ...p.data.formerNames.map((f) => f.name)]) {
		const k = n.toLowerCase();
		owners.set(k, (owners.get(k) ?? new Set()).add(p.ref.href));
	}
	const unique = (n: string) => owners.get(n.toLowerCase())!.size === 1;
	for (const p of guide.pages) {
		const page = [p.ref.href];
		for (const n of [p.data.name, p.data.shortName, p.title].filter(unique)) add({ q: n, pages: page, top: 1, kind: 'name' });
		for (const f of p.data.formerNames.filter((f) => unique(f.name))) add({ q: f.name, pages: page, top: 1, kind: 'former' });
		if (unique(p.data.shortName)) for (const t of misspellings(p.data.shortName)) add({ q: t, pages: page, top: 1, kind: 'typo' });
	}
	const pageNames = new Set(guide.pages.flatMap((p) => [p.data.shortName, p.data.name].map((n) => n.toLowerCase())));
	for (const c of guide.categories) {
		for (const ref of Object.values(c.resolved).flat()) {
			if (ref.hasPage || pageNames.has(ref.name.toLowerCase())) continue;
			// Its comparison: the first category (as the sidebar lists them) that has it.
			const home = guide.categories.find((k) => Object.values(k.resolved).flat().some((r) => r.id === ref.id))!;
			add({ q: ref.name, pages: [`/compare/${home.id}/`], top: 1, kind: 'counterpart' });
		}
	}
	return out;
}
