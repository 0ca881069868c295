import { describe, expect, it } from 'vitest';
import { compileTerms, firstMatch } from '../../src/markdown/glossary-links';
import { checkGlossary } from '../../src/data/check-glossary';

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

	it('checks that every page a term names exists', () => {
		const term = { id: 'dlq', term: 'DLQ', aliases: [], definition: 'x'.repeat(40), match: ['DLQ'], pages: ['aws/sqs', 'aws/nope'] };
		expect(checkGlossary([term, term], new Set(['aws/sqs']))).toEqual([
			'content/data/glossary.yaml: term "dlq" lists unknown page "aws/nope"',
			'content/data/glossary.yaml: term id "dlq" is used twice',
			'content/data/glossary.yaml: term "dlq" lists unknown page "aws/nope"',
		]);
	});
});
