/**
 * The built service pages, as a reader receives them: each published URL exists, names its service,
 * shows every section, links each number to its source and compares the service across all three clouds.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { inlineMarkdown } from '../../src/data/inline-markdown';
import { CLOUD_LABELS, CLOUDS, serviceSchema, type Cloud } from '../../src/schemas';
import { page, text } from '../helpers/dist';
import { readPages, readYaml } from '../helpers/content';
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

	it('shows its cloud, category, official name and last-verified date on one line (the oldest of its facts\' checks)', () => {
		const line = text(doc.querySelector('.service-id'));
		expect(line).toContain(CLOUD_LABELS[cloud]);
		expect(`${line} ${text(doc.querySelector('h1'))}`.toLowerCase()).toContain(src.service.name.toLowerCase());
		expect(doc.querySelector('.service-id a')?.getAttribute('href')).toMatch(/^\/compare\/[a-z-]+\/$/);
		const oldest = src.service.facts.map((f) => f.checked.toISOString().slice(0, 10)).sort()[0];
		expect(doc.querySelector('.service-id time')?.getAttribute('datetime')).toBe(oldest);
	});

	it('opens with the service at a glance: what it is, when to use it, when not, and the first questions, linked', () => {
		const glance = doc.querySelector('.at-a-glance')!;
		expect(glance.querySelectorAll('dt').map(text)).toEqual(['What it is', 'Use it when', 'Pick something else when', 'Asked first in interviews']);
		const dds = glance.querySelectorAll('dd');
		expect(text(dds[0])).toBe(src.service.compare.whatItIs);
		expect(text(dds[1])).toBe(src.service.compare.pickWhen);
		expect(text(dds[2])).toBe(text(parse(inlineMarkdown(src.service.avoidWhen))));
		const links = dds[3]!.querySelectorAll('li a');
		expect(links.length).toBe(2);
		links.forEach((a, i) => {
			expect(a.getAttribute('href')).toBe(`#q-${i + 1}`);
			expect(doc.getElementById(`q-${i + 1}`)).not.toBeNull();
		});
	});

	it('keeps the names people search by as search metadata, not as text on the page', () => {
		const meta = doc.querySelectorAll('.search-names').map((el) => [el.getAttribute('data-pagefind-meta'), el.getAttribute('data-names') ?? '', text(el)]);
		expect(meta.map(([key]) => key)).toEqual(['search-names[data-names]', 'search-aliases[data-names]']);
		const listed = meta.flatMap(([, names]) => names!.toLowerCase().split(' · '));
		expect(listed).toContain(src.service.shortName.toLowerCase());
		expect(new Set(listed).size, 'no name twice').toBe(listed.length);
		expect(meta.map(([, , shown]) => shown)).toEqual(['', '']);
		expect(text(doc.querySelector('main'))).not.toMatch(/Also searched as/);
	});

	it('ends with a link to practise its own questions', () => {
		expect(doc.querySelector('.test-yourself a')?.getAttribute('href')).toBe(`/practice/?topic=${encodeURIComponent(id)}`);
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
			expect(row.querySelector('.fact-checked time')?.getAttribute('datetime')).toBe(fact.checked.toISOString().slice(0, 10));
		});
	});

	it('compares the service with counterparts on the other two clouds', () => {
		const table = doc.querySelector('table.compare-table');
		expect(table).not.toBeNull();
		// One column per cloud, its own cloud first.
		const clouds = table!.querySelectorAll('thead th[scope=col]').map(text);
		expect(clouds).toEqual([cloud, ...CLOUDS.filter((c) => c !== cloud)].map((c) => CLOUD_LABELS[c]));
		const rowLabels = table!.querySelectorAll('tbody th[scope=row]').map(text);
		expect(rowLabels).toEqual(['Service', 'Model', 'Pricing unit', 'Key limit', 'Pick it when']);
		// Every counterpart is a link (our page or the provider's docs); every key limit cites a source.
		const counterpartCells = table!.querySelectorAll('tbody tr')[0]!.querySelectorAll('td').slice(1);
		expect(counterpartCells.length).toBe(2);
		for (const td of counterpartCells) {
			if (text(td) !== 'No equivalent') expect(td.querySelector('a')?.getAttribute('href')).toMatch(/^(https:\/\/|\/)/);
		}
		const limitCells = table!.querySelectorAll('tbody tr')[3]!.querySelectorAll('td');
		for (const td of limitCells) {
			if (text(td) !== '—') expect(td.querySelector('a.source-link')?.getAttribute('href')).toMatch(/^https:\/\//);
		}
	});
});

describe('renamed and retired services are named correctly', () => {
	it('Cloud Run functions is the current name at /gcp/cloud-functions/, with Cloud Functions as its former name', () => {
		const doc = page('/gcp/cloud-functions/');
		expect(text(doc.querySelector('h1'))).toMatch(/Cloud Run functions/);
		expect(text(doc.querySelector('.status-note'))).toMatch(/^Renamed · formerly Cloud Functions/);
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

describe('a service listed in several categories', () => {
	// The main category is the first in content/data/categories.yaml that lists the service (file order, which
	// Astro's data store does not keep by itself: it sorts entries by id).
	const categories = readYaml('content/data/categories.yaml') as { id: string; members: Record<Cloud, string[]> }[];
	const listedIn = (id: string) => categories.filter((c) => CLOUDS.some((cl) => (c.members[cl] ?? []).includes(id))).map((c) => c.id);
	const several = SERVICE_IDS.filter((id) => listedIn(id).length > 1);

	it('exists (gcp/dataflow: streaming, then ETL)', () => {
		expect(listedIn('gcp/dataflow')).toEqual(['streaming', 'etl-data-catalog']);
	});

	it.each(several)('/%s/ is compared in the first category that lists it', (id) => {
		expect(page(`/${id}/`).querySelector('.compare-more a')?.getAttribute('href')).toBe(`/compare/${listedIn(id)[0]}/`);
	});
});
