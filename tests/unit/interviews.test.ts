/**
 * The mock interviews joined with the guide (src/data/interviews.ts), on the real content and on broken copies of
 * it: each problem stops the build with a message naming the file and the entry. Self-scores as the browser keeps them.
 */
import { describe, expect, it } from 'vitest';
import { resolveInterviews, type InterviewEntry } from '../../src/data/interviews';
import { nameInText } from '../../src/data/fact-refs';
import { interviewSchema, LEVELS, RUBRIC_AREAS } from '../../src/schemas';
import { CLOUDS } from '../../src/clouds';
import { describeTotal, parseScores } from '../../src/practice/self-scores';
import { readDataFolder } from '../helpers/content';
import { guideFrom, readInputs } from '../helpers/guide';

const guide = guideFrom(readInputs());
const entries: InterviewEntry[] = readDataFolder('interview', interviewSchema);
const iot = entries.find((e) => e.id === 'iot-telemetry')!;
const file = 'content/interview/iot-telemetry.yaml';
const broken = (change: (d: InterviewEntry['data']) => void) => {
	const copy = structuredClone(iot);
	change(copy.data);
	return resolveInterviews([copy], guide).problems;
};

describe('the mock interviews in content/interview/', () => {
	const { interviews, problems } = resolveInterviews(entries, guide);

	it('resolve without a problem, at least 12 of them, on every level', () => {
		expect(problems).toEqual([]);
		expect(interviews.length).toBeGreaterThanOrEqual(12);
		expect(new Set(interviews.map((i) => i.level))).toEqual(new Set(Object.keys(LEVELS)));
	});

	it('have every rubric area, a model answer on each cloud linking its services, and sourced facts', () => {
		for (const i of interviews) {
			expect(i.rubric.map((r) => r.area), i.id).toEqual(Object.keys(RUBRIC_AREAS));
			expect(i.answers.map((a) => a.cloud)).toEqual(CLOUDS);
			for (const a of i.answers) {
				// Its own cloud's services are linked: a page of the guide, or the provider's documentation.
				expect(a.design, `${i.id} ${a.cloud}`).toMatch(new RegExp(`\\]\\((/${a.cloud}/[a-z0-9-]+/|https://)`));
				expect(a.facts.length).toBeGreaterThan(0);
				for (const { fact } of a.facts) expect(fact.source).toMatch(/^https:\/\//);
			}
			// No service token is left unlinked anywhere.
			expect(JSON.stringify(i), i.id).not.toMatch(/\{[a-z]+\/[a-z0-9-]+\}/);
		}
	});

	it('turn a service token into a link with the service\'s short name, and link each cloud\'s diagram', () => {
		const resolved = resolveInterviews([iot], guide).interviews[0]!;
		const aws = resolved.answers[0]!;
		expect(aws.design).toContain('[Kinesis Data Streams](/aws/kinesis-data-streams/)');
		expect(resolved.answers.map((a) => a.diagram?.href)).toEqual([
			'/architectures/iot-telemetry-streaming/#on-aws',
			'/architectures/iot-telemetry-streaming/#on-google-cloud',
			'/architectures/iot-telemetry-streaming/#on-azure',
		]);
	});
});

describe('a broken mock interview', () => {
	it('names an unknown service in the text, a missing fact and a missing architecture', () => {
		const problems = broken((d) => {
			d.followUps[0]!.ask = 'What if we move it to {aws/kinesis-firehose}?';
			d.answer.gcp.facts = ['gcp/pubsub#Maximum coffee size'];
			d.architecture = 'architectures/no-such-page';
		});
		expect(problems).toEqual([
			`${file}: architecture: no reference architecture "architectures/no-such-page" (content/architectures/no-such-page.mdx)`,
			`${file}: follow-up 1 ("10× the devices"): unknown service "aws/kinesis-firehose" in {aws/kinesis-firehose}`,
			`${file}: answer.gcp: fact "gcp/pubsub#Maximum coffee size": content/gcp/pubsub.mdx has no fact with the claim "Maximum coffee size"`,
		]);
	});

	it('names a hand-written link to a page of the guide, which nothing would check', () => {
		const problems = broken((d) => {
			d.clarifying[0]!.why = 'See [the S3 limits](/aws/s3/#no-such-section) and [AWS](https://docs.aws.amazon.com/).';
		});
		expect(problems).toEqual([
			`${file}: clarifying question 1: link "/aws/s3/#no-such-section": name a service as {<cloud>/<service>} and a diagram with \`architecture\`; other links must be https addresses of other sites`,
		]);
	});

	it("names a cloud's model answer that names none of that cloud's services", () => {
		const problems = broken((d) => {
			d.answer.azure.design = d.answer.azure.design.replace(/\{azure\/[a-z-]+\}/g, 'a service');
		});
		expect(problems).toEqual([`${file}: answer.azure: the Azure design names no azure service; write them as {azure/<service>}`]);
	});

	it('refuses, in the schema, a missing rubric area and an unknown level', () => {
		const data = structuredClone(iot.data) as Record<string, unknown> & typeof iot.data;
		delete (data.rubric as Partial<typeof data.rubric>).cost;
		expect(() => interviewSchema.parse(data)).toThrow(/cost/);
		expect(() => interviewSchema.parse({ ...iot.data, level: 'principal' })).toThrow(/level/);
	});
});

describe('self-scores kept in the browser', () => {
	const areas = Object.keys(RUBRIC_AREAS);

	it('keep valid scores and drop unknown areas, out-of-range values and broken JSON', () => {
		const text = JSON.stringify({ scores: { requirements: 3, cost: 7, 'data-flow': 1.5, vibes: 2, numbers: 0 }, updated: '2026-12-04T10:00:00Z' });
		expect(parseScores(text, areas)).toEqual({ scores: { requirements: 3, numbers: 0 }, updated: '2026-12-04T10:00:00Z' });
		expect(parseScores('{not json', areas)).toEqual({ scores: {}, updated: '' });
		expect(parseScores(null, areas).scores).toEqual({});
	});

	it('describe the total as it grows', () => {
		expect(describeTotal({ scores: {}, updated: '' }, areas)).toBe('not scored yet');
		expect(describeTotal({ scores: { requirements: 3, cost: 1 }, updated: 'x' }, areas)).toBe('4 of 18 so far (2 of 6 areas)');
		expect(describeTotal({ scores: Object.fromEntries(areas.map((a) => [a, 2])), updated: 'x' }, areas)).toBe('12 of 18');
	});
});

describe('a service named in interview text', () => {
	it('reads by its current name where its short name is one it had before a rename', () => {
		const ref = (id: string) => guide.byId.get(id)!;
		expect(nameInText(ref('aws/kinesis-data-streams'))).toBe('Kinesis Data Streams');
		expect(nameInText(ref('gcp/cloud-composer'))).toBe('Managed Service for Apache Airflow (Cloud Composer)');
		expect(nameInText(ref('gcp/dataproc'))).toBe('Managed Service for Apache Spark (Dataproc)');
		expect(nameInText(ref('azure/foundry'))).toBe('Foundry');
	});
});
