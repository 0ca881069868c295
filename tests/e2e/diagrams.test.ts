/** A diagram seen in a real browser: the SVG for the active theme is shown, in light and dark. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, recordOutsideRequests, serveDist, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
	server = await serveDist();
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function shoot(theme: 'light' | 'dark') {
	const page = await browser.newPage({ colorScheme: theme, viewport: { width: 1100, height: 900 } });
	const outside = recordOutsideRequests(page, server.origin);
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${server.origin}/aws/sqs/`);
	const visible = page.locator('.pipeline-diagram .diagram-svg svg:visible');
	expect(await visible.count()).toBe(1);
	const shown = await visible.evaluate((svg) => svg.closest('.diagram-svg')!.className);
	const png = await visible.screenshot();
	const width = (await visible.boundingBox())!.width;
	await page.close();
	return { shown, png, width, outside, errors };
}

describe('the SQS pipeline diagram in a real browser', () => {
	it('shows the light SVG in light theme and the dark SVG in dark theme, without outside requests or errors', async () => {
		const light = await shoot('light');
		const dark = await shoot('dark');
		expect(light.shown).toContain('diagram-light');
		expect(dark.shown).toContain('diagram-dark');
		expect(light.width).toBeGreaterThan(300);
		// The two renderings really differ (different backgrounds and text colours).
		expect(Buffer.compare(light.png, dark.png)).not.toBe(0);
		expect(light.png.length).toBeGreaterThan(5_000);
		expect([...light.outside, ...dark.outside]).toEqual([]);
		expect([...light.errors, ...dark.errors]).toEqual([]);
	});

	it('fits a 360 px phone without cutting off the diagram', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${server.origin}/aws/sqs/`);
		const box = (await page.locator('.pipeline-diagram .diagram-svg svg:visible').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		await page.close();
	});
});
