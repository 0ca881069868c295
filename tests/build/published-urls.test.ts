/**
 * Stable URLs: every URL in tests/published-urls.txt still answers in the built site, either as a page or as a
 * redirect, and every page the site builds is listed (so a new page is published deliberately).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { fileForPath, htmlFiles, DIST, isRedirectPage as isRedirect } from '../helpers/dist';
import { SERVICE_IDS } from '../helpers/expectations';

const published = readFileSync(join(ROOT, 'tests', 'published-urls.txt'), 'utf8')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l && !l.startsWith('#'));

describe('published URLs', () => {
	it('include every service page the issues promise (the first 21, the 29 added with the ML platforms, and 3 more)', () => {
		for (const id of SERVICE_IDS) expect(published).toContain(`/${id}/`);
	});

	it.each(published)('%s still resolves (page or redirect to a page)', (url) => {
		const file = fileForPath(url);
		expect(existsSync(file), `${url} is gone: add a redirect to its new place`).toBe(true);
		const target = isRedirect(readFileSync(file, 'utf8'));
		if (target) expect(existsSync(fileForPath(target)), `${url} redirects to missing ${target}`).toBe(true);
	});

	it('lists every page the site builds', () => {
		const built = htmlFiles()
			.filter((f) => f.endsWith('index.html'))
			.map((f) => '/' + f.slice(DIST.length + 1).replace(/index\.html$/, ''))
			.filter((url) => !isRedirect(readFileSync(fileForPath(url), 'utf8')));
		expect(built.filter((u) => !published.includes(u))).toEqual([]);
	});
});

describe('short and alias URLs', () => {
	it.each([
		['/s3/', '/aws/s3/'],
		['/lambda/', '/aws/lambda/'],
		['/sqs/', '/aws/sqs/'],
		['/bigquery/', '/gcp/bigquery/'],
		['/dynamodb/', '/aws/dynamodb/'],
		['/gcp/cloud-run-functions/', '/gcp/cloud-functions/'],
		['/aws/simple-storage-service/', '/aws/s3/'],
		['/gcp/managed-service-for-apache-spark/', '/gcp/dataproc/'],
		['/sagemaker/', '/aws/sagemaker/'],
		['/aws/sagemaker-ai/', '/aws/sagemaker/'],
		['/vertex-ai/', '/gcp/vertex-ai/'],
		['/gcp/gemini-enterprise-agent-platform/', '/gcp/vertex-ai/'],
		['/gcp/managed-service-for-apache-airflow/', '/gcp/cloud-composer/'],
		['/pubsub/', '/gcp/pubsub/'],
		['/kinesis-data-streams/', '/aws/kinesis-data-streams/'],
		['/cosmos-db/', '/azure/cosmos-db/'],
		['/aks/', '/azure/aks/'],
		['/azure/kubernetes-service/', '/azure/aks/'],
		['/gcs/', '/gcp/cloud-storage/'],
	])('%s redirects to %s with a static HTML redirect', (from, to) => {
		expect(isRedirect(readFileSync(fileForPath(from), 'utf8'))).toBe(to);
	});
});
