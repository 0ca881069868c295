/**
 * axe-core on every page of the built site, in light and in dark theme, at desktop width, and on one page of each
 * kind at phone width: no serious or critical violation. The same crawl records every request and fails on any
 * that leaves the local server.
 */
import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { recordOutsideRequests, useSiteAndBrowser } from '../helpers/browser';
import { readablePages } from '../helpers/site-pages';

const THEMES = ['light', 'dark'] as const;
const PAGES = readablePages();
const PHONE_PAGES = ['/', '/aws/s3/', '/gcp/bigquery/', '/compare/', '/compare/object-storage/', '/architectures/batch-etl-data-lake/', '/404.html'];

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const site = useSiteAndBrowser();
const outside: string[] = [];

interface Finding {
	page: string;
	rule: string;
	impact: string;
	targets: string[];
}

/** Runs axe on each path in a few parallel tabs; returns serious and critical violations. */
async function audit(paths: string[], theme: (typeof THEMES)[number], viewport: { width: number; height: number }) {
	const contexts: BrowserContext[] = [];
	const findings: Finding[] = [];
	const themesSeen = new Set<string>();
	const queue = [...paths];
	const worker = async () => {
		const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
		contexts.push(context);
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		outside.push(...recordOutsideRequests(page, site.server.origin));
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
			themesSeen.add(await page.evaluate(() => document.documentElement.dataset['theme'] ?? ''));
			await page.addScriptTag({ content: axe.source });
			const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
			for (const v of violations) {
				if (v.impact === 'serious' || v.impact === 'critical') {
					findings.push({ page: path, rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) });
				}
			}
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	await Promise.all(contexts.map((c) => c.close()));
	return { findings, themesSeen };
}

describe('accessibility (axe-core)', () => {
	it('audits every readable page', () => {
		expect(PAGES.length).toBeGreaterThanOrEqual(50);
		expect(PAGES).toContain('/404.html');
	});

	for (const theme of THEMES) {
		it(`desktop, ${theme} theme: no serious or critical violation on any page`, async () => {
			const { findings, themesSeen } = await audit(PAGES, theme, { width: 1280, height: 900 });
			expect([...themesSeen]).toEqual([theme]);
			expect(findings).toEqual([]);
		}, 300_000);

		it(`phone width, ${theme} theme: no serious or critical violation`, async () => {
			const { findings, themesSeen } = await audit(PHONE_PAGES, theme, { width: 375, height: 812 });
			expect([...themesSeen]).toEqual([theme]);
			expect(findings).toEqual([]);
		}, 120_000);
	}

	it('the audit does report a serious violation when there is one (so an empty list means something)', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/aws/s3/`);
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
			document.querySelector('main')?.append(img);
		});
		await page.addScriptTag({ content: axe.source });
		const ids = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}:${v.impact}`));
		expect(ids).toContain('image-alt:critical');
		await context.close();
	});

	it('loaded nothing from another host while auditing', () => {
		expect(outside).toEqual([]);
	});
});
