import { describe, expect, it } from 'vitest';
import { slugOf, withBase } from '../../src/markdown/content-links';

describe('withBase', () => {
	it('prefixes root-relative links with the base', () => {
		expect(withBase('/aws/s3/', '/guide/')).toBe('/guide/aws/s3/');
		expect(withBase('/aws/s3/#gotchas', '/guide')).toBe('/guide/aws/s3/#gotchas');
	});
	it('leaves other links alone', () => {
		expect(withBase('/aws/s3/', '/')).toBe('/aws/s3/');
		expect(withBase('/guide/aws/s3/', '/guide/')).toBe('/guide/aws/s3/');
		expect(withBase('https://docs.aws.amazon.com/', '/guide/')).toBe('https://docs.aws.amazon.com/');
		expect(withBase('//cdn.example/x.js', '/guide/')).toBe('//cdn.example/x.js');
		expect(withBase('#gotchas', '/guide/')).toBe('#gotchas');
		expect(withBase('/guidebook/', '/guide/')).toBe('/guide/guidebook/');
	});
});

describe('slugOf', () => {
	it('derives the published path of a content file', () => {
		expect(slugOf('/site/content/aws/s3.mdx', '/site/content')).toBe('aws/s3');
		expect(slugOf('/site/content/architectures/index.mdx', '/site/content')).toBe('architectures');
		expect(slugOf('/site/content/index.mdx', '/site/content')).toBe('');
		expect(slugOf('/site/src/pages/x.mdx', '/site/content')).toBeUndefined();
	});
});

describe('isBuiltGeneratedPage', () => {
	it('accepts a built generated page and nothing else', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const { isBuiltGeneratedPage } = await import('../../src/markdown/content-links');
		const out = mkdtempSync(join(tmpdir(), 'out-'));
		mkdirSync(join(out, 'compare', 'message-queue'), { recursive: true });
		writeFileSync(join(out, 'compare', 'message-queue', 'index.html'), '');
		const opts = { base: '/', outDir: out, sections: ['compare'] };
		expect(isBuiltGeneratedPage('/compare/message-queue/#key-differences', opts)).toBe(true);
		expect(isBuiltGeneratedPage('/compare/no-such-category/', opts)).toBe(false);
		expect(isBuiltGeneratedPage('/aws/s3/', opts)).toBe(false);
		expect(isBuiltGeneratedPage('/guide/compare/message-queue/', { ...opts, base: '/guide/' })).toBe(true);
	});
});

describe('inlineMarkdown (data text)', () => {
	it('marks links to other sites rel="external", as content links are, and leaves the guide\'s own alone', async () => {
		const { inlineMarkdown } = await import('../../src/data/inline-markdown');
		expect(inlineMarkdown('See [MWAA](https://docs.aws.amazon.com/mwaa/) and [S3](/aws/s3/), `code` **bold**')).toBe(
			'See <a href="https://docs.aws.amazon.com/mwaa/" rel="external">MWAA</a> and <a href="/aws/s3/">S3</a>, <code>code</code> <strong>bold</strong>',
		);
	});
});
