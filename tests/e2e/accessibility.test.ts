/**
 * axe-core on every page of the built site, at desktop width, and on one page of each kind at phone width: no
 * serious or critical violation, in the light and the dark theme. Every rule runs in the light theme; the page is
 * then switched to dark the way Starlight's theme picker does it, which changes only colours, and the colour-contrast
 * rule runs again. The site's header and sidebar are the same on every page but for the current link, so they are
 * audited on the first page of each section (and on every phone page), and each page's own content everywhere.
 * The same crawl records every request and fails on any that leaves the local server.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type axe from 'axe-core';
import { recordOutsideRequests, useSiteAndBrowser } from '../helpers/browser';
import { readablePages } from '../helpers/site-pages';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = readablePages();
const PHONE_PAGES = ['/', '/aws/s3/', '/gcp/bigquery/', '/compare/', '/compare/object-storage/', '/architectures/batch-etl-data-lake/', '/practice/', '/404.html'];
type Theme = 'light' | 'dark';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const site = useSiteAndBrowser();
const outside: string[] = [];

interface Finding {
	page: string;
	theme: Theme;
	rule: string;
	impact: string;
	targets: string[];
}

/** What each theme's pass checks: every rule in light, colour contrast (all the dark theme changes) in dark. */
const RULES: Record<Theme, axe.RunOptions> = {
	light: { resultTypes: ['violations'] },
	// No CSSOM preload: only css-orientation-lock reads it, and that rule ran in the light pass.
	dark: { resultTypes: ['violations'], runOnly: ['color-contrast'], preload: false },
};

/** The site chrome Starlight draws identically on every page: the header and the sidebar. */
const CHROME = [['header.header'], ['#starlight__sidebar']];

/**
 * Runs axe on each path, in light then dark, in two browser contexts at once (each its own renderer process, so
 * both cores work); returns serious and critical violations.
 */
async function audit(paths: string[], viewport: { width: number; height: number }, options: { chromeEverywhere?: boolean } = {}) {
	const findings: Finding[] = [];
	const themesSeen: Record<Theme, Set<string>> = { light: new Set(), dark: new Set() };
	const queue = [...paths];
	const sections = new Set<string>();
	const worker = async () => {
		const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
		await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		// Loaded before each page's own scripts, so axe is compiled once per document with no extra round trip.
		await context.addInitScript({ path: AXE });
		const page = await context.newPage();
		outside.push(...recordOutsideRequests(page, site.server.origin));
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
			const section = path.split('/')[1] ?? '';
			const scope = options.chromeEverywhere || !sections.has(section) ? { exclude: [] } : { exclude: CHROME };
			sections.add(section);
			for (const theme of ['light', 'dark'] as const) {
				if (theme === 'dark') await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
				themesSeen[theme].add(await page.evaluate(() => `${document.documentElement.dataset['theme']}:${getComputedStyle(document.body).backgroundColor}`));
				const violations = await page.evaluate(async ([scope, rules]) => (await window.axe.run(scope, rules)).violations, [scope, RULES[theme]] as const);
				for (const v of violations) {
					if (v.impact === 'serious' || v.impact === 'critical') {
						findings.push({ page: path, theme, rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) });
					}
				}
			}
		}
		await context.close();
	};
	await Promise.all([worker(), worker()]);
	return { findings, themesSeen };
}

/** Each theme was really applied: one data-theme value and one page background per theme, and they differ. */
function expectBothThemes(seen: Record<Theme, Set<string>>) {
	expect(seen.light.size).toBe(1);
	expect(seen.dark.size).toBe(1);
	const [light] = [...seen.light];
	const [dark] = [...seen.dark];
	expect(light).toMatch(/^light:/);
	expect(dark).toMatch(/^dark:/);
	expect(light!.split(':')[1]).not.toBe(dark!.split(':')[1]);
}

describe('accessibility (axe-core)', () => {
	it('audits every readable page', () => {
		expect(PAGES.length).toBeGreaterThanOrEqual(50);
		expect(PAGES).toContain('/404.html');
	});

	it('desktop, every page: no serious or critical violation in light (every rule) or dark (colour contrast)', async () => {
		const { findings, themesSeen } = await audit(PAGES, { width: 1280, height: 900 });
		expectBothThemes(themesSeen);
		expect(findings).toEqual([]);
	}, 600_000);

	it('phone width, one page of each kind: no serious or critical violation in either theme', async () => {
		const { findings, themesSeen } = await audit(PHONE_PAGES, { width: 375, height: 812 }, { chromeEverywhere: true });
		expectBothThemes(themesSeen);
		expect(findings).toEqual([]);
	}, 120_000);

	it('the audit does report a serious violation when there is one, in either pass (so an empty list means something)', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript({ path: AXE });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/aws/s3/`);
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
			const faint = Object.assign(document.createElement('p'), { textContent: 'Text nobody can read' });
			faint.style.cssText = 'color: #767676; background: #808080';
			document.querySelector('main')?.append(img, faint);
			document.documentElement.dataset['theme'] = 'dark';
		});
		const ids = await page.evaluate(async (o) => (await window.axe.run(document, o)).violations.map((v) => `${v.id}:${v.impact}`), RULES.dark);
		expect(ids).toEqual(['color-contrast:serious']);
		const all = await page.evaluate(async (o) => (await window.axe.run(document, o)).violations.map((v) => `${v.id}:${v.impact}`), RULES.light);
		expect(all).toContain('image-alt:critical');
		await context.close();
	});

	it('loaded nothing from another host while auditing', () => {
		expect(outside).toEqual([]);
	});
});
