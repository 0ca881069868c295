/** /<cloud>/<service>.md: a service page as Markdown, with every fact's source and checked date (src/data/markdown-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServicePagesWithBodies } from '../data/guide';
import { servicePageMarkdown } from '../data/markdown-export';

export const getStaticPaths = (async () =>
	(await getServicePagesWithBodies()).map((props) => ({ params: { page: props.page.id }, props }))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props, site }) =>
	new Response(servicePageMarkdown(props.page, props.body, (href) => new URL(href, site).href), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
