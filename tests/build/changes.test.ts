/**
 * What changed, as built: /changes/ and its RSS feed list every rename, status note and previous value the data
 * records, each with a date and a source, newest first; service pages offer a way to report an outdated fact.
 * The expected entries are counted from content/ directly, not through the module that builds the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categorySchema, counterpartSchema, serviceSchema } from '../../src/schemas';
import { DIST, page, text } from '../helpers/dist';
import { readCounterparts, readPages, readYaml } from '../helpers/content';
import { SERVICE_IDS } from '../helpers/expectations';
import { REPOSITORY_URL } from '../../src/site';

const services = readPages()
	.filter((p) => SERVICE_IDS.includes(p.id))
	.map((p) => ({ id: p.id, title: String(p.frontmatter['title']), data: serviceSchema.parse(p.frontmatter['service']) }));
const counterparts = readCounterparts().map((c) => counterpartSchema.parse(c.data));
const categories = (readYaml('content/data/categories.yaml') as unknown[]).map((c) => categorySchema.parse(c));
const recorded = [
	...categories.flatMap((c) => Object.values(c.noEquivalent).flatMap((n) => n?.status ?? [])),
	...services.flatMap((s) => [...s.data.formerNames, ...s.data.status, ...s.data.facts.flatMap((f) => f.previous)]),
	...counterparts.flatMap((c) => [...c.formerNames, ...c.status]),
];

describe('/changes/', () => {
	const doc = page('/changes/');
	const entries = doc.querySelectorAll('li.change');

	it('lists every change the data records, each with a date and the provider source', () => {
		expect(entries.length).toBe(recorded.length);
		expect(entries.length).toBeGreaterThanOrEqual(30);
		for (const e of entries) {
			expect(e.querySelector('time')?.getAttribute('datetime'), text(e)).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			expect(e.querySelector('a[rel=external]')?.getAttribute('href'), text(e)).toMatch(/^https:\/\//);
			expect(e.querySelector('a:not([rel])')?.getAttribute('href'), text(e)).toMatch(/^\/(aws|gcp|azure|compare)\//);
		}
	});

	it('is newest first', () => {
		const dates = entries.map((e) => e.querySelector('time')!.getAttribute('datetime')!);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('shows before and after for every changed value', () => {
		const previous = services.flatMap((s) => s.data.facts.flatMap((f) => f.previous.map((p) => ({ before: p.value, after: f.value }))));
		expect(previous.length).toBeGreaterThanOrEqual(5);
		const shown = entries.map((e) => text(e.querySelector('.change-values')));
		for (const p of previous) expect(shown).toContain(`Before: ${p.before} Now: ${p.after}`);
	});

	it('links its feed, and the home page links both', () => {
		expect(doc.querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe('/changes.xml');
		const home = page('/');
		expect(home.querySelector('nav.entry-points a[href="/changes/"]')).not.toBeNull();
		expect(home.querySelector('nav.entry-points a[href="/changes.xml"]')).not.toBeNull();
	});
});

describe('/changes.xml', () => {
	const feed = readFileSync(join(DIST, 'changes.xml'), 'utf8');
	const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);

	it('is an RSS 2.0 channel with one item per change, each with a title, a link, a date and the source', () => {
		expect(feed).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0">/);
		expect(items.length).toBe(recorded.length);
		for (const item of items) {
			expect(item).toMatch(/<title>[^<]+<\/title>/);
			expect(item).toMatch(/<link>https:\/\/[^<]+\/changes\/#[a-z0-9-]+<\/link>/);
			expect(item).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} 00:00:00 GMT<\/pubDate>/);
			expect(item).toMatch(/Source: https:\/\//);
		}
	});
});

describe('reporting an outdated fact', () => {
	it.each(services.map((s) => [s.id, s] as const))('/%s/ offers it for the page and for every fact, filled in', (id, s) => {
		const doc = page(`/${id}/`);
		const pageReport = doc.querySelector('.service-id a.report-outdated')?.getAttribute('href') ?? '';
		expect(pageReport.startsWith(`${REPOSITORY_URL}/issues/new?`)).toBe(true);
		const rows = doc.querySelectorAll('.facts-table tbody tr');
		expect(rows.length).toBe(s.data.facts.length);
		rows.forEach((row, i) => {
			const url = new URL(row.querySelector('a.fact-report')!.getAttribute('href')!);
			const fact = s.data.facts[i]!;
			expect(url.searchParams.get('title')).toBe(`Outdated fact: ${s.title}: ${fact.claim}`);
			const body = url.searchParams.get('body')!;
			expect(body).toContain(`/${id}/`);
			expect(body).toContain(fact.value);
			expect(body).toContain(fact.source);
		});
		expect(doc.querySelector('a[href^="' + REPOSITORY_URL + '/edit/main/content/' + id + '.mdx"]')).not.toBeNull();
	});
});
