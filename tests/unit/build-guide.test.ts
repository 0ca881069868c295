/**
 * Every schema and data check, on the minimal fixture's data (tests/fixtures/minimal/) with one thing changed:
 * each must reject the change with a message naming the file and the entry. Millisecond tests; the fixture builds
 * (tests/fixtures/builds.test.ts) show once per wiring that such an error really stops `astro build`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuideDataError } from '../../src/data/build-guide';
import { counterpartSchema, glossaryTermSchema, serviceSchema } from '../../src/schemas';
import { docsSchema } from '@astrojs/starlight/schema';
import { ROOT } from '../helpers/content';
import { guideFrom, readInputs, type GuideInputs } from '../helpers/guide';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'minimal', 'content');
const FILE = 'tests/fixtures/minimal/content';

/** A fresh copy of the fixture's inputs, changed by `change`. */
function inputs(change: (i: GuideInputs) => void = () => {}): GuideInputs {
	const copy = structuredClone(readInputs(FIXTURE));
	change(copy);
	return copy;
}
const queue = (i: GuideInputs) => i.pages.find((p) => p.id === 'aws/queue')!;
const service = (i: GuideInputs) => queue(i).frontmatter['service'] as Record<string, any>;

/** The problems buildGuide reports (it must throw GuideDataError). */
function problems(i: GuideInputs): string[] {
	try {
		guideFrom(i);
	} catch (error) {
		if (error instanceof GuideDataError) return error.problems;
		throw error;
	}
	throw new Error('the guide built without a problem');
}

/** The schema's complaints about a value, as "path: message". */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	(result.error?.issues ?? []).map((x) => `${x.path.join('.')}: ${x.message}`);

describe('the minimal fixture', () => {
	it('is valid, so each failure below is caused by its one change', () => {
		const guide = guideFrom(inputs());
		expect(guide.pages.map((p) => [p.id, p.category])).toEqual([['aws/queue', 'message-queue']]);
	});
});

describe('the service schema', () => {
	const parse = (change: (s: Record<string, any>) => void) => {
		const s = structuredClone(service(inputs()));
		change(s);
		return issues(serviceSchema.safeParse(s));
	};
	it('rejects a fact whose source is not provider documentation', () => {
		expect(parse((s) => (s['facts'][0].source = 'http://example.com/a'))).toEqual([
			expect.stringMatching(/^facts\.0\.source: .*provider's documentation/),
		]);
	});
	it('rejects a fact without a source or a checked date', () => {
		expect(parse((s) => delete s['facts'][1].source)).toEqual([expect.stringMatching(/^facts\.1\.source: /)]);
		expect(parse((s) => delete s['facts'][2].checked)).toEqual([expect.stringMatching(/^facts\.2\.checked: /)]);
	});
	it('asks for 5 facts, 5 questions and 3 gotchas, and 3 to 5 key facts', () => {
		expect(parse((s) => s['facts'].splice(4))).toContain('facts: a service page needs at least 5 sourced facts');
		expect(parse((s) => s['questions'].splice(4))).toContain('questions: a service page needs at least 5 interview questions');
		expect(parse((s) => s['gotchas'].splice(2))).toContain('gotchas: a service page needs at least 3 gotchas');
		expect(parse((s) => s['facts'].forEach((f: any) => delete f.key))).toContain('facts: mark 3 to 5 facts "key: true" (the numbers the cheat sheet shows)');
	});
	it('no longer takes a category: categories.yaml is the only place that says where a service belongs', () => {
		expect(parse((s) => (s['category'] = 'message-queue'))).toEqual([expect.stringMatching(/Unrecognized key.*category/)]);
	});
	it('a page without a title is rejected by the docs schema', () => {
		const schema = docsSchema()({ image: () => ({}) as never } as never);
		expect(issues(schema.safeParse({ description: 'no title here' }))).toEqual([expect.stringMatching(/^title: /)]);
	});
});

describe('the other data files', () => {
	it('a counterpart without a comparison profile', () => {
		const data = structuredClone(inputs().counterparts[0]!.data);
		delete data['compare'];
		expect(issues(counterpartSchema.safeParse(data))).toEqual([expect.stringMatching(/^compare: /)]);
	});
	it('a glossary term without a definition', () => {
		const term = structuredClone(inputs().glossary[0]!);
		delete term['definition'];
		expect(issues(glossaryTermSchema.safeParse(term))).toEqual([expect.stringMatching(/^definition: /)]);
	});
});

describe('joining the data', () => {
	it('a page in a cloud folder without a service block', () => {
		expect(problems(inputs((i) => delete queue(i).frontmatter['service']))).toEqual([
			`${FILE}/aws/queue.mdx: a page in aws/ must have a "service" block in its frontmatter`,
			`${FILE}/data/categories.yaml: category "message-queue" lists unknown service "aws/queue" under aws`,
		]);
	});
	it('a service page that no category lists', () => {
		expect(problems(inputs((i) => ((i.categories[0]!['members'] as any).aws = [])))).toEqual([
			`${FILE}/data/categories.yaml: category "message-queue" has no aws service; list one or add noEquivalent.aws with a reason`,
			`${FILE}/aws/queue.mdx: no category lists "aws/queue"; add it under members.aws of its category in ${FILE}/data/categories.yaml`,
		]);
	});
	it('a category listing a service that does not exist, or one of another cloud', () => {
		expect(problems(inputs((i) => ((i.categories[0]!['members'] as any).gcp = ['gcp/topic', 'gcp/nope', 'aws/queue'])))).toEqual([
			`${FILE}/data/categories.yaml: category "message-queue" lists unknown service "gcp/nope" under gcp`,
			`${FILE}/data/categories.yaml: category "message-queue" lists "aws/queue" under gcp, but it is a aws service`,
		]);
	});
	it('a counterpart that no category lists', () => {
		const p = problems(
			inputs((i) => {
				(i.categories[0]!['members'] as any).gcp = [];
				(i.categories[0]!['noEquivalent'] as any).gcp = { reason: 'The fixture dropped its topic.', instead: 'Nothing at all.', source: 'https://cloud.google.com/pubsub/docs/overview' };
			}),
		);
		expect(p).toEqual([`${FILE}/data/counterparts/gcp/topic.yaml: counterpart "gcp/topic" is not listed in any category in ${FILE}/data/categories.yaml`]);
	});
	it('a category with no service and no reason on one cloud, or with both', () => {
		expect(problems(inputs((i) => delete (i.categories[0]!['noEquivalent'] as any).azure))).toEqual([
			`${FILE}/data/categories.yaml: category "message-queue" has no azure service; list one or add noEquivalent.azure with a reason`,
		]);
		expect(problems(inputs((i) => ((i.categories[0]!['members'] as any).azure = ['gcp/topic'])))).toContain(
			`${FILE}/data/categories.yaml: category "message-queue" has both azure members and noEquivalent.azure`,
		);
	});
	it('a counterpart whose cloud is not its folder', () => {
		expect(problems(inputs((i) => (i.counterparts[0]!.data['cloud'] = 'azure')))).toContain(
			`${FILE}/data/counterparts/gcp/topic.yaml: cloud is "azure" but the file is not in the azure/ folder`,
		);
	});
	it("a page whose service.cloud is not its folder's", () => {
		expect(problems(inputs((i) => (service(i)['cloud'] = 'gcp')))).toContain(`${FILE}/aws/queue.mdx: service.cloud is "gcp" but the page is in the aws/ folder`);
	});
	it('a service page that breaks an authoring rule (checked on every build)', () => {
		expect(problems(inputs((i) => (queue(i).body = queue(i).body.replace('## Gotchas\n\n<Gotchas />', '## Gotchas\n\n- a gotcha in prose'))))).toEqual([
			`${FILE}/aws/queue.mdx: "## Gotchas" holds only <Gotchas /> (its items live in the service data)`,
		]);
	});
});

describe('the main category of a service', () => {
	it('is the first category in the file that lists it', () => {
		const guide = guideFrom(
			inputs((i) => {
				const second = structuredClone(i.categories[0]!);
				second['id'] = 'second';
				second['label'] = 'A second category';
				i.categories.unshift(second);
			}),
		);
		expect(guide.pages[0]!.category).toBe('second');
		expect(guide.pages[0]!.categories).toEqual(['second', 'message-queue']);
		// Counterparts too (search leads a counterpart's name to its first comparison), whatever the labels' order.
		const counterpart = [...guide.byId.values()].find((r) => !r.hasPage)!;
		expect(guide.listedIn.get(counterpart.id)).toEqual(['second', 'message-queue']);
	});
});
