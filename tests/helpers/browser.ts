/**
 * A real browser against the built site: Debian's Chromium driven by playwright-core, and dist/ served
 * by Astro's own preview server on 127.0.0.1 (the same server `npm start` uses).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'astro';
import { ROOT } from './content';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export function chromiumPath(): string {
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found) {
		throw new Error(
			`No Chromium found (looked at ${CANDIDATES.join(', ')}). Install Debian's package: ` +
				'`sudo apt-get install chromium`, or set CHROMIUM_PATH. Browsers are not downloaded by npm here.',
		);
	}
	return found;
}

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

export interface SiteServer {
	origin: string;
	stop: () => Promise<void>;
}

/** Serves dist/ on 127.0.0.1 with `astro preview`. */
export async function serveDist(port = 4400 + Math.floor(Math.random() * 500)): Promise<SiteServer> {
	const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port } });
	return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/** Records every request the page makes to a host other than the local server. */
export function recordOutsideRequests(page: Page, origin: string): string[] {
	const outside: string[] = [];
	const host = new URL(origin).host;
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.host !== host) outside.push(req.url());
	});
	return outside;
}

/** The built site served and a browser launched for one test file; closed after it. Read the fields in tests. */
export function useSiteAndBrowser(): { server: SiteServer; browser: Browser } {
	const session = {} as { server: SiteServer; browser: Browser };
	beforeAll(async () => {
		session.server = await serveDist();
		session.browser = await launch();
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.stop();
	});
	return session;
}
