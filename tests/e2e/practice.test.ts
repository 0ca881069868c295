/**
 * The flashcard quiz as someone preparing for an interview uses it: pick "AWS only", answer cards with the
 * keyboard, reload and find the progress kept; the summary links weak services to their pages; take the deck to
 * Anki and the progress to another browser.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { connectBrowser, recordOutsideRequests, siteServer, type SiteServer } from '../helpers/browser';
import { fileForPath } from '../helpers/dist';
import { readablePages } from '../helpers/site-pages';
import { guideFrom, readInputs } from '../helpers/guide';

const guide = guideFrom(readInputs());

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

/** A download saved to a file here (the browser runs as a shared server, so its own download path is not ours). */
async function saved(download: Download): Promise<string> {
	const path = join(mkdtempSync(join(tmpdir(), 'practice-')), download.suggestedFilename());
	await download.saveAs(path);
	return path;
}

const question = () => page.locator('#card-question').textContent();
const cardId = () => page.locator('#practice-card').getAttribute('data-card');

async function open(query = '') {
	await page.goto(`${server.origin}/practice/${query}`);
	await page.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
}
/** The deck choice is folded into one line under the card; opening it shows the filters. */
async function openDeck() {
	const deck = page.locator('details.practice-deck-choice');
	if (!(await deck.evaluate((d) => (d as HTMLDetailsElement).open))) await deck.locator('summary').click();
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
		await openDeck();
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
		await openDeck();
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

	it('puts the card, with a counter, on the first screen of a laptop and of a phone', async () => {
		await page.evaluate(() => localStorage.clear());
		for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
			await page.setViewportSize(viewport);
			await open();
			const box = (await page.locator('#card-reveal').boundingBox())!;
			expect(box.y + box.height, `${viewport.width}px`).toBeLessThanOrEqual(viewport.height);
			expect(await page.locator('#card-counter').textContent()).toMatch(/^Card 1 of (\d+) · 0 due now · \1 not seen yet$/);
		}
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('mixes the services and clouds: no two cards in a row are about the same service, and the first three are one per cloud', async () => {
		await page.evaluate(() => localStorage.clear());
		await open();
		const ids: string[] = [];
		for (let i = 0; i < 8; i++) {
			ids.push((await cardId())!);
			await page.locator('#card-reveal').click();
			await page.locator('#card-knew').click();
		}
		const topic = (id: string) => id.split(':')[0];
		for (let i = 1; i < ids.length; i++) expect(topic(ids[i]!), ids.join(', ')).not.toBe(topic(ids[i - 1]!));
		expect(ids.slice(0, 3).map((id) => id.split('/')[0])).toEqual(['aws', 'gcp', 'azure']);
	});

	it('"Test yourself" from a service page opens a deck of that service only', async () => {
		await page.evaluate(() => localStorage.clear());
		await page.goto(`${server.origin}/aws/sqs/`);
		await page.locator('.test-yourself a').click();
		await page.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
		for (let i = 0; i < 3; i++) {
			expect(await cardId()).toMatch(/^aws\/sqs:/);
			await page.locator('#card-reveal').click();
			await page.locator('#card-knew').click();
		}
		expect(await page.locator('#practice-deck-label').textContent()).toMatch(/SQS \(\d+ cards\)/);
		// `?service=` is read the same way.
		await open('?service=gcp/bigquery');
		expect(await cardId()).toMatch(/^gcp\/bigquery:/);
		expect(await page.locator('#practice-deck-label').textContent()).toMatch(/BigQuery \(\d+ cards\)/);
	});

	it('exports the selected deck as a file Anki imports: every card of the selection, each linking back to its question', async () => {
		await page.evaluate(() => localStorage.clear());
		await open('?topic=aws/sqs');
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#practice-export-deck').click()]);
		const text = readFileSync(await saved(file), 'utf8');
		const lines = text.trimEnd().split('\n');
		expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:4']);
		const cards = lines.filter((l) => !l.startsWith('#'));
		const sqs = guide.pages.find((p) => p.id === 'aws/sqs')!;
		expect(cards).toHaveLength(sqs.data.questions.length);
		for (const line of cards) {
			const [front, back, id, tags] = line.split('\t');
			expect(line.split('\t')).toHaveLength(4);
			expect(id).toMatch(/^aws\/sqs:/);
			expect(tags).toContain('guide::aws::sqs');
			expect(front!.length).toBeGreaterThan(10);
			// The last link of the back: the answer's own links come first.
			const link = [...back!.matchAll(/<a href="([^"]+)">/g)].pop()?.[1];
			expect(link).toMatch(new RegExp(`^${server.origin}/aws/sqs/#q-\\d+$`));
			// The anchor is on the page, and holds this card's question.
			const n = Number(link!.split('#q-')[1]);
			expect(sqs.data.questions[n - 1]).toBeDefined();
		}
		expect(await page.locator('#practice-transfer-status').textContent()).toBe(`Exported ${sqs.data.questions.length} cards for Anki.`);
		// The whole deck is a built file with every card.
		const whole = readFileSync(fileForPath('/practice/anki-deck.txt'), 'utf8').trimEnd().split('\n').filter((l) => !l.startsWith('#'));
		expect(whole).toHaveLength(guide.pages.reduce((n, p) => n + p.data.questions.length, 0) + guide.categories.reduce((n, c) => n + c.questions.length, 0));
	});

	it('narrows the deck to a category and a level from the address, as the study plans link it', async () => {
		await page.evaluate(() => localStorage.clear());
		await open('?category=streaming&level=senior');
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#practice-export-deck').click()]);
		const cards = readFileSync(await saved(file), 'utf8').trimEnd().split('\n').filter((l) => !l.startsWith('#'));
		const expected =
			guide.pages.filter((p) => p.category === 'streaming').flatMap((p) => p.data.questions).filter((q) => q.level === 'senior').length +
			guide.categories.filter((c) => c.id === 'streaming').flatMap((c) => c.questions).filter((q) => q.level === 'senior').length;
		expect(expected).toBeGreaterThan(0);
		expect(cards).toHaveLength(expected);
		for (const line of cards) expect(line.split('\t')[3]!.split(' ')).toEqual(expect.arrayContaining(['category::streaming', 'level::senior']));
		expect(await page.locator('#practice-deck-label').textContent()).toBe(`all clouds, Data streaming, senior (${expected} cards)`);
		expect(await page.locator('#card-meta').textContent()).toContain('· senior ·');
	});

	it('exports the weak cards (last marked "review again") for Anki', async () => {
		await page.evaluate(() => localStorage.clear());
		await open();
		await page.locator('#practice-export-weak').click();
		expect(await page.locator('#practice-transfer-status').textContent()).toMatch(/^No weak cards yet/);
		const last = new Map<string, boolean>();
		for (const knew of [false, true, false, false, true]) {
			const id = (await cardId())!;
			await page.locator('#card-reveal').click();
			await page.locator(knew ? '#card-knew' : '#card-again').click();
			last.set(id, knew);
		}
		const weak = [...last].filter(([, knew]) => !knew).map(([id]) => id);
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#practice-export-weak').click()]);
		const ids = readFileSync(await saved(file), 'utf8').trimEnd().split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t')[2]);
		expect(ids.sort()).toEqual(weak.sort());
		expect(await page.locator('#practice-transfer-status').textContent()).toBe(`Exported ${weak.length} weak card${weak.length === 1 ? '' : 's'} for Anki.`);
	});

	it('moves progress to another browser: flashcard boxes, interview scores and plan ticks, exported as JSON and imported there', async () => {
		await page.evaluate(() => localStorage.clear());
		// Score one rubric area of a mock interview and tick one study plan task, then answer cards.
		await page.goto(`${server.origin}/interview/iot-telemetry/`);
		await page.waitForFunction(() => document.documentElement.dataset['interview'] === 'ready');
		await page.locator('input[name="cost"][value="2"]').check();
		await page.goto(`${server.origin}/study-plan/`);
		await page.waitForFunction(() => document.documentElement.dataset['studyPlan'] === 'ready');
		const task = page.locator('section[data-plan="48-hours"] input[data-task]').first();
		await task.check();
		const taskId = await task.getAttribute('data-task');
		await open();
		for (let i = 0; i < 4; i++) {
			await page.locator('#card-reveal').click();
			await page.locator(i % 2 ? '#card-knew' : '#card-again').click();
		}
		const boxes = await page.locator('#practice-boxes').textContent();
		const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#practice-export-progress').click()]);
		const path = await saved(file);
		const exported = JSON.parse(readFileSync(path, 'utf8')) as { version: number; cards: Record<string, unknown>; interviews: Record<string, { scores: Record<string, number> }>; studyPlan: { done: Record<string, string> } };
		expect(exported.version).toBe(1);
		const answered = Object.keys(exported.cards).length;
		expect(answered).toBeGreaterThanOrEqual(2);
		expect(exported.interviews['iot-telemetry']?.scores).toEqual({ cost: 2 });
		expect(Object.keys(exported.studyPlan.done)).toEqual([taskId]);
		const summary = `${answered} cards, 1 mock interview and 1 study plan task`;
		expect(await page.locator('#practice-transfer-status').textContent()).toBe(`Exported progress on ${summary}.`);

		const other = await browser.newContext();
		const there = await other.newPage();
		await there.goto(`${server.origin}/practice/`);
		await there.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
		expect(await there.locator('#practice-boxes').textContent()).not.toBe(boxes);
		await there.locator('#practice-import-progress').setInputFiles(path);
		await expect.poll(() => there.locator('#practice-boxes').textContent()).toBe(boxes);
		expect(await there.locator('#practice-transfer-status').textContent()).toBe(`Imported progress on ${summary} from cloud-guide-progress.json.`);
		await there.reload();
		await there.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
		expect(await there.locator('#practice-boxes').textContent()).toBe(boxes);
		await there.goto(`${server.origin}/interview/iot-telemetry/`);
		await there.waitForFunction(() => document.documentElement.dataset['interview'] === 'ready');
		expect(await there.locator('input[name="cost"][value="2"]').isChecked()).toBe(true);
		await there.goto(`${server.origin}/study-plan/`);
		await there.waitForFunction(() => document.documentElement.dataset['studyPlan'] === 'ready');
		expect(await there.locator(`input[data-task="${taskId}"]`).isChecked()).toBe(true);
		// A file that is not progress changes nothing.
		await there.goto(`${server.origin}/practice/`);
		await there.waitForFunction(() => document.documentElement.dataset['practice'] === 'ready');
		await there.locator('#practice-import-progress').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
		await expect.poll(() => there.locator('#practice-transfer-status').textContent()).toMatch(/not a progress file/);
		expect(await there.locator('#practice-boxes').textContent()).toBe(boxes);
		await other.close();
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
