/** The search dialog as a reader uses it: keyboard shortcuts, a filter, arrow keys and Enter, in a real browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, recordOutsideRequests, siteServer, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;
let page: Page;
let outside: string[];

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	page = await browser.newPage();
	outside = recordOutsideRequests(page, server.origin);
});
afterAll(async () => {
	await browser?.close();
});

const input = () => page.locator('dialog[open] input.pagefind-ui__search-input');
const results = () => page.locator('dialog[open] .pagefind-ui__result');

describe('search dialog', () => {
	it('opens with "/" and with Ctrl+K', async () => {
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		await page.locator('main').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('/');
		await expect.poll(() => input().isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+k');
		await expect.poll(() => input().isVisible()).toBe(true);
	});

	it('shows each result with its cloud, filters by cloud, and follows a result with arrows and Enter', async () => {
		await input().fill('queue');
		await results().first().waitFor();
		expect(await results().first().locator('.pagefind-ui__result-tag').first().textContent()).toMatch(/Cloud: /);

		// Filter to Azure: only Azure pages (and pages covering all clouds) remain.
		await page.locator('dialog[open] .pagefind-ui__filter-name', { hasText: 'Cloud' }).click();
		await page.locator('dialog[open] .pagefind-ui__filter-label', { hasText: /^Azure/ }).click();
		await expect
			.poll(async () => (await results().locator('.pagefind-ui__result-tag').first().allTextContents()).every((t) => /Azure/.test(t)))
			.toBe(true);

		// Clear the filter, search a name, and pick the first result from the keyboard.
		await page.locator('dialog[open] .pagefind-ui__filter-label', { hasText: /^Azure/ }).click();
		await input().fill('dynamo db');
		await expect.poll(async () => results().first().locator('.pagefind-ui__result-link').first().getAttribute('href')).toMatch(/\/aws\/dynamodb\/$/);
		await input().focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/aws\/dynamodb\/$/);
		expect(await page.locator('h1').textContent()).toBe('Amazon DynamoDB');
		expect(outside).toEqual([]);
	});
});
