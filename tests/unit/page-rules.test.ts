/** The authoring rules every build checks on every service page (src/data/page-rules.ts), each shown to fail. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkServicePage, SERVICE_SECTIONS } from '../../src/data/page-rules';
import { serviceSchema } from '../../src/schemas';
import { ROOT, readPages } from '../helpers/content';
import { REQUIRED_SECTIONS } from '../helpers/expectations';

const page = readPages(join(ROOT, 'tests', 'fixtures', 'minimal', 'content')).find((p) => p.id === 'aws/queue')!;
const data = serviceSchema.parse(page.frontmatter['service']);
const check = (body: string, d = data) => checkServicePage({ id: 'aws/queue', file: 'queue.mdx', body, data: d });

describe('service page rules', () => {
	it('are the sections the guide promises, and the fixture page keeps them', () => {
		expect([...SERVICE_SECTIONS]).toEqual(REQUIRED_SECTIONS);
		expect(check(page.body)).toEqual([]);
	});

	it('catch a missing or misplaced section', () => {
		expect(check(page.body.replace('## How it works', '## Internals'))).toEqual([expect.stringMatching(/^queue\.mdx: the sections must be, in this order: .*found: .*"Internals"/)]);
	});

	it('catch a page without a summary first', () => {
		const body = page.body.replace(/(from '~\/components\/service';\n)[\s\S]*?(\n## Where)/, '$1\n$2');
		expect(check(body)).toContain('queue.mdx: open with a summary of at least two sentences before the first section');
	});

	it("catch a diagram that leaves out the page's own service", () => {
		expect(check(page.body.replaceAll('aws_queue', 'aws_other'))).toEqual([
			'queue.mdx: the diagram must include the page\'s own service as node "aws_queue" so it is highlighted',
		]);
	});

	it('catch generated sections written by hand, and components left out', () => {
		expect(check(page.body.replace('<InterviewQuestions />', '1. A question in prose?'))).toEqual([
			'queue.mdx: "## Interview focus" holds only <InterviewQuestions /> (its items live in the service data)',
		]);
		expect(check(page.body.replace('<ComparedWith />', ''))).toEqual(['queue.mdx: "## Compared with" must contain <ComparedWith />']);
	});

	it('catch a page too short or too long to study from', () => {
		const short = page.body.replace(/## How it works\n[\s\S]*?\n## Numbers/, '## How it works\n\nShort.\n\n## Numbers');
		expect(check(short)).toEqual([expect.stringMatching(/^queue\.mdx: has \d+ words of prose, questions and gotchas; a service page has 700-1500$/)]);
	});

	it('catch answers that say nothing and questions asked twice', () => {
		const questions = [...data.questions, { ...data.questions[0]!, answer: 'Too short to count as an outline.' }];
		expect(check(page.body, { ...data, questions })).toEqual([
			'queue.mdx: question "Fixture question one?": the answer must say what a strong answer covers (over 120 characters with the question)',
			'queue.mdx: question "Fixture question one?" is asked twice',
		]);
	});

	it('catch links that are not published paths', () => {
		expect(check(`${page.body}\n[S3](/aws/s3)\n[S3](https://docs.aws.amazon.com/s3/)\n`)).toEqual([
			'queue.mdx: link "/aws/s3": link guide pages by their published path, e.g. /aws/s3/ or /aws/s3/#gotchas',
		]);
	});
});
