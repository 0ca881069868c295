/**
 * A "Which service?" guide as a candidate uses it: on /decide/streaming/, answer the questions from the keyboard and
 * reach one pick per cloud, each linking its service page and showing the sourced facts it rests on; the same tree
 * opens with JavaScript turned off; with it, one path stays open, in the address and after a reload. Every other
 * guide reaches a pick on each cloud on every branch. Expected picks come from content/decide/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../helpers/browser';
import { readDataFolder } from '../helpers/content';
import { decisionGuideSchema } from '../../src/schemas';

const guides = readDataFolder('decide', decisionGuideSchema).map((e) => ({ id: e.id, ...e.data }));
const data = guides.find((g) => g.id === 'streaming')!;
const windowed = data.questions.find((q) => q.id === 'process')!.answers[1]!;
const site = useSiteAndBrowser();

/** Opens the answers with these labels, in order, by keyboard; returns the picks shown at the end of the path. */
async function walk(page: Page, labels: string[]) {
	for (const label of labels) {
		const summary = page.locator('details.decision-answer > summary', { hasText: label }).first();
		await summary.focus();
		// An answer opened on an earlier walk stays open inside a closed one; Enter would close it again.
		if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
		await expect.poll(() => summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
	}
	const last = page.locator('details.decision-answer > summary', { hasText: labels.at(-1)! }).first().locator('xpath=..');
	return last.locator(':scope > .decision-picks > .decision-pick').evaluateAll((picks) =>
		picks.map((p) => ({
			cloud: (p as HTMLElement).dataset['cloud'],
			visible: (p as HTMLElement).checkVisibility(),
			pick: p.querySelector('.decision-pick-name a')?.getAttribute('href'),
			facts: [...p.querySelectorAll('.decision-facts li')].map((li) => ({
				source: li.querySelector('a.source-link')?.getAttribute('href'),
				checked: li.querySelector('time')?.getAttribute('datetime'),
			})),
		})),
	);
}

describe('the streaming decision guide', () => {
	it('leads by keyboard from the first question to a pick on each cloud, each with its sourced facts', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/decide/streaming/`);
		const picks = await walk(page, ['Yes: several consumers, or replay', windowed.label]);
		expect(picks.map((p) => p.cloud)).toEqual(['aws', 'gcp', 'azure']);
		expect(picks.every((p) => p.visible)).toBe(true);
		for (const p of picks) {
			const expected = windowed.picks![p.cloud as 'aws' | 'gcp' | 'azure'];
			// A page of the guide, or the provider's documentation for a service without one.
			expect(p.pick, p.cloud).toMatch(new RegExp(`(/${expected.pick}/$|^https://)`));
			expect(p.facts).toHaveLength(expected.facts.length);
			for (const f of p.facts) {
				expect(f.source).toMatch(/^https:\/\//);
				expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
		await page.close();
	});

	it('reads as nested questions and opens without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/decide/streaming/`);
		expect(await page.locator('.decision-question').count()).toBe(data.questions.length);
		const picks = await walk(page, ['No: each event is a piece of work for one consumer']);
		expect(picks.map((p) => p.pick)).toEqual(['/aws/sqs/', '/gcp/pubsub/', '/azure/service-bus/']);
		await context.close();
	});

	it('is listed on /decide/ with every other guide', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/decide/`);
		expect(await page.locator('main a[href="/decide/streaming/"]').count()).toBe(1);
		expect(await page.locator('main a[href^="/decide/"]').count()).toBe(guides.length);
		await page.close();
	});

	it('with JavaScript, keeps one path open, in the address and after a reload, until "Start over"', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/decide/streaming/`);
		await page.waitForFunction(() => document.documentElement.dataset['decide'] === 'ready');
		const restart = page.locator('.decision-restart');
		expect(await restart.isVisible()).toBe(false);
		await walk(page, ['Yes: several consumers, or replay', windowed.label]);
		await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBe('2.2');
		// Opening the other first answer closes this path: one path shows at a time.
		await page.locator('details.decision-answer > summary', { hasText: data.questions[0]!.answers[0]!.label }).first().click();
		await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBe('1');
		await walk(page, ['Yes: several consumers, or replay', windowed.label]);
		// Tomorrow: the same page without the address's path opens where the reader left it.
		await page.goto(`${site.server.origin}/decide/streaming/`);
		await page.waitForFunction(() => document.documentElement.dataset['decide'] === 'ready');
		const open = () => page.locator('details.decision-answer[open] > summary').allTextContents();
		expect(await open()).toEqual(['Yes: several consumers, or replay', windowed.label]);
		// A pasted link opens its own path.
		const other = await site.browser.newPage();
		await other.goto(`${site.server.origin}/decide/streaming/?path=1`);
		await other.waitForFunction(() => document.documentElement.dataset['decide'] === 'ready');
		expect(await other.locator('details.decision-answer[open] > summary').allTextContents()).toEqual([data.questions[0]!.answers[0]!.label]);
		await other.close();
		// Printing shows the whole tree, then the reader's path again.
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await page.locator('details.decision-answer:not([open])').count()).toBe(0);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		await expect.poll(open).toEqual(['Yes: several consumers, or replay', windowed.label]);
		await page.waitForTimeout(300);
		expect(await open()).toEqual(['Yes: several consumers, or replay', windowed.label]);
		expect(new URL(page.url()).searchParams.get('path')).toBe('2.2');
		await restart.click();
		expect(await open()).toEqual([]);
		expect(new URL(page.url()).searchParams.get('path')).toBeNull();
		await page.reload();
		await page.waitForFunction(() => document.documentElement.dataset['decide'] === 'ready');
		expect(await open()).toEqual([]);
		await context.close();
	});
});

describe('every decision guide', () => {
	it.each(guides.map((g) => [g.id, g] as const))('/decide/%s/ reaches a pick on each cloud by keyboard, on every branch', async (id, guide) => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/decide/${id}/`);
		// Without the script every answer can be open at once: open them all, top down, and count the picks.
		const summaries = page.locator('details.decision-answer > summary');
		for (let i = 0; i < (await summaries.count()); i++) {
			await summaries.nth(i).focus();
			await page.keyboard.press('Enter');
		}
		const leaves = guide.questions.flatMap((q) => q.answers).filter((a) => a.picks).length;
		const picks = await page.locator('.decision-pick').evaluateAll((ps) =>
			ps.map((p) => ({ cloud: (p as HTMLElement).dataset['cloud'], visible: (p as HTMLElement).checkVisibility(), link: p.querySelector('.decision-pick-name a')?.getAttribute('href'), facts: p.querySelectorAll('.decision-facts li a.source-link').length })),
		);
		expect(picks).toHaveLength(leaves * 3);
		expect(picks.map((p) => p.cloud)).toEqual(Array.from({ length: leaves }, () => ['aws', 'gcp', 'azure']).flat());
		for (const p of picks) {
			expect(p.visible).toBe(true);
			expect(p.link).toMatch(/^(\/(aws|gcp|azure)\/[a-z0-9-]+\/|https:\/\/)/);
			expect(p.facts).toBeGreaterThan(0);
		}
		await context.close();
	});
});
