/** Social preview cards are drawn without a browser (src/og/), with a committed font that covers every page's text. */
import { describe, expect, it } from 'vitest';
import { CARD_FONT_RANGES, drawCard } from '../../src/og/draw-card';
import { cardPath } from '../../src/og/card-path';
import { readPages } from '../helpers/content';

const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('a card', () => {
	it('is a 1200x630 PNG, and two pages get different cards', async () => {
		const a = await drawCard({ site: 'Guide', title: 'Amazon S3', description: 'Object storage.', cloud: 'AWS' });
		const b = await drawCard({ site: 'Guide', title: 'BigQuery', description: 'A warehouse.', cloud: 'Google Cloud' });
		expect(a.subarray(1, 4).toString()).toBe('PNG');
		expect(size(a)).toEqual([1200, 630]);
		expect(Buffer.compare(a, b)).not.toBe(0);
	});

	it('lives at a path made from the page path', () => {
		expect(cardPath('/aws/s3/')).toBe('og/aws/s3.png');
		expect(cardPath('aws/s3')).toBe('og/aws/s3.png');
		expect(cardPath('/')).toBe('og/index.png');
		expect(cardPath('')).toBe('og/index.png');
		expect(cardPath('/404.html')).toBe('og/404.png');
		expect(cardPath('/architectures/')).toBe('og/architectures.png');
	});
});

describe("the committed font covers every page's title and summary", () => {
	const covered = (c: string) => CARD_FONT_RANGES.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi);
	it.each(readPages().map((p) => [p.file, p] as const))('%s', (_file, p) => {
		const text = `${p.frontmatter['title']} ${p.frontmatter['description'] ?? ''}`;
		expect([...text].filter((c) => !covered(c))).toEqual([]);
	});
});
