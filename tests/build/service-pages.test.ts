/**
 * The built service pages, as a reader receives them: each published URL exists, names its service,
 * shows every section, links each number to its source and compares the service across all three clouds.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { inlineMarkdown } from '../../src/data/inline-markdown';
import { CLOUD_LABELS, CLOUDS, serviceSchema, type Cloud } from '../../src/schemas';
import { page, text } from '../helpers/dist';
import { readPages } from '../helpers/content';
import { REQUIRED_SECTIONS, SERVICE_IDS } from '../helpers/expectations';

const sources = new Map(
	readPages()
		.filter((p) => SERVICE_IDS.includes(p.id))
		.map((p) => [p.id, { title: String(p.frontmatter['title']), service: serviceSchema.parse(p.frontmatter['service']) }]),
);

const slug = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replace(/\s/g, '-');

describe.each(SERVICE_IDS)('/%s/', (id) => {
	const doc = page(`/${id}/`);
	const src = sources.get(id)!;
	const cloud = id.split('/')[0] as Cloud;

	it('lists its interview questions with each answer inside a closed disclosure (revealed on demand, no JavaScript)', () => {
		const items = doc.querySelectorAll('#interview-focus ~ .question-list > li, .question-list > li');
		expect(items.length).toBe(src.service.questions.length);
		for (const [i, li] of items.entries()) {
			const details = li.querySelector('details.question');
			expect(details, `question ${i + 1}`).not.toBeNull();
			expect(details!.hasAttribute('open')).toBe(false);
			expect(text(details!.querySelector('summary .question-text'))).toBe(text(parse(inlineMarkdown(src.service.questions[i]!.question))));
			expect(text(details!.querySelector('.answer')).length).toBeGreaterThan(30);
		}
	});

	it('lists its gotchas from the data, first one first', () => {
		const items = doc.querySelectorAll('ul.gotchas > li');
		expect(items.length).toBe(src.service.gotchas.length);
		expect(text(items[0])).toBe(text(parse(inlineMarkdown(src.service.gotchas[0]!))));
	});

	it('has an h1 that names the service', () => {
		const h1 = text(doc.querySelector('h1'));
		expect(h1).toBe(src.title);
		expect(h1.toLowerCase()).toContain(src.service.shortName.toLowerCase());
	});

	it('shows the official name, cloud and last-verified date', () => {
		const meta = text(doc.querySelector('.service-meta'));
		expect(meta).toContain(src.service.name);
		expect(meta).toContain(CLOUD_LABELS[cloud]);
		expect(doc.querySelector('.service-meta time')?.getAttribute('datetime')).toBe(
			src.service.lastVerified.toISOString().slice(0, 10),
		);
	});

	it('has every section as a linkable h2', () => {
		const ids = doc.querySelectorAll('.sl-markdown-content h2').map((h) => h.id);
		expect(ids).toEqual(REQUIRED_SECTIONS.map(slug));
	});

	it('links each of its numbers to the page it came from, with the date it was checked', () => {
		const rows = doc.querySelectorAll('table.facts-table tbody tr');
		expect(rows.length).toBe(src.service.facts.length);
		expect(rows.length).toBeGreaterThanOrEqual(5);
		src.service.facts.forEach((fact, i) => {
			const row = rows[i]!;
			expect(text(row.querySelector('th'))).toBe(fact.claim);
			expect(row.querySelector('a')?.getAttribute('href')).toBe(fact.source);
			expect(row.querySelector('time')?.getAttribute('datetime')).toBe(fact.checked.toISOString().slice(0, 10));
		});
	});

	it('compares the service with counterparts on the other two clouds', () => {
		const table = doc.querySelector('table.compare-table');
		expect(table).not.toBeNull();
		const groups = table!.querySelectorAll('thead th[scope=colgroup]').map(text);
		expect(groups).toEqual([cloud, ...CLOUDS.filter((c) => c !== cloud)].map((c) => CLOUD_LABELS[c]));
		const rowLabels = table!.querySelectorAll('tbody th[scope=row]').map(text);
		expect(rowLabels).toEqual(['Model', 'Pricing unit', 'Key limit', 'Pick it when']);
		// Every counterpart is a link (our page or the provider's docs); every key limit cites a source.
		const counterpartHeads = table!.querySelectorAll('thead tr:nth-child(2) th[scope=col]').slice(1);
		expect(counterpartHeads.length).toBeGreaterThanOrEqual(2);
		for (const th of counterpartHeads) {
			if (text(th) !== 'No equivalent') expect(th.querySelector('a')?.getAttribute('href')).toMatch(/^(https:\/\/|\/)/);
		}
		const limitCells = table!.querySelectorAll('tbody tr')[2]!.querySelectorAll('td');
		for (const td of limitCells) {
			if (text(td) !== '—') expect(td.querySelector('a.source-link')?.getAttribute('href')).toMatch(/^https:\/\//);
		}
	});
});

describe('renamed and retired services are named correctly', () => {
	it('Cloud Run functions is the current name at /gcp/cloud-functions/, with Cloud Functions as its former name', () => {
		const doc = page('/gcp/cloud-functions/');
		expect(text(doc.querySelector('h1'))).toMatch(/Cloud Run functions/);
		expect(text(doc.querySelector('.service-notices'))).toMatch(/Formerly Cloud Functions/);
	});

	it('Azure Database for PostgreSQL says Single Server is retired', () => {
		const doc = page('/azure/database-for-postgresql/');
		expect(text(doc.querySelector('.service-header'))).toMatch(/Single Server[^.]*retired|retired[^.]*Single Server/i);
	});

	it('the IoT comparison says Google Cloud IoT Core is retired', () => {
		const doc = page('/aws/iot-core/');
		const table = text(doc.querySelector('table.compare-table'));
		expect(table).toMatch(/No equivalent/);
		expect(table).toMatch(/retired/i);
	});
});
