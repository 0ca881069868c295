/**
 * A "Which service?" guide as a candidate uses it: on /decide/streaming/, answer the questions from the keyboard and
 * reach one pick per cloud, each linking its service page and showing the sourced facts it rests on; the same tree
 * opens with JavaScript turned off. Expected picks come from content/decide/streaming.yaml.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../helpers/browser';
import { readYaml } from '../helpers/content';
import { decisionGuideSchema } from '../../src/schemas';

const data = decisionGuideSchema.parse(readYaml('content/decide/streaming.yaml'));
const windowed = data.questions.find((q) => q.id === 'process')!.answers[1]!;
const site = useSiteAndBrowser();

/** Opens the answers with these labels, in order, by keyboard; returns the picks shown at the end of the path. */
async function walk(page: Page, labels: string[]) {
	for (const label of labels) {
		const summary = page.locator('details.decision-answer > summary', { hasText: label }).first();
		await summary.focus();
		await page.keyboard.press('Enter');
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

	it('is listed on /decide/ and loads no script of its own', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/decide/`);
		expect(await page.locator('main a[href="/decide/streaming/"]').count()).toBe(1);
		// Its scripts are among the glossary's (which has none of its own): Starlight's search, theme and contents.
		const scripts = async (path: string) => {
			await page.goto(`${site.server.origin}${path}`);
			return page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean).sort());
		};
		const own = await scripts('/decide/streaming/');
		expect(own.length).toBeGreaterThan(0);
		expect(await scripts('/glossary/')).toEqual(expect.arrayContaining(own));
		await page.close();
	});
});
