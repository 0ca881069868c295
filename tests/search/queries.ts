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
	...first('/aws/api-gateway/', 'APIGW', 'amazon api gateway'),
	// A name two clouds share: either cloud's page may come first (issue #17 tunes exact-name ranking).
	...top3('/aws/api-gateway/', 'API Gateway'),
	...top3('/gcp/api-gateway/', 'API Gateway'),
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
	...first('/aws/secrets-manager/', 'AWS Secrets Manager'),
	// "Secrets Manager" and Google's "Secret Manager" stem to the same words: both in the top three (see #17).
	...top3('/aws/secrets-manager/', 'Secrets Manager', 'secrets manager'),
	...first('/aws/cloudwatch/', 'CloudWatch', 'cloudwatch', 'cloud watch'),
	...top3('/aws/cloudwatch/', 'Logs Insights'),
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
	...top3('/gcp/bigquery/', 'slots', 'clustered table', 'BigQuery ML'),
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
	...top3('/aws/s3/', 'multipart upload', 'storage class', 'strong read-after-write consistency'),
	// Category words
	...top3('/compare/data-warehouse/', 'data warehouse'),
	...top3('/compare/message-queue/', 'message queue'),
	...top3('/compare/object-storage/', 'object storage'),
	...top3('/compare/serverless-functions/', 'serverless functions'),
	...top3('/compare/containers/', 'containers'),
	...top3('/compare/streaming/', 'streaming'),
	...top3('/compare/ml-platform/', 'ML platform'),
	// The pages issue #16 added: a counterpart's name now finds its own page, not a comparison
	...first('/aws/sagemaker/', 'SageMaker', 'sagemaker', 'Amazon SageMaker', 'SageMaker AI'),
	...first('/gcp/vertex-ai/', 'Vertex AI', 'vertex ai', 'Gemini Enterprise Agent Platform'),
	...first('/azure/machine-learning/', 'Azure Machine Learning', 'Azure ML'),
	...first('/azure/databricks/', 'Azure Databricks', 'Databricks'),
	...first('/aws/kinesis-data-streams/', 'Kinesis', 'kinesis', 'Kinesis Data Streams'),
	...first('/aws/emr/', 'EMR', 'Amazon EMR', 'EMR Serverless'),
	...first('/aws/step-functions/', 'Step Functions', 'step functions', 'AWS Step Functions'),
	...first('/gcp/cloud-composer/', 'Cloud Composer', 'Managed Service for Apache Airflow'),
	...first('/gcp/cloud-storage/', 'Cloud Storage', 'GCS', 'Google Cloud Storage'),
	...first('/gcp/pubsub/', 'Pub/Sub', 'pubsub', 'Cloud Pub/Sub'),
	...first('/gcp/dataflow/', 'Dataflow', 'dataflow'),
	...first('/gcp/bigtable/', 'Bigtable', 'Cloud Bigtable'),
	...first('/azure/functions/', 'Azure Functions', 'Flex Consumption'),
	...first('/azure/event-hubs/', 'Event Hubs', 'event hubs', 'Azure Event Hubs'),
	...first('/azure/service-bus/', 'Service Bus', 'Azure Service Bus'),
	...first('/azure/cosmos-db/', 'Cosmos DB', 'cosmos db', 'CosmosDB'),
	...first('/azure/key-vault/', 'Key Vault', 'Azure Key Vault'),
	...first('/azure/data-factory/', 'Data Factory', 'Azure Data Factory', 'ADF'),
	...first('/azure/virtual-machines/', 'Azure Virtual Machines', 'Azure VMs', 'Virtual Machines'),
	...first('/azure/aks/', 'AKS', 'Azure Kubernetes Service'),
	...first('/azure/iot-hub/', 'IoT Hub', 'Azure IoT Hub'),
	...first('/gcp/cloud-run/', 'Cloud Run jobs'),
	// "Cloud Run" is also the first words of "Cloud Run functions" (see #17).
	...top3('/gcp/cloud-run/', 'Cloud Run', 'Google Cloud Run'),
	...first('/gcp/cloud-sql/', 'Cloud SQL', 'cloud sql'),
	...first('/gcp/compute-engine/', 'Compute Engine', 'GCE'),
	...first('/gcp/secret-manager/', 'Secret Manager', 'Google Cloud Secret Manager'),
	...first('/gcp/cloud-monitoring/', 'Cloud Monitoring', 'Google Cloud Monitoring'),
	...first('/gcp/api-gateway/', 'Google Cloud API Gateway'),
	...first('/azure/monitor/', 'Azure Monitor', 'Log Analytics'),
	...first('/azure/api-management/', 'API Management', 'APIM', 'Azure API Management'),
];
