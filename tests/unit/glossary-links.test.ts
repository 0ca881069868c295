import { describe, expect, it } from 'vitest';
import { compileTerms, firstMatch } from '../../src/markdown/glossary-links';
import { compileTerms as compile, linkableText, linkedTerms } from '../../src/markdown/glossary-links';
import { joinGlossary } from '../../src/data/join-glossary';

const terms = compileTerms([
	{ id: 'dlq', match: ['dead-letter queue', 'DLQ'] },
	{ id: 'partition-key', match: ['partition key'] },
	{ id: 'hot-partition', match: ['hot partition'] },
]);

describe('glossary first-use matching', () => {
	it('finds the earliest term, whole words only, case-insensitively', () => {
		expect(firstMatch('Send failures to a Dead-Letter Queue.', terms, new Set())).toEqual({ id: 'dlq', index: 19, length: 17 });
		expect(firstMatch('The DLQs are full', terms, new Set())).toBeUndefined();
		expect(firstMatch('a hot partition key', terms, new Set())).toMatchObject({ id: 'hot-partition', index: 2 });
	});

	it('skips terms already linked on the page', () => {
		expect(firstMatch('a DLQ and a partition key', terms, new Set(['dlq']))).toMatchObject({ id: 'partition-key' });
	});

});

describe('the terms a page links, read from its MDX', () => {
	it('skips code, headings, links, components and imports, and splits text at emphasis', () => {
		const body = [
			"import { X } from './x';",
			'## A DLQ in a heading',
			'Use `DLQ` in code, a [DLQ](/aws/sqs/) link, <PipelineDiagram code={`a --> dlq[DLQ]`} /> and',
			'a **dead-letter** queue split by emphasis.',
		].join('\n');
		expect(linkableText(body).join(' | ')).not.toMatch(/DLQ/);
		expect(linkedTerms(body, terms).size).toBe(0);
	});

	it('finds each term once, the way the Markdown step does, and counts its uses', () => {
		const body = 'A DLQ holds what fails; the dead-letter queue keeps it. A hot partition key is still a hot partition.';
		expect([...linkedTerms(body, terms)]).toEqual([
			['dlq', 2],
			['hot-partition', 2],
		]);
	});
});

describe('the glossary joined with the pages', () => {
	const term = { id: 'dlq', term: 'DLQ', aliases: [], definition: 'x'.repeat(40), match: ['DLQ'] };
	const pages = [
		{ id: 'aws/sqs', title: 'Amazon SQS', body: 'A DLQ, then another DLQ.' },
		{ id: 'aws/lambda', title: 'AWS Lambda', body: 'An async DLQ.' },
		{ id: 'index', title: 'Home', body: 'The home page mentions a DLQ but links no terms.' },
	];

	it('lists the pages that link a term, most uses first', () => {
		const { entries, problems } = joinGlossary([term], pages);
		expect(problems).toEqual([]);
		expect(entries[0]!.usedOn).toEqual([
			{ id: 'aws/sqs', title: 'Amazon SQS' },
			{ id: 'aws/lambda', title: 'AWS Lambda' },
		]);
	});

	it('reports an id used twice and a term no page uses, naming the file', () => {
		const unused = { ...term, id: 'unused', match: ['nowhere to be found'] };
		expect(joinGlossary([term, term, unused], pages).problems).toEqual([
			'content/data/glossary.yaml: term id "dlq" is used twice',
			'content/data/glossary.yaml: term "unused" is used on no page (none of "nowhere to be found" appears in a service or architecture page\'s prose)',
		]);
	});

	it('compiles the same patterns the Markdown step uses', () => {
		expect(compile([term])[0]!.pattern.test('a DLQ')).toBe(true);
	});
});
