/**
 * `node scripts/screenshots.ts [out-dir] [path ...]`: screenshots of the built site (dist/, which it serves) at
 * 1280x800 and 390x844, light and dark, for looking at what a change did. Not part of the tests.
 * FULL=1 takes whole pages; ELEMENT=<selector> each visible element matching it instead; DIST=<dir> serves another
 * build output, PORT=<n> another port.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/chromium.ts';

const [out = 'screenshots', ...given] = process.argv.slice(2);
const paths = given.length
	? given
	: ['/', '/aws/s3/', '/gcp/bigquery/', '/compare/', '/compare/message-queue/', '/architectures/iot-telemetry-streaming/', '/practice/', '/glossary/', '/cheat-sheet/'];
const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
mkdirSync(out, { recursive: true });
const port = Number(process.env['PORT'] ?? 4791);
const server = await preview({
	root: join(import.meta.dirname, '..'),
	logLevel: 'error',
	server: { host: '127.0.0.1', port },
	...(process.env['DIST'] ? { outDir: process.env['DIST'] } : {}),
});
const executablePath = (await findChromium()).path;
if (!executablePath) throw new Error('No Chromium: run npm test once, or set CHROMIUM_PATH');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
for (const [name, viewport] of Object.entries(sizes)) {
	for (const theme of ['light', 'dark']) {
		const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
			const file = join(out, `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home'}-${name}-${theme}.png`);
			const element = process.env['ELEMENT'];
			if (!element) await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
			else {
				const shown = await page.locator(element).filter({ visible: true }).all();
				for (const [i, el] of shown.entries()) await el.screenshot({ path: file.replace(/\.png$/, `-${i + 1}.png`) });
			}
		}
		await context.close();
	}
}
await browser.close();
await server.stop();
console.log(`screenshots in ${out}/`);
