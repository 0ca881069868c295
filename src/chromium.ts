/**
 * Finding a Chromium to drive with playwright-core: for rendering a diagram that is not in the diagram cache
 * yet (src/diagrams/), and for the browser tests. The site's build never needs one when every diagram is cached.
 *
 * Looked for, in order: $CHROMIUM_PATH, Debian's package (/usr/bin/chromium), other system installs, and the
 * browser Playwright's own installer puts in its cache (~/.cache/ms-playwright). Only an executable file counts.
 * No relative imports, so Node runs this file directly (scripts/ensure-chromium.ts).
 */
import { accessSync, constants } from 'node:fs';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless Chromium on a machine with no network access and no display. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const isExecutable = (path: string) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/** Where Playwright's installer puts its Chromium, or undefined when playwright-core is not installed. */
async function playwrightCachePath(): Promise<string | undefined> {
	try {
		const { chromium } = await import('playwright-core');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

export interface ChromiumSearch {
	/** The first executable Chromium found. */
	path: string | undefined;
	/** Every place looked at, in order (for error messages). */
	looked: string[];
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumSearch> {
	const looked = [env['CHROMIUM_PATH'], ...SYSTEM, await playwrightCachePath()].filter((p): p is string => Boolean(p));
	return { path: looked.find(isExecutable), looked };
}
