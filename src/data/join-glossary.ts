/** Pure: the glossary joined with the pages that link its terms (no Astro imports, so unit tests run it). */
import { CONTENT_DIR } from '../content-dir';
import type { GlossaryTerm } from '../schemas';
import { compileTerms, linkedTerms, linksGlossaryTerms } from '../markdown/glossary-links';

const FILE = `${CONTENT_DIR.replace(/^\.\//, '')}/data/glossary.yaml`;

export interface GlossaryEntry extends GlossaryTerm {
	/** The pages that link the term, the ones using it most first: derived from the pages, never written by hand. */
	usedOn: { id: string; title: string }[];
}

/**
 * Each term with the pages whose prose links it (as the Markdown step does), most uses first, then by title.
 * Returns the problems too, each naming the file and the term: an id used twice, or a term no page uses.
 */
export function joinGlossary(
	terms: GlossaryTerm[],
	pages: { id: string; title: string; body?: string | undefined }[],
): { entries: GlossaryEntry[]; problems: string[] } {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const t of terms) {
		if (seen.has(t.id)) problems.push(`${FILE}: term id "${t.id}" is used twice`);
		seen.add(t.id);
	}
	const compiled = compileTerms(terms);
	const uses = pages
		.filter((p) => linksGlossaryTerms(p.id) && p.body !== undefined)
		.map((p) => ({ page: p, counts: linkedTerms(p.body!, compiled) }));
	const entries = terms.map((t) => ({
		...t,
		usedOn: uses
			.filter((u) => u.counts.has(t.id))
			.sort((a, b) => b.counts.get(t.id)! - a.counts.get(t.id)! || a.page.title.localeCompare(b.page.title))
			.map((u) => ({ id: u.page.id, title: u.page.title })),
	}));
	for (const e of entries) {
		if (e.usedOn.length === 0) {
			problems.push(`${FILE}: term "${e.id}" is used on no page (none of ${e.match.map((m) => `"${m}"`).join(', ')} appears in a service or architecture page's prose)`);
		}
	}
	return { entries, problems };
}
