/** What the issues promise, stated once for the tests (not derived from the content they check). */

/** The first 21 service pages: their URLs are linked from elsewhere and must never change. */
export const FIRST_SERVICE_IDS = [
	'aws/s3', 'aws/lambda', 'aws/batch', 'aws/api-gateway', 'aws/sqs', 'aws/iot-core', 'aws/athena', 'aws/glue',
	'aws/dynamodb', 'aws/redshift', 'aws/ecs', 'aws/rds', 'aws/ec2', 'aws/secrets-manager', 'aws/cloudwatch',
	'gcp/bigquery', 'gcp/cloud-functions', 'gcp/dataproc', 'gcp/cloud-scheduler',
	'azure/blob-storage', 'azure/database-for-postgresql',
];

/** The 29 pages issue #16 adds: the three ML platforms and the main counterparts, at the same bar. */
export const ADDED_SERVICE_IDS = [
	'aws/sagemaker', 'gcp/vertex-ai', 'azure/machine-learning',
	'aws/kinesis-data-streams', 'aws/emr', 'aws/step-functions',
	'gcp/cloud-storage', 'gcp/pubsub', 'gcp/dataflow', 'gcp/cloud-run', 'gcp/cloud-sql', 'gcp/compute-engine',
	'gcp/secret-manager', 'gcp/cloud-monitoring', 'gcp/bigtable', 'gcp/cloud-composer', 'gcp/api-gateway',
	'azure/functions', 'azure/event-hubs', 'azure/service-bus', 'azure/cosmos-db', 'azure/key-vault',
	'azure/data-factory', 'azure/monitor', 'azure/virtual-machines', 'azure/aks', 'azure/api-management',
	'azure/iot-hub', 'azure/databricks',
];

/** Pages added with the decision guides (2026-12-04), where the guides' answers needed them. */
export const PRACTICE_SERVICE_IDS = ['gcp/spanner', 'aws/bedrock', 'azure/foundry'];

/** Every service page the guide promises. */
export const SERVICE_IDS = [...FIRST_SERVICE_IDS, ...ADDED_SERVICE_IDS, ...PRACTICE_SERVICE_IDS];

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
