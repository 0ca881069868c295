/**
 * What people type, and the page that must come back: first (`top: 1`) or within the first three (`top: 3`, for a
 * name several pages carry, such as "API Gateway"). `pages` lists every acceptable page ("X vs Y" accepts the
 * comparison or either service). Hand-written queries are below; generated ones (tests/search/generated.ts) add
 * every page's names, former names and misspellings of them, and every counterpart's name, from the data.
 */
export type QueryKind = 'name' | 'former' | 'alias' | 'typo' | 'question' | 'versus' | 'concept' | 'category' | 'counterpart';

export interface Query {
	q: string;
	pages: string[];
	top: 1 | 3;
	kind: QueryKind;
}

const make = (kind: QueryKind, top: 1 | 3) => (page: string | string[], ...qs: string[]): Query[] =>
	qs.map((q) => ({ q, pages: Array.isArray(page) ? page : [page], top, kind }));
const first = make('name', 1);
const top3 = make('concept', 3);
const typo = make('typo', 1);
const question = make('question', 1);
const concept = make('concept', 1);
const versus = (pages: string[], ...qs: string[]) => make('versus', 1)(pages, ...qs);

export const QUERIES: Query[] = [
	// Names, full names, abbreviations, former names
	...first('/aws/s3/', 'S3', 's3', 'Amazon S3', 'Simple Storage Service'),
	...first('/aws/lambda/', 'Lambda', 'lambda', 'AWS Lambda'),
	...first('/aws/batch/', 'AWS Batch'),
	...first('/aws/api-gateway/', 'APIGW', 'amazon api gateway'),
	// A name two clouds share: both pages in the top three.
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
	...first('/aws/rds/', 'Relational Database Service'),
	...first('/aws/ec2/', 'EC2', 'ec2', 'Elastic Compute Cloud'),
	...first('/aws/secrets-manager/', 'AWS Secrets Manager'),
	// "Secrets Manager" and Google's "Secret Manager" stem to the same words; the exact name wins.
	...first('/aws/secrets-manager/', 'Secrets Manager', 'secrets manager'),
	...first('/aws/cloudwatch/', 'CloudWatch', 'cloudwatch', 'cloud watch'),
	...first('/aws/cloudwatch/', 'Logs Insights'),
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
	// "Cloud Run" is also the first words of "Cloud Run functions"; the exact name wins.
	...first('/gcp/cloud-run/', 'Cloud Run', 'Google Cloud Run'),
	...first('/gcp/cloud-sql/', 'Cloud SQL', 'cloud sql'),
	...first('/gcp/compute-engine/', 'Compute Engine', 'GCE'),
	...first('/gcp/secret-manager/', 'Secret Manager', 'Google Cloud Secret Manager'),
	...first('/gcp/cloud-monitoring/', 'Cloud Monitoring', 'Google Cloud Monitoring'),
	...first('/gcp/api-gateway/', 'Google Cloud API Gateway'),
	...first('/azure/monitor/', 'Azure Monitor', 'Log Analytics'),
	...first('/azure/api-management/', 'API Management', 'APIM', 'Azure API Management'),
	// Misspelt as people type them (generated.ts adds one or two per page from the data)
	...typo('/aws/dynamodb/', 'dynamdb', 'dyanmodb', 'dynamo db', 'dynamodv'),
	...typo('/aws/lambda/', 'lamda', 'lamdba', 'labmda'),
	...typo('/aws/redshift/', 'redshfit', 'redshit', 'red shift'),
	...typo('/aws/athena/', 'athna', 'athean', 'athena sql'),
	...typo('/gcp/bigquery/', 'big query', 'bigqeury', 'bigqury', 'big-query'),
	...typo('/aws/cloudwatch/', 'cloudwatch logs', 'cloud watch', 'cloudwach'),
	...typo('/aws/kinesis-data-streams/', 'kinesis data stream', 'kinesis datastreams', 'kenisis'),
	...typo('/aws/sagemaker/', 'sagemkaer', 'sage maker', 'sagemaker ai'),
	...typo('/gcp/vertex-ai/', 'vertx ai', 'vertexai', 'vertex'),
	...typo('/azure/cosmos-db/', 'cosmosdb', 'cosmo db', 'cosmos-db'),
	...typo('/gcp/pubsub/', 'pub sub', 'pub-sub', 'pubsub'),
	...typo('/aws/step-functions/', 'step function', 'stepfunctions', 'step functons'),
	...typo('/gcp/dataproc/', 'data proc', 'dataprc'),
	...typo('/gcp/dataflow/', 'data flow', 'dataflwo'),
	...typo('/azure/event-hubs/', 'eventhubs', 'event hub', 'evnet hubs'),
	...typo('/azure/service-bus/', 'servicebus', 'service buss'),
	...typo('/azure/data-factory/', 'datafactory', 'data factroy'),
	...typo('/azure/databricks/', 'data bricks', 'databrciks'),
	...typo('/aws/secrets-manager/', 'secret manger aws', 'secrets manger'),
	...typo('/gcp/bigtable/', 'big table', 'bigtabel'),
	...typo('/aws/api-gateway/', 'amazon api gatway'),
	...typo('/azure/key-vault/', 'keyvault', 'key valut'),
	...typo('/gcp/cloud-storage/', 'google cloud storge', 'gcs bucket'),
	...typo('/aws/glue/', 'aws gleu'),
	...typo('/aws/emr/', 'amazon emr serverles'),
	// Questions in plain words
	...question('/aws/lambda/', 'how long can a lambda function run', 'what is the lambda timeout', 'how much memory can a lambda function have', 'how do I avoid lambda cold starts'),
	...question('/aws/sqs/', 'what is the max message size in sqs', 'how does the sqs visibility timeout work', 'how long does sqs keep messages', 'does sqs guarantee ordering'),
	...question('/aws/s3/', 'what is the largest object s3 can store', 'is s3 strongly consistent', 'how many requests per second can s3 handle'),
	...question('/aws/dynamodb/', 'how big can a dynamodb item be', 'how does dynamodb scale', 'what is a hot partition in dynamodb'),
	...question('/gcp/bigquery/', 'how much does bigquery cost', 'how does bigquery pricing work', 'what are slots in bigquery'),
	...question('/aws/redshift/', 'how do redshift distribution keys work', 'what is redshift spectrum'),
	...question('/aws/athena/', 'how does athena charge for queries', 'how do I make athena queries cheaper'),
	...question('/aws/kinesis-data-streams/', 'how long does kinesis keep records', 'how many shards does kinesis need'),
	...question('/gcp/pubsub/', 'how long does pub/sub retain messages', 'does pub/sub deliver messages in order'),
	...question('/azure/cosmos-db/', 'what consistency levels does cosmos db offer', 'what is a request unit in cosmos db'),
	...question('/aws/step-functions/', 'how long can a step functions workflow run'),
	...question('/gcp/cloud-run/', 'how long can a cloud run job run'),
	...question('/azure/functions/', 'what is the timeout of azure functions'),
	...question('/aws/glue/', 'what is a glue job bookmark'),
	...question('/gcp/dataflow/', 'is dataflow exactly once'),
	...question('/aws/sagemaker/', 'how do I deploy a model on sagemaker'),
	...question('/gcp/vertex-ai/', 'what is vertex ai used for'),
	...question('/azure/event-hubs/', 'how many partitions can an event hub have'),
	...question('/aws/ec2/', 'how much notice does a spot instance get on ec2'),
	...question('/aws/api-gateway/', 'what is the api gateway integration timeout'),
	// "X vs Y": the comparison page, or one of the two pages
	...versus(['/compare/message-queue/', '/aws/sqs/', '/gcp/pubsub/'], 'sqs vs pubsub', 'SQS versus Pub/Sub', 'difference between sqs and pub/sub'),
	...versus(['/compare/streaming/', '/aws/kinesis-data-streams/', '/gcp/pubsub/'], 'kinesis vs pub/sub'),
	...versus(['/compare/streaming/', '/aws/kinesis-data-streams/', '/azure/event-hubs/'], 'kinesis vs event hubs'),
	...versus(['/compare/data-warehouse/', '/aws/redshift/', '/gcp/bigquery/'], 'redshift vs bigquery', 'bigquery or redshift', 'redshfit vs big query'),
	...versus(['/compare/serverless-functions/', '/aws/lambda/', '/gcp/cloud-functions/'], 'lambda vs cloud run functions', 'lambda vs cloud functions'),
	...versus(['/compare/serverless-functions/', '/aws/lambda/', '/azure/functions/'], 'lambda vs azure functions'),
	...versus(['/compare/object-storage/', '/aws/s3/', '/gcp/cloud-storage/'], 's3 vs gcs', 's3 vs google cloud storage'),
	...versus(['/compare/object-storage/', '/aws/s3/', '/azure/blob-storage/'], 's3 vs blob storage'),
	...versus(['/compare/managed-spark-hadoop/', '/aws/emr/', '/gcp/dataproc/'], 'emr vs dataproc'),
	...versus(['/compare/nosql-key-value/', '/aws/dynamodb/', '/azure/cosmos-db/'], 'dynamodb vs cosmos db'),
	...versus(['/compare/nosql-key-value/', '/aws/dynamodb/', '/gcp/bigtable/'], 'dynamodb vs bigtable'),
	...versus(['/compare/workflow-orchestration/', '/aws/step-functions/', '/gcp/cloud-composer/'], 'step functions vs cloud composer'),
	...versus(['/compare/ml-platform/', '/aws/sagemaker/', '/gcp/vertex-ai/'], 'sagemaker vs vertex ai'),
	...versus(['/compare/ml-platform/', '/aws/sagemaker/', '/azure/machine-learning/'], 'sagemaker vs azure ml'),
	...versus(['/compare/etl-data-catalog/', '/aws/glue/', '/azure/data-factory/'], 'glue vs data factory'),
	...versus(['/compare/containers/', '/aws/ecs/', '/azure/aks/'], 'ecs vs aks'),
	...versus(['/compare/relational-database/', '/aws/rds/', '/gcp/cloud-sql/'], 'rds vs cloud sql'),
	...versus(['/compare/secrets/', '/aws/secrets-manager/', '/azure/key-vault/'], 'secrets manager vs key vault'),
	...versus(['/compare/monitoring/', '/aws/cloudwatch/', '/azure/monitor/'], 'cloudwatch vs azure monitor'),
	...versus(['/compare/message-queue/', '/aws/sqs/', '/azure/service-bus/'], 'sqs vs service bus'),
	// Concepts with hyphens or several spellings: the page that owns them, before the glossary
	...concept('/aws/athena/', 'schema-on-read', 'schema on read'),
	...concept('/aws/redshift/', 'columnar storage'),
	...concept('/aws/sqs/', 'dead-letter queue', 'DLQ'),
	...concept('/aws/lambda/', 'cold start', 'cold starts'),
	...concept('/aws/dynamodb/', 'hot partition'),
];
