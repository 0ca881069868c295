import { gzipSync } from 'node:zlib';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';
import { correctQuery } from '../../src/search/correct.ts';

// Search figures: gzip bytes the browser transfers for the first query (open the dialog, type, results shown), with
// the query corrections (the corrector's script and /search-vocabulary.json) counted apart as well; and the median
// time per query once loaded: the correction, then Pagefind's search with the dialog's weights, as the dialog does.
const QUERIES = ['dynamdb', 'how long can a lambda function run', 'sqs vs pubsub', 'redshfit', 's3', 'lambda', 'dynamo db', 'visibility timeout', 'data warehouse', 'partition key', 'big query', 'cold start', 'cron', 'access tiers', 'Single Server', 'crawler', 'slots', 'spot', 'kinesis', 'cosmos db', 'glue', 'fargate', 'rotation', 'message queue'];

export async function searchFigures(browser, origin) {
	// Everything search needs counts, including what Starlight preloads when the page is idle: Pagefind's UI
	// script, its WebAssembly, the index entry, chunks and fragments (some come from a worker, so requests are
	// counted at the browser context).
	const context = await browser.newContext();
	const page = await context.newPage();
	// Counted as a static host with gzip would send them (Pagefind's index files are compressed already).
	const pending = [];
	const corrections = [];
	context.on('response', (response) => {
		const url = response.url();
		if (!/pagefind|ui-core|Search\.astro|search-vocabulary|correct\./i.test(url)) return;
		const size = response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0);
		pending.push(size);
		if (/search-vocabulary|correct\.|pagefind-config/.test(url)) corrections.push(size);
	});
	await page.goto(`${origin}/aws/sqs/`, { waitUntil: 'networkidle' });
	await page.keyboard.press('Control+k');
	await page.locator('dialog[open] input.pagefind-ui__search-input').fill('visibilty timeout');
	await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const firstQueryKB = (await Promise.all(pending)).reduce((a, b) => a + b, 0) / 1024;
	const correctionKB = (await Promise.all(corrections)).reduce((a, b) => a + b, 0) / 1024;
	const vocabulary = await page.evaluate(async () => (await fetch('/search-vocabulary.json')).json());
	const searched = QUERIES.map((q) => correctQuery(q, vocabulary).query);
	const correctionTimes = QUERIES.map((q) => {
		const start = performance.now();
		correctQuery(q, vocabulary);
		return performance.now() - start;
	}).sort((a, b) => a - b);

	const times = await page.evaluate(`(async () => {
		const pf = await import('/pagefind/pagefind.js');
		await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		await pf.init();
		for (const q of ${JSON.stringify(searched)}) await pf.search(q); // warm the index chunks
		const t = [];
		for (const q of ${JSON.stringify(searched)}) {
			const start = performance.now();
			const r = await pf.search(q);
			await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
			t.push(performance.now() - start);
		}
		return t;
	})()`);
	await context.close();
	times.sort((a, b) => a - b);
	const middle = Math.floor(times.length / 2);
	return { firstQueryKB, correctionKB, medianQueryMs: times[middle] + correctionTimes[middle], medianCorrectionMs: correctionTimes[middle], queries: QUERIES.length };
}
