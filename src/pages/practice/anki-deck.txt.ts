/** /practice/anki-deck.txt: every flashcard of the guide as a file Anki imports (src/practice/anki.ts). */
import type { APIRoute } from 'astro';
import { getRenderedDeck } from '../../data/guide';
import { ankiDeck } from '../../practice/anki';

export const GET: APIRoute = async ({ site }) => {
	const cards = (await getRenderedDeck()).map((c) => ({ ...c, url: new URL(c.href, site).href }));
	return new Response(ankiDeck(cards), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
