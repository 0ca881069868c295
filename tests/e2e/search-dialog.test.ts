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
		// The filter group is a <details>: open it (again, if Pagefind's UI re-rendered it while results arrived).
		const cloudGroup = page.locator('dialog[open] details.pagefind-ui__filter-block', { hasText: 'Cloud' });
		const azure = page.locator('dialog[open] .pagefind-ui__filter-label', { hasText: /^Azure/ });
		await expect
			.poll(async () => {
				if (!(await cloudGroup.evaluate((d) => (d as HTMLDetailsElement).open))) await cloudGroup.locator('summary').click();
				return azure.isVisible();
			})
			.toBe(true);
		await azure.click();
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

	it('forgives a misspelt name as it is typed: the right page first, and "Showing results for" the name', async () => {
		await page.goto(`${server.origin}/aws/s3/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Control+k');
		await input().waitFor();
		const firstHref = () => results().first().locator('.pagefind-ui__result-link').first().getAttribute('href');
		const status = page.locator('dialog[open] #search-correction');
		// The name corrected, or the title of the page a name alone searches.
		for (const [typed, path, shown] of [
			['dynamdb', '/aws/dynamodb/', /^(Amazon )?DynamoDB$/],
			['redshfit', '/aws/redshift/', /^(Amazon )?Redshift$/],
			['big query', '/gcp/bigquery/', /^BigQuery$/],
		] as const) {
			await input().fill('');
			await input().pressSequentially(typed, { delay: 20 });
			await expect.poll(firstHref).toMatch(new RegExp(`${path}$`));
			await expect.poll(() => status.textContent()).toMatch(/^Showing results for /);
			expect((await status.locator('strong').textContent()) ?? '').toMatch(shown);
			expect(await status.isVisible()).toBe(true);
		}
		// An exact name needs no note.
		await input().fill('Athena');
		await expect.poll(firstHref).toMatch(/\/aws\/athena\/$/);
		await expect.poll(() => status.isVisible()).toBe(false);
		// "X vs Y" leads to the comparison of the two; a service with no page to the comparison that lists it.
		await input().fill('sqs vs pubsub');
		await expect.poll(firstHref).toMatch(/\/compare\/message-queue\/$/);
		await input().fill('Amazon SNS');
		await expect.poll(firstHref).toMatch(/\/compare\/pub-sub-messaging\/$/);
		expect(outside).toEqual([]);
	});
});
