/** /llms-full.txt: every service page as Markdown, each fact with its source and checked date (src/data/markdown-export.ts). */
import type { APIRoute } from 'astro';
import { getServicePagesWithBodies } from '../data/guide';
import { servicePageMarkdown } from '../data/markdown-export';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site';

export const GET: APIRoute = async ({ site }) => {
	const absolute = (href: string) => new URL(href, site).href;
	const pages = (await getServicePagesWithBodies()).map(({ page, body }) => servicePageMarkdown(page, body, absolute));
	const text = [`# ${SITE_TITLE}`, '', `> ${SITE_DESCRIPTION}`, '', ...pages].join('\n');
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
