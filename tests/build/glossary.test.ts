/** The glossary: enough terms, each defined and linked from the pages that use it; every link resolves. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { DIST, htmlFiles, page, text } from '../helpers/dist';

interface Term {
	id: string;
	term: string;
	definition: string;
	match: string[];
}
const terms = parseYaml(readFileSync(join(ROOT, 'content', 'data', 'glossary.yaml'), 'utf8')) as Term[];
const glossary = page('/glossary/');
const REQUIRED = ['dead-letter queue', 'idempoten', 'exactly-once', 'schema-on-read', 'partition pruning', 'cold start', 'columnar', 'massively parallel', 'spot interruption'];

/** Every glossary link on every built page: page path -> term ids linked. */
const linksByPage = new Map<string, string[]>();
for (const file of htmlFiles()) {
	const ids = [...readFileSync(file, 'utf8').matchAll(/<a href="\/glossary\/#([a-z0-9-]+)" class="glossary-term">/g)].map((m) => m[1]!);
	if (ids.length) linksByPage.set(file.slice(DIST.length).replace(/index\.html$/, ''), ids);
}

describe('the glossary page', () => {
	it('defines at least 40 terms, including the core concepts', () => {
		expect(terms.length).toBeGreaterThanOrEqual(40);
		const names = terms.map((t) => `${t.term} ${t.id}`.toLowerCase()).join('\n');
		for (const concept of REQUIRED) expect(names, concept).toContain(concept);
	});

	it('shows each term under its own stable anchor, with its definition', () => {
		for (const t of terms) {
			const heading = glossary.getElementById(t.id);
			expect(heading?.tagName, t.id).toBe('H3');
			expect(text(heading!.closest('section')!)).toContain(t.definition.trim().slice(0, 60));
		}
	});

	it('lists under "Used on" exactly the pages that link the term (derived, never kept by hand)', () => {
		for (const t of terms) {
			const used = glossary.getElementById(t.id)!.closest('section')!.querySelectorAll('.glossary-pages a').map((a) => a.getAttribute('href'));
			const linking = [...linksByPage].filter(([, ids]) => ids.includes(t.id)).map(([path]) => path);
			expect(used.toSorted(), t.id).toEqual(linking.toSorted());
		}
	});
});

describe('links to the glossary', () => {
	it('every term is linked from the first use on at least one page', () => {
		const linked = new Set([...linksByPage.values()].flat());
		expect(terms.filter((t) => !linked.has(t.id)).map((t) => t.id)).toEqual([]);
	});

	it('a page links each term once, at its first use', () => {
		for (const [path, ids] of linksByPage) expect(new Set(ids).size, path).toBe(ids.length);
	});

	it('every glossary link points at an entry that exists', () => {
		const known = new Set(terms.map((t) => t.id));
		for (const [path, ids] of linksByPage) for (const id of ids) expect(known.has(id), `${path} -> #${id}`).toBe(true);
	});

	it('service pages carry glossary links (the linking step runs)', () => {
		expect([...linksByPage.keys()].filter((p) => /^\/(aws|gcp|azure)\//.test(p)).length).toBeGreaterThanOrEqual(15);
	});
});
