/** /llms-full.txt: every service page as Markdown, each fact with its source and checked date (src/data/markdown-export.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getGuide } from '../data/guide';
import { servicePageMarkdown } from '../data/markdown-export';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site';

export const GET: APIRoute = async ({ site }) => {
	const [guide, docs] = await Promise.all([getGuide(), getCollection('docs')]);
	const bodies = new Map(docs.map((d) => [d.id, d.body ?? '']));
	const pages = guide.pages.map((p) => servicePageMarkdown(p, bodies.get(p.id) ?? '', (href) => new URL(href, site).href));
	const text = [`# ${SITE_TITLE}`, '', `> ${SITE_DESCRIPTION}`, '', ...pages].join('\n');
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
