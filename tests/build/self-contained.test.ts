/**
 * Nothing leaves the site: no page, stylesheet or diagram in dist/ loads a script, stylesheet, font, image or
 * frame from another host. (Links *to* provider documentation are fine: they are followed, not loaded.)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
/** <link rel> values that make the browser fetch the target. */
const LOADING_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'icon', 'apple-touch-icon', 'manifest', 'preconnect', 'dns-prefetch']);

function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}

/** Every remote resource a piece of CSS would load: url(...) and @import. */
export function remoteCssUrls(css: string): string[] {
	const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
	const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]!);
	return [...urls, ...imports].filter((u) => REMOTE.test(u));
}

/** Every remote resource an HTML (or SVG) document would load. */
export function remoteHtmlLoads(html: string): string[] {
	const doc = parse(html);
	const found: string[] = [];
	for (const el of doc.querySelectorAll('script[src], img, source, iframe, audio, video, embed, object, track, image, use, input[type=image]')) {
		for (const attr of ['src', 'srcset', 'data', 'poster', 'href', 'xlink:href']) {
			const value = el.getAttribute(attr);
			if (!value) continue;
			for (const candidate of value.split(',').map((v) => v.trim().split(/\s+/)[0]!)) {
				if (REMOTE.test(candidate)) found.push(`<${el.tagName.toLowerCase()} ${attr}="${candidate}">`);
			}
		}
	}
	for (const link of doc.querySelectorAll('link[href]')) {
		const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const href = link.getAttribute('href')!;
		if (rels.some((r) => LOADING_RELS.has(r)) && REMOTE.test(href)) found.push(`<link rel="${rels.join(' ')}" href="${href}">`);
	}
	for (const style of doc.querySelectorAll('style')) found.push(...remoteCssUrls(style.textContent));
	for (const el of doc.querySelectorAll('[style]')) found.push(...remoteCssUrls(el.getAttribute('style')!));
	return found;
}

const files = allFiles(DIST);

describe('the built site is self-contained', () => {
	it('scans HTML, CSS and SVG files', () => {
		expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(50);
		expect(files.some((f) => f.endsWith('.css'))).toBe(true);
	});

	it('no page, stylesheet or image loads anything from another host', () => {
		const outside: string[] = [];
		for (const file of files) {
			const name = relative(DIST, file);
			if (/\.(html|svg)$/.test(file)) outside.push(...remoteHtmlLoads(readFileSync(file, 'utf8')).map((r) => `${name}: ${r}`));
			if (file.endsWith('.css')) outside.push(...remoteCssUrls(readFileSync(file, 'utf8')).map((r) => `${name}: ${r}`));
		}
		expect(outside).toEqual([]);
	});

	it('no script imports or fetches a remote URL', () => {
		const outside: string[] = [];
		for (const file of files.filter((f) => /\.m?js$/.test(f))) {
			const js = readFileSync(file, 'utf8');
			for (const m of js.matchAll(/(?:import\s*\(|from\s*|fetch\s*\(|importScripts\s*\()\s*['"`]((?:https?:)?\/\/[^'"`]+)/g)) {
				outside.push(`${relative(DIST, file)}: ${m[1]}`);
			}
		}
		expect(outside).toEqual([]);
	});

	it('the scanner does flag remote loads (so an empty list means something)', () => {
		expect(
			remoteHtmlLoads(
				'<link rel="stylesheet" href="https://fonts.googleapis.com/css"><script src="//cdn.example/x.js"></script><img srcset="/a.png 1x, https://img.example/b.png 2x"><a href="https://docs.aws.amazon.com/">docs</a><div style="background:url(https://x.example/y.png)"></div>',
			),
		).toEqual([
			'<script src="//cdn.example/x.js">',
			'<img srcset="https://img.example/b.png">',
			'<link rel="stylesheet" href="https://fonts.googleapis.com/css">',
			'https://x.example/y.png',
		]);
		expect(remoteCssUrls("@import 'https://fonts.example/a.css'; a{background:url(/local.png)} @font-face{src:url(\"https://f.example/x.woff2\")}")).toEqual([
			'https://f.example/x.woff2',
			'https://fonts.example/a.css',
		]);
	});
});
