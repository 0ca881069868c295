/** Pure checks of the glossary data (no Astro imports, so unit tests can run them). */
import { CONTENT_DIR } from '../content-dir';
import type { GlossaryTerm } from '../schemas';

const FILE = `${CONTENT_DIR.replace(/^\.\//, '')}/data/glossary.yaml`;

/** Checks the glossary against the ids of the site's pages; returns the problems, each naming file and term. */
export function checkGlossary(terms: GlossaryTerm[], pageIds: Set<string>): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const t of terms) {
		if (seen.has(t.id)) problems.push(`${FILE}: term id "${t.id}" is used twice`);
		seen.add(t.id);
		for (const page of t.pages) {
			if (!pageIds.has(page)) problems.push(`${FILE}: term "${t.id}" lists unknown page "${page}"`);
		}
	}
	return problems;
}
