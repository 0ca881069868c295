// What a page costs a reader: every response the browser receives until the network is idle, by kind, with
// each body's gzip size (what a static host with compression sends).
import { gzipSync } from 'node:zlib';

const kindOf = (type, url) => {
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
	return 'other';
};

/** Loads `url` in a fresh context; returns gzip bytes of HTML, CSS, JS, other, total and the files per kind. */
export async function pageWeight(browser, url, { inlineJs = true } = {}) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const pending = [];
	context.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => ({ url: response.url(), kind: kindOf(response.request().resourceType(), response.url()), gzip: gzipSync(body, { level: 9 }).length }),
				() => null,
			),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	const inline = inlineJs
		? await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''))
		: [];
	const files = (await Promise.all(pending)).filter(Boolean);
	await context.close();
	const sum = (kind) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
	const inlineJsGzip = inline.length ? gzipSync(inline.join('\n'), { level: 9 }).length : 0;
	return {
		html: sum('html'),
		css: sum('css'),
		js: sum('js'),
		other: sum('other'),
		total: files.reduce((n, f) => n + f.gzip, 0),
		requests: files.length,
		inlineJsGzip,
		inlineScripts: inline.length,
		jsFiles: files.filter((f) => f.kind === 'js').map((f) => new URL(f.url).pathname),
	};
}
