/**
 * Search ranking, measured with Pagefind's own JavaScript API against the built index, in a real browser, with the
 * ranking weights the search dialog uses (src/search/ranking.ts): every query in tests/search/queries.ts must return
 * its page first (names) or in the top three (concepts). Without those weights Pagefind ranks by its defaults, which
 * is not what a reader sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, siteServer, type SiteServer } from '../helpers/browser';
import { QUERIES } from '../search/queries';
import { SEARCH_RANKING } from '../../src/search/ranking';

let server: SiteServer;
let browser: Browser;
let results: Record<string, string[]> = {};

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	const page = await browser.newPage();
	await page.goto(`${server.origin}/`);
	// The script is passed as a string so the test runner does not rewrite its dynamic import().
	const queries = JSON.stringify([...new Set(QUERIES.map((x) => x.q))]);
	results = await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		await pagefind.init();
		const out = {};
		for (const q of ${queries}) {
			const found = await pagefind.search(q);
			const top = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
			out[q] = top.map((d) => d.url);
		}
		return out;
	})()`);
});

afterAll(async () => {
	await browser?.close();
});

describe('search ranking', () => {
	it('has at least 80 queries to check', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(80);
	});

	it.each(QUERIES.map((x) => [x.q, x.page, x.top] as const))('"%s" finds %s in the top %s', (q, expected, top) => {
		expect(results[q]!.slice(0, top)).toContain(expected);
	});
});

describe('search result excerpts', () => {
	it('are the page\'s own sentences: no alias lists, button labels or table cells glued together', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/`);
		const queries = ['SQS', 'BigQuery', 'dead letter queue', 'cold start', 'kinesis', 'Blob Storage', 'visibility timeout', 'slots'];
		const excerpts: string[] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
			await pagefind.init();
			const out = [];
			for (const q of ${JSON.stringify(queries)}) {
				const found = await pagefind.search(q);
				for (const r of found.results.slice(0, 3)) {
					const d = await r.data();
					out.push(d.url + ' | ' + d.excerpt.replace(/<[^>]+>/g, ''));
					for (const s of d.sub_results ?? []) out.push(d.url + ' | ' + s.excerpt.replace(/<[^>]+>/g, ''));
				}
			}
			return out;
		})()`);
		await page.close();
		expect(excerpts.length).toBeGreaterThan(30);
		const noisy = excerpts.filter((e) => / · .* · /.test(e) || /Show answer/.test(e) || /AWSGoogle|Google CloudAzure|sourcesService/.test(e));
		expect(noisy).toEqual([]);
	});
});
