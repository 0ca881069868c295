// `npm run bench`: search figures on the built site. Prints, does not assert.
// - bytes the browser transfers for the first query (open dialog, type, results shown), goal <= 150 kB
// - median time per query with Pagefind's API after load, goal <= 50 ms
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { preview } from 'astro';

const ROOT = new URL('../../', import.meta.url).pathname;
if (!existsSync(`${ROOT}dist/pagefind/pagefind.js`)) {
	execFileSync(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'], { cwd: ROOT, stdio: 'inherit' });
}
const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 4700 } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

// 1. Bytes for the first query. Everything search needs counts, including what Starlight preloads when the
//    page is idle: Pagefind's UI script, its WebAssembly, the index entry, chunks and fragments (some are
//    fetched from a worker, so requests are counted at the browser context).
const context = await browser.newContext();
const page = await context.newPage();
let bytes = 0;
const counted = [];
context.on('requestfinished', async (request) => {
	const url = request.url();
	if (!/pagefind|ui-core|Search\.astro/i.test(url)) return;
	const sizes = await request.sizes().catch(() => null);
	if (sizes) {
		bytes += sizes.responseBodySize + sizes.responseHeadersSize;
		counted.push(url.replace(origin, ''));
	}
});
await page.goto(`${origin}/aws/sqs/`, { waitUntil: 'networkidle' });
await page.keyboard.press('Control+k');
await page.locator('dialog[open] input.pagefind-ui__search-input').fill('visibility timeout');
await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
const firstQueryKB = bytes / 1024;
if (process.env.BENCH_VERBOSE) console.log(counted);

// 2. Median time per query after load, with Pagefind's JavaScript API.
const queries = ['s3', 'lambda', 'dynamo db', 'visibility timeout', 'data warehouse', 'partition key', 'big query', 'cold start', 'cron', 'access tiers', 'Single Server', 'crawler', 'slots', 'spot', 'kinesis', 'cosmos db', 'glue', 'fargate', 'rotation', 'message queue'];
const times = await page.evaluate(`(async () => {
	const pf = await import('/pagefind/pagefind.js');
	await pf.init();
	for (const q of ${JSON.stringify(queries)}) await pf.search(q); // warm the index chunks
	const t = [];
	for (const q of ${JSON.stringify(queries)}) {
		const start = performance.now();
		const r = await pf.search(q);
		await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
		t.push(performance.now() - start);
	}
	return t;
})()`);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
await browser.close();
await server.stop();

const rows = [
	['Search: bytes transferred for the first query', `${firstQueryKB.toFixed(1)} kB`, '<= 150 kB'],
	['Search: median time per query (after load)', `${median.toFixed(1)} ms`, '<= 50 ms'],
];
console.table(rows.map(([figure, value, goal]) => ({ figure, value, goal })));
mkdirSync(`${ROOT}bench-results`, { recursive: true });
writeFileSync(`${ROOT}bench-results/search.json`, JSON.stringify({ firstQueryKB, medianQueryMs: median, queries: queries.length }, null, 2));
writeFileSync(
	`${ROOT}bench-results/search.md`,
	['| Figure | Value | Goal |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n',
);
