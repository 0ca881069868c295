/** /robots.txt: lets crawlers in and points them at the sitemap, at the site's own origin and base path. */
import type { APIRoute } from 'astro';
import { siteFile } from '../data/links';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(siteFile('sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
