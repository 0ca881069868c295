/** What the issues promise, stated once for the tests (not derived from the content they check). */

/** The 21 published URLs: they are linked from elsewhere and must never change. */
export const SERVICE_IDS = [
	'aws/s3', 'aws/lambda', 'aws/batch', 'aws/api-gateway', 'aws/sqs', 'aws/iot-core', 'aws/athena', 'aws/glue',
	'aws/dynamodb', 'aws/redshift', 'aws/ecs', 'aws/rds', 'aws/ec2', 'aws/secrets-manager', 'aws/cloudwatch',
	'gcp/bigquery', 'gcp/cloud-functions', 'gcp/dataproc', 'gcp/cloud-scheduler',
	'azure/blob-storage', 'azure/database-for-postgresql',
];

/** The sections of every service page, in order. */
export const REQUIRED_SECTIONS = [
	'Where it sits in a pipeline',
	'When to use it — and when not',
	'How it works',
	'Numbers worth knowing',
	'Interview focus',
	'Gotchas',
	'Compared with',
];
