/**
 * Deep links: every section heading a reader can link to has an id, an anchor link and (added by a small
 * script) a copy button. Ids come from the heading's own words only, so editing another part of the page
 * never changes them.
 */
import { relative } from 'node:path';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, fileForPath, htmlFiles, isRedirectPage, text } from '../helpers/dist';
import { readPages } from '../helpers/content';

// The 404 page is served at any missing address, so links into its sections would be meaningless.
const pages = htmlFiles()
	.map((file) => ({ url: `/${relative(DIST, file).replace(/index\.html$/, '')}`, file }))
	.filter(({ url, file }) => url !== '/404.html' && !isRedirectPage(readFileSync(file, 'utf8')));

describe.each(pages.map((p) => [p.url, p.file] as const))('%s', (_url, file) => {
	const root = parse(readFileSync(file, 'utf8'));
	const headings = root.querySelectorAll('.sl-markdown-content h2, .sl-markdown-content h3');

	it('gives every h2/h3 a unique id with an anchor link to it', () => {
		const ids = headings.map((h) => h.id);
		expect(ids.every(Boolean), 'a heading without id').toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		for (const h of headings) {
			const wrapper = h.parentNode!;
			expect(wrapper.classList.contains('sl-heading-wrapper'), `#${h.id} is not in a heading wrapper`).toBe(true);
			expect(wrapper.querySelector('a.sl-anchor-link')?.getAttribute('href')).toBe(`#${h.id}`);
		}
	});
});

describe('heading ids in content pages', () => {
	// Pages with Markdown section headings (the 404 page is excluded, as above).
	const withHeadings = readPages().filter((p) => p.id !== '404' && /^#{2,3} /m.test(p.body));
	it('cover every service and architecture page', () => {
		expect(withHeadings.length).toBeGreaterThanOrEqual(27);
	});

	it.each(withHeadings.map((p) => [p.file, p] as const))('%s: each id is the slug of its own heading only', (_f, source) => {
		const url = source.id.replace(/(^|\/)index$/, '');
		const root = parse(readFileSync(fileForPath(`/${url ? `${url}/` : ''}`), 'utf8'));
		const markdownHeadings = [...source.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.trim());
		for (const heading of markdownHeadings) {
			// A fresh slugger per heading: the id may not depend on any other heading of the page.
			const expected = new GithubSlugger().slug(heading.replace(/[*_`]/g, ''));
			const built = root.getElementById(expected);
			expect(built, `no #${expected} for "${heading}"`).not.toBeNull();
			expect(text(built)).toBe(heading.replace(/[*_`]/g, ''));
		}
	});
});
