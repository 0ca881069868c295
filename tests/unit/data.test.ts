/**
 * The comparison data: every category and counterpart is valid, every reference resolves, and every
 * category names a service on each cloud or says why there is none.
 */
import { describe, expect, it } from 'vitest';
import { CLOUDS, categorySchema, counterpartSchema, PROVIDER_DOC_HOSTS } from '../../src/schemas';
import { readCounterparts, readYaml } from '../helpers/content';
import { loadGuide } from '../helpers/guide';

const categories = readYaml('content/data/categories.yaml') as Record<string, unknown>[];
const counterparts = readCounterparts();

describe('content/data/categories.yaml', () => {
	it.each(categories.map((c) => [String(c['id']), c] as const))('category %s is valid', (_id, c) => {
		const parsed = categorySchema.safeParse(c);
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	it('covers the 20 categories the guide promises', () => {
		expect(categories.map((c) => c['id']).sort()).toEqual(
			[
				'object-storage', 'serverless-functions', 'batch-compute', 'api-management', 'message-queue',
				'pub-sub-messaging', 'streaming', 'iot', 'serverless-sql-query', 'etl-data-catalog', 'nosql-key-value',
				'data-warehouse', 'containers', 'relational-database', 'virtual-machines', 'secrets', 'monitoring',
				'scheduling', 'managed-spark-hadoop', 'workflow-orchestration',
			].sort(),
		);
	});

	it('names a service on every cloud for every category, or says why there is none', () => {
		for (const c of categories.map((x) => categorySchema.parse(x))) {
			for (const cloud of CLOUDS) {
				const has = c.members[cloud].length > 0;
				const none = c.noEquivalent[cloud];
				expect(has || Boolean(none?.reason), `${c.id} on ${cloud}`).toBe(true);
			}
		}
	});
});

describe('content/data/counterparts/', () => {
	it.each(counterparts.map((c) => [c.file, c] as const))('%s is valid', (_file, c) => {
		const parsed = counterpartSchema.safeParse(c.data);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data?.cloud).toBe(c.id.split('/')[0]);
		// A counterpart's docs link goes to its own provider.
		expect(PROVIDER_DOC_HOSTS[parsed.data!.cloud]).toContain(new URL(parsed.data!.docs).hostname);
	});
});

describe('the guide as a whole', () => {
	it('joins without a broken reference', () => {
		expect(() => loadGuide()).not.toThrow();
	});

	it('gives every service page counterparts on both other clouds (or a stated reason)', () => {
		const guide = loadGuide();
		for (const page of guide.pages) {
			const category = guide.categoryById.get(page.data.category)!;
			for (const cloud of CLOUDS.filter((c) => c !== page.data.cloud)) {
				const ok = category.resolved[cloud].length > 0 || category.noEquivalent[cloud] !== undefined;
				expect(ok, `${page.id} on ${cloud}`).toBe(true);
			}
		}
	});
});
