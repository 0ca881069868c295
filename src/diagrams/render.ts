/**
 * Mermaid source to SVG at build time, so pages ship SVG and no diagram JavaScript. Each diagram is rendered once
 * per site theme by real Mermaid in headless Chromium, and kept in the committed diagram cache (./cache.ts): a
 * build reads the cache first and starts a browser only for a diagram it does not have.
 *
 * GUIDE_DIAGRAMS chooses what a miss does (`npm run diagrams` sets it):
 * - unset or `render`: render it where a browser exists and add it to the cache; without one, fail;
 * - `check`: never render; every diagram must be cached and every cache entry used (CI and the test build);
 * - `update`: render what is missing and delete entries no diagram uses.
 */
import { diagramKey, readCached, writeCached } from './cache';
import { NoBrowserError, renderInBrowser } from './mermaid-browser';
import { optimizeSvg, trimUnused } from './optimize';
import { THEMES, type DiagramTheme } from './themes';

export type { DiagramTheme } from './themes';

/** Mermaid could not render the source (its own message), or the diagram could not be produced at all. */
export class DiagramError extends Error {
	override name = 'DiagramError';
}

/** The diagram is not in the cache and cannot be rendered here; `reason` says why. */
export class DiagramCacheMiss extends DiagramError {
	override name = 'DiagramCacheMiss';
	constructor(readonly reason: string) {
		super(`not in the diagram cache, and ${reason}`);
	}
}

export type DiagramMode = 'render' | 'check' | 'update';

export function diagramMode(env: NodeJS.ProcessEnv = process.env): DiagramMode {
	const mode = env['GUIDE_DIAGRAMS'] ?? 'render';
	if (mode === 'render' || mode === 'check' || mode === 'update') return mode;
	throw new DiagramError(`GUIDE_DIAGRAMS must be "render", "check" or "update", not "${mode}"`);
}

// What this build has drawn, shared by every copy of this module Vite bundles and by the integration that checks
// the cache when the build ends.
const USE = Symbol.for('cloud-guide.diagram-use');
const use: { keys: Set<string>; rendered: number } = ((globalThis as Record<symbol, unknown>)[USE] as typeof use | undefined) ?? {
	keys: new Set(),
	rendered: 0,
};
(globalThis as Record<symbol, unknown>)[USE] = use;

/** The cache keys of every diagram this build has drawn, and how many of them it rendered rather than read. */
export const diagramUse = (): { keys: ReadonlySet<string>; rendered: number } => use;

/** Forgets the diagrams drawn so far; called when a build starts (several builds may run in one process). */
export function resetDiagramUse(): void {
	use.keys.clear();
	use.rendered = 0;
}

/**
 * One diagram in one theme, as optimized SVG whose links have no base path (see withBase). Throws DiagramError
 * with Mermaid's message on invalid source, and DiagramCacheMiss when it is not cached and cannot be rendered.
 */
export async function renderMermaid(source: string, theme: DiagramTheme): Promise<string> {
	const key = diagramKey(source, theme);
	use.keys.add(key);
	const cached = readCached(key);
	if (cached !== undefined) return cached;
	if (diagramMode() === 'check') throw new DiagramCacheMiss('rendering is turned off (GUIDE_DIAGRAMS=check)');
	let result: { svg: string } | { error: string };
	try {
		// The element ids inside the SVG come from the key, so a render is the same whichever page asks first.
		result = await renderInBrowser(source, `mmd-${key}`, THEMES[theme]);
	} catch (error) {
		if (error instanceof NoBrowserError) throw new DiagramCacheMiss(error.message);
		throw error;
	}
	if ('error' in result) throw new DiagramError(result.error);
	const svg = optimizeSvg(result.svg);
	writeCached(key, svg);
	use.rendered++;
	return svg;
}

/** Adds the site's base path to the root-relative links of a rendered diagram (`/aws/s3/` -> `/guide/aws/s3/`). */
export function withBase(svg: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix) return svg;
	return svg.replace(/(\b(?:xlink:)?href=")\/(?!\/)/g, `$1${prefix}/`);
}

/**
 * A rendered diagram as a page shows it: links under the base path, and each link with a plain `href` beside
 * Mermaid's `xlink:href` (browsers follow either; crawlers and Lighthouse look for `href`).
 */
export function forPage(svg: string, base: string): string {
	const linked = trimUnused(svg).replace(/<a xlink:href="([^"]*)"/g, (_m, href: string) => `<a href="${href}" xlink:href="${href}"`);
	return withBase(linked, base);
}

/** The diagram's natural width in CSS pixels (its viewBox), so the page can keep its labels from shrinking too far. */
export function naturalWidth(svg: string): number | undefined {
	const box = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+"/.exec(svg);
	return box ? Math.ceil(Number(box[1])) : undefined;
}
