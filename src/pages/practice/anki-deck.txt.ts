/** /practice/anki-deck.txt: every flashcard of the guide as a file Anki imports (src/practice/anki.ts). */
import type { APIRoute } from 'astro';
import { getGuide } from '../../data/guide';
import { buildDeck, interleave } from '../../data/practice';
import { inlineMarkdown } from '../../data/inline-markdown';
import { pageHref } from '../../data/links';
import { ankiDeck } from '../../practice/anki';

export const GET: APIRoute = async ({ site }) => {
	const guide = await getGuide();
	const cards = interleave(buildDeck(guide.pages, guide.categories, (id) => pageHref(`compare/${id}`))).map((c) => ({
		...c,
		question: inlineMarkdown(c.question),
		answer: inlineMarkdown(c.answer),
		url: new URL(c.href, site).href,
	}));
	return new Response(ankiDeck(cards), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
