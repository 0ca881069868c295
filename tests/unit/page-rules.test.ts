/** The authoring rules every build checks on every service page (src/data/page-rules.ts), each shown to fail. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecturePage, checkServicePage, SERVICE_SECTIONS } from '../../src/data/page-rules';
import { parseFlowchart } from '../../src/diagrams/flowchart';
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

describe('architecture page rules', () => {
	const steps = [
		{ step: 'Land', aws: 'aws/s3', gcp: 'gcp/cloud-storage', azure: 'azure/blob-storage' },
		{ step: 'Orchestrate', aws: 'aws/step-functions', gcp: 'gcp/workflows', azure: 'azure/data-factory' },
	];
	const diagram = (a: string, b: string) => `<PipelineDiagram code={\`\nflowchart TB\n  src([Apps]) --> ${a}[(Store)]\n  subgraph ${b} [Workflow]\n    job[Job]\n  end\n  ${a} --> job\n\`} />`;
	const headings = ['### On AWS', '### On Google Cloud', '### On Azure'];
	const body = (...ds: string[]) => ds.map((d, i) => `${headings[i]}\n\n${d}\n`).join('\n');
	const check = (b: string) => checkArchitecturePage({ file: 'arch.mdx', body: b, steps });

	it('accept every step drawn on each cloud, as a node or as the frame of a workflow', () => {
		expect(check(body(diagram('aws_s3', 'aws_step_functions'), diagram('gcp_cloud_storage', 'gcp_workflows'), diagram('azure_blob_storage', 'azure_data_factory')))).toEqual([]);
	});

	it('catch a step left out of one cloud, naming the cloud, the step and the id to add', () => {
		expect(check(body(diagram('aws_s3', 'aws_step_functions'), diagram('gcp_cloud_storage', 'wf'), diagram('azure_blob_storage', 'azure_data_factory')))).toEqual([
			'arch.mdx: the Google Cloud diagram (diagram 2) does not draw "gcp/workflows" for step "Orchestrate": add a node or frame with id "gcp_workflows"',
		]);
	});

	it('catch a diagram without its "On <cloud>" heading, whose anchor other pages link', () => {
		const page = body(diagram('aws_s3', 'aws_step_functions'), diagram('gcp_cloud_storage', 'gcp_workflows'), diagram('azure_blob_storage', 'azure_data_factory'));
		expect(check(page.replace('### On Google Cloud', '### Google'))).toEqual([
			'arch.mdx: has no "### On Google Cloud" heading above the Google Cloud diagram (its anchor is linked from other pages)',
		]);
	});

	it('catch a page without one diagram per cloud', () => {
		expect(check(body(diagram('aws_s3', 'aws_step_functions')))).toEqual([expect.stringMatching(/^arch\.mdx: draws 1 diagrams; an architecture draws one per cloud/)]);
	});
});

describe('the diagram grammar', () => {
	const problems = (lines: string) => parseFlowchart(`flowchart TB\n  accTitle: T\n  accDescr: D\n${lines}`).problems;

	it('reads each shape as its role, and dashed edges as control', () => {
		const chart = parseFlowchart('flowchart TB\n  a([Apps]) --> b[[Queue]]\n  b -->|batches| c[Worker]\n  c --> d[(Store)]\n  d --> e{{Dashboard}}\n  s[Scheduler] -.->|nightly| c');
		expect([...chart.nodes.values()].map((n) => [n.id, n.role])).toEqual([
			['a', 'source'],
			['b', 'ingest'],
			['c', 'compute'],
			['d', 'storage'],
			['e', 'serving'],
			['s', 'compute'],
		]);
		expect(chart.edges.filter((e) => e.control)).toEqual([{ from: 's', to: 'c', label: 'nightly', control: true }]);
		expect(chart.problems).toEqual([]);
	});

	it('reads an edge to a frame as the frame title', () => {
		const chart = parseFlowchart('flowchart TB\n  s[Scheduler] -.-> wf\n  subgraph wf [Nightly workflow]\n    j[Job]\n  end');
		expect(chart.nodes.get('wf')).toEqual({ id: 'wf', label: 'Nightly workflow' });
		expect(chart.problems).toEqual([]);
	});

	it('refuses shapes, arrows and styling outside the grammar, naming the line', () => {
		expect(problems('  a([A]) --> b(Rounded)')).toEqual([expect.stringContaining('"a([A]) --> b(Rounded)": shape "(" is not in the guide\'s grammar')]);
		expect(problems('  a([A]) ==> b[B]')).toEqual([expect.stringContaining('use --> for data and -.-> for control, not ==>')]);
		expect(problems('  a([A]) --> b[B]\n  style b fill:#f00')).toEqual([expect.stringContaining('"style b fill:#f00": styling is the build\'s job')]);
		expect(problems('  a([A]) --> b')).toEqual(['node "b" is never given a shape, so its role is unknown']);
		expect(problems('  a([A]) --> b[B] --> c[C]')).toEqual([expect.stringContaining('one edge per line')]);
	});
});
