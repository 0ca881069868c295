import { gzipSync } from 'node:zlib';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';

// Search figures: gzip bytes the browser transfers for the first query (open the dialog, type, results shown) and the
// median time per query with Pagefind's API once loaded, ranked with the search dialog's weights.
const QUERIES = ['s3', 'lambda', 'dynamo db', 'visibility timeout', 'data warehouse', 'partition key', 'big query', 'cold start', 'cron', 'access tiers', 'Single Server', 'crawler', 'slots', 'spot', 'kinesis', 'cosmos db', 'glue', 'fargate', 'rotation', 'message queue'];

export async function searchFigures(browser, origin) {
	// Everything search needs counts, including what Starlight preloads when the page is idle: Pagefind's UI
	// script, its WebAssembly, the index entry, chunks and fragments (some come from a worker, so requests are
	// counted at the browser context).
	const context = await browser.newContext();
	const page = await context.newPage();
	// Counted as a static host with gzip would send them (Pagefind's index files are compressed already).
	const pending = [];
	context.on('response', (response) => {
		if (!/pagefind|ui-core|Search\.astro/i.test(response.url())) return;
		pending.push(response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
	});
	await page.goto(`${origin}/aws/sqs/`, { waitUntil: 'networkidle' });
	await page.keyboard.press('Control+k');
	await page.locator('dialog[open] input.pagefind-ui__search-input').fill('visibility timeout');
	await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const firstQueryKB = (await Promise.all(pending)).reduce((a, b) => a + b, 0) / 1024;

	const times = await page.evaluate(`(async () => {
		const pf = await import('/pagefind/pagefind.js');
		await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		await pf.init();
		for (const q of ${JSON.stringify(QUERIES)}) await pf.search(q); // warm the index chunks
		const t = [];
		for (const q of ${JSON.stringify(QUERIES)}) {
			const start = performance.now();
			const r = await pf.search(q);
			await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
			t.push(performance.now() - start);
		}
		return t;
	})()`);
	await context.close();
	times.sort((a, b) => a - b);
	return { firstQueryKB, medianQueryMs: times[Math.floor(times.length / 2)], queries: QUERIES.length };
}
