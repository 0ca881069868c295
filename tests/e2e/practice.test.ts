/**
 * The flashcard quiz as someone preparing for an interview uses it: pick "AWS only", answer cards with the
 * keyboard, reload and find the progress kept; the summary links weak services to their pages.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, recordOutsideRequests, siteServer, type SiteServer } from '../helpers/browser';
import { fileForPath } from '../helpers/dist';
import { readablePages } from '../helpers/site-pages';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let outside: string[];
const errors: string[] = [];

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
	outside = recordOutsideRequests(page, server.origin);
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});

afterAll(async () => {
	await browser?.close();
});

const question = () => page.locator('#card-question').textContent();
const cardId = () => page.locator('#practice-card').getAttribute('data-card');

async function open() {
	await page.goto(`${server.origin}/practice/`);
	await page.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
}

describe('practice flashcards', () => {
	it('shows a question with its answer hidden until revealed (Space), then marks with 1 and 2', async () => {
		await open();
		expect(await page.locator('#card-answer').isHidden()).toBe(true);
		expect((await question())?.length).toBeGreaterThan(10);
		await page.locator('h1').click(); // focus on the page, not on a control
		await page.keyboard.press(' ');
		expect(await page.locator('#card-answer').isVisible()).toBe(true);
		expect((await page.locator('#card-answer').textContent())?.length).toBeGreaterThan(30);
		expect(await page.locator('#card-reveal').isDisabled()).toBe(true); // nothing left to show
		expect(await page.locator('#card-knew').isEnabled()).toBe(true);
		const first = await cardId();
		await page.keyboard.press('2'); // review again
		expect(await cardId()).not.toBe(first);
		expect(await page.locator('#card-answer').isHidden()).toBe(true);
		expect(await page.locator('#card-reveal').isEnabled()).toBe(true);
	});

	it('"AWS only" asks only AWS questions; ten answers survive a reload, and weak services link to their pages', async () => {
		await page.evaluate(() => localStorage.clear());
		await open();
		for (const cloud of ['gcp', 'azure']) await page.locator(`input[name="cloud"][value="${cloud}"]`).uncheck();
		const seen: string[] = [];
		for (let i = 0; i < 10; i++) {
			const id = (await cardId())!;
			expect(id).toMatch(/^aws\//);
			expect(await page.locator('#card-meta a').getAttribute('href')).toMatch(/^\/aws\/[a-z0-9-]+\/$/);
			seen.push(id);
			await page.getByRole('button', { name: /show answer/i }).click();
			await page.keyboard.press(i % 3 === 0 ? '2' : '1');
		}
		const before = await page.locator('#practice-boxes').textContent();
		expect(before).toMatch(/Box 1: [1-9]/);
		const weakBefore = await page.locator('#practice-weak a').allTextContents();
		expect(weakBefore.length).toBeGreaterThan(0);

		await page.reload();
		await page.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
		expect(await page.locator('input[name="cloud"][value="aws"]').isChecked()).toBe(true);
		expect(await page.locator('input[name="cloud"][value="gcp"]').isChecked()).toBe(false);
		expect(await page.locator('#practice-boxes').textContent()).toBe(before);
		expect(await page.locator('#practice-weak a').allTextContents()).toEqual(weakBefore);
		const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('guide-practice-v1') ?? '{}'));
		expect(saved.turn).toBe(10);
		expect(Object.keys(saved.cards).sort()).toEqual([...new Set(seen)].sort());

		const href = await page.locator('#practice-weak a').first().getAttribute('href');
		await page.locator('#practice-weak a').first().click();
		await page.waitForURL(`${server.origin}${href}`);
		expect(await page.locator('details.question').count()).toBeGreaterThanOrEqual(5);
	});

	it('a missed card comes back before cards that were known', async () => {
		await page.evaluate(() => localStorage.clear());
		await open();
		await page.locator('select[name="topic"]').selectOption('aws/sqs');
		const missed = (await cardId())!;
		await page.locator('#card-reveal').click();
		await page.locator('#card-again').click();
		const order: string[] = [];
		for (let i = 0; i < 3; i++) {
			order.push((await cardId())!);
			await page.locator('#card-reveal').click();
			await page.locator('#card-knew').click();
		}
		expect(order.slice(1)).toContain(missed);
	});

	it('made no request to another host and raised no error', () => {
		expect(outside).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('the quiz script', () => {
	it('is loaded by /practice/ and by no other page', () => {
		const scriptsOf = (path: string) =>
			[...readFileSync(fileForPath(path), 'utf8').matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
		const quiz = scriptsOf('/practice/').filter((src) => /practice/.test(src));
		expect(quiz.length).toBe(1);
		const others = readablePages().filter((p) => p !== '/practice/' && scriptsOf(p).some((src) => quiz.includes(src)));
		expect(others).toEqual([]);
	});
});
