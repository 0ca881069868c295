/**
 * /search-corrections.js: the search dialog's query correction (src/search/dialog-corrections.ts with
 * src/search/correct.ts), bundled into one standalone module by Rolldown (Vite's own bundler) when the site is built.
 * The search stub every page carries (src/search/pagefind-config.ts) imports it by URL when the dialog first
 * opens; importing it through Vite instead would put Vite's module-preload helper (about 0.7 kB gzip) on every page.
 */
import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

// Source paths are relative to the project root, where Astro runs (as content/ is: src/content-dir.ts).
export const GET: APIRoute = async () => {
	const bundle = await rolldown({ input: resolve('src/search/dialog-corrections.ts'), logLevel: 'silent' });
	const { output } = await bundle.generate({ format: 'esm', minify: true });
	await bundle.close();
	if (output.length !== 1 || output[0].type !== 'chunk') throw new Error('search-corrections.js: expected one bundled chunk');
	return new Response(output[0].code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
