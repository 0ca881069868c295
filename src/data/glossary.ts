/** The glossary, loaded once per build and joined with the pages that use each term. */
import { getCollection } from 'astro:content';
import { GuideDataError } from './build-guide';
import { joinGlossary, type GlossaryEntry } from './join-glossary';

let cached: Promise<GlossaryEntry[]> | undefined;

/** The glossary, sorted by term; throws GuideDataError on a duplicate id or a term no page uses. */
export function getGlossary(): Promise<GlossaryEntry[]> {
	cached ??= (async () => {
		const [entries, docs] = await Promise.all([getCollection('glossary'), getCollection('docs')]);
		const terms = entries.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
		const { entries: joined, problems } = joinGlossary(terms, docs.map((d) => ({ id: d.id, title: d.data.title, body: d.body })));
		if (problems.length) throw new GuideDataError(problems);
		return joined;
	})();
	return cached;
}
