/**
 * The comparison data in content/data/: every category and counterpart is valid, every reference resolves, the
 * categories the guide promises are there, and every service page is compared on both other clouds.
 */
import { describe, expect, it } from 'vitest';
import { CLOUD_INFO, CLOUDS } from '../../src/clouds';
import { categorySchema, counterpartSchema } from '../../src/schemas';
import { readCounterparts, readYaml } from '../helpers/content';
import { loadGuide } from '../helpers/guide';

const categories = readYaml('content/data/categories.yaml') as Record<string, unknown>[];
const counterparts = readCounterparts();

describe('content/data/categories.yaml', () => {
	it.each(categories.map((c) => [String(c['id']), c] as const))('category %s is valid', (_id, c) => {
		const parsed = categorySchema.safeParse(c);
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	it('covers the 21 categories the guide promises', () => {
		expect(categories.map((c) => c['id']).sort()).toEqual(
			[
				'object-storage', 'serverless-functions', 'batch-compute', 'api-management', 'message-queue',
				'pub-sub-messaging', 'streaming', 'iot', 'serverless-sql-query', 'etl-data-catalog', 'nosql-key-value',
				'data-warehouse', 'containers', 'relational-database', 'virtual-machines', 'secrets', 'monitoring',
				'scheduling', 'managed-spark-hadoop', 'workflow-orchestration', 'ml-platform',
			].sort(),
		);
	});
});

describe('content/data/counterparts/', () => {
	it.each(counterparts.map((c) => [c.file, c] as const))("%s is valid and links its own provider's docs", (_file, c) => {
		const parsed = counterpartSchema.safeParse(c.data);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data?.cloud).toBe(c.id.split('/')[0]);
		expect(CLOUD_INFO[parsed.data!.cloud].docHosts).toContain(new URL(parsed.data!.docs).hostname);
	});
});

describe('the guide as a whole', () => {
	const guide = loadGuide();

	it('compares every service page with both other clouds (or says why a cloud has no equivalent)', () => {
		for (const page of guide.pages) {
			const category = guide.categoryById.get(page.category)!;
			for (const cloud of CLOUDS.filter((c) => c !== page.data.cloud)) {
				const ok = category.resolved[cloud].length > 0 || category.noEquivalent[cloud] !== undefined;
				expect(ok, `${page.id} on ${cloud}`).toBe(true);
			}
		}
	});

	it('compares BigQuery as a data warehouse, and also lists it as a serverless SQL engine', () => {
		const bigquery = guide.pages.find((p) => p.id === 'gcp/bigquery')!;
		expect(bigquery.categories).toEqual(['data-warehouse', 'serverless-sql-query']);
	});
});
