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

	it('links every service page, grouped by cloud', () => {
		for (const cloud of CLOUDS) {
			const section = doc.querySelector(`section[aria-labelledby="dir-${cloud}"]`);
			expect(text(section?.querySelector('h3'))).toBe(CLOUD_LABELS[cloud]);
			const links = section!.querySelectorAll('li a').map((a) => a.getAttribute('href'));
			expect(links.sort()).toEqual(SERVICE_IDS.filter((id) => id.startsWith(`${cloud}/`)).map((id) => `/${id}/`).sort());
		}
	});
});

describe('home page entry points', () => {
	const doc = page('/');
	it('leads to every section of the guide in one tap (the splash layout has no sidebar on phones)', () => {
		const hrefs = doc.querySelectorAll('nav.entry-points a').map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(['#dir-aws', '#dir-gcp', '#dir-azure', '/compare/', '/architectures/', '/practice/', '/cheat-sheet/', '/glossary/', '/changes/', '/changes.xml']);
		for (const cloud of CLOUDS) expect(doc.getElementById(`dir-${cloud}`)).not.toBeNull();
	});
});

describe('sidebar', () => {
	const nav = (path: string) => page(path).querySelector('nav[aria-label="Main"]')!;
	const groups = (path: string) => nav(path).querySelectorAll('details');
	const sectionLinks = (path: string) =>
		nav(path).querySelectorAll('ul.top-level > li > a').map((a) => [text(a), a.getAttribute('href')]);
	const cloudPages = (cloud: string) => SERVICE_IDS.filter((id) => id.startsWith(`${cloud}/`)).map((id) => `/${id}/`).sort();

	it("shows practice and the page's own section in full, every other section as one link", () => {
		const open = groups('/aws/sqs/');
		// Practice first, so it is in reach at the top of the sidebar; then the section holding the page, open.
		expect(open.map((g) => text(g.querySelector('summary')))).toEqual(['Interview practice', 'AWS']);
		expect(open.every((g) => g.hasAttribute('open'))).toBe(true);
		expect(open[1]!.querySelectorAll('a').map((a) => a.getAttribute('href')).sort()).toEqual(cloudPages('aws'));
		expect(sectionLinks('/aws/sqs/')).toEqual([
			['Compare clouds', '/compare/'],
			['Reference architectures', '/architectures/'],
			['Google Cloud', '/#dir-gcp'],
			['Azure', '/#dir-azure'],
		]);
	});

	it.each(SERVICE_IDS)('/%s/ lists every page of its own cloud', (id) => {
		const cloud = id.split('/')[0]!;
		const own = groups(`/${id}/`).find((g) => text(g.querySelector('summary')) === CLOUD_LABELS[cloud as (typeof CLOUDS)[number]]);
		expect(own?.querySelectorAll('a').map((a) => a.getAttribute('href')).sort()).toEqual(cloudPages(cloud));
	});

	it('on a comparison page, lists every comparison and links each cloud', () => {
		const [, compare] = groups('/compare/streaming/');
		expect(text(compare?.querySelector('summary'))).toBe('Compare clouds');
		const hrefs = compare!.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(hrefs).toContain('/compare/');
		expect(hrefs).toContain('/compare/ml-platform/');
		expect(hrefs.length).toBeGreaterThanOrEqual(22);
		expect(sectionLinks('/compare/streaming/').map(([, href]) => href)).toEqual(['/architectures/', '/#dir-aws', '/#dir-gcp', '/#dir-azure']);
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

describe('previous and next', () => {
	const link = (path: string, rel: 'prev' | 'next') => page(path).querySelector(`.pagination-links a[rel="${rel}"]`)?.getAttribute('href');
	it('lead through the sidebar group of the page, in sidebar order, and stop at its ends', () => {
		expect(link('/aws/s3/', 'prev')).toBe('/aws/redshift/');
		expect(link('/aws/s3/', 'next')).toBe('/aws/sagemaker/');
		expect(link('/aws/api-gateway/', 'prev')).toBeUndefined();
		expect(link('/aws/sqs/', 'next')).toBe('/aws/step-functions/');
		expect(link('/aws/step-functions/', 'next')).toBeUndefined();
		expect(link('/gcp/api-gateway/', 'prev')).toBeUndefined();
		expect(link('/compare/message-queue/', 'prev')).toMatch(/^\/compare\/[a-z-]+\/$/);
		expect(link('/compare/message-queue/', 'next')).toMatch(/^\/compare\/[a-z-]+\/$/);
		expect(link('/practice/', 'next')).toBe('/cheat-sheet/');
	});

	it('every service page has at least one, within its own cloud', () => {
		for (const id of SERVICE_IDS) {
			const cloud = id.split('/')[0];
			const targets = [link(`/${id}/`, 'prev'), link(`/${id}/`, 'next')].filter(Boolean);
			expect(targets.length, id).toBeGreaterThanOrEqual(1);
			for (const t of targets) expect(t, id).toMatch(new RegExp(`^/${cloud}/`));
		}
	});
});
