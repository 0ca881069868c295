/**
 * The site with a keyboard only: the skip link, search, the theme toggle, the sidebar and every other control
 * can be reached with Tab, and each one is visible, with a visible focus indicator, when it has focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser, siteServer, type SiteServer } from '../helpers/browser';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	page = await context.newPage();
});

afterAll(async () => {
	await browser?.close();
});

interface Stop {
	what: string;
	visible: boolean;
	indicator: boolean;
}

/** Describes the focused element: what it is, whether it can be seen, and whether its focus can be seen. */
async function focused(p: Page): Promise<Stop | null> {
	return (await describeFocus(p))?.stop ?? null;
}

/** The focused element's description and a key that stays the same for the same element (page-side counter). */
function describeFocus(p: Page): Promise<{ stop: Stop; key: string } | null> {
	return p.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const rect = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
		const inView = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
		const visible = rect.width > 0 && rect.height > 0 && inView && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const indicator = outline || style.boxShadow !== 'none';
		// Numbers each element the first time it has focus, without touching the page's markup.
		const w = window as unknown as { tabKeys?: WeakMap<Element, number>; tabNext?: number };
		w.tabKeys ??= new WeakMap();
		if (!w.tabKeys.has(el)) w.tabKeys.set(el, (w.tabNext = (w.tabNext ?? 0) + 1));
		return { stop: { what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`, visible, indicator }, key: String(w.tabKeys.get(el)) };
	});
}

/** Tabs through the whole page once; returns each stop (until focus comes back to an element already seen). */
async function tabThrough(p: Page, limit = 400): Promise<Stop[]> {
	const stops: Stop[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < limit; i++) {
		await p.keyboard.press('Tab');
		const focus = await describeFocus(p);
		if (!focus || seen.has(focus.key)) break;
		seen.add(focus.key);
		stops.push(focus.stop);
	}
	return stops;
}

describe('keyboard only', () => {
	it('the first Tab shows a skip link that moves focus to the content', async () => {
		await page.goto(`${server.origin}/aws/s3/`);
		await page.keyboard.press('Tab');
		const stop = await focused(page);
		expect(stop?.what).toMatch(/^a "Skip to content"$/);
		expect(stop?.visible).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).hash).toBe('#_top');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
	});

	for (const path of ['/aws/s3/', '/compare/object-storage/', '/', '/architectures/batch-etl-data-lake/', '/interview/iot-telemetry/', '/study-plan/']) {
		it(`${path}: every control reached with Tab is visible and shows focus`, async () => {
			await page.goto(`${server.origin}${path}`);
			const stops = await tabThrough(page);
			if (process.env.DEBUG_STOPS) console.log(stops);
			expect(stops.length).toBeGreaterThan(20);
			expect(stops.filter((s) => !s.visible).map((s) => s.what)).toEqual([]);
			expect(stops.filter((s) => !s.indicator).map((s) => s.what)).toEqual([]);
			const names = stops.map((s) => s.what).join('\n');
			expect(names).toMatch(/button "Search Ctrl K"/);
			expect(names).toMatch(/select/);
			// The sidebar's sections: its own group opens and closes, the others are links (the home page's splash
			// layout has no sidebar: its entry points lead everywhere).
			expect(names).toMatch(path === '/' ? /a "Compare the clouds/ : /summary "Interview practice"[\s\S]*a "Google Cloud"/);
		}, 60_000);
	}

	it('search opens from the keyboard, results are reached with the arrow keys, Escape closes it', async () => {
		await page.goto(`${server.origin}/aws/s3/`);
		// Pagefind's UI loads when the browser is first idle; on a busy machine that can be late. This test opens the
		// dialog once it has (the next test opens it before, on purpose).
		await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'attached' });
		const button = page.locator('button[data-open-modal]');
		await button.focus();
		await page.keyboard.press('Enter');
		const input = page.locator('dialog[open] input.pagefind-ui__search-input');
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('glue');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('pagefind-ui__result-link'))).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
	});

	it('search opened before the Pagefind UI has loaded still focuses its input, so typing is not lost', async () => {
		// Starlight loads the Pagefind UI when the browser is first idle. Hold that script back until the dialog is
		// open, so the test always takes the slow path instead of depending on timing.
		const slow = await context.newPage();
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let held = false;
		await slow.route('**/_astro/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			// Pagefind's UI module (the guide's own search module names the input too, but never the results drawer).
			if (body.includes('pagefind-ui__drawer')) {
				held = true;
				await released;
			}
			await route.fulfill({ response, body });
		});
		try {
			await slow.goto(`${server.origin}/aws/s3/`);
			await expect.poll(() => held).toBe(true);
			await slow.locator('button[data-open-modal]').focus();
			await slow.keyboard.press('Enter');
			await slow.locator('dialog[open]').waitFor();
			expect(await slow.locator('dialog[open] input.pagefind-ui__search-input').count()).toBe(0);
			release();
			const input = slow.locator('dialog[open] input.pagefind-ui__search-input');
			await input.waitFor();
			await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
			await slow.keyboard.type('glue');
			expect(await input.inputValue()).toBe('glue');
		} finally {
			release();
			await slow.close();
		}
	});

	it('the theme toggle works from the keyboard', async () => {
		await page.goto(`${server.origin}/aws/s3/`);
		const select = page.locator('starlight-theme-select select').first();
		await select.focus();
		const before = await page.evaluate(() => document.documentElement.dataset['theme']);
		const options = await select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value));
		expect(options).toEqual(expect.arrayContaining(['dark', 'light', 'auto']));
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) {
			await page.keyboard.press(key);
			const value = await select.inputValue();
			if (value === 'auto') continue;
			expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(value);
		}
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).not.toBeNull();
		expect(before).toBeTruthy();
	});

	it('on a phone, the menu button opens the sidebar and its links are reached with Tab', async () => {
		const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true });
		const p = await phone.newPage();
		// The page's own section (Google Cloud) is open in the sidebar; the other clouds are one link each.
		await p.goto(`${server.origin}/gcp/dataproc/`);
		let found = false;
		for (let i = 0; i < 10 && !found; i++) {
			await p.keyboard.press('Tab');
			found = await p.evaluate(() => document.activeElement?.classList.contains('sl-menu-button') ?? false);
		}
		expect(found).toBe(true);
		expect((await focused(p))?.indicator).toBe(true);
		await p.keyboard.press('Enter');
		let reached = '';
		for (let i = 0; i < 80 && !reached; i++) {
			await p.keyboard.press('Tab');
			reached = await p.evaluate(() => {
				const a = document.activeElement;
				if (!a?.closest('nav[aria-label="Main"]')) return '';
				return a.textContent?.trim() === 'BigQuery' ? 'BigQuery' : '';
			});
		}
		expect(reached).toBe('BigQuery');
		expect((await focused(p))?.visible).toBe(true);
		await p.keyboard.press('Enter');
		await p.waitForURL(/\/gcp\/bigquery\/$/);
		await phone.close();
	});
});
