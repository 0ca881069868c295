/** The glossary, loaded once per build and checked: every page it names must exist. */
import { getCollection } from 'astro:content';
import type { GlossaryTerm } from '../schemas';
import { GuideDataError } from './build-guide';
import { checkGlossary } from './check-glossary';

let cached: Promise<GlossaryTerm[]> | undefined;

/** The glossary, sorted by term; throws GuideDataError on a broken reference. */
export function getGlossary(): Promise<GlossaryTerm[]> {
	cached ??= (async () => {
		const [entries, docs] = await Promise.all([getCollection('glossary'), getCollection('docs')]);
		const terms = entries.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
		const problems = checkGlossary(terms, new Set(docs.map((d) => d.id)));
		if (problems.length) throw new GuideDataError(problems);
		return terms;
	})();
	return cached;
}
