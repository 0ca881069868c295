/**
 * Mermaid running in one shared headless Chromium page (playwright-core), used only for a diagram that is not in
 * the diagram cache. Nothing here runs on a build whose diagrams are all cached, and playwright-core is loaded
 * only when a render is needed, so a machine without a browser (or without dev dependencies) still builds.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

/** No browser to render with: the reason, for the build's error message. */
export class NoBrowserError extends Error {
	override name = 'NoBrowserError';
}

interface Shared {
	browser?: Browser | undefined;
	page?: Promise<Page> | undefined;
	/** The render in progress: renders run one at a time, since each sets Mermaid's global theme first. */
	queue?: Promise<unknown>;
}
// One browser per process, shared by every copy of this module Vite bundles and by the integration that closes it.
const KEY = Symbol.for('cloud-guide.mermaid-browser');
const shared: Shared = ((globalThis as Record<symbol, unknown>)[KEY] as Shared | undefined) ?? {};
(globalThis as Record<symbol, unknown>)[KEY] = shared;

async function openPage(): Promise<Page> {
	const { path, looked } = await findChromium();
	if (!path) throw new NoBrowserError(`no Chromium was found to render it (looked at ${looked.join(', ')})`);
	let chromium: typeof import('playwright-core').chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch {
		throw new NoBrowserError('playwright-core, which drives Chromium, is not installed (run `npm install`)');
	}
	shared.browser = await chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
	const page = await shared.browser.newPage();
	// No request may leave the machine: Mermaid is loaded from node_modules and the page has no URL.
	await page.route('**/*', (route) => route.abort());
	await page.setContent('<!doctype html><html><body></body></html>');
	await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
	return page;
}

/**
 * Renders Mermaid source with the given Mermaid config; `id` names the SVG's elements. Returns Mermaid's SVG, or
 * its parse error. Throws NoBrowserError when there is no browser to render in.
 */
export async function renderInBrowser(source: string, id: string, config: Record<string, unknown>): Promise<{ svg: string } | { error: string }> {
	shared.page ??= openPage();
	let page: Page;
	try {
		page = await shared.page;
	} catch (error) {
		shared.page = undefined;
		throw error;
	}
	const run = () =>
		page.evaluate(
			async ({ source, id, config }) => {
				const mermaid = (window as unknown as { mermaid: any }).mermaid;
				mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false }, ...config });
				try {
					await mermaid.parse(source);
					const { svg } = await mermaid.render(id, source);
					return { svg: svg as string };
				} catch (error) {
					return { error: String((error as Error)?.message ?? error) };
				}
			},
			{ source, id, config },
		);
	// Two renders in flight on one page would interleave initialize() calls and mix the themes' colours.
	const next = (shared.queue ?? Promise.resolve()).then(run, run);
	shared.queue = next.catch(() => undefined);
	return next;
}

/** Closes the shared browser, if one was started; called when the build finishes. */
export async function closeBrowser(): Promise<void> {
	const browser = shared.browser;
	shared.browser = undefined;
	shared.page = undefined;
	await browser?.close();
}
