/**
 * "Copy link to this section" as a reader uses it: Tab to the button (it shows when focused), press Enter,
 * paste the copied address into a new tab, and land on that section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, recordOutsideRequests, siteServer, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let outside: string[];

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
	page = await context.newPage();
	outside = recordOutsideRequests(page, server.origin);
});

afterAll(async () => {
	await browser?.close();
});

async function tabTo(p: Page, selector: string, maxTabs = 200): Promise<void> {
	for (let i = 0; i < maxTabs; i++) {
		await p.keyboard.press('Tab');
		if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`${selector} was not reached with Tab`);
}

describe('copy link to this section', () => {
	it('every h2/h3 in the article gets a copy button', async () => {
		await page.goto(`${server.origin}/aws/sqs/`);
		const headings = await page.locator('.sl-markdown-content :is(h2, h3)[id]').count();
		const buttons = await page.locator('.sl-markdown-content .sl-heading-wrapper button.copy-link').count();
		expect(headings).toBeGreaterThan(5);
		expect(buttons).toBe(headings);
	});

	it('is reached with the keyboard, visible when focused, and copies an address that opens at the section', async () => {
		await page.goto(`${server.origin}/aws/sqs/`);
		const selector = 'button.copy-link[aria-label="Copy link to section “Gotchas”"]';
		const button = page.locator(selector);
		expect(await button.evaluate((b) => getComputedStyle(b).opacity)).toBe('0');
		await tabTo(page, selector);
		expect(await button.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
		const box = await button.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Link to “Gotchas” copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${server.origin}/aws/sqs/#gotchas`);

		const pasted = await context.newPage();
		await pasted.goto(copied);
		const top = await pasted.locator('#gotchas').evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
		await pasted.close();
	});

	it('works on generated comparison pages too', async () => {
		await page.goto(`${server.origin}/compare/object-storage/`);
		await page.locator('button.copy-link[aria-label="Copy link to section “Key differences”"]').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${server.origin}/compare/object-storage/#key-differences`,
		);
	});

	it('made no request to another host', () => {
		expect(outside).toEqual([]);
	});
});
