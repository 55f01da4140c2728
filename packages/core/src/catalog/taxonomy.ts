import type { DetectedRole } from '../domain/index.js';

/** The role families Coach knows (the same set as the `detect-role` task's output enum). */
export const ROLE_FAMILIES = [
  'backend',
  'frontend',
  'fullstack',
  'data',
  'ml',
  'mobile',
  'devops',
  'security',
  'qa',
  'management',
  'product',
  'design',
  'general',
] as const;

/** One role family of the taxonomy. */
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

/** Whether a string is one of {@link ROLE_FAMILIES}. */
export function isRoleFamily(value: unknown): value is RoleFamily {
  return typeof value === 'string' && (ROLE_FAMILIES as readonly string[]).includes(value);
}

/** The categories skills are grouped in. */
export type SkillCategory =
  | 'languages'
  | 'frontend'
  | 'backend'
  | 'data'
  | 'databases'
  | 'infrastructure'
  | 'mobile'
  | 'ml'
  | 'security'
  | 'testing'
  | 'management'
  | 'design'
  | 'product';

/**
 * One canonical skill. `aliases` are the spellings recognised in free text:
 * - plain aliases match case-insensitively on word boundaries;
 * - aliases starting with `=` match case-sensitively (`=Swift`, so "swift delivery" is not a skill);
 * - aliases starting with `~` match case-sensitively and only inside a list or after
 *   "in/with/using" (`~Go`, `~C`, `~R`), because as words they are too common.
 * `families` are the role families the skill is evidence for, strongest first.
 */
export interface SkillDefinition {
  name: string;
  aliases: readonly string[];
  families: readonly RoleFamily[];
}

function skill(name: string, aliases: readonly string[], families: readonly RoleFamily[]): SkillDefinition {
  // A name that is also a common word is listed only in its restricted (`=`/`~`) form.
  const restricted = aliases.some((alias) => /^[=~]/.test(alias) && alias.slice(1) === name);
  return { name, aliases: restricted ? aliases : [name, ...aliases], families };
}

/** The skills Coach recognises, grouped by category. */
export const SKILL_TAXONOMY: Readonly<Record<SkillCategory, readonly SkillDefinition[]>> = {
  languages: [
    skill('JavaScript', ['JS', 'ECMAScript', 'ES6', 'ES2015'], ['frontend', 'backend']),
    skill('TypeScript', ['~TS'], ['frontend', 'backend']),
    skill('Python', ['python3', 'py3'], ['backend', 'data', 'ml']),
    skill('Java', ['Java 8', 'Java 11', 'Java 17', 'J2EE', 'Jakarta EE'], ['backend', 'mobile']),
    skill('C', ['~C', 'ANSI C', 'C99', 'C11', 'C language'], ['general', 'backend']),
    skill('C++', ['cpp', 'C++11', 'C++14', 'C++17', 'C++20'], ['backend', 'general']),
    skill('C#', ['csharp', 'C Sharp'], ['backend']),
    skill('Go', ['Golang', '~Go'], ['backend', 'devops']),
    skill('Rust', ['=Rust'], ['backend']),
    skill('Ruby', ['~Ruby', 'Ruby 3', 'Ruby/Rails'], ['backend']),
    skill('PHP', ['PHP7', 'PHP 8'], ['backend']),
    skill('Kotlin', [], ['mobile', 'backend']),
    skill('Swift', ['~Swift', 'Swift 5', 'Swift language'], ['mobile']),
    skill('Objective-C', ['ObjC', 'Obj-C', 'Objective C'], ['mobile']),
    skill('Dart', ['=Dart'], ['mobile']),
    skill('Scala', [], ['data', 'backend']),
    skill('R', ['~R', 'R language', 'RStudio', 'R Studio'], ['data', 'ml']),
    skill('SQL', ['T-SQL', 'PL/SQL', 'PLSQL', 'ANSI SQL'], ['data', 'backend']),
    skill('Elixir', [], ['backend']),
    skill('Haskell', [], ['backend']),
    skill('Clojure', [], ['backend']),
    skill('Perl', [], ['backend', 'devops']),
    skill('Lua', [], ['general']),
    skill('MATLAB', [], ['ml', 'data']),
    skill('Julia', ['~Julia', 'Julia language'], ['data', 'ml']),
    skill('Bash', ['shell scripting', 'shell scripts', 'Zsh', 'sh scripting'], ['devops']),
    skill('Solidity', [], ['backend']),
    skill('Groovy', ['=Groovy'], ['backend', 'devops']),
    skill('F#', ['FSharp', 'F Sharp'], ['backend']),
    skill('OCaml', [], ['backend']),
    skill('Erlang', ['Erlang/OTP'], ['backend']),
    skill('Zig', ['=Zig'], ['backend']),
    skill('Fortran', [], ['general']),
    skill('COBOL', [], ['backend']),
    skill('VBA', ['Visual Basic', 'VB.NET'], ['data', 'backend']),
    skill('PowerShell', [], ['devops']),
    skill('Assembly', ['~Assembly', 'assembly language', 'x86 assembly', 'ARM assembly'], ['general']),
    skill('WebAssembly', ['Wasm', 'WASM'], ['frontend', 'backend']),
    skill('Apex', ['~Apex', 'Salesforce Apex'], ['backend']),
  ],
  frontend: [
    skill('React', ['React.js', 'ReactJS', 'React JS', '=React', 'React Hooks'], ['frontend']),
    skill('Angular', ['AngularJS', 'Angular.js', 'Angular 2+'], ['frontend']),
    skill('Vue.js', ['Vue', 'VueJS', 'Vue 3', 'Vuex', 'Pinia'], ['frontend']),
    skill('Svelte', ['SvelteKit'], ['frontend']),
    skill('Next.js', ['NextJS', 'Next JS'], ['frontend', 'backend']),
    skill('Nuxt', ['Nuxt.js', 'NuxtJS'], ['frontend']),
    skill('Redux', ['Redux Toolkit', 'RTK'], ['frontend']),
    skill('HTML', ['HTML5'], ['frontend']),
    skill('CSS', ['CSS3', 'CSS-in-JS', 'Flexbox', 'CSS Grid'], ['frontend', 'design']),
    skill('Sass', ['SCSS', '=LESS'], ['frontend']),
    skill('Tailwind CSS', ['Tailwind', 'TailwindCSS'], ['frontend']),
    skill('Bootstrap', ['=Bootstrap'], ['frontend']),
    skill('Material UI', ['MUI', 'Material-UI'], ['frontend']),
    skill('Webpack', [], ['frontend']),
    skill('Vite', ['=Vite'], ['frontend']),
    skill('jQuery', [], ['frontend']),
    skill('Web Components', ['Custom Elements', 'Shadow DOM', 'Lit Element', 'LitElement'], ['frontend']),
    skill('Storybook', [], ['frontend', 'design']),
    skill('D3.js', ['D3', 'D3js'], ['frontend', 'data']),
    skill('Three.js', ['ThreeJS', 'WebGL'], ['frontend']),
    skill('RxJS', [], ['frontend']),
    skill('Ember.js', ['Ember', 'EmberJS'], ['frontend']),
    skill('Gatsby', ['GatsbyJS'], ['frontend']),
    skill('Responsive Design', ['responsive web design', 'mobile-first'], ['frontend', 'design']),
    skill('Web Performance', ['Core Web Vitals', 'Lighthouse', 'LCP', 'page load performance'], ['frontend']),
    skill('Remix', ['=Remix', 'Remix Run'], ['frontend']),
    skill('Astro', ['=Astro', 'Astro.js'], ['frontend']),
    skill('SolidJS', ['Solid.js'], ['frontend']),
    skill('Preact', [], ['frontend']),
    skill('Lit', ['~Lit', 'Lit web components'], ['frontend']),
    skill('Alpine.js', ['AlpineJS'], ['frontend']),
    skill('htmx', [], ['frontend', 'backend']),
    skill('Backbone.js', ['BackboneJS'], ['frontend']),
    skill('Babel', ['=Babel'], ['frontend']),
    skill('ESLint', ['=Prettier'], ['frontend']),
    skill('Rollup', ['=Rollup', 'esbuild', 'Parcel bundler'], ['frontend']),
    skill('Turborepo', ['Nx monorepo', 'Lerna'], ['frontend']),
    skill('Styled Components', ['styled-components', 'Emotion CSS'], ['frontend']),
    skill('Chakra UI', ['Chakra'], ['frontend']),
    skill('Chart.js', ['Highcharts', 'ECharts', 'Recharts'], ['frontend', 'data']),
    skill('React Query', ['TanStack Query', 'SWR'], ['frontend']),
    skill('Zustand', ['MobX', 'Recoil'], ['frontend']),
    skill('PWA', ['progressive web app', 'progressive web apps', 'service workers'], ['frontend']),
  ],
  backend: [
    skill('Node.js', ['NodeJS', 'Node JS', '=Node'], ['backend']),
    skill('Express', ['Express.js', 'ExpressJS', '~Express'], ['backend']),
    skill('NestJS', ['Nest.js'], ['backend']),
    skill('Fastify', [], ['backend']),
    skill('Django', ['Django REST Framework', 'DRF'], ['backend']),
    skill('Flask', [], ['backend']),
    skill('FastAPI', [], ['backend']),
    skill('Spring Boot', ['Spring Framework', 'Spring MVC', 'Spring Cloud', 'SpringBoot'], ['backend']),
    skill('Hibernate', ['JPA'], ['backend']),
    skill('ASP.NET', ['ASP.NET Core', 'ASP.NET MVC'], ['backend']),
    skill('.NET', ['.NET Core', 'dotnet', '.NET Framework', '.NET 6'], ['backend']),
    skill('Ruby on Rails', ['=Rails', 'RoR'], ['backend']),
    skill('Laravel', [], ['backend']),
    skill('Symfony', [], ['backend']),
    skill('Gin', ['=Gin', 'Gin Gonic'], ['backend']),
    skill('Phoenix', ['~Phoenix', 'Phoenix Framework', 'Phoenix LiveView'], ['backend']),
    skill('REST APIs', ['=REST', 'RESTful', 'REST API', 'RESTful APIs', 'RESTful services'], ['backend']),
    skill('GraphQL', ['Apollo', 'Apollo GraphQL'], ['backend', 'frontend']),
    skill('gRPC', ['Protocol Buffers', 'protobuf'], ['backend']),
    skill('Microservices', ['microservice', 'micro-services', 'microservice architecture'], ['backend', 'devops']),
    skill('Distributed Systems', ['distributed system', 'distributed computing'], ['backend']),
    skill('Kafka', ['Apache Kafka', 'Kafka Streams'], ['backend', 'data']),
    skill('RabbitMQ', ['AMQP'], ['backend']),
    skill('Celery', [], ['backend']),
    skill('WebSockets', ['WebSocket', 'Socket.IO', 'socket.io'], ['backend', 'frontend']),
    skill('OpenAPI', ['Swagger'], ['backend']),
    skill('Event-Driven Architecture', ['event-driven', 'event sourcing', 'CQRS'], ['backend']),
    skill('Caching', ['cache invalidation', 'CDN caching', 'HTTP caching'], ['backend']),
    skill('Quarkus', [], ['backend']),
    skill('Micronaut', [], ['backend']),
    skill('Ktor', [], ['backend']),
    skill('Koa', ['Koa.js'], ['backend']),
    skill('Hapi', ['hapi.js', 'Hapi.js'], ['backend']),
    skill('Sinatra', ['=Sinatra'], ['backend']),
    skill('tRPC', [], ['backend', 'frontend']),
    skill('Sidekiq', ['Resque'], ['backend']),
    skill('ActiveMQ', ['Apache ActiveMQ', 'JMS'], ['backend']),
    skill('NATS', ['=NATS', 'NATS JetStream'], ['backend']),
    skill('Amazon SQS', ['SQS', 'SNS', 'Amazon SNS', 'EventBridge'], ['backend', 'devops']),
    skill('Google Pub/Sub', ['Pub/Sub', 'Cloud Pub/Sub'], ['backend', 'data']),
    skill('Temporal', ['=Temporal', 'Temporal.io'], ['backend']),
    skill('Actix', ['Actix Web', 'actix-web'], ['backend']),
    skill('Axum', [], ['backend']),
    skill('Tokio', [], ['backend']),
    skill('Echo', ['~Echo', 'Echo framework', 'labstack/echo'], ['backend']),
    skill('Fiber', ['~Fiber', 'Go Fiber', 'gofiber'], ['backend']),
    skill('Tornado', ['=Tornado', 'Tornado web'], ['backend']),
    skill('aiohttp', [], ['backend']),
    skill('SQLAlchemy', [], ['backend', 'data']),
    skill('Alembic', [], ['backend']),
    skill('Pydantic', [], ['backend']),
    skill('Prisma', ['Prisma ORM'], ['backend']),
    skill('TypeORM', ['Sequelize', 'Drizzle ORM', 'Knex', 'Kysely'], ['backend']),
    skill('Entity Framework', ['EF Core', 'Entity Framework Core'], ['backend']),
    skill('Gunicorn', ['uWSGI', 'Uvicorn'], ['backend']),
    skill('Tomcat', ['Apache Tomcat', 'Jetty', 'WildFly', 'JBoss'], ['backend']),
    skill('Maven', ['Apache Maven'], ['backend']),
    skill('Gradle', [], ['backend', 'mobile']),
    skill('Webhooks', ['webhook'], ['backend']),
    skill('API Design', ['API gateway', 'API gateways', 'rate limiting', 'API versioning'], ['backend']),
    skill('Concurrency', ['multithreading', 'multi-threading', 'async/await', 'asyncio', 'goroutines', 'coroutines'], ['backend']),
    skill('System Design', ['scalable systems', 'high availability', 'fault tolerance', 'horizontal scaling'], ['backend']),
  ],
  data: [
    skill('Apache Spark', ['=Spark', 'PySpark', 'Spark SQL', 'Spark Streaming'], ['data']),
    skill('Hadoop', ['HDFS', 'MapReduce', 'Hive', 'Apache Hive'], ['data']),
    skill('Airflow', ['Apache Airflow'], ['data']),
    skill('dbt', ['data build tool'], ['data']),
    skill('ETL', ['ELT', 'data pipelines', 'data pipeline', 'data ingestion'], ['data']),
    skill('Snowflake', [], ['data']),
    skill('BigQuery', ['Big Query'], ['data']),
    skill('Redshift', ['Amazon Redshift'], ['data']),
    skill('Databricks', [], ['data', 'ml']),
    skill('Flink', ['Apache Flink'], ['data']),
    skill('Kinesis', ['Amazon Kinesis'], ['data']),
    skill('Tableau', [], ['data']),
    skill('Power BI', ['PowerBI'], ['data']),
    skill('Looker', ['Looker Studio', 'LookML'], ['data']),
    skill('Pandas', [], ['data', 'ml']),
    skill('NumPy', [], ['data', 'ml']),
    skill('Jupyter', ['Jupyter Notebook', 'JupyterLab', 'notebooks'], ['data', 'ml']),
    skill('Excel', ['~Excel', 'Excel spreadsheets', 'Excel models', 'Microsoft Excel', 'MS Excel', 'VLOOKUP', 'pivot tables'], ['data', 'product']),
    skill('Data Warehousing', ['data warehouse', 'data warehouses', 'data lake', 'lakehouse'], ['data']),
    skill('Data Modeling', ['data modelling', 'dimensional modeling', 'star schema'], ['data']),
    skill('Data Visualization', ['data visualisation', 'dashboards', 'dashboarding'], ['data']),
    skill('Statistics', ['statistical analysis', 'statistical modeling', 'hypothesis testing', 'regression analysis'], ['data', 'ml']),
    skill('Trino', ['Presto', 'PrestoDB'], ['data']),
    skill('Amazon Athena', ['=Athena', 'AWS Athena'], ['data']),
    skill('Kafka Connect', ['Debezium', 'change data capture', '=CDC'], ['data', 'backend']),
    skill('Fivetran', ['Airbyte', 'Stitch Data'], ['data']),
    skill('Dagster', [], ['data']),
    skill('Prefect', ['=Prefect'], ['data']),
    skill('Polars', [], ['data']),
    skill('Delta Lake', ['Apache Iceberg', 'Apache Hudi', 'Parquet', 'Avro'], ['data']),
    skill('Apache Superset', ['Superset', 'Metabase', 'Redash'], ['data']),
    skill('SAS', ['=SAS', 'SAS Enterprise Guide'], ['data']),
    skill('SPSS', ['IBM SPSS', 'Stata'], ['data']),
    skill('Apache Beam', ['Dataflow', 'Google Dataflow'], ['data']),
    skill('AWS Glue', ['Glue jobs', 'Glue ETL'], ['data']),
    skill('Azure Data Factory', ['ADF', 'Synapse Analytics', 'Azure Synapse'], ['data']),
    skill('SSIS', ['SSRS', 'SQL Server Integration Services'], ['data']),
    skill('Data Quality', ['Great Expectations', 'data validation', 'data contracts'], ['data']),
    skill('Data Governance', ['data catalog', 'data lineage', 'master data management'], ['data']),
  ],
  databases: [
    skill('PostgreSQL', ['Postgres', 'PostGIS', 'psql'], ['backend', 'data']),
    skill('MySQL', [], ['backend', 'data']),
    skill('MariaDB', [], ['backend']),
    skill('SQLite', [], ['backend', 'mobile']),
    skill('SQL Server', ['MSSQL', 'Microsoft SQL Server', 'MS SQL'], ['backend', 'data']),
    skill('Oracle Database', ['=Oracle', 'Oracle DB', 'Oracle 19c'], ['backend', 'data']),
    skill('MongoDB', ['Mongo', 'Mongoose'], ['backend']),
    skill('Redis', [], ['backend']),
    skill('Memcached', [], ['backend']),
    skill('Elasticsearch', ['Elastic Search', 'OpenSearch', 'ELK', 'ELK stack'], ['backend', 'devops']),
    skill('Cassandra', ['Apache Cassandra', 'ScyllaDB'], ['backend', 'data']),
    skill('DynamoDB', ['Dynamo DB'], ['backend']),
    skill('Neo4j', ['Cypher'], ['backend', 'data']),
    skill('CockroachDB', [], ['backend']),
    skill('Firebase', ['Firestore', 'Firebase Realtime Database'], ['mobile', 'frontend']),
    skill('Supabase', [], ['backend', 'frontend']),
    skill('ClickHouse', [], ['data', 'backend']),
    skill('InfluxDB', ['time-series database', 'time series database'], ['backend', 'devops']),
    skill('TimescaleDB', ['Timescale'], ['backend', 'data']),
    skill('Couchbase', ['CouchDB'], ['backend']),
    skill('HBase', ['Apache HBase', 'Bigtable', 'Cloud Bigtable'], ['data', 'backend']),
    skill('Cloud Spanner', ['Google Spanner'], ['backend']),
    skill('Amazon Aurora', ['Aurora PostgreSQL', 'Aurora MySQL'], ['backend']),
    skill('Cosmos DB', ['Azure Cosmos DB', 'CosmosDB'], ['backend']),
    skill('Pinecone', ['Weaviate', 'Milvus', 'Qdrant', 'Chroma', 'ChromaDB', 'pgvector', 'FAISS'], ['ml', 'backend']),
    skill('RocksDB', ['LevelDB'], ['backend']),
    skill('Realm', ['~Realm', 'Realm database', 'Realm DB'], ['mobile']),
    skill('NoSQL', ['NoSQL databases', 'document database', 'key-value store'], ['backend']),
    skill(
      'Query Optimization',
      ['query tuning', 'SQL tuning', 'query plans', 'EXPLAIN ANALYZE', 'database indexing', 'indexing strategy'],
      ['backend', 'data'],
    ),
    skill('Database Migrations', ['schema migrations', 'Flyway', 'Liquibase'], ['backend']),
  ],
  infrastructure: [
    skill('AWS', ['Amazon Web Services', 'EC2', 'S3', 'ECS', 'EKS', 'AWS Lambda', 'CloudWatch', 'RDS'], ['devops', 'backend']),
    skill('Google Cloud', ['GCP', 'Google Cloud Platform', 'GKE', 'Cloud Run'], ['devops', 'backend']),
    skill('Azure', ['Microsoft Azure', 'AKS', 'Azure DevOps'], ['devops', 'backend']),
    skill('Docker', ['Dockerfile', 'docker-compose', 'Docker Compose', 'containers', 'containerization'], ['devops', 'backend']),
    skill('Kubernetes', ['k8s', 'kubectl', 'OpenShift'], ['devops']),
    skill('Helm', ['=Helm', 'Helm charts'], ['devops']),
    skill('Terraform', ['HCL', 'Terragrunt'], ['devops']),
    skill('Pulumi', [], ['devops']),
    skill('CloudFormation', ['AWS CDK', 'CDK'], ['devops']),
    skill('Ansible', [], ['devops']),
    skill('Puppet', ['=Puppet'], ['devops']),
    skill('Chef', ['=Chef'], ['devops']),
    skill('Jenkins', [], ['devops']),
    skill('GitHub Actions', [], ['devops']),
    skill('GitLab CI', ['GitLab CI/CD', 'GitLab pipelines'], ['devops']),
    skill('CircleCI', [], ['devops']),
    skill('ArgoCD', ['Argo CD', 'GitOps'], ['devops']),
    skill('CI/CD', ['CI / CD', 'continuous integration', 'continuous delivery', 'continuous deployment'], ['devops']),
    skill('Linux', ['Ubuntu', 'Debian', 'CentOS', 'RHEL', 'Red Hat'], ['devops', 'backend']),
    skill('Nginx', ['NGINX'], ['devops', 'backend']),
    skill('Serverless', ['Lambda functions', 'Cloud Functions', 'Azure Functions'], ['devops', 'backend']),
    skill('Prometheus', ['PromQL'], ['devops']),
    skill('Grafana', [], ['devops']),
    skill('Datadog', [], ['devops']),
    skill('OpenTelemetry', ['OTel'], ['devops', 'backend']),
    skill('Observability', ['monitoring and alerting', 'distributed tracing'], ['devops']),
    skill('Site Reliability Engineering', ['SRE', 'site reliability', 'SLOs', 'SLIs', 'error budgets'], ['devops']),
    skill('Istio', ['service mesh', 'Envoy'], ['devops']),
    skill('Git', ['=Git', 'GitHub', 'GitLab', 'Bitbucket'], ['general']),
    skill('Networking', ['TCP/IP', 'DNS', 'load balancing', 'load balancers', 'VPC'], ['devops', 'security']),
    skill('Docker Swarm', [], ['devops']),
    skill('Podman', ['containerd', 'Buildah'], ['devops']),
    skill('Vagrant', [], ['devops']),
    skill('Packer', ['=Packer', 'HashiCorp Packer'], ['devops']),
    skill('Consul', ['=Consul', 'HashiCorp Consul'], ['devops']),
    skill('Vault', ['HashiCorp Vault', '~Vault'], ['devops', 'security']),
    skill('Nomad', ['~Nomad', 'HashiCorp Nomad'], ['devops']),
    skill('Travis CI', ['TravisCI'], ['devops']),
    skill('TeamCity', ['Bamboo', 'Azure Pipelines', 'Bitbucket Pipelines', 'Buildkite', 'Drone CI'], ['devops']),
    skill('Spinnaker', [], ['devops']),
    skill('Flux', ['~Flux', 'FluxCD', 'Flux CD'], ['devops']),
    skill('Kustomize', [], ['devops']),
    skill('Cloudflare', ['Cloudflare Workers'], ['devops', 'frontend']),
    skill('Heroku', [], ['devops', 'backend']),
    skill('Vercel', ['Netlify'], ['frontend', 'devops']),
    skill('DigitalOcean', ['Digital Ocean', 'Linode', 'Hetzner', 'Fly.io'], ['devops']),
    skill('Nagios', ['Zabbix', 'Icinga'], ['devops']),
    skill('New Relic', ['NewRelic', 'AppDynamics', 'Dynatrace'], ['devops']),
    skill('Sentry', ['=Sentry'], ['devops', 'frontend']),
    skill('PagerDuty', ['Opsgenie'], ['devops']),
    skill('Logging', ['Loki', 'Fluentd', 'Fluent Bit', 'Logstash', 'Kibana', 'centralized logging'], ['devops']),
    skill('Jaeger', ['Zipkin'], ['devops']),
    skill('HAProxy', ['Traefik', 'Caddy', 'Apache HTTP Server', 'httpd'], ['devops']),
    skill('Infrastructure as Code', ['IaC', 'infrastructure-as-code'], ['devops']),
    skill('Configuration Management', ['SaltStack', '=Salt'], ['devops']),
    skill('Disaster Recovery', ['backup and restore', 'business continuity', 'failover'], ['devops']),
    skill('Incident Management', ['on-call rotation', 'on-call', 'postmortems', 'post-mortems', 'blameless postmortems', 'runbooks'], ['devops', 'management']),
    skill('Windows Server', ['Active Directory', 'Group Policy'], ['devops', 'security']),
    skill('VMware', ['vSphere', 'ESXi', 'Hyper-V', 'virtualization'], ['devops']),
  ],
  mobile: [
    skill('iOS', ['iPhone', 'iPadOS'], ['mobile']),
    skill('Android', ['Android SDK', 'Android Studio'], ['mobile']),
    skill('SwiftUI', [], ['mobile']),
    skill('UIKit', [], ['mobile']),
    skill('Jetpack Compose', ['Compose UI'], ['mobile']),
    skill('React Native', ['ReactNative', '=Expo'], ['mobile', 'frontend']),
    skill('Flutter', [], ['mobile']),
    skill('Xamarin', ['.NET MAUI', 'MAUI'], ['mobile']),
    skill('Ionic', ['Capacitor', 'Cordova'], ['mobile', 'frontend']),
    skill('Xcode', [], ['mobile']),
    skill('Core Data', [], ['mobile']),
    skill('Combine', ['~Combine', 'Combine framework'], ['mobile']),
    skill('App Store', ['App Store Connect', 'Google Play', 'Play Store', 'TestFlight'], ['mobile']),
    skill('Kotlin Multiplatform', ['KMP', 'KMM'], ['mobile']),
    skill('Room', ['~Room', 'Room database', 'Room persistence'], ['mobile']),
    skill('Retrofit', ['OkHttp'], ['mobile']),
    skill('RxJava', ['RxKotlin', 'RxSwift'], ['mobile']),
    skill('Kotlin Coroutines', ['Kotlin Flow', 'StateFlow'], ['mobile']),
    skill('Fastlane', [], ['mobile', 'devops']),
    skill('CocoaPods', ['Swift Package Manager', 'Carthage'], ['mobile']),
    skill('Dagger', ['Hilt', 'Dagger Hilt', 'Koin'], ['mobile']),
    skill('Push Notifications', ['APNs', 'Firebase Cloud Messaging', 'FCM'], ['mobile']),
    skill('Mobile CI', ['Bitrise', 'App Center', 'Codemagic'], ['mobile', 'devops']),
  ],
  ml: [
    skill('Machine Learning', ['ML', 'machine-learning'], ['ml', 'data']),
    skill('Deep Learning', ['neural networks', 'neural network', 'CNN', 'CNNs', 'RNN', 'LSTM', 'transformers'], ['ml']),
    skill('PyTorch', ['Torch'], ['ml']),
    skill('TensorFlow', ['TF2', 'TensorFlow Lite'], ['ml']),
    skill('Keras', [], ['ml']),
    skill('scikit-learn', ['sklearn', 'scikit learn'], ['ml', 'data']),
    skill('XGBoost', ['LightGBM', 'CatBoost', 'gradient boosting'], ['ml', 'data']),
    skill('Hugging Face', ['HuggingFace', 'Hugging Face Transformers'], ['ml']),
    skill('NLP', ['natural language processing', 'text classification', 'named entity recognition'], ['ml']),
    skill('Computer Vision', ['OpenCV', 'image classification', 'object detection'], ['ml']),
    skill('LLMs', ['LLM', 'large language models', 'large language model', 'GPT', 'prompt engineering', 'fine-tuning'], ['ml']),
    skill('RAG', ['=RAG', 'retrieval-augmented generation', 'retrieval augmented generation', 'vector database', 'vector search', 'embeddings'], ['ml']),
    skill('LangChain', ['LlamaIndex'], ['ml']),
    skill('MLOps', ['ML Ops', 'model serving', 'model deployment', 'Kubeflow', 'SageMaker', 'Vertex AI'], ['ml', 'devops']),
    skill('MLflow', ['Weights & Biases', 'W&B'], ['ml']),
    skill('Recommender Systems', ['recommendation systems', 'recommendation engine', 'collaborative filtering'], ['ml']),
    skill('Feature Engineering', ['feature store', 'feature stores'], ['ml', 'data']),
    skill('Reinforcement Learning', [], ['ml']),
    skill('JAX', ['=JAX', 'Flax'], ['ml']),
    skill('ONNX', ['ONNX Runtime', 'TensorRT'], ['ml']),
    skill('spaCy', ['NLTK', 'Gensim'], ['ml']),
    skill('Ray', ['~Ray', 'Ray Serve', 'Ray Tune'], ['ml', 'data']),
    skill('vLLM', ['TGI', 'llama.cpp', 'Ollama'], ['ml']),
    skill('OpenAI API', ['OpenAI', 'ChatGPT API', 'Anthropic API', 'Claude API', 'Gemini API'], ['ml']),
    skill('LangGraph', ['AutoGen', 'CrewAI', 'AI agents', 'agentic workflows'], ['ml']),
    skill('Stable Diffusion', ['diffusion models', 'GANs', 'generative adversarial networks'], ['ml']),
    skill('SciPy', [], ['ml', 'data']),
    skill('Matplotlib', ['Seaborn', 'Plotly'], ['data', 'ml']),
    skill('Time Series Forecasting', ['time series', 'forecasting', 'Prophet', 'ARIMA'], ['ml', 'data']),
    skill('Anomaly Detection', ['fraud detection', 'outlier detection'], ['ml', 'data']),
    skill('Model Evaluation', ['cross-validation', 'hyperparameter tuning', 'precision and recall', 'ROC AUC'], ['ml']),
    skill('Speech Recognition', ['ASR', 'speech-to-text', 'text-to-speech', 'Whisper'], ['ml']),
  ],
  security: [
    skill('Application Security', ['AppSec', 'secure coding', 'SAST', 'DAST'], ['security']),
    skill('OWASP', ['OWASP Top 10'], ['security']),
    skill('Penetration Testing', ['pentesting', 'pen testing', 'pentest', 'pen-testing', 'ethical hacking', 'red team'], ['security']),
    skill('Threat Modeling', ['threat modelling', 'STRIDE'], ['security']),
    skill('Vulnerability Management', ['vulnerability scanning', 'vulnerability assessment', 'CVE', 'CVEs', 'Nessus', 'Qualys'], ['security']),
    skill('Incident Response', ['DFIR', 'digital forensics', 'forensics'], ['security']),
    skill('SIEM', ['Splunk', 'QRadar', 'Microsoft Sentinel', 'Azure Sentinel'], ['security']),
    skill('Burp Suite', ['Burp', 'OWASP ZAP'], ['security']),
    skill('Metasploit', ['Nmap', 'Wireshark', 'Kali Linux'], ['security']),
    skill('IAM', ['=IAM', 'identity and access management', 'RBAC', 'least privilege'], ['security', 'devops']),
    skill('OAuth', ['OAuth2', 'OAuth 2.0', 'OpenID Connect', 'OIDC', 'SSO', 'SAML', 'JWT'], ['security', 'backend']),
    skill('Cryptography', ['encryption', 'TLS', 'PKI', 'public key infrastructure'], ['security']),
    skill('Compliance', ['SOC 2', 'SOC2', 'ISO 27001', 'PCI DSS', 'PCI-DSS', 'HIPAA', 'GDPR'], ['security']),
    skill('Zero Trust', ['zero-trust'], ['security']),
    skill('Cloud Security', ['CSPM', 'AWS Security Hub', 'GuardDuty'], ['security', 'devops']),
    skill('Snyk', ['Dependabot', 'dependency scanning'], ['security', 'devops']),
    skill('SonarQube', ['SonarCloud', 'Checkmarx', 'Veracode', 'Semgrep'], ['security', 'qa']),
    skill('Trivy', ['container scanning', 'image scanning'], ['security', 'devops']),
    skill('Okta', ['Auth0', 'Keycloak', 'Azure AD', 'Entra ID', 'Cognito'], ['security', 'backend']),
    skill('EDR', ['CrowdStrike', 'SentinelOne', 'Carbon Black', 'endpoint security'], ['security']),
    skill('WAF', ['web application firewall', 'DDoS protection', 'firewalls', 'IDS/IPS', 'intrusion detection'], ['security', 'devops']),
    skill('Security Operations', ['SOC analyst', 'security operations center', 'threat hunting', 'threat intelligence'], ['security']),
    skill('Malware Analysis', ['reverse engineering', 'Ghidra', 'IDA Pro'], ['security']),
    skill('Secrets Management', ['secret rotation', 'AWS Secrets Manager', 'KMS', 'key management'], ['security', 'devops']),
    skill('Security Audits', ['security audit', 'risk assessment', 'NIST', 'CIS benchmarks'], ['security']),
  ],
  testing: [
    skill('Test Automation', ['automated testing', 'test automation framework', 'automation testing', 'automated tests'], ['qa']),
    skill('Manual Testing', ['exploratory testing', 'test cases', 'regression testing', 'smoke testing'], ['qa']),
    skill('Selenium', ['WebDriver', 'Selenium WebDriver', 'Selenium Grid'], ['qa']),
    skill('Cypress', [], ['qa', 'frontend']),
    skill('Playwright', [], ['qa', 'frontend']),
    skill('Jest', ['=Jest'], ['frontend', 'qa']),
    skill('Vitest', [], ['frontend', 'qa']),
    skill('Mocha', ['=Mocha', 'Chai'], ['backend', 'qa']),
    skill('JUnit', ['Mockito'], ['backend', 'qa']),
    skill('pytest', ['PyTest', 'unittest'], ['backend', 'qa']),
    skill('TestNG', [], ['qa']),
    skill('Appium', ['Espresso', 'XCUITest', 'XCTest'], ['qa', 'mobile']),
    skill('Postman', ['REST Assured', 'API testing'], ['qa', 'backend']),
    skill('Load Testing', ['performance testing', 'JMeter', 'Gatling', 'Locust', 'stress testing', '=k6'], ['qa', 'devops']),
    skill('BDD', ['Cucumber', 'Gherkin', 'behavior-driven development', 'behaviour-driven development'], ['qa']),
    skill('TDD', ['test-driven development', 'test driven development'], ['backend', 'qa']),
    skill('Unit Testing', ['unit tests', 'unit test', 'integration tests', 'integration testing', 'end-to-end tests', 'E2E testing'], ['qa', 'backend']),
    skill('Test Planning', ['test plans', 'test strategy', 'test plan', 'QA process'], ['qa']),
    skill('Jasmine', ['Karma test runner'], ['frontend', 'qa']),
    skill('Puppeteer', [], ['qa', 'frontend']),
    skill('Testing Library', ['React Testing Library', 'RTL testing'], ['frontend', 'qa']),
    skill('Detox', ['=Detox'], ['qa', 'mobile']),
    skill('Robot Framework', [], ['qa']),
    skill('SoapUI', ['ReadyAPI'], ['qa']),
    skill('Contract Testing', ['Pact', 'consumer-driven contracts'], ['qa', 'backend']),
    skill('LoadRunner', ['NeoLoad'], ['qa']),
    skill('Testcontainers', [], ['backend', 'qa']),
    skill('Mocking', ['test doubles', 'mocks and stubs', 'WireMock', 'MSW'], ['qa', 'backend']),
    skill('Accessibility Testing', ['axe-core', 'axe DevTools', 'screen reader testing'], ['qa', 'frontend']),
    skill('Visual Regression Testing', ['Percy', 'Chromatic', 'Applitools', 'snapshot testing'], ['qa', 'frontend']),
    skill('Test Management', ['TestRail', 'Zephyr', 'Xray', 'qTest'], ['qa']),
    skill('Bug Tracking', ['bug reports', 'defect tracking', 'bug triage'], ['qa']),
  ],
  management: [
    skill(
      'People Management',
      ['line management', 'direct reports', 'managed a team', 'managing a team', 'team management', 'people leadership'],
      ['management'],
    ),
    skill('Mentoring', ['mentored', 'mentorship', 'mentoring', 'coaching engineers', 'coached'], ['management']),
    skill('Hiring', ['recruiting', 'recruitment', 'hiring pipeline', 'hired and onboarded', 'interviewing candidates', 'built the team'], ['management']),
    skill('Performance Reviews', ['performance management', 'career development', 'career ladders', '1:1s', 'one-on-ones'], ['management']),
    skill('Agile', ['agile methodologies', '=SAFe'], ['management', 'product']),
    skill('Scrum', ['Scrum Master', 'sprint planning', 'retrospectives'], ['management', 'product']),
    skill('Kanban', [], ['management']),
    skill('Jira', ['=Jira', 'Confluence'], ['management', 'product']),
    skill('Stakeholder Management', ['stakeholders', 'stakeholder communication', 'stakeholder alignment'], ['management', 'product']),
    skill('Project Management', ['PMP', 'program management', 'delivery management'], ['management']),
    skill('Budgeting', ['budget ownership', 'headcount planning', 'budget planning'], ['management']),
    skill('OKRs', ['OKR', 'objectives and key results'], ['management', 'product']),
    skill('Cross-functional Leadership', ['cross-functional', 'cross functional'], ['management', 'product']),
    skill('Technical Leadership', ['tech lead', 'technical lead', 'architecture decisions', 'technical strategy'], ['management', 'backend']),
    skill('Lean', ['=Lean', 'lean methodology', 'Lean Six Sigma', 'Six Sigma'], ['management']),
    skill('ITIL', ['IT service management', 'ITSM', 'ServiceNow'], ['management', 'devops']),
    skill('PRINCE2', ['Prince 2'], ['management']),
    skill('Linear', ['~Linear', 'Linear app'], ['management', 'product']),
    skill('Asana', ['Trello', 'Monday.com', 'ClickUp', 'Basecamp'], ['management', 'product']),
    skill('Notion', ['~Notion'], ['management', 'product']),
    skill('Roadmap Planning', ['quarterly planning', 'capacity planning', 'release planning'], ['management', 'product']),
    skill('Risk Management', ['risk mitigation', 'risk register', 'RAID log'], ['management']),
    skill('Vendor Management', ['vendor relationships', 'outsourcing', 'contract negotiation'], ['management']),
    skill('Change Management', ['organizational change', 'organisational change'], ['management']),
    skill('Engineering Management', ['engineering manager', 'engineering leadership', 'managed engineers'], ['management']),
    skill('Remote Team Leadership', ['distributed teams', 'remote teams'], ['management']),
  ],
  design: [
    skill('Figma', ['FigJam'], ['design']),
    skill('Sketch', ['=Sketch'], ['design']),
    skill('Adobe XD', [], ['design']),
    skill('Photoshop', ['Adobe Photoshop'], ['design']),
    skill('Illustrator', ['Adobe Illustrator'], ['design']),
    skill('InVision', [], ['design']),
    skill('User Research', ['UX research', 'user interviews', 'contextual inquiry', 'diary studies'], ['design', 'product']),
    skill('Usability Testing', ['usability studies', 'usability tests'], ['design']),
    skill('Wireframing', ['wireframes', 'wireframe'], ['design']),
    skill('Prototyping', ['prototypes', 'high-fidelity prototypes', 'interactive prototypes'], ['design']),
    skill('Design Systems', ['design system', 'component library'], ['design', 'frontend']),
    skill('Interaction Design', ['IxD', 'micro-interactions'], ['design']),
    skill('Visual Design', ['typography', 'color theory', 'visual hierarchy'], ['design']),
    skill('UX Design', ['=UX', 'user experience', 'UX/UI', 'UI/UX', 'user-centered design', 'human-centered design'], ['design']),
    skill('UI Design', ['=UI', 'user interface design'], ['design', 'frontend']),
    skill('Accessibility', ['a11y', 'WCAG', '=ARIA', 'screen readers'], ['design', 'frontend']),
    skill('Information Architecture', ['card sorting', 'user flows', 'journey mapping', 'customer journey'], ['design', 'product']),
    skill('Framer', ['=Framer'], ['design']),
    skill('Zeplin', [], ['design']),
    skill('Miro', ['=Miro', 'Mural'], ['design', 'product']),
    skill('Balsamiq', ['Axure', 'Axure RP'], ['design']),
    skill('After Effects', ['Adobe After Effects', 'motion design', 'Lottie'], ['design']),
    skill('ProtoPie', ['Principle app', 'Principle for Mac'], ['design']),
    skill('Canva', [], ['design']),
    skill('InDesign', ['Adobe InDesign'], ['design']),
    skill('Adobe Creative Suite', ['Adobe Creative Cloud', 'Creative Cloud'], ['design']),
    skill('Design Thinking', ['design sprints', 'design sprint'], ['design', 'product']),
    skill('Personas', ['user personas', 'persona development'], ['design', 'product']),
    skill('Heuristic Evaluation', ['UX audit', 'UX audits', 'heuristic review'], ['design']),
    skill('Brand Design', ['branding', 'brand identity', 'logo design'], ['design']),
  ],
  product: [
    skill('Product Strategy', ['product vision', 'product roadmap', 'roadmapping', 'roadmap'], ['product']),
    skill('Product Discovery', ['discovery interviews', 'jobs to be done', 'JTBD', 'opportunity solution tree'], ['product', 'design']),
    skill('A/B Testing', ['A/B tests', 'AB testing', 'split testing', 'experimentation', 'controlled experiments'], ['product', 'data']),
    skill('User Stories', ['acceptance criteria', 'backlog grooming', 'backlog refinement', 'product backlog'], ['product']),
    skill('Product Requirements', ['PRD', 'PRDs', 'requirements gathering', 'product specs'], ['product']),
    skill('Prioritization', ['prioritisation', '=RICE', 'MoSCoW', '=Kano'], ['product']),
    skill('Go-to-Market', ['GTM', 'go to market', 'product launch', 'product launches'], ['product']),
    skill('Market Research', ['competitive analysis', 'market analysis'], ['product']),
    skill('Product Analytics', ['Amplitude', 'Mixpanel', 'Google Analytics', 'funnel analysis', 'retention analysis', 'cohort analysis'], ['product', 'data']),
    skill('KPIs', ['KPI', 'north star metric', 'success metrics'], ['product', 'management']),
    skill('Customer Interviews', ['customer feedback', 'customer research', 'voice of the customer'], ['product', 'design']),
    skill('Pricing', ['pricing strategy', 'monetization', 'monetisation'], ['product']),
    skill('Productboard', ['Aha!', 'ProductPlan'], ['product']),
    skill('Pendo', ['Hotjar', 'FullStory', 'Heap Analytics', 'PostHog'], ['product', 'design']),
    skill('Feature Flags', ['feature toggles', 'LaunchDarkly', 'Optimizely', 'Split.io'], ['product', 'backend']),
    skill('Product-Led Growth', ['PLG', 'growth experiments', 'onboarding funnel'], ['product']),
    skill('SaaS Metrics', ['ARR', 'MRR', 'churn', 'LTV', 'CAC', 'NPS'], ['product']),
    skill('Product Operations', ['product ops', 'release management'], ['product']),
    skill('Customer Success', ['customer onboarding', 'account management'], ['product']),
    skill('B2B SaaS', ['B2B', 'enterprise SaaS'], ['product']),
    skill('Platform Products', ['developer platform', 'developer experience', 'DevEx', 'API products'], ['product', 'backend']),
  ],
};

interface CompiledAlias {
  /** A lower-case piece of the alias that must occur in the text, checked before the regex. */
  needle: string;
  pattern: RegExp;
}

interface CompiledSkill {
  name: string;
  category: SkillCategory;
  families: readonly RoleFamily[];
  aliases: CompiledAlias[];
}

// ASCII and Latin letters; Unicode property classes would make each pattern far slower to build.
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileAlias(alias: string): CompiledAlias {
  const restricted = alias.startsWith('~') || alias.startsWith('=');
  const literal = restricted ? alias.slice(1) : alias;
  const needle = (literal.toLowerCase().split(' ')[0] ?? literal).trim();
  if (alias.startsWith('~')) {
    const body = escapeRegExp(literal);
    // A very common word counts as a skill only inside a list ("Python, Go, Rust") or
    // after a preposition that introduces tools ("written in Go").
    return {
      needle,
      pattern: new RegExp(`(?:(?:^|[,;:/(|•·\\-–])[ \\t]*|\\b(?:in|with|using|and)[ \\t]+)${body}(?=[ \\t]*(?:[,;/)|.]|$|\\band\\b|\\bor\\b|\\n))`, 'gm'),
    };
  }
  const body = escapeRegExp(literal).replace(/ /g, '[\\s-]+');
  // Lookarounds instead of \b so aliases that start or end with a symbol ("C++", ".NET", "C#")
  // still need a clean boundary, and "Java" never matches inside "JavaScript".
  return {
    needle,
    pattern: new RegExp(`(?<![${WORD_CHAR}.#+])${body}(?![${WORD_CHAR}+#]|\\.[A-Za-z])`, alias.startsWith('=') ? 'g' : 'gi'),
  };
}

const COMPILED_SKILLS: readonly CompiledSkill[] = (Object.keys(SKILL_TAXONOMY) as SkillCategory[]).flatMap((category) =>
  SKILL_TAXONOMY[category].map((definition) => ({
    name: definition.name,
    category,
    families: definition.families,
    aliases: definition.aliases.map(compileAlias),
  })),
);

const SKILLS_BY_NAME = new Map(COMPILED_SKILLS.map((entry) => [entry.name.toLowerCase(), entry]));

/** Every canonical skill name of the taxonomy. */
export const ALL_SKILLS: readonly string[] = COMPILED_SKILLS.map((entry) => entry.name);

/** The category of a canonical skill name (case-insensitive), or null if it is not in the taxonomy. */
export function skillCategory(name: string): SkillCategory | null {
  return SKILLS_BY_NAME.get(name.toLowerCase())?.category ?? null;
}

/** The role families a canonical skill is evidence for (strongest first); empty if unknown. */
export function skillFamilies(name: string): readonly RoleFamily[] {
  return SKILLS_BY_NAME.get(name.toLowerCase())?.families ?? [];
}

/**
 * Finds the canonical skills mentioned in free text (a resume, a job description, an answer).
 * Matching is word-boundary aware and understands aliases ("JS" → JavaScript, "k8s" →
 * Kubernetes, "Postgres" → PostgreSQL). Skills are returned most-mentioned first, ties in
 * the order they first appear.
 *
 * @example extractSkills('Built REST APIs in Node.js and Postgres on k8s')
 * // → ['REST APIs', 'Node.js', 'PostgreSQL', 'Kubernetes']
 */
export function extractSkills(text: string): string[] {
  const lower = text.toLowerCase();
  const found: { name: string; count: number; first: number }[] = [];
  for (const entry of COMPILED_SKILLS) {
    let count = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const { needle, pattern } of entry.aliases) {
      if (!lower.includes(needle)) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        count += 1;
        first = Math.min(first, match.index);
        if (match[0].length === 0) pattern.lastIndex += 1;
      }
    }
    if (count > 0) found.push({ name: entry.name, count, first });
  }
  found.sort((a, b) => b.count - a.count || a.first - b.first);
  return found.map((entry) => entry.name);
}

// ---------------------------------------------------------------------------------------------
// Role detection

type Seniority = DetectedRole['seniority'];

/** Job-title phrases per family, with the title they stand for. */
const TITLE_PATTERNS: readonly { family: RoleFamily; pattern: RegExp; title: string; weight?: number }[] = [
  { family: 'fullstack', pattern: /\bfull[\s-]?stack\b/i, title: 'Full-Stack Engineer' },
  { family: 'backend', pattern: /\bback[\s-]?end\s+(?:software\s+)?(?:engineer|developer|programmer)\b/i, title: 'Backend Engineer' },
  { family: 'backend', pattern: /\b(?:server[\s-]side|api|platform\s+backend)\s+(?:engineer|developer)\b/i, title: 'Backend Engineer' },
  { family: 'frontend', pattern: /\bfront[\s-]?end\s+(?:software\s+)?(?:engineer|developer|programmer)\b/i, title: 'Frontend Engineer' },
  { family: 'frontend', pattern: /\b(?:ui|web\s+ui|javascript|react|angular)\s+(?:engineer|developer)\b/i, title: 'Frontend Engineer' },
  { family: 'data', pattern: /\bdata\s+engineer(?:ing)?\b/i, title: 'Data Engineer' },
  { family: 'data', pattern: /\bdata\s+scientist\b/i, title: 'Data Scientist' },
  { family: 'data', pattern: /\b(?:data|business\s+intelligence|bi|business)\s+analyst\b/i, title: 'Data Analyst' },
  { family: 'data', pattern: /\b(?:analytics|bi|etl)\s+(?:engineer|developer)\b/i, title: 'Analytics Engineer' },
  {
    family: 'ml',
    pattern: /\b(?:machine\s+learning|ml|ai|deep\s+learning|nlp|computer\s+vision|mlops)\s+(?:engineer|scientist|researcher|developer)\b/i,
    title: 'Machine Learning Engineer',
  },
  { family: 'ml', pattern: /\b(?:research|applied)\s+scientist\b/i, title: 'Applied Scientist' },
  { family: 'mobile', pattern: /\bios\s+(?:engineer|developer)\b/i, title: 'iOS Engineer' },
  { family: 'mobile', pattern: /\bandroid\s+(?:engineer|developer)\b/i, title: 'Android Engineer' },
  { family: 'mobile', pattern: /\b(?:mobile|flutter|react\s+native)\s+(?:app\s+)?(?:engineer|developer)\b/i, title: 'Mobile Engineer' },
  { family: 'devops', pattern: /\bdevops\b/i, title: 'DevOps Engineer' },
  { family: 'devops', pattern: /\b(?:site\s+reliability|sre)\b/i, title: 'Site Reliability Engineer' },
  { family: 'devops', pattern: /\b(?:platform|cloud|infrastructure|systems?)\s+(?:engineer|administrator|architect)\b/i, title: 'Platform Engineer' },
  {
    family: 'security',
    pattern: /\b(?:security|appsec|cyber\s*security|information\s+security|soc)\s+(?:engineer|analyst|architect|specialist|consultant)\b/i,
    title: 'Security Engineer',
  },
  { family: 'security', pattern: /\bpenetration\s+tester\b|\bethical\s+hacker\b/i, title: 'Security Engineer' },
  {
    family: 'qa',
    pattern: /\b(?:qa|quality\s+assurance|test|testing|automation\s+test|software\s+test)\s+(?:engineer|analyst|lead|specialist|automation\s+engineer)\b/i,
    title: 'QA Engineer',
  },
  { family: 'qa', pattern: /\bsdet\b|\bsoftware\s+development\s+engineer\s+in\s+test\b/i, title: 'QA Engineer' },
  { family: 'management', pattern: /\b(?:engineering|software\s+development|development)\s+manager\b/i, title: 'Engineering Manager' },
  {
    family: 'management',
    pattern: /\b(?:head|director|vp|vice\s+president)\s+of\s+(?:engineering|software|technology|development)\b/i,
    title: 'Engineering Manager',
  },
  { family: 'management', pattern: /\b(?:cto|chief\s+technology\s+officer)\b/i, title: 'Engineering Manager' },
  {
    family: 'product',
    pattern: /\b(?:senior\s+|associate\s+|technical\s+|group\s+|principal\s+)?product\s+(?:manager|owner|lead)\b/i,
    title: 'Product Manager',
  },
  { family: 'product', pattern: /\b(?:head|director|vp)\s+of\s+product\b/i, title: 'Product Manager' },
  { family: 'design', pattern: /\b(?:product|ux|ui|ux\/ui|ui\/ux|visual|interaction|interface)\s+designer\b/i, title: 'Product Designer' },
  { family: 'design', pattern: /\b(?:ux|user)\s+researcher\b/i, title: 'UX Researcher' },
  { family: 'general', pattern: /\bsoftware\s+(?:engineer|developer)\b|\bprogrammer\b/i, title: 'Software Engineer', weight: 0.5 },
];

const GLOBAL_TITLE_PATTERNS = TITLE_PATTERNS.map(({ pattern }) => new RegExp(pattern.source, 'gi'));

const FAMILY_TITLES: Record<RoleFamily, string> = {
  backend: 'Backend Engineer',
  frontend: 'Frontend Engineer',
  fullstack: 'Full-Stack Engineer',
  data: 'Data Engineer',
  ml: 'Machine Learning Engineer',
  mobile: 'Mobile Engineer',
  devops: 'DevOps Engineer',
  security: 'Security Engineer',
  qa: 'QA Engineer',
  management: 'Engineering Manager',
  product: 'Product Manager',
  design: 'Product Designer',
  general: 'Software Engineer',
};

const SENIORITY_RANK: Record<Seniority, number> = { junior: 0, mid: 1, senior: 2, lead: 3 };
const SENIORITIES: readonly Seniority[] = ['junior', 'mid', 'senior', 'lead'];

/** Seniority from years of experience: under 2 junior, under 5 mid, under 9 senior, else lead. */
export function seniorityFromYears(years: number): Seniority {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 9) return 'senior';
  return 'lead';
}

const TITLE_NOUN =
  '(?:engineer|developer|programmer|scientist|analyst|designer|architect|manager|administrator|consultant|researcher|tester|sdet|specialist|owner)';

/**
 * The seniority a job title in the text states ("Senior …", "Lead …", "Principal …", "Head of …"),
 * looking at title-like phrases only so that "worked with senior engineers" does not count.
 */
function seniorityFromTitles(text: string): Seniority | null {
  const head = text.slice(0, 600);
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  // Titles are at the top of a resume or at the start of a line in the experience section.
  const titleLike = [head, ...lines.filter((line) => line.length > 0 && line.length <= 120)];
  const has = (pattern: RegExp) => titleLike.some((chunk) => pattern.test(chunk));
  const modifier = (word: string) => new RegExp(`(?:^|[|•,–—-]\\s*|\\n)\\s*(?:${word})\\b[^\\n]{0,40}?\\b${TITLE_NOUN}`, 'im');
  if (has(/(?:^|\n|[|•,–—-]\s*)\s*(?:head\s+of|director\s+of|vp\s+of|vice\s+president|chief\s+\w+\s+officer|cto\b)/im)) return 'lead';
  if (has(modifier('principal|staff|lead|distinguished'))) return 'lead';
  if (has(/\b(?:tech(?:nical)?|team)\s+lead\b/i)) return 'lead';
  if (has(modifier('senior|sr\\.?'))) return 'senior';
  if (has(modifier('junior|jr\\.?|graduate|entry[\\s-]level|associate|trainee|apprentice')) || has(/\bintern(?:ship)?\b/i)) return 'junior';
  return null;
}

/** What {@link detectRole} reads. */
export interface DetectRoleParameters {
  /** Canonical skills found in the resume (see {@link extractSkills}). */
  skills: readonly string[];
  /** The resume text (and job description, if any). */
  text: string;
  yearsOfExperience: number | null;
  /** A role family the interview is fixed to, or null to detect it. */
  roleFocus: string | null;
}

/**
 * Decides which role a resume fits: its family (from job titles in the text and the families
 * the skills are evidence for), its seniority (from years of experience and stated titles,
 * whichever is higher) and a human title such as "Senior Backend Engineer".
 */
export function detectRole({ skills, text, yearsOfExperience, roleFocus }: DetectRoleParameters): DetectedRole {
  const scores = new Map<RoleFamily, number>(ROLE_FAMILIES.map((family) => [family, 0]));
  const add = (family: RoleFamily, amount: number) => scores.set(family, (scores.get(family) ?? 0) + amount);
  const titleHits = new Map<RoleFamily, { title: string; at: number }>();

  const head = text.slice(0, 400);
  for (const [index, { family, pattern, title, weight = 1 }] of TITLE_PATTERNS.entries()) {
    const global = GLOBAL_TITLE_PATTERNS[index] as RegExp;
    let occurrences = 0;
    let firstAt = Number.POSITIVE_INFINITY;
    global.lastIndex = 0;
    for (let match = global.exec(text); match !== null; match = global.exec(text)) {
      occurrences += 1;
      firstAt = Math.min(firstAt, match.index);
    }
    if (occurrences === 0) continue;
    // The headline is the strongest signal of the role the candidate wants.
    add(family, weight * ((pattern.test(head) ? 6 : 3) + Math.min(occurrences - 1, 3)));
    const previous = titleHits.get(family);
    if (!previous || firstAt < previous.at) titleHits.set(family, { title, at: firstAt });
  }

  const knownSkills = skills.filter((name) => SKILLS_BY_NAME.has(name.toLowerCase()));
  for (const name of knownSkills) {
    const families = skillFamilies(name);
    families.forEach((family, index) => add(family, index === 0 ? 1 : 0.5));
  }

  let family: RoleFamily;
  const focus = roleFocus?.trim().toLowerCase() ?? '';
  if (isRoleFamily(focus)) {
    family = focus;
  } else {
    const focusTitle = focus ? TITLE_PATTERNS.find((entry) => entry.pattern.test(focus)) : undefined;
    family = focusTitle ? focusTitle.family : pickFamily(scores);
  }

  const yearsSeniority = yearsOfExperience === null ? null : seniorityFromYears(yearsOfExperience);
  const titleSeniority = seniorityFromTitles(text);
  const rank = Math.max(yearsSeniority === null ? -1 : SENIORITY_RANK[yearsSeniority], titleSeniority === null ? -1 : SENIORITY_RANK[titleSeniority]);
  const seniority: Seniority = rank < 0 ? 'mid' : (SENIORITIES[rank] ?? 'mid');

  const baseTitle = family === 'fullstack' || family === 'general' ? FAMILY_TITLES[family] : (titleHits.get(family)?.title ?? FAMILY_TITLES[family]);
  const matched = knownSkills.filter((name) => {
    const families = skillFamilies(name);
    if (family === 'fullstack') return families.includes('frontend') || families.includes('backend') || families.includes('fullstack');
    if (family === 'general') return true;
    return families.includes(family);
  });

  return {
    title: titledFor(baseTitle, family, seniority, text).slice(0, 80),
    family,
    seniority,
    matchedSkills: (matched.length > 0 ? matched : knownSkills).slice(0, 30).map((name) => name.slice(0, 60)),
  };
}

function pickFamily(scores: Map<RoleFamily, number>): RoleFamily {
  const ranked = [...scores.entries()]
    .filter(([family]) => family !== 'general')
    .sort((a, b) => b[1] - a[1] || ROLE_FAMILIES.indexOf(a[0]) - ROLE_FAMILIES.indexOf(b[0]));
  const [top] = ranked;
  if (!top || top[1] < 2) return 'general';
  const frontend = scores.get('frontend') ?? 0;
  const backend = scores.get('backend') ?? 0;
  const fullstack = scores.get('fullstack') ?? 0;
  if (top[0] === 'frontend' || top[0] === 'backend') {
    // Substantial evidence on both sides of the stack reads as full-stack.
    const low = Math.min(frontend, backend);
    const high = Math.max(frontend, backend);
    if (low >= 3 && low >= high * 0.6) return 'fullstack';
  }
  if (top[0] !== 'fullstack' && fullstack >= 6 && fullstack >= top[1] * 0.6) return 'fullstack';
  const general = scores.get('general') ?? 0;
  if (general > top[1]) return 'general';
  return top[0];
}

function titledFor(base: string, family: RoleFamily, seniority: Seniority, text: string): string {
  if (family === 'management') {
    if (seniority !== 'lead') return 'Engineering Manager';
    // Only a stated executive title makes a long-serving manager "Head of Engineering".
    return /\b(head|director|vp|vice president)\s+of\s+(engineering|software|technology|development)\b|\bcto\b/i.test(text)
      ? 'Head of Engineering'
      : 'Senior Engineering Manager';
  }
  const prefix = { junior: 'Junior ', mid: '', senior: 'Senior ', lead: 'Lead ' }[seniority];
  return `${prefix}${base}`;
}

// ---------------------------------------------------------------------------------------------
// Years of experience

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
};

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const POINT = `(?:(${MONTH_NAME})\\s+|(\\d{1,2})\\s*[/.-]\\s*)?((?:19|20)\\d{2})`;
const OPEN_END = '(present|current(?:ly)?|now|today|to\\s+date|ongoing)';
const RANGE = new RegExp(`${POINT}\\s*(?:-|–|—|to|until|till)\\s*(?:${POINT}|${OPEN_END})`, 'gi');
const EXPLICIT_YEARS = new RegExp(
  `(\\d{1,2}(?:\\.\\d)?|${Object.keys(NUMBER_WORDS).join('|')})\\s*\\+?\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:years?|yrs?)\\.?(?:\\s+of)?(?:\\s+(?:professional|industry|hands-on|relevant|commercial|work|working|total))?\\s+(?:experience|exp\\b|building|developing|designing|leading|working|in\\s+(?:the\\s+)?(?:industry|software|tech))`,
  'gi',
);
const EDUCATION_LINE =
  /\b(?:university|universit[àé]|college|school|academy|institute|bachelor|master|b\.?sc|m\.?sc|b\.?s\.|m\.?s\.|b\.?a\.|m\.?a\.|ph\.?d|mba|degree|diploma|bootcamp|coursework|gpa)\b/i;
const EDUCATION_HEADING = /^\s*(?:education|academic|qualifications|certifications?|courses|training|publications|volunteer(?:ing)?|awards)\b[\s:]*$/i;
const WORK_HEADING = /^\s*(?:(?:professional|work|employment|relevant|industry)\s+)?(?:experience|history|employment|career)\b.{0,20}$/i;

function monthIndex(name: string | undefined, numeric: string | undefined, fallback: number): number {
  if (name)
    return (
      MONTHS[
        name
          .toLowerCase()
          .replace('.', '')
          .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
      ] ?? fallback
    );
  if (numeric) {
    const value = Number(numeric);
    if (value >= 1 && value <= 12) return value - 1;
  }
  return fallback;
}

/**
 * Estimates a candidate's years of professional experience from resume text. A stated
 * figure ("7+ years of experience") wins; otherwise employment date ranges ("2018 – 2022",
 * "Jan 2019 - Present", "03/2020 – 11/2023") are merged (overlaps counted once) and summed,
 * ignoring ranges in education sections or on degree lines. Returns null when neither is found.
 *
 * @param now The current time; open ranges ("Present") end here. Deterministic for a given `now`.
 */
export function estimateYearsOfExperience(text: string, now: Date): number | null {
  let stated: number | null = null;
  for (const match of text.matchAll(EXPLICIT_YEARS)) {
    const raw = (match[1] ?? '').toLowerCase();
    const value = NUMBER_WORDS[raw] ?? Number(raw);
    if (Number.isFinite(value) && value > 0 && value <= 50) stated = Math.max(stated ?? 0, value);
  }
  if (stated !== null) return stated;

  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const intervals: [number, number][] = [];
  let section: 'work' | 'skip' | 'unknown' = 'unknown';
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (EDUCATION_HEADING.test(line)) section = 'skip';
    else if (WORK_HEADING.test(line)) section = 'work';
    if (section === 'skip') continue;
    const context = `${lines[index - 1] ?? ''} ${line}`;
    for (const match of line.matchAll(RANGE)) {
      if (EDUCATION_LINE.test(context) && !/\b(?:engineer|developer|manager|analyst|intern|assistant|designer|scientist)\b/i.test(line)) continue;
      const startYear = Number(match[3]);
      const start = startYear * 12 + monthIndex(match[1], match[2], 0);
      let end: number;
      if (match[7]) end = nowMonth;
      else {
        const endYear = Number(match[6]);
        // A bare end year ("2018 – 2022") means the job ran through that year.
        end = endYear * 12 + monthIndex(match[4], match[5], match[4] || match[5] ? 0 : 11);
      }
      end = Math.min(end, nowMonth);
      if (end >= start && end - start < 50 * 12) intervals.push([start, end + 1]);
    }
  }
  if (intervals.length === 0) return null;
  intervals.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let [currentStart, currentEnd] = intervals[0] ?? [0, 0];
  for (const [start, end] of intervals.slice(1)) {
    if (start <= currentEnd) currentEnd = Math.max(currentEnd, end);
    else {
      months += currentEnd - currentStart;
      currentStart = start;
      currentEnd = end;
    }
  }
  months += currentEnd - currentStart;
  return Math.round((months / 12) * 10) / 10;
}
