/** /search-vocabulary.json: the names the search dialog and the 404 page correct queries against (src/search/). */
import type { APIRoute } from 'astro';
import { getGuide } from '../data/guide';
import { buildVocabulary } from '../search/vocabulary';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildVocabulary(await getGuide())), { headers: { 'Content-Type': 'application/json' } });
