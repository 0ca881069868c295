/** Reads the built site in dist/ as a browser would receive it. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT } from './content';

export const DIST = join(ROOT, 'dist');

/** The file a URL path is served from, e.g. '/aws/sqs/' -> dist/aws/sqs/index.html. */
export function fileForPath(urlPath: string, dist = DIST): string {
	const clean = decodeURI(urlPath.split(/[?#]/)[0]!);
	return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

export function page(urlPath: string, dist = DIST): HTMLElement {
	const file = fileForPath(urlPath, dist);
	if (!existsSync(file)) throw new Error(`no built page for ${urlPath} (${relative(ROOT, file)})`);
	return parse(readFileSync(file, 'utf8'));
}

export function htmlFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
		return path.endsWith('.html') ? [path] : [];
	});
}

/** The target of a static redirect page (Astro's meta refresh), or undefined for a real page. */
export const isRedirectPage = (html: string): string | undefined => /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html.slice(0, 2000))?.[1];

export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
