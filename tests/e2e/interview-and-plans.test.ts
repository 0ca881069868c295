/**
 * A candidate two days out, in a real browser: picks the 48-hour plan and ticks tasks, runs a mock interview with
 * the timer and scores it against the rubric, reloads "tomorrow" and finds the ticks and scores where they were left.
 * Without JavaScript the pages still read in full. Expected values come from the content files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordOutsideRequests, useSiteAndBrowser } from '../helpers/browser';
import { readYaml } from '../helpers/content';
import { fileForPath } from '../helpers/dist';
import { readablePages } from '../helpers/site-pages';
import { interviewSchema, RUBRIC_AREAS, studyPlanSchema } from '../../src/schemas';

const site = useSiteAndBrowser();
const iot = interviewSchema.parse(readYaml('content/interview/iot-telemetry.yaml'));
const plan = studyPlanSchema.parse(readYaml('content/study-plans/48-hours.yaml'));
const areas = Object.keys(RUBRIC_AREAS);
const ready = (page: Page, flag: string) => page.waitForFunction((f) => document.documentElement.dataset[f] === 'ready', flag);

describe('a mock interview', () => {
	it('is scored against its rubric by keyboard, and the scores are there after a reload', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const outside = recordOutsideRequests(page, site.server.origin);
		await page.goto(`${site.server.origin}/interview/iot-telemetry/`);
		await ready(page, 'interview');
		const total = page.locator('.rubric-total output');
		expect(await total.textContent()).toBe('not scored yet');
		// Score each area: focus its first radio, then arrow keys move to the score wanted (3, 2, 1, 3, 2, 1).
		const wanted = areas.map((_, i) => [3, 2, 1][i % 3]!);
		for (const [i, area] of areas.entries()) {
			await page.locator(`input[name="${area}"][value="0"]`).focus();
			await page.keyboard.press('Space');
			for (let n = 0; n < wanted[i]!; n++) await page.keyboard.press('ArrowRight');
		}
		const sum = wanted.reduce((a, b) => a + b, 0);
		await expect.poll(() => total.textContent()).toBe(`${sum} of ${areas.length * 3}`);
		await page.reload();
		await ready(page, 'interview');
		expect(await total.textContent()).toBe(`${sum} of ${areas.length * 3}`);
		for (const [i, area] of areas.entries()) expect(await page.locator(`input[name="${area}"][value="${wanted[i]}"]`).isChecked(), area).toBe(true);
		await expect.poll(() => page.locator('.rubric-saved').isVisible()).toBe(true);
		// Clearing forgets them, also after a reload.
		await page.locator('.rubric-reset').click();
		await page.reload();
		await ready(page, 'interview');
		expect(await total.textContent()).toBe('not scored yet');
		expect(outside).toEqual([]);
		await context.close();
	});

	it('has a timer that counts down from the interview length, pauses and resets', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/interview/iot-telemetry/`);
		await ready(page, 'interview');
		const display = page.locator('.timer-display');
		expect(await display.textContent()).toBe(`${iot.minutes}:00`);
		const start = page.locator('[data-timer="start"]');
		await start.click();
		await expect.poll(() => display.textContent(), { timeout: 5000 }).not.toBe(`${iot.minutes}:00`);
		expect(await start.textContent()).toBe('Pause');
		await start.click();
		expect(await page.locator('.timer-status').textContent()).toBe('Paused.');
		const paused = await display.textContent();
		await page.waitForTimeout(1300);
		expect(await display.textContent()).toBe(paused);
		await page.locator('[data-timer="reset"]').click();
		expect(await display.textContent()).toBe(`${iot.minutes}:00`);
		await page.close();
	});

	it('prints with every folded answer open', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/interview/iot-telemetry/`);
		await ready(page, 'interview');
		expect(await page.locator('main details:not([open])').count()).toBeGreaterThan(0);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await page.locator('main details:not([open])').count()).toBe(0);
		await page.close();
	});

	it('reads in full without JavaScript: prompt, clarifying questions, follow-ups, rubric and a model answer per cloud', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/interview/iot-telemetry/`);
		expect(await page.locator('.interview-prompt').textContent()).toContain(iot.prompt.slice(0, 40));
		expect(await page.locator('.interview-follow-ups > li').count()).toBe(iot.followUps.length);
		expect(await page.locator('fieldset.rubric-area').count()).toBe(areas.length);
		expect(await page.locator('.interview-answer').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset['cloud']))).toEqual(['aws', 'gcp', 'azure']);
		// Each model answer links the guide's pages and its cloud's diagram.
		for (const cloud of ['aws', 'gcp', 'azure']) {
			const links = await page.locator(`.interview-answer[data-cloud="${cloud}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links, cloud).toContain(`/architectures/iot-telemetry-streaming/#on-${cloud === 'gcp' ? 'google-cloud' : cloud}`);
			expect(links.some((l) => l?.startsWith(`/${cloud}/`)), cloud).toBe(true);
		}
		expect(await page.locator('.timer-buttons').isVisible()).toBe(false);
		await context.close();
	});

	it('is listed on /interview/ with its level and time, among at least 12', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/interview/`);
		const items = page.locator('ul.interview-list > li');
		expect(await items.count()).toBeGreaterThanOrEqual(12);
		const item = page.locator('ul.interview-list > li[data-interview="iot-telemetry"]');
		expect(await item.locator('a.interview-title').getAttribute('href')).toBe('/interview/iot-telemetry/');
		expect(await item.locator('.interview-meta').textContent()).toMatch(new RegExp(`^Senior · ${iot.minutes} minutes · Your\\s+score: not scored$`));
		// A score saved on the interview's page shows in the list.
		await page.goto(`${site.server.origin}/interview/iot-telemetry/`);
		await ready(page, 'interview');
		await page.locator('input[name="requirements"][value="3"]').check();
		await page.goto(`${site.server.origin}/interview/`);
		await ready(page, 'interviewList');
		expect(await item.locator('.interview-score').textContent()).toBe(`3 of ${areas.length * 3} so far (1 of ${areas.length} areas)`);
		await page.close();
	});
});

describe('the study plans', () => {
	it('keep ticked tasks and the progress line after a reload', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.server.origin}/study-plan/#48-hours`);
		await ready(page, 'studyPlan');
		const section = page.locator('section[data-plan="48-hours"]');
		const tasks = plan.sessions.flatMap((s) => s.tasks);
		expect(await section.locator('.study-progress').textContent()).toBe(`Not started: ${tasks.length} tasks.`);
		// Tick two tasks by their labels, one by keyboard.
		await section.getByLabel(tasks[0]!.do).check();
		await section.getByLabel(tasks[1]!.do).focus();
		await page.keyboard.press('Space');
		const left = tasks.slice(2).reduce((n, t) => n + t.minutes, 0);
		const expected = `2 of ${tasks.length} tasks done; about ${Math.round(left / 60)} hours left.`;
		await expect.poll(() => section.locator('.study-progress').textContent()).toBe(expected);
		await page.reload();
		await ready(page, 'studyPlan');
		expect(await section.getByLabel(tasks[0]!.do).isChecked()).toBe(true);
		expect(await section.getByLabel(tasks[1]!.do).isChecked()).toBe(true);
		expect(await section.getByLabel(tasks[2]!.do).isChecked()).toBe(false);
		expect(await section.locator('.study-progress').textContent()).toBe(expected);
		// The other plans are untouched.
		expect(await page.locator('section[data-plan="one-week"] .study-progress').textContent()).toMatch(/^Not started/);
		await context.close();
	});

	it('link only pages that are built', () => {
		const html = readFileSync(fileForPath('/study-plan/'), 'utf8');
		const links = [...html.matchAll(/<a href="(\/[^"#?]*)[^"]*"/g)].map((m) => m[1]!);
		const built = new Set(readablePages());
		const taskLinks = [...new Set(links)].filter((l) => /^\/(interview|decide|compare|practice|aws|gcp|azure|architectures|cheat-sheet|changes|glossary)\b/.test(l));
		expect(taskLinks.length).toBeGreaterThan(30);
		expect(taskLinks.filter((l) => !built.has(l))).toEqual([]);
	});
});

describe('the practice scripts', () => {
	const scriptsOf = (path: string) => [...readFileSync(fileForPath(path), 'utf8').matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
	const base = new Set(scriptsOf('/glossary/'));
	const own = (path: string) => scriptsOf(path).filter((s) => !base.has(s));

	it.each([
		['/interview/iot-telemetry/', /^\/interview\/[a-z0-9-]+\/$/],
		['/study-plan/', /^\/study-plan\/$/],
		['/practice/', /^\/practice\/$/],
		['/interview/', /^\/interview\/$/],
	])('of %s load only on pages of its kind (never on service pages)', (path, kind) => {
		const scripts = own(path);
		expect(scripts.length).toBe(1);
		const elsewhere = readablePages().filter((p) => !kind.test(p) && scriptsOf(p).some((s) => scripts.includes(s)));
		expect(elsewhere).toEqual([]);
	});
});
