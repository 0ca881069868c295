/**
 * The site built for a sub-path (BASE_PATH=/guide/) and served there: every internal link and asset resolves
 * under /guide/, diagrams link under /guide/, and search works.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { preview } from 'astro';
import { ROOT } from '../helpers/content';
import { fileForPath } from '../helpers/dist';
import { brokenReferences } from '../helpers/crawl';
import { launch, recordOutsideRequests } from '../helpers/browser';
import { buildEnv } from '../helpers/build-env';

const OUT = join(ROOT, 'tests', 'fixtures', '.tmp', 'subpath-dist');
const env = { BASE_PATH: '/guide/', GUIDE_OUT_DIR: OUT, GUIDE_CACHE_DIR: join(ROOT, 'tests', 'fixtures', '.tmp', 'subpath-cache') };

let browser: Browser;
let server: { port: number; stop: () => Promise<void> };

beforeAll(async () => {
	const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'], {
		cwd: ROOT,
		env: buildEnv(env),
		encoding: 'utf8',
		timeout: 300_000,
	});
	if (build.status !== 0) throw new Error(`sub-path build failed:\n${build.stdout}\n${build.stderr}`);
	Object.assign(process.env, env);
	server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 4800 + Math.floor(Math.random() * 100) } });
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	for (const key of Object.keys(env)) delete process.env[key];
});

describe('built under /guide/', () => {
	it('every internal link, asset, diagram link and #anchor resolves inside /guide/', () => {
		expect(brokenReferences(OUT, '/guide/')).toEqual([]);
	});

	it('links written in content carry the base (the build adds it)', () => {
		const html = readFileSync(fileForPath('/aws/athena/', OUT), 'utf8');
		expect(html).toContain('href="/guide/aws/s3/"');
		expect(html).not.toMatch(/href="\/aws\//);
	});

	it('search works under the sub-path, with no request outside it', async () => {
		const page = await browser.newPage();
		const origin = `http://127.0.0.1:${server.port}`;
		const outside = recordOutsideRequests(page, origin);
		const wrongPath: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.origin === origin && !url.pathname.startsWith('/guide/')) wrongPath.push(url.pathname);
		});
		await page.goto(`${origin}/guide/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('bigquery');
		const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await first.waitFor();
		expect(await first.getAttribute('href')).toBe('/guide/gcp/bigquery/');
		await first.click();
		await page.waitForURL(/\/guide\/gcp\/bigquery\/$/);
		expect(outside).toEqual([]);
		expect(wrongPath).toEqual([]);
	}, 90_000);
});
