/**
 * What people type, and the page that must come back. `top: 1` must be the first result; `top: 3` within the
 * first three (concepts a page owns, category words). Lower case, misspellings and former names included on purpose.
 */
export interface Query {
	q: string;
	page: string;
	top: 1 | 3;
}

const first = (page: string, ...qs: string[]): Query[] => qs.map((q) => ({ q, page, top: 1 }));
const top3 = (page: string, ...qs: string[]): Query[] => qs.map((q) => ({ q, page, top: 3 }));

export const QUERIES: Query[] = [
	// Names, full names, abbreviations, former names
	...first('/aws/s3/', 'S3', 's3', 'Amazon S3', 'Simple Storage Service'),
	...first('/aws/lambda/', 'Lambda', 'lambda', 'AWS Lambda'),
	...first('/aws/batch/', 'AWS Batch'),
	...first('/aws/api-gateway/', 'API Gateway', 'APIGW', 'amazon api gateway'),
	...first('/aws/sqs/', 'SQS', 'sqs', 'Simple Queue Service', 'DLQ'),
	...first('/aws/iot-core/', 'IoT Core', 'AWS IoT', 'iot core'),
	...first('/aws/athena/', 'Athena', 'athena'),
	...first('/aws/glue/', 'Glue', 'AWS Glue', 'glue crawler'),
	...first('/aws/dynamodb/', 'DynamoDB', 'dynamodb', 'dynamo db', 'DDB', 'Dynamo'),
	...first('/aws/redshift/', 'Redshift', 'redshift', 'Redshift Spectrum'),
	...first('/aws/ecs/', 'ECS', 'Elastic Container Service', 'Fargate'),
	...first('/aws/rds/', 'RDS', 'rds', 'Amazon RDS'),
	...top3('/aws/rds/', 'Relational Database Service'),
	...first('/aws/ec2/', 'EC2', 'ec2', 'Elastic Compute Cloud'),
	...first('/aws/secrets-manager/', 'Secrets Manager', 'secrets manager'),
	...first('/aws/cloudwatch/', 'CloudWatch', 'cloudwatch', 'cloud watch', 'Logs Insights'),
	...first('/gcp/bigquery/', 'BigQuery', 'bigquery', 'big query', 'BQ'),
	...first('/gcp/cloud-functions/', 'Cloud Run functions', 'Cloud Functions', 'cloud functions', 'GCF', 'Google Cloud Functions'),
	...first('/gcp/dataproc/', 'Dataproc', 'dataproc', 'Managed Service for Apache Spark', 'Dataproc Serverless'),
	...first('/gcp/cloud-scheduler/', 'Cloud Scheduler', 'cloud scheduler'),
	...first('/azure/blob-storage/', 'Blob Storage', 'azure blob', 'ADLS Gen2'),
	...first('/azure/database-for-postgresql/', 'Azure Database for PostgreSQL', 'azure postgresql', 'Flexible Server', 'Single Server', 'PgBouncer'),
	// Concepts a service owns
	...top3('/aws/sqs/', 'visibility timeout', 'long polling', 'dead-letter queue', 'FIFO queue'),
	...top3('/aws/iot-core/', 'device shadow', 'MQTT', 'rules engine'),
	...top3('/aws/glue/', 'crawler', 'job bookmark', 'DPU', 'Data Catalog'),
	...top3('/aws/dynamodb/', 'partition key', 'GSI', 'hot partition', 'RCU'),
	...top3('/gcp/bigquery/', 'slots', 'clustering', 'BigQuery ML'),
	...top3('/azure/blob-storage/', 'access tiers', 'rehydration', 'Archive tier', 'Cold tier'),
	...top3('/aws/lambda/', 'cold start', 'provisioned concurrency', 'durable functions'),
	...top3('/aws/athena/', 'partition projection', 'Trino', 'CTAS'),
	...top3('/aws/redshift/', 'distribution key', 'RPU', 'leader node'),
	...top3('/aws/ec2/', 'Spot Instances', 'Savings Plans', 'AMI'),
	...top3('/aws/secrets-manager/', 'secret rotation', 'Parameter Store'),
	...top3('/aws/api-gateway/', 'usage plan', 'integration timeout', 'Lambda authorizer'),
	...top3('/aws/ecs/', 'task definition', 'capacity provider', 'task role'),
	...top3('/aws/rds/', 'Multi-AZ', 'read replica', 'RDS Proxy'),
	...top3('/aws/cloudwatch/', 'CloudWatch alarms', 'custom metrics'),
	...top3('/aws/batch/', 'array job', 'compute environment', 'job queue'),
	...top3('/gcp/cloud-scheduler/', 'cron', 'managed cron', 'unix-cron'),
	...top3('/gcp/dataproc/', 'secondary workers', 'ephemeral cluster'),
	...top3('/aws/s3/', 'multipart upload', 'storage class', 'strong consistency'),
	// Category words
	...top3('/compare/data-warehouse/', 'data warehouse'),
	...top3('/compare/message-queue/', 'message queue'),
	...top3('/compare/object-storage/', 'object storage'),
	...top3('/compare/serverless-functions/', 'serverless functions'),
	...top3('/compare/containers/', 'containers'),
	...top3('/compare/streaming/', 'streaming'),
	...top3('/compare/secrets/', 'Key Vault'),
	...top3('/compare/nosql-key-value/', 'Cosmos DB'),
	...top3('/compare/managed-spark-hadoop/', 'EMR'),
	...top3('/compare/serverless-functions/', 'Azure Functions'),
	...top3('/compare/streaming/', 'Kinesis', 'Event Hubs'),
	...top3('/compare/iot/', 'IoT Hub'),
];
