/**
 * What a reader sees, measured in a real browser at a laptop size (1280x800) and a phone size (390x844): every
 * comparison shows the three clouds at once, diagram labels are big enough to read, a service page's first screen
 * says what the service is, and tables and diagrams that must scroll show that they do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteAndBrowser } from '../helpers/browser';
import { readablePages } from '../helpers/site-pages';
import { SERVICE_IDS } from '../helpers/expectations';

const site = useSiteAndBrowser();
const PAGES = readablePages();
const COMPARE_PAGES = PAGES.filter((p) => p.startsWith('/compare/'));
const SERVICE_PAGES = SERVICE_IDS.map((id) => `/${id}/`);
const ARCHITECTURE_PAGES = PAGES.filter((p) => /^\/architectures\/.+\//.test(p));
const DIAGRAM_PAGES = [...SERVICE_PAGES, ...ARCHITECTURE_PAGES, '/'];
/** One diagram per service page and one per cloud on each architecture page. */
const DIAGRAMS = SERVICE_PAGES.length + 3 * ARCHITECTURE_PAGES.length;
const LAPTOP = { width: 1280, height: 800 };
/** The first test to await a crawl waits for all of it (about 80 pages), on a busy machine several minutes. */
const CRAWL_TIMEOUT = 600_000;
const PHONE = { width: 390, height: 844 };

/** Visits each path in one page of a fresh context and collects what `measure` returns for it. */
async function visit<T>(viewport: { width: number; height: number }, paths: string[], measure: (page: Page, path: string) => Promise<T>) {
	const context: BrowserContext = await site.browser.newContext({ viewport });
	const page = await context.newPage();
	const out: Record<string, T> = {};
	for (const path of paths) {
		await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
		out[path] = await measure(page, path);
	}
	await context.close();
	return out;
}

/** Every visible comparison table: does it fit its box, and where are its three cloud headers. */
const tables = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.compare-wide')].filter((w) => w.checkVisibility()).map((wrap) => ({
			fits: wrap.scrollWidth <= wrap.clientWidth + 1,
			// The cloud headers (the matrix's first column header is "Category").
			clouds: [...wrap.querySelectorAll('thead th[scope=col]:not(:first-child)')].map((th) => {
				const r = th.getBoundingClientRect();
				return { name: th.textContent?.trim(), inView: r.left >= 0 && r.right <= innerWidth && r.width > 40 };
			}),
		})),
	);

/** The smallest label on each visible diagram: Mermaid's font size times the scale the page draws it at. */
const labelSizes = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<SVGSVGElement>('.pipeline-diagram .diagram-svg svg')].filter((s) => s.checkVisibility()).map((svg) => {
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
			return Math.min(...sizes);
		}),
	);

/** How far each visible diagram is wider than its column (0 when it fits). */
const diagramOverflow = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.pipeline-diagram .diagram-svg')].filter((d) => d.checkVisibility()).map((d) => ({
			title: d.getAttribute('aria-label'),
			overflow: d.scrollWidth - d.clientWidth,
		})),
	);

/** A service page at phone width: how far its facts table overflows, and where "what it is" starts. */
const phoneServiceFacts = (page: Page) =>
	page.evaluate(() => {
		const wrap = document.querySelector('.facts-table')!.closest<HTMLElement>('.guide-table-wrap')!;
		const first = document.querySelector('.at-a-glance dd');
		return {
			factsOverflow: wrap.scrollWidth - wrap.clientWidth,
			glanceTop: first?.getBoundingClientRect().top ?? Infinity,
			glanceText: first?.textContent?.trim() ?? '',
		};
	});

/**
 * Each page is opened once per viewport and everything the tests below check is measured in that one visit; the
 * laptop and the phone crawls run side by side (two renderer processes). Each test then asserts on its measure.
 */
const once = <T>(make: () => Promise<T>) => {
	let result: Promise<T> | undefined;
	return () => (result ??= make());
};
const LAPTOP_PAGES = [...new Set([...COMPARE_PAGES, ...SERVICE_PAGES, ...DIAGRAM_PAGES])];
const PHONE_PAGES = [...new Set(DIAGRAM_PAGES)];
const laptop = once(() =>
	visit(LAPTOP, LAPTOP_PAGES, async (page, path) => ({
		tables: COMPARE_PAGES.includes(path) || SERVICE_PAGES.includes(path) ? await tables(page) : undefined,
		labels: DIAGRAM_PAGES.includes(path) ? await labelSizes(page) : undefined,
		diagrams: DIAGRAM_PAGES.includes(path) ? await diagramOverflow(page) : undefined,
	})),
);
const phone = once(() =>
	visit(PHONE, PHONE_PAGES, async (page, path) => ({
		labels: await labelSizes(page),
		service: SERVICE_PAGES.includes(path) ? await phoneServiceFacts(page) : undefined,
	})),
);
/** One measure of a crawl, for the pages that took it. */
async function measured<M, K extends keyof M>(crawl: () => Promise<Record<string, M>>, key: K): Promise<Record<string, NonNullable<M[K]>>> {
	const all = await crawl();
	return Object.fromEntries(Object.entries(all).flatMap(([path, m]) => (m[key] === undefined ? [] : [[path, m[key]!]])));
}
beforeAll(() => {
	// Started together; a failure surfaces in the tests that await the crawl.
	laptop().catch(() => undefined);
	phone().catch(() => undefined);
});

describe('at 1280x800', () => {
	it('every comparison (category pages, the matrix, each service page) shows all three clouds without scrolling sideways', async () => {
		const seen = await measured(laptop, 'tables');
		const problems: string[] = [];
		for (const [path, found] of Object.entries(seen)) {
			if (found.length === 0) problems.push(`${path}: no comparison table shown`);
			for (const t of found) {
				if (!t.fits) problems.push(`${path}: a table scrolls sideways`);
				if (t.clouds.length !== 3 || t.clouds.some((c) => !c.inView)) problems.push(`${path}: clouds in view ${JSON.stringify(t.clouds)}`);
			}
		}
		expect(problems).toEqual([]);
		expect(Object.keys(seen).length).toBeGreaterThanOrEqual(42);
	}, CRAWL_TIMEOUT);

	it('diagram labels are at least 11 px', async () => {
		const sizes = await measured(laptop, 'labels');
		const small = Object.entries(sizes).flatMap(([path, s]) => s.filter((px) => !(px >= 11)).map((px) => `${path}: ${px.toFixed(1)} px`));
		expect(small).toEqual([]);
		expect(Object.values(sizes).flat().length).toBeGreaterThanOrEqual(DIAGRAMS);
	}, CRAWL_TIMEOUT);

	it('every diagram fits its column (long pipelines are drawn top to bottom, not as a strip that scrolls)', async () => {
		const seen = await measured(laptop, 'diagrams');
		const scrolling = Object.entries(seen).flatMap(([path, ds]) => ds.filter((d) => d.overflow > 1).map((d) => `${path} ${d.title}: ${d.overflow} px too wide`));
		expect(scrolling).toEqual([]);
		expect(Object.values(seen).flat().length).toBeGreaterThanOrEqual(DIAGRAMS);
	}, CRAWL_TIMEOUT);

	it('reference pages use the full width, without a table-of-contents rail', async () => {
		const seen = await visit(LAPTOP, ['/compare/', '/compare/message-queue/'], (p) =>
			p.evaluate(() => ({ toc: Boolean(document.querySelector('.right-sidebar')), main: document.querySelector('.sl-markdown-content')!.getBoundingClientRect().width })),
		);
		for (const s of Object.values(seen)) {
			expect(s.toc).toBe(false);
			expect(s.main).toBeGreaterThan(850);
		}
	});
});

describe('at 390x844', () => {
	it('comparisons become one card per cloud, its name in view, and the page never scrolls sideways', async () => {
		const seen = await visit(PHONE, ['/compare/', '/compare/message-queue/', '/compare/containers/', '/aws/sqs/', '/gcp/bigquery/'], (p) =>
			p.evaluate(() => ({
				pageWidth: document.documentElement.scrollWidth,
				tables: [...document.querySelectorAll('.compare-wide')].filter((w) => w.checkVisibility()).length,
				cards: [...document.querySelectorAll('.compare-cards')].filter((w) => w.checkVisibility()).length,
				titles: [...document.querySelectorAll<HTMLElement>('.cloud-card-title')]
					.filter((t) => t.checkVisibility())
					.map((t) => ({ text: t.textContent?.trim(), fits: t.getBoundingClientRect().right <= innerWidth })),
			})),
		);
		for (const [path, s] of Object.entries(seen)) {
			expect(s.pageWidth, path).toBeLessThanOrEqual(390);
			expect(s.tables, path).toBe(0);
			expect(s.cards, path).toBeGreaterThanOrEqual(1);
			expect(s.titles.every((t) => t.fits), path).toBe(true);
		}
		expect(seen['/compare/message-queue/']!.titles.map((t) => t.text)).toEqual(['AWS', 'Google Cloud', 'Azure']);
	});

	it('diagram labels are at least 9 px (a diagram needing more room scrolls, and shows that it does)', async () => {
		const sizes = await measured(phone, 'labels');
		const small = Object.entries(sizes).flatMap(([path, s]) => s.filter((px) => !(px >= 9)).map((px) => `${path}: ${px.toFixed(1)} px`));
		expect(small).toEqual([]);
	}, CRAWL_TIMEOUT);

	it('every service page keeps its facts table in the screen: value, source and report link all in view', async () => {
		const seen = await measured(phone, 'service');
		expect(Object.entries(seen).filter(([, s]) => s.factsOverflow > 1)).toEqual([]);
		expect(Object.keys(seen)).toHaveLength(SERVICE_PAGES.length);
	}, CRAWL_TIMEOUT);

	it('on every service page, what the service is starts within the top 600 px', async () => {
		const seen = await measured(phone, 'service');
		const late = Object.entries(seen).filter(([, s]) => !(s.glanceTop <= 600) || s.glanceText.length < 10);
		expect(late.map(([path, s]) => `${path}: ${s.glanceTop}`)).toEqual([]);
		expect(Object.keys(seen)).toHaveLength(SERVICE_PAGES.length);
	}, CRAWL_TIMEOUT);

	it('the home page reaches every section in one tap, and the title fits the bar', async () => {
		const seen = await visit(PHONE, ['/'], (p) =>
			p.evaluate(() => ({
				entries: [...document.querySelectorAll<HTMLAnchorElement>('nav.entry-points a')].filter((a) => a.checkVisibility()).map((a) => new URL(a.href).pathname + new URL(a.href).hash),
				title: (() => {
					const t = document.querySelector<HTMLElement>('.site-title')!;
					return { text: t.innerText.trim(), clipped: t.scrollWidth > t.clientWidth + 1 };
				})(),
			})),
		);
		const home = seen['/']!;
		expect(home.entries).toEqual(['/#dir-aws', '/#dir-gcp', '/#dir-azure', '/compare/', '/architectures/', '/practice/', '/cheat-sheet/', '/glossary/', '/changes/', '/changes.xml']);
		expect(home.title).toEqual({ text: 'Study Guide', clipped: false });
	});
});

describe('printed', () => {
	it('comparisons print as tables, with nothing scrolled out of the page', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1000, height: 1400 } });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/compare/data-warehouse/`);
		await page.emulateMedia({ media: 'print' });
		const styles = await page.evaluate(() => ({
			overflow: getComputedStyle(document.querySelector('.guide-table-wrap')!).overflowX,
			table: getComputedStyle(document.querySelector('.compare-wide')!).display,
			cards: getComputedStyle(document.querySelector('.compare-cards')!).display,
		}));
		expect(styles).toEqual({ overflow: 'visible', table: 'block', cards: 'none' });
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		await context.close();
	});
});
