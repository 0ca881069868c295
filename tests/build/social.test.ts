/** Link previews: every page has a canonical URL, Open Graph and Twitter tags, and its own 1200x630 card image. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, htmlFiles, isRedirectPage } from '../helpers/dist';

const pages = htmlFiles()
	.map((file) => ({ file: file.slice(DIST.length + 1), html: readFileSync(file, 'utf8') }))
	.filter((p) => !isRedirectPage(p.html));

function pngSize(path: string): [number, number] {
	const head = readFileSync(path).subarray(0, 24);
	expect(head.subarray(1, 4).toString()).toBe('PNG');
	return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
	const doc = parse(page.html);
	const meta = (key: string) =>
		doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

	it('has a canonical URL and preview tags', () => {
		expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(/^https:\/\//);
		for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:title', 'twitter:image']) {
			expect(meta(key), key).toBeTruthy();
		}
		expect(meta('twitter:card')).toBe('summary_large_image');
	});

	it('has its own 1200x630 card that names the page', () => {
		const image = new URL(meta('og:image')!);
		const file = join(DIST, decodeURIComponent(image.pathname));
		expect(existsSync(file), image.pathname).toBe(true);
		expect(pngSize(file)).toEqual([1200, 630]);
	});
});

it('cards differ from page to page', () => {
	const a = readFileSync(join(DIST, 'og', 'aws', 's3.png'));
	const b = readFileSync(join(DIST, 'og', 'gcp', 'bigquery.png'));
	expect(Buffer.compare(a, b)).not.toBe(0);
});
