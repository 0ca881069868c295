/** /llms.txt: every page of the guide with a one-line summary, for AI assistants (src/data/markdown-export.ts). */
import type { APIRoute } from 'astro';
import { getGuide } from '../data/guide';
import { llmsIndex } from '../data/markdown-export';
import { pageHref } from '../data/links';
import { generatedPages } from '../data/generated-pages';

export const GET: APIRoute = async ({ site }) => {
	const absolute = (href: string) => new URL(href, site).href;
	const other = (await generatedPages()).filter((p) => !p.id.startsWith('compare')).map((p) => ({ href: pageHref(p.id), title: p.title, summary: p.description }));
	return new Response(llmsIndex(await getGuide(), absolute, other), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
