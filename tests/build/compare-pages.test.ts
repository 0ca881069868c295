/** The cross-cloud comparison pages, as built: the matrix and one page per category, all from content/data/. */
import { describe, expect, it } from 'vitest';
import { CLOUD_LABELS, CLOUDS, categorySchema } from '../../src/schemas';
import { page, text } from '../helpers/dist';
import { readYaml } from '../helpers/content';
import { SERVICE_IDS } from '../helpers/expectations';
import { loadGuide } from '../helpers/guide';
import { isRetired } from '../../src/data/status';

const categories = (readYaml('content/data/categories.yaml') as unknown[])
	.map((c) => categorySchema.parse(c))
	.sort((a, b) => a.label.localeCompare(b.label));

describe('/compare/', () => {
	const doc = page('/compare/');
	const rows = doc.querySelectorAll('table.matrix-table tbody tr');

	it('has a row per category and a column per cloud, with a caption and scoped headers', () => {
		expect(text(doc.querySelector('table.matrix-table caption')).length).toBeGreaterThan(10);
		expect(doc.querySelectorAll('table.matrix-table thead th[scope=col]').map(text)).toEqual([
			'Category',
			...CLOUDS.map((c) => CLOUD_LABELS[c]),
		]);
		expect(rows.length).toBe(categories.length);
		expect(rows.length).toBeGreaterThanOrEqual(20);
	});

	it('links each category to its page and each service to our page or its provider docs', () => {
		rows.forEach((row, i) => {
			const category = categories[i]!;
			expect(row.querySelector('th[scope=row] a')?.getAttribute('href')).toBe(`/compare/${category.id}/`);
			row.querySelectorAll('td').forEach((td, c) => {
				const cloud = CLOUDS[c]!;
				const links = td.querySelectorAll('.matrix-services a').map((a) => a.getAttribute('href')!);
				if (category.noEquivalent[cloud]) {
					expect(text(td)).toMatch(/No equivalent/);
				} else {
					expect(links.length).toBe(category.members[cloud].length);
					category.members[cloud].forEach((id, k) => {
						expect(links[k]).toEqual(SERVICE_IDS.includes(id) ? `/${id}/` : expect.stringMatching(/^https:\/\//));
					});
				}
			});
		});
	});

	it('shows Google Cloud IoT Core as retired with what replaces it', () => {
		const iot = rows[categories.findIndex((c) => c.id === 'iot')]!;
		const gcp = text(iot.querySelectorAll('td')[1]);
		expect(gcp).toMatch(/retired/i);
		expect(gcp).toMatch(/Instead:/);
	});
});

describe.each(categories.map((c) => [c.id, c] as const))('/compare/%s/', (id, category) => {
	const doc = page(`/compare/${id}/`);
	const table = doc.querySelector('table.compare-table');

	it('names the category in its h1 and compares all three clouds', () => {
		expect(text(doc.querySelector('h1'))).toContain(category.label);
		// One column per cloud, so all three are side by side.
		expect(table!.querySelectorAll('thead th[scope=col]').map(text)).toEqual(CLOUDS.map((c) => CLOUD_LABELS[c]));
	});

	it('shows the rows that decide a choice, with every key limit sourced', () => {
		const labels = table!.querySelectorAll('tbody th[scope=row]').map(text);
		expect(labels).toEqual([
			'Service',
			'What it is', 'Model', 'Pricing unit', 'Scaling', 'Key limits', 'Durability / availability', 'Integrations', 'Pick it when',
		]);
		const rows = table!.querySelectorAll('tbody tr');
		const noEquivalent = CLOUDS.filter((c) => category.noEquivalent[c]).length;
		// Every service fills what it is, model, pricing, scaling, limits, integrations and when to pick it;
		// only a "no equivalent" column may leave rows empty.
		for (const i of [1, 2, 3, 4, 5, 7, 8]) {
			const empty = rows[i]!.querySelectorAll('td').filter((td) => text(td) === '—').length;
			expect(empty, `row ${i}`).toBeLessThanOrEqual(noEquivalent);
		}
		// Numbers cite their sources: scaling and key limits link the provider's documentation.
		for (const i of [4, 5]) {
			for (const td of rows[i]!.querySelectorAll('td')) {
				if (text(td) !== '—') expect(td.querySelectorAll('a.source-link').length).toBeGreaterThanOrEqual(1);
			}
		}
	});

	it('links back to every member service', () => {
		const hrefs = doc.querySelectorAll('ul.category-services a').map((a) => a.getAttribute('href'));
		for (const cloud of CLOUDS) {
			for (const member of category.members[cloud]) {
				if (SERVICE_IDS.includes(member)) expect(hrefs).toContain(`/${member}/`);
			}
		}
	});

	it('explains the key differences and asks comparison questions', () => {
		expect(doc.querySelectorAll('ul.key-differences li').length).toBeGreaterThanOrEqual(3);
		expect(doc.querySelectorAll('ol.question-list li').length).toBeGreaterThanOrEqual(3);
	});
});

describe('service pages lead to their category page', () => {
	it.each(SERVICE_IDS)('/%s/ links its category comparison from "Compared with"', (id) => {
		const doc = page(`/${id}/`);
		const link = doc.querySelector('.compare-more a')?.getAttribute('href');
		expect(link).toMatch(/^\/compare\/[a-z-]+\/$/);
		expect(() => page(link!)).not.toThrow();
	});
});

describe('"retired" labels', () => {
	const guide = loadGuide();
	const retiredNames = new Set([...guide.byId.values()].filter(isRetired).map((s) => s.name));

	it.each(['/compare/', '/compare/object-storage/', '/compare/relational-database/', '/aws/s3/', '/aws/rds/', '/azure/blob-storage/'])(
		'%s labels as retired only services that are themselves retired (never for a retired tier, option or related service)',
		(path) => {
			const doc = page(path);
			const labelled = doc
				.querySelectorAll('.badge-retired')
				.map((b) => text(b.parentNode?.querySelector('a, .compare-name, span') ?? null));
			expect(labelled.filter((name) => !retiredNames.has(name))).toEqual([]);
		},
	);
});
