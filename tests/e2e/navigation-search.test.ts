/** A reader's path through the built site in a real browser: search a service by name, follow the sidebar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, recordOutsideRequests, siteServer, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;
let page: Page;
let outside: string[];
const consoleErrors: string[] = [];

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	page = await browser.newPage();
	outside = recordOutsideRequests(page, server.origin);
	page.on('console', (msg) => {
		// A 404 page's own status line is expected; anything else is an error.
		if (msg.type() === 'error' && !/status of 404/.test(msg.text())) consoleErrors.push(msg.text());
	});
});

afterAll(async () => {
	await browser?.close();
});

describe('in a real browser', () => {
	it('search finds a service by its abbreviation and opens its page', async () => {
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: /search/i }).first().click();
		const input = page.locator('dialog[open] input.pagefind-ui__search-input');
		await input.fill('SQS');
		const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 10_000 });
		expect(await first.getAttribute('href')).toMatch(/\/aws\/sqs\/$/);
		await first.click();
		await page.waitForURL(/\/aws\/sqs\/$/);
		expect(await page.locator('h1').textContent()).toBe('Amazon SQS');
	});

	it('the sidebar takes you from one cloud to another', async () => {
		await page.goto(`${server.origin}/aws/sqs/`);
		// Another cloud is one link in the sidebar, to its list of services on the home page; follow BigQuery there.
		await page.locator('nav[aria-label="Main"] a', { hasText: 'Google Cloud' }).first().click();
		await page.waitForURL(/\/#dir-gcp$/);
		await page.locator('section[aria-labelledby="dir-gcp"] a', { hasText: 'BigQuery' }).first().click();
		await page.waitForURL(/\/gcp\/bigquery\/$/);
		expect(await page.locator('h1').textContent()).toBe('BigQuery');
	});

	it('a mistyped address gets a 404 page that suggests the closest pages', async () => {
		const response = await page.goto(`${server.origin}/aws/s4/`);
		expect(response?.status()).toBe(404);
		const first = page.locator('#suggestions li a').first();
		await first.waitFor();
		expect(await first.textContent()).toBe('Amazon S3');
		// The same corrections as the search dialog: a misspelling, other spacing, a service with no page.
		for (const [path, title] of [
			['/gcp/big-qery/', 'BigQuery'],
			['/gcp/big-query/', 'BigQuery'],
			['/aws/step-function/', 'AWS Step Functions'],
			['/azure/logic-apps/', expect.stringMatching(/compared$/)],
		] as const) {
			await page.goto(`${server.origin}${path}`);
			await page.locator('#suggestions li a').first().waitFor();
			expect(await page.locator('#suggestions li a').first().textContent(), path).toEqual(title);
		}
	});

	it('made no request to another host and logged no error', () => {
		expect(outside).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
});
