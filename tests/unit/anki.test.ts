/** The Anki export (src/practice/anki.ts): Anki's header lines, one line of four fields per card, nothing that breaks a line. */
import { describe, expect, it } from 'vitest';
import { ankiDeck } from '../../src/practice/anki';

const card = (id: string, question: string, answer: string) => ({
	id,
	question,
	answer,
	clouds: ['aws'],
	category: 'message-queue',
	topic: { id: 'aws/sqs', name: 'SQS' },
	url: 'https://example.org/aws/sqs/#q-1',
	level: 'senior',
});

describe('ankiDeck', () => {
	const text = ankiDeck([card('aws/sqs:a', 'What is <code>SQS</code>?', 'A queue.\nSecond line\twith a tab'), card('aws/sqs:b', 'Q2', 'A2')]);
	const lines = text.trimEnd().split('\n');

	it('starts with the header lines Anki reads: tab separator, HTML fields, the tags column', () => {
		expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:4', '#columns:Front\tBack\tId\tTags']);
	});

	it('writes one line per card with exactly four fields, line breaks as <br> and tabs as spaces', () => {
		const cards = lines.slice(4);
		expect(cards).toHaveLength(2);
		for (const line of cards) expect(line.split('\t')).toHaveLength(4);
		expect(cards[0]!.split('\t')[1]).toContain('A queue.<br>Second line with a tab');
		expect(cards[0]!.split('\t')[0]).toBe('What is <code>SQS</code>?');
	});

	it('links each answer back to its question, and tags it by service, cloud, category and level', () => {
		const [, back, id, tags] = lines[4]!.split('\t');
		expect(back).toContain('<a href="https://example.org/aws/sqs/#q-1">SQS: the question on its page</a>');
		expect(id).toBe('aws/sqs:a');
		expect(tags!.split(' ')).toEqual(['guide::aws::sqs', 'cloud::aws', 'category::message-queue', 'level::senior']);
	});
});
