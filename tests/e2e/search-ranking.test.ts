/**
 * Search ranking as the search dialog ranks: each query is first corrected against the built site's vocabulary
 * (/search-vocabulary.json) by the dialog's own corrector (src/search/correct.ts), then searched with Pagefind's
 * JavaScript API against the built index, in a real browser, with the dialog's ranking weights
 * (src/search/ranking.ts). Queries: tests/search/queries.ts (by hand) and tests/search/generated.ts (from the data).
 * Every query must have an acceptable page in the top three, and at least 95% of them first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, siteServer, type SiteServer } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { QUERIES, type Query } from '../search/queries';
import { generatedQueries } from '../search/generated';
import { SEARCH_RANKING } from '../../src/search/ranking';
import { correctQuery, type Vocabulary } from '../../src/search/correct';

const ALL: Query[] = [...QUERIES, ...generatedQueries().filter((g) => !QUERIES.some((q) => q.q.toLowerCase() === g.q.toLowerCase()))];
let server: SiteServer;
let browser: Browser;
let results: Record<string, string[]> = {};

beforeAll(async () => {
	server = siteServer();
	browser = await connectBrowser();
	const vocabulary = JSON.parse(readFileSync(join(DIST, 'search-vocabulary.json'), 'utf8')) as Vocabulary;
	const searched = Object.fromEntries(ALL.map((x) => [x.q, correctQuery(x.q, vocabulary).query]));
	const page = await browser.newPage();
	await page.goto(`${server.origin}/`);
	// The script is passed as a string so the test runner does not rewrite its dynamic import().
	results = await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		await pagefind.init();
		const out = {};
		for (const [q, searched] of Object.entries(${JSON.stringify(searched)})) {
			const found = await pagefind.search(searched);
			const top = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
			out[q] = top.map((d) => d.url);
		}
		return out;
	})()`);
	await page.close();
});

afterAll(async () => {
	await browser?.close();
});

const rank = (x: Query) => {
	const i = results[x.q]!.findIndex((url) => x.pages.includes(url));
	return i < 0 ? Infinity : i + 1;
};

describe('search ranking', () => {
	it('covers at least 250 queries: names, former names, 40 typos, 30 questions, 20 "X vs Y", concepts, counterparts', () => {
		const count = (kind: Query['kind']) => ALL.filter((x) => x.kind === kind).length;
		expect(ALL.length).toBeGreaterThanOrEqual(250);
		expect(count('typo')).toBeGreaterThanOrEqual(40);
		expect(count('question')).toBeGreaterThanOrEqual(30);
		expect(count('versus')).toBeGreaterThanOrEqual(20);
		expect(count('former')).toBeGreaterThanOrEqual(3);
		expect(count('counterpart')).toBeGreaterThanOrEqual(10);
		expect(count('concept')).toBeGreaterThanOrEqual(20);
	});

	it.each(ALL.map((x) => [x.q, x.pages.join(' or '), x.top, x] as const))('"%s" finds %s in the top %s', (_q, _pages, top, x) => {
		expect(rank(x), `got ${results[x.q]!.join(', ')}`).toBeLessThanOrEqual(top === 1 ? 3 : top);
	});

	it('ranks the right page first for at least 95% of the queries, and for every name that is one page\'s alone', () => {
		const notFirst = ALL.filter((x) => rank(x) !== 1);
		expect(1 - notFirst.length / ALL.length).toBeGreaterThanOrEqual(0.95);
		expect(notFirst.filter((x) => x.top === 1).map((x) => `${x.q}: ${results[x.q]!.join(', ')}`)).toEqual([]);
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
