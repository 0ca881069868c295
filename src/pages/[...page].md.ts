/** /<cloud>/<service>.md: a service page as Markdown, with every fact's source and checked date (src/data/markdown-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getGuide } from '../data/guide';
import { servicePageMarkdown } from '../data/markdown-export';

export const getStaticPaths = (async () => {
	const [guide, docs] = await Promise.all([getGuide(), getCollection('docs')]);
	const bodies = new Map(docs.map((d) => [d.id, d.body ?? '']));
	return guide.pages.map((page) => ({ params: { page: page.id }, props: { page, body: bodies.get(page.id) ?? '' } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props, site }) =>
	new Response(servicePageMarkdown(props.page, props.body, (href) => new URL(href, site).href), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
