/**
 * Social preview images (Open Graph / Twitter cards): one 1200x630 PNG per page, drawn at build time from the
 * built page's own title, description and cloud, in the shared headless Chromium. No fonts or images are
 * fetched: the card uses system fonts and inline CSS.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { withBrowserPage } from '../diagrams/render';

export const CARD = { width: 1200, height: 630 };

/** The card's path for a page path: '/aws/s3/' -> 'og/aws/s3.png', '/' -> 'og/index.png'. */
export function cardPath(pagePath: string): string {
	const id = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '').replace(/\/index$/, '') || 'index';
	return `og/${id}.png`;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const decode = (s: string) =>
	s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function card(site: string, title: string, description: string, cloud: string | undefined): string {
	return `<!doctype html><html><head><style>
	body { margin: 0; width: ${CARD.width}px; height: ${CARD.height}px; font-family: system-ui, 'DejaVu Sans', sans-serif;
	  background: #1f3a5f; color: #fff; display: flex; flex-direction: column; justify-content: space-between; padding: 64px; box-sizing: border-box; }
	.site { font-size: 30px; opacity: .85 } .cloud { display: inline-block; margin-top: 28px; padding: 6px 18px; border-radius: 999px;
	  background: #ffd866; color: #1a1a1a; font-size: 28px; font-weight: 700 }
	h1 { font-size: 76px; line-height: 1.05; margin: 18px 0 0 } p { font-size: 32px; line-height: 1.35; margin: 0; opacity: .92;
	  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden }
	</style></head><body><div><div class="site">${escape(site)}</div>${cloud ? `<div class="cloud">${escape(cloud)}</div>` : ''}
	<h1>${escape(title)}</h1></div><p>${escape(description)}</p></body></html>`;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return ['pagefind', '_astro', 'og'].includes(name) ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Draws a card for every built page (redirect pages excepted). */
export async function writeCards(outDir: string, siteName: string): Promise<number> {
	const pages = htmlFiles(outDir)
		.map((file) => ({ file, html: readFileSync(file, 'utf8') }))
		.filter((p) => !/http-equiv="refresh"/.test(p.html));
	await withBrowserPage(async (page) => {
		await page.setViewportSize(CARD);
		for (const { file, html } of pages) {
			const title = decode(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? siteName);
			const description = decode(/<meta property="og:description" content="([^"]*)"/.exec(html)?.[1] ?? '');
			const cloud = /<dd data-cloud="[a-z]+"[^>]*>([^<]+)<\/dd>/.exec(html)?.[1];
			await page.setContent(card(siteName, title, description, cloud));
			const out = join(outDir, cardPath('/' + relative(outDir, file).replace(/index\.html$/, '')));
			mkdirSync(dirname(out), { recursive: true });
			writeFileSync(out, await page.screenshot({ type: 'png' }));
		}
	});
	return pages.length;
}
