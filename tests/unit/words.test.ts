import { describe, expect, it } from 'vitest';
import { inSentence, listInWords } from '../../src/data/words';

describe('words', () => {
	it('put a label inside a sentence, keeping acronyms and names', () => {
		expect(inSentence('Data warehouse')).toBe('data warehouse');
		expect(inSentence('ETL and data catalog')).toBe('ETL and data catalog');
		expect(inSentence('ML platforms')).toBe('ML platforms');
		expect(inSentence('NoSQL key-value and document')).toBe('NoSQL key-value and document');
		expect(inSentence('Managed Spark and Hadoop')).toBe('managed Spark and Hadoop');
	});

	it('list items in words', () => {
		expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
		expect(listInWords(['48 hours', 'one week'], 'or')).toBe('48 hours or one week');
		expect(listInWords(['alone'])).toBe('alone');
	});
});
