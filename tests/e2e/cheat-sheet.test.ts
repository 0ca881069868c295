/** The cheat sheet as a reader prints it: complete, readable, on as many A4 pages as its intro says. */
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser';
import { page as builtPage, text } from '../helpers/dist';
import { SERVICE_IDS } from '../helpers/expectations';

const site = useSiteAndBrowser();

describe('the cheat sheet', () => {
	const doc = builtPage('/cheat-sheet/');

	it('has every service, linked to its page, grouped by cloud', () => {
		const sections = doc.querySelectorAll('.cs-service');
		expect(sections.length).toBe(SERVICE_IDS.length);
		const links = sections.map((s) => s.querySelector('h3 a')?.getAttribute('href'));
		expect(links.sort()).toEqual(SERVICE_IDS.map((id) => `/${id}/`).sort());
		for (const cloud of ['aws', 'gcp', 'azure']) {
			expect(doc.getElementById(cloud)?.tagName).toBe('H2');
		}
	});

	it('gives each service a one-line summary, 3-5 sourced numbers, its counterparts and a gotcha', () => {
		for (const s of doc.querySelectorAll('.cs-service')) {
			const name = text(s.querySelector('h3'));
			expect(text(s.querySelector('.cs-what')).length, name).toBeGreaterThan(30);
			const numbers = s.querySelectorAll('.cs-numbers li');
			expect(numbers.length, name).toBeGreaterThanOrEqual(3);
			expect(numbers.length, name).toBeLessThanOrEqual(5);
			for (const n of numbers) expect(n.querySelector('a.cs-source')?.getAttribute('href'), name).toMatch(/^https:\/\//);
			expect(text(s.querySelector('.cs-counterparts')), name).toMatch(/Google Cloud|Azure|AWS/);
			expect(text(s.querySelector('.cs-gotcha')).length, name).toBeGreaterThan(30);
		}
	});

	it('prints on the number of A4 pages its intro states (one less at most), with nothing cut off at the page edge', async () => {
		const stated = Number(/^(\d+) A4 pages?$/.exec(text(doc.querySelector('.cs-intro .cs-sheets')))?.[1]);
		expect(text(doc.querySelector('.cs-intro'))).toContain(`All ${SERVICE_IDS.length} services`);
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}/cheat-sheet/`);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pages).toBeLessThanOrEqual(stated);
		expect(pages).toBeGreaterThanOrEqual(stated - 1);

		// Laid out as printed (A4 width less margins): no service box is wider than its column.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 718, height: 1000 });
		const overflowing = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.cs-service')]
				.filter((s) => s.scrollWidth > s.clientWidth + 1)
				.map((s) => s.querySelector('h3')?.textContent),
		);
		expect(overflowing).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
		const hidden = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.cs-service')].filter((s) => !s.checkVisibility()).length,
		);
		expect(hidden).toBe(0);
		await page.close();
	});
});
