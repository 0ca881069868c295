/** Short and former-name URLs come from the service data and never shadow a page or each other (src/redirects.ts). */
import { describe, expect, it } from 'vitest';
import { aliasRedirects, slugify } from '../../src/redirects';

const page = (id: string, name: string, shortName: string, formerNames: string[] = []) => ({
	id,
	data: { name, shortName, formerNames: formerNames.map((n) => ({ name: n, until: '2024-08', note: 'renamed', source: 'https://cloud.google.com/x' })) } as never,
});

describe('alias URLs', () => {
	it('slugify names without their vendor word or parenthesised abbreviation', () => {
		expect(slugify('Amazon Simple Storage Service (Amazon S3)')).toBe('simple-storage-service');
		expect(slugify('Google Cloud Storage')).toBe('storage');
		expect(slugify('Cloud Run functions')).toBe('cloud-run-functions');
		expect(slugify('Azure Blob Storage')).toBe('blob-storage');
	});

	it('map short names, slugs and full or former names to the page, skipping real pages and duplicates', () => {
		const redirects = aliasRedirects([
			page('aws/s3', 'Amazon Simple Storage Service (Amazon S3)', 'S3'),
			page('gcp/cloud-functions', 'Cloud Run functions', 'Cloud Run functions', ['Cloud Functions']),
			page('aws/cloud-run-functions', 'A page whose id an alias would take', 'X9'),
		]);
		expect(Object.fromEntries(redirects)).toEqual({
			s3: 'aws/s3',
			'aws/simple-storage-service': 'aws/s3',
			'cloud-run-functions': 'gcp/cloud-functions',
			'cloud-functions': 'gcp/cloud-functions',
			'gcp/cloud-run-functions': 'gcp/cloud-functions',
			x9: 'aws/cloud-run-functions',
			'aws/a-page-whose-id-an-alias-would-take': 'aws/cloud-run-functions',
		});
	});
});
