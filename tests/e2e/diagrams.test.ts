/** A diagram seen in a real browser: drawn in the active theme's colours, in light and dark. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, recordOutsideRequests, siteServer, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function shoot(theme: 'light' | 'dark') {
	const page = await browser.newPage({ colorScheme: theme, viewport: { width: 1100, height: 900 } });
	const outside = recordOutsideRequests(page, server.origin);
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${server.origin}/aws/sqs/`);
	const visible = page.locator('.pipeline-diagram .diagram-svg svg:visible');
	expect(await visible.count()).toBe(1);
	// The fill of the first node's shape, as the browser paints it.
	const shown = await visible.evaluate((svg) => getComputedStyle(svg.querySelector('.node rect, .node path')!).fill);
	const png = await visible.screenshot();
	const width = (await visible.boundingBox())!.width;
	await page.close();
	return { shown, png, width, outside, errors };
}

describe('the SQS pipeline diagram in a real browser', () => {
	it('paints light colours in light theme and dark colours in dark theme, without outside requests or errors', async () => {
		const light = await shoot('light');
		const dark = await shoot('dark');
		// The SQS page's first node is a source: light blue on white, dark blue on the dark page (src/diagrams/themes.ts).
		expect(light.shown).toBe('rgb(227, 238, 252)');
		expect(dark.shown).toBe('rgb(27, 51, 84)');
		expect(light.width).toBeGreaterThan(300);
		// The two renderings really differ (different backgrounds and text colours).
		expect(Buffer.compare(light.png, dark.png)).not.toBe(0);
		expect(light.png.length).toBeGreaterThan(5_000);
		expect([...light.outside, ...dark.outside]).toEqual([]);
		expect([...light.errors, ...dark.errors]).toEqual([]);
	});

	it('on a 360 px phone, the page does not scroll sideways and the whole diagram can be reached in its box', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		for (const path of ['/aws/sqs/', '/architectures/batch-etl-data-lake/']) {
			await page.goto(`${server.origin}${path}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			const fit = await page.locator('.pipeline-diagram .diagram-svg:visible').first().evaluate((box) => {
				const svg = box.querySelector('svg')!.getBoundingClientRect();
				const r = box.getBoundingClientRect();
				return { inPage: r.left >= 0 && r.right <= 360, reachable: box.scrollWidth >= svg.width - 1, scrolls: getComputedStyle(box).overflowX };
			});
			expect(fit, path).toEqual({ inPage: true, reachable: true, scrolls: 'auto' });
		}
		await page.close();
	});
});

/** Contrast of every label in the visible diagrams of a page against what is drawn behind it (WCAG ratio). */
async function labelContrasts(path: string, theme: 'light' | 'dark') {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	const page = await context.newPage();
	await page.goto(`${server.origin}${path}`);
	const result = await page.evaluate(() => {
		const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number).slice(0, 3) as [number, number, number];
		const lum = ([r, g, b]: number[]) => {
			const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
			return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
		};
		const ratio = (a: number[], b: number[]) => {
			const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
			return (l1 + 0.05) / (l2 + 0.05);
		};
		const pageBg = rgb(getComputedStyle(document.body).backgroundColor);
		/** The colour a shape paints, blended over the page background by its fill-opacity and opacity. */
		const painted = (shape: Element) => {
			const s = getComputedStyle(shape);
			if (s.fill === 'none') return pageBg;
			const alpha = Number(s.fillOpacity) * Number(s.opacity) * (s.fill.startsWith('rgba') ? Number(s.fill.split(',')[3]?.replace(')', '') ?? 1) : 1);
			return rgb(s.fill).map((c, i) => c * alpha + pageBg[i]! * (1 - alpha));
		};
		const out: { label: string; ratio: number }[] = [];
		for (const svg of document.querySelectorAll('.pipeline-diagram .diagram-svg svg')) {
			if (!(svg as SVGElement).checkVisibility()) continue;
			for (const group of svg.querySelectorAll('.edgeLabel, .node')) {
				const text = group.querySelector('text');
				const label = text?.textContent?.trim();
				if (!text || !label) continue;
				const shape = group.querySelector('rect.background, rect, path, polygon, circle, ellipse');
				const behind = shape ? painted(shape) : pageBg;
				out.push({ label, ratio: Math.round(ratio(rgb(getComputedStyle(text).fill), behind) * 100) / 100 });
			}
		}
		return out;
	});
	await context.close();
	return result;
}

describe('diagram labels are readable', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`${theme}: every node and edge label has at least 4.5:1 contrast with what is behind it`, async () => {
			const labels = [
				...(await labelContrasts('/aws/s3/', theme)),
				...(await labelContrasts('/architectures/batch-etl-data-lake/', theme)),
			];
			expect(labels.length).toBeGreaterThan(20);
			expect(labels.filter((l) => l.ratio < 4.5)).toEqual([]);
		});
	}
});
