/** The home page, navigation and search index of the built site. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileForPath, page, text } from '../helpers/dist';
import { CLOUD_LABELS, CLOUDS } from '../../src/schemas';
import { SERVICE_IDS } from '../helpers/expectations';
import { brokenReferences } from '../helpers/crawl';

describe('home page', () => {
	const doc = page('/');

	it('says what the guide is', () => {
		expect(text(doc.querySelector('h1'))).toMatch(/Study Guide/i);
		expect(text(doc.querySelector('main'))).toMatch(/interview/i);
	});

	it('links all 21 service pages, grouped by cloud', () => {
		for (const cloud of CLOUDS) {
			const section = doc.querySelector(`section[aria-labelledby="dir-${cloud}"]`);
			expect(text(section?.querySelector('h2'))).toBe(CLOUD_LABELS[cloud]);
			const links = section!.querySelectorAll('li a').map((a) => a.getAttribute('href'));
			expect(links.sort()).toEqual(SERVICE_IDS.filter((id) => id.startsWith(`${cloud}/`)).map((id) => `/${id}/`).sort());
		}
	});
});

describe('sidebar', () => {
	it('groups every service page by cloud on every page', () => {
		const doc = page('/aws/sqs/');
		const groups = doc.querySelectorAll('nav[aria-label="Main"] details');
		expect(groups.map((g) => text(g.querySelector('summary')))).toEqual(['AWS', 'Google Cloud', 'Azure', 'Compare clouds', 'Reference architectures', 'Interview practice']);
		groups.slice(0, 3).forEach((g, i) => {
			const cloud = CLOUDS[i]!;
			const hrefs = g.querySelectorAll('a').map((a) => a.getAttribute('href'));
			expect(hrefs.sort()).toEqual(SERVICE_IDS.filter((id) => id.startsWith(`${cloud}/`)).map((id) => `/${id}/`).sort());
		});
	});

	it('marks the current page', () => {
		const doc = page('/gcp/bigquery/');
		expect(doc.querySelector('nav[aria-label="Main"] a[aria-current="page"]')?.getAttribute('href')).toBe('/gcp/bigquery/');
	});
});

describe('links', () => {
	it('every internal link, asset and #anchor in the built site resolves (a page in dist/, an id on it)', () => {
		expect(brokenReferences(DIST)).toEqual([]);
	});

	it('the crawler does catch a broken link and a broken anchor (so an empty list above means something)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'crawl-'));
		mkdirSync(join(dir, 'a'));
		writeFileSync(join(dir, 'a', 'index.html'), '<h2 id="here">Here</h2><a href="/a/#here">ok</a><a href="/b/">gone</a><a href="/a/#nowhere">bad anchor</a>');
		expect(brokenReferences(dir)).toEqual(['/a/ -> /b/ (no such file)', '/a/ -> /a/#nowhere (no element with id "nowhere")']);
		rmSync(dir, { recursive: true });
	});
});

describe('search', () => {
	it('ships a Pagefind index built from the production build', () => {
		expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		const pages = Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count;
		expect(pages).toBeGreaterThanOrEqual(SERVICE_IDS.length + 1);
		expect(dirname(fileForPath('/pagefind/pagefind.js'))).toBe(join(DIST, 'pagefind'));
	});
});

describe('crawlers', () => {
	it('get a sitemap of every page and a robots.txt that points to it', () => {
		const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
		const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
		expect(sitemapUrl).toMatch(/^https:\/\/.+\/sitemap-index\.xml$/);
		const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
		const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		expect(index).toContain('sitemap-0.xml');
		for (const id of SERVICE_IDS) expect(sitemap).toContain(`/${id}/</loc>`);
	});
});
