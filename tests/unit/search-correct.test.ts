/**
 * The query correction the search dialog and the 404 page use (src/search/correct.ts), on the vocabulary built from
 * the real content (src/search/vocabulary.ts). Which page a query reaches in Pagefind is tested in the browser
 * (tests/e2e/search-ranking.test.ts); here: what the corrector recognises and what it asks Pagefind for.
 */
import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance, normalize } from '../../src/search/correct';
import { buildVocabulary, searchKey } from '../../src/search/vocabulary';
import { guideFrom, readInputs } from '../helpers/guide';

const guide = guideFrom(readInputs());
const vocabulary = buildVocabulary(guide);
const hrefOf = (t: number) => vocabulary.targets[t]![1];
const titleOf = (href: string) => vocabulary.targets.find((t) => t[1] === href)![2];
const recognised = (q: string) => correctQuery(q, vocabulary).targets.map(hrefOf);

describe('edit distance', () => {
	it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
		expect(editDistance('lamda', 'lambda')).toBe(1);
		expect(editDistance('redshfit', 'redshift')).toBe(1);
		expect(editDistance('athna', 'athena')).toBe(1);
		expect(editDistance('dynamdb', 'dynamodb')).toBe(1);
		expect(editDistance('bigqeury', 'bigquery')).toBe(1);
		expect(editDistance('kenisis', 'kinesis')).toBe(2);
		expect(editDistance('abc', 'xyz', 2)).toBe(3);
	});

	it('normalizes case, accents and punctuation', () => {
		expect(normalize('Pub/Sub')).toBe('pub sub');
		expect(normalize('  Cosmos   DB ')).toBe('cosmos db');
		expect(normalize('Café & Co.')).toBe('cafe and co');
	});
});

describe('the vocabulary', () => {
	it('has a search key per service page and per comparison page, each unique', () => {
		expect(vocabulary.targets).toHaveLength(guide.pages.length + guide.categories.length);
		const keys = vocabulary.targets.map((t) => t[0]);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys).toContain(searchKey('aws/s3'));
		expect(keys.every((k) => /^pg[a-z]+x$/.test(k))).toBe(true);
		expect(searchKey('aws/ec2')).toBe('pgawseccx');
	});

	it("reaches every service page by its name and short name, and every counterpart's comparison by its name", () => {
		const missing: string[] = [];
		for (const p of guide.pages) {
			for (const name of [p.data.name, p.data.shortName, p.title]) {
				if (!recognised(name).includes(p.ref.href)) missing.push(`${name} -> ${p.ref.href}`);
			}
		}
		for (const c of guide.categories) {
			for (const ref of Object.values(c.resolved).flat().filter((r) => !r.hasPage)) {
				// A counterpart named like a page ("Batch" on Google Cloud and Azure) leads to the page, AWS Batch.
				if (guide.pages.some((p) => p.data.shortName === ref.name)) continue;
				const got = recognised(ref.name);
				if (!got.some((href) => href.includes('/compare/'))) missing.push(`${ref.name} -> a comparison (got ${got.join(', ')})`);
			}
		}
		expect(missing).toEqual([]);
	});
});

describe('correcting a query', () => {
	it.each([
		['dynamdb', '/aws/dynamodb/', 'DynamoDB'],
		['lamda', '/aws/lambda/', 'Lambda'],
		['redshfit', '/aws/redshift/', 'Redshift'],
		['athna', '/aws/athena/', 'Athena'],
		['sagemkaer', '/aws/sagemaker/', 'SageMaker'],
		['bigqeury', '/gcp/bigquery/', 'BigQuery'],
		['vertx ai', '/gcp/vertex-ai/', 'Vertex AI'],
	])('a misspelt name, %s, is recognised and shown corrected (as the name, or as the page it searches)', (q, href, shown) => {
		const c = correctQuery(q, vocabulary);
		expect(c.targets.map(hrefOf)[0]).toBe(href);
		expect([shown, titleOf(href)]).toContain(c.correctedTo);
	});

	it('names written with other spaces, hyphens or none are searched, and shown, as the name', () => {
		for (const [q, href, shown] of [
			['big query', '/gcp/bigquery/', 'BigQuery'],
			['dynamo db', '/aws/dynamodb/', 'DynamoDB'],
			['red shift', '/aws/redshift/', 'Redshift'],
			['cloud watch', '/aws/cloudwatch/', 'CloudWatch'],
		] as const) {
			const c = correctQuery(q, vocabulary);
			expect(c.targets.map(hrefOf), q).toContain(href);
			expect([shown, titleOf(href)], q).toContain(c.correctedTo);
		}
	});

	it('an exact name gets no "Showing results for": searched as typed, or by its key when another page shares its words', () => {
		for (const [q, id] of [['BigQuery', 'gcp/bigquery'], ['DynamoDB', 'aws/dynamodb'], ['Azure Data Factory', 'azure/data-factory']] as const) {
			const c = correctQuery(q, vocabulary);
			expect(c.correctedTo, q).toBeUndefined();
			expect([q, searchKey(id)], q).toContain(c.query);
		}
	});

	it('a longer misspelt name wins over an exact word inside it ("clodu sql" is Cloud SQL)', () => {
		expect(correctQuery('clodu sql', vocabulary)).toMatchObject({ correctedTo: 'Cloud SQL' });
		expect(correctQuery('kinesis dtaa streams', vocabulary).targets.map(hrefOf)).toEqual(['/aws/kinesis-data-streams/']);
	});

	it('searches one named service with the other words, so that page comes first and its sections narrow by them', () => {
		expect(correctQuery('dynamdb item size', vocabulary)).toMatchObject({ query: `${searchKey('aws/dynamodb')} item`, correctedTo: 'DynamoDB item size' });
		expect(correctQuery('key vault rotation', vocabulary).query).toBe(`${searchKey('azure/key-vault')} rotation`);
	});

	it('never reads a common word as a name', () => {
		for (const q of ['data', 'run', 'table', 'function', 'cloud', 'storage']) expect(recognised(q), q).toEqual([]);
	});

	it('leaves a query with no name in it as typed', () => {
		expect(correctQuery('zebra crossing', vocabulary)).toEqual({ query: 'zebra crossing', targets: [] });
	});

	it('a question is about the service it names by name, before one it names by an alias', () => {
		expect(correctQuery('what is the cold start of cloud run', vocabulary).query).toBe(searchKey('gcp/cloud-run'));
		expect(correctQuery('how long can an azure function run', vocabulary).query).toBe(searchKey('azure/functions'));
	});

	it('never reads a misspelt name across a function word ("schedule a" is not "scheduled")', () => {
		expect(correctQuery('how do I schedule a job on google cloud', vocabulary).correctedTo).not.toMatch(/scheduled/);
	});

	it("searches a question about one service by that page's key", () => {
		expect(correctQuery('how long can a lambda function run', vocabulary).query).toBe(searchKey('aws/lambda'));
		expect(correctQuery('what is the max message size in sqs', vocabulary).query).toBe(searchKey('aws/sqs'));
	});

	it('searches a name that is part of another page\'s name by its key ("Cloud Run" is not "Cloud Run functions")', () => {
		expect(correctQuery('Cloud Run', vocabulary).query).toBe(searchKey('gcp/cloud-run'));
		expect(correctQuery('Secrets Manager', vocabulary).query).toBe(searchKey('aws/secrets-manager'));
	});

	it('reads "X vs Y" (and its other spellings) as the comparison page the two share', () => {
		for (const q of ['sqs vs pub/sub', 'SQS versus Pub/Sub', 'difference between sqs and pubsub', 'sqs compared to pubsub']) {
			expect(correctQuery(q, vocabulary).query, q).toBe(searchKey('compare/message-queue'));
		}
		expect(correctQuery('redshfit vs big query', vocabulary)).toMatchObject({ query: searchKey('compare/data-warehouse'), correctedTo: 'Redshift vs BigQuery' });
	});
});
