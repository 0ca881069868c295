/** Comparison tables on a 360 px phone and on paper, in a real browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, siteServer, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	page = await browser.newPage({ viewport: { width: 360, height: 800 } });
});

afterAll(async () => {
	await browser?.close();
});

describe('on a 360 px wide phone', () => {
	for (const path of ['/compare/', '/compare/message-queue/', '/aws/sqs/']) {
		it(`${path}: the page does not scroll sideways, and row labels stay visible when a table does`, async () => {
			await page.goto(`${server.origin}${path}`);
			const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(pageWidth).toBeLessThanOrEqual(360);

			const wrap = page.locator('.guide-table-wrap:has(table.compare-table), .guide-table-wrap:has(table.matrix-table)').first();
			await wrap.scrollIntoViewIfNeeded();
			const scrollable = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth);
			expect(scrollable).toBe(true);
			await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
			const wrapBox = (await wrap.boundingBox())!;
			const label = (await wrap.locator('tbody th[scope=row]').first().boundingBox())!;
			expect(label.x).toBeGreaterThanOrEqual(wrapBox.x - 1);
			expect(label.x).toBeLessThan(wrapBox.x + 20);
		});
	}
});

describe('printed', () => {
	it('tables drop scrolling and sticky cells so nothing is cut off', async () => {
		await page.setViewportSize({ width: 1000, height: 1400 });
		await page.goto(`${server.origin}/compare/data-warehouse/`);
		await page.emulateMedia({ media: 'print' });
		const styles = await page.evaluate(() => {
			const wrap = document.querySelector('.guide-table-wrap')!;
			const th = document.querySelector('table.compare-table tbody th[scope=row]')!;
			return { overflow: getComputedStyle(wrap).overflowX, position: getComputedStyle(th).position };
		});
		expect(styles).toEqual({ overflow: 'visible', position: 'static' });
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	});
});
