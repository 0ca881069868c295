/**
 * The browser tests' Chromium and site: the global setup (tests/setup/site.ts) starts one Chromium and one
 * `astro preview` of dist/ for every test file; a file connects to them here.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export interface SiteServer {
	origin: string;
}

/** A connection to the shared Chromium; close it when done (that closes its pages, not the browser). */
export function connectBrowser(): Promise<Browser> {
	return chromium.connect(inject('browserEndpoint'));
}

/** The served site and a browser connection for one test file; read the fields inside tests and hooks. */
export function useSiteAndBrowser(): { server: SiteServer; browser: Browser } {
	const session = { server: { origin: inject('siteOrigin') } } as { server: SiteServer; browser: Browser };
	beforeAll(async () => {
		session.browser = await connectBrowser();
	});
	afterAll(async () => {
		await session.browser?.close();
	});
	return session;
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

/** The site served for this run. */
export const siteServer = (): SiteServer => ({ origin: inject('siteOrigin') });
