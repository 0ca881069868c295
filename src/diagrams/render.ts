/**
 * Renders Mermaid source to SVG at build time in one shared headless Chromium page (Debian's
 * /usr/bin/chromium through playwright-core), so pages ship SVG and no diagram JavaScript.
 * Each diagram is rendered twice, once per site theme; results are cached by source and theme.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { optimizeSvg } from './optimize';

export type DiagramTheme = 'light' | 'dark';

export class DiagramError extends Error {
	override name = 'DiagramError';
}

interface Shared {
	browser?: Browser | undefined;
	page?: Promise<Page> | undefined;
	cache: Map<string, string>;
	/** The render in progress: renders run one at a time, since each sets Mermaid's global theme first. */
	queue?: Promise<unknown>;
}
// One renderer per process, shared by every copy of this module Vite bundles (and by the integration
// that closes the browser when the build ends).
const KEY = Symbol.for('cloud-guide.mermaid');
const shared: Shared = ((globalThis as Record<symbol, unknown>)[KEY] as Shared | undefined) ?? { cache: new Map() };
(globalThis as Record<symbol, unknown>)[KEY] = shared;

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

function chromiumPath(): string {
	const found = CHROMIUM.find((p) => existsSync(p));
	if (!found) {
		throw new DiagramError(
			`Diagrams are rendered at build time with Chromium, and none was found (looked at ${CHROMIUM.join(', ')}). ` +
				'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
		);
	}
	return found;
}

async function openPage(): Promise<Page> {
	shared.browser = await chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const page = await shared.browser.newPage();
	// No request may leave the machine: Mermaid is loaded from node_modules and the page has no URL.
	await page.route('**/*', (route) => route.abort());
	await page.setContent('<!doctype html><html><body></body></html>');
	const require = createRequire(import.meta.url);
	await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
	return page;
}

/** Runs `fn` in a fresh page of the shared browser (no network), then closes the page. */
export async function withBrowserPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
	shared.page ??= openPage();
	await shared.page;
	const page = await shared.browser!.newPage();
	await page.route('**/*', (route) => route.abort());
	try {
		return await fn(page);
	} finally {
		await page.close();
	}
}

/** Closes the shared browser; called when the build finishes. */
export async function closeRenderer(): Promise<void> {
	const browser = shared.browser;
	shared.browser = undefined;
	shared.page = undefined;
	await browser?.close();
}

/** Mermaid's themes for the site's two themes. Fills and text colours chosen for WCAG AA contrast. */
export const THEMES: Record<DiagramTheme, Record<string, unknown>> = {
	light: {
		theme: 'base',
		themeVariables: {
			background: '#ffffff',
			primaryColor: '#eef2f8',
			primaryTextColor: '#17181c',
			primaryBorderColor: '#3a4a63',
			lineColor: '#3a4a63',
			textColor: '#17181c',
			edgeLabelBackground: '#ffffff',
			clusterBkg: '#f7f8fa',
			clusterBorder: '#8a94a6',
			fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
		},
	},
	dark: {
		theme: 'base',
		themeVariables: {
			background: '#17181c',
			primaryColor: '#263041',
			primaryTextColor: '#f2f4f7',
			primaryBorderColor: '#a9b8d0',
			lineColor: '#a9b8d0',
			textColor: '#f2f4f7',
			edgeLabelBackground: '#17181c',
			clusterBkg: '#1f232b',
			clusterBorder: '#6b7689',
			fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
		},
	},
};

/** The highlight for the page's own service: dark text on amber in both themes. */
export const FOCUS = { fill: '#ffd866', stroke: '#6b4f00', text: '#1a1a1a' };
export const FOCUS_CLASS = `classDef focus fill:${FOCUS.fill},stroke:${FOCUS.stroke},stroke-width:3px,color:${FOCUS.text}`;

let counter = 0;

/** Renders one diagram in one theme; throws DiagramError with Mermaid's own message on invalid source. */
export async function renderMermaid(source: string, theme: DiagramTheme): Promise<string> {
	const key = `${theme}\n${source}`;
	const hit = shared.cache.get(key);
	if (hit) return hit;
	shared.page ??= openPage();
	const page = await shared.page;
	const id = `diagram-${theme}-${++counter}`;
	const run = () =>
		page.evaluate(
			async ({ source, id, config }) => {
				const mermaid = (window as unknown as { mermaid: any }).mermaid;
				mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false }, ...config });
				try {
					await mermaid.parse(source);
					const { svg } = await mermaid.render(id, source);
					return { svg };
				} catch (error) {
					return { error: String((error as Error)?.message ?? error) };
				}
			},
			{ source, id, config: THEMES[theme] },
		);
	// Two renders in flight on one page would interleave initialize() calls and mix the themes' colours.
	const next = (shared.queue ?? Promise.resolve()).then(run, run);
	shared.queue = next.catch(() => undefined);
	const result = await next;
	if ('error' in result) throw new DiagramError(result.error);
	const svg = optimizeSvg(result.svg);
	shared.cache.set(key, svg);
	return svg;
}
