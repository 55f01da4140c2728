import { defineQuestions } from './question-types.js';

/** Technical questions for backend engineers. */
export const BACKEND_QUESTIONS = defineQuestions('backend', 'technical', [
  {
    id: 'be-api-design',
    skills: ['REST APIs', 'OpenAPI'],
    text: 'How would you design a REST API for a resource such as orders, including pagination, filtering, error responses and versioning?',
    concepts: [
      'resource modelling: resource, noun, /orders, endpoint, http verb, get, post, put, patch, delete',
      'pagination: paginat, cursor, offset, limit, page',
      'status codes and errors: status code, 400, 404, 409, 422, error format, problem details, error response',
      'versioning: version, /v1, header, backward compatib, backwards compatib, deprecat',
      'idempotency: idempoten, retry, idempotency key',
    ],
    goodAnswer:
      'Resource-oriented URLs and verbs, cursor or offset pagination, consistent error bodies with the right status codes, a versioning policy and safe retries.',
  },
  {
    id: 'be-idempotency',
    text: 'A client retries a payment request after a timeout. How do you make sure the customer is charged exactly once?',
    concepts: [
      'idempotency key: idempotency key, idempoten, request id, dedup',
      'durable record of the key: unique constraint, store the key, database, transaction, persist',
      'concurrent retries: race, lock, concurrent, atomic, compare-and-set, compare and swap',
      'replaying the response: same response, cached response, return the original, stored result',
      'key expiry: ttl, expir, retention',
    ],
    goodAnswer: 'A client-supplied idempotency key stored atomically with the charge, concurrent duplicates serialised, and the original result replayed.',
  },
  {
    id: 'be-slow-query',
    skills: ['PostgreSQL', 'MySQL', 'SQL Server', 'Oracle Database', 'MariaDB', 'SQL'],
    text: 'A query on a large {skill} table has become slow. How do you find out why, and what would you change?',
    concepts: [
      'reading the query plan: explain, analyze, query plan, execution plan, seq scan, sequential scan, full table scan',
      'indexing: index, composite index, covering, b-tree, btree, selectivity',
      'rewriting the query: n+1, select *, join, rewrite, limit, subquery',
      'statistics and maintenance: vacuum, statistics, bloat, stale stats',
      'index trade-offs: write overhead, write amplification, storage, slower writes, inserts',
    ],
    goodAnswer: 'Start from EXPLAIN ANALYZE, fix the access path with the right (composite) index or a rewrite, and weigh the write cost of new indexes.',
  },
  {
    id: 'be-isolation-levels',
    text: 'Explain database transaction isolation levels and give an example of a bug that a too-weak isolation level can cause.',
    concepts: [
      'ACID: acid, atomic, consisten, isolation, durab',
      'isolation levels: read committed, repeatable read, serializable, read uncommitted, snapshot',
      'anomalies: dirty read, non-repeatable, phantom, lost update, write skew',
      'mitigation: select for update, for update, lock, optimistic, version column, retry',
    ],
    goodAnswer: 'Names the levels and the anomalies each allows, with a concrete bug such as a lost update, and the locking or retry that prevents it.',
  },
  {
    id: 'be-caching',
    skills: ['Redis', 'Memcached', 'Caching'],
    text: 'Where would you add caching to a read-heavy service, and how would you keep the cache consistent with the database?',
    concepts: [
      'cache placement: cdn, in-memory, redis, memcached, application cache, read-through, cache-aside, cache aside',
      'invalidation: invalidat, ttl, expir, write-through, evict, delete on write',
      'stampede protection: stampede, thundering herd, dogpile, request coalescing, jitter',
      'consistency trade-off: stale, eventual, consisten',
      'measuring it: hit rate, hit ratio, latency, miss',
    ],
    goodAnswer: 'A cache-aside or read-through layer with explicit invalidation and TTLs, protection against stampedes, and a stated tolerance for staleness.',
  },
  {
    id: 'be-rate-limiting',
    text: 'How would you implement rate limiting for a public API served by several instances?',
    concepts: [
      'algorithm: token bucket, leaky bucket, sliding window, fixed window',
      'shared state across instances: redis, central, distributed, shared store, atomic, lua',
      'who is limited: api key, per user, per ip, per client, tenant',
      'client response: 429, retry-after, x-ratelimit, headers',
      'failure modes: burst, clock, fail open, fail closed',
    ],
    goodAnswer:
      'A token-bucket or sliding-window limit keyed per client in a shared atomic store, 429 with Retry-After, and a decision on failing open or closed.',
  },
  {
    id: 'be-queue-failures',
    skills: ['Kafka', 'RabbitMQ', 'Celery'],
    text: 'You process jobs asynchronously with a message queue such as {skill}. How do you handle failures, retries and duplicate messages?',
    concepts: [
      'delivery guarantees: at-least-once, at least once, exactly-once, exactly once, delivery guarantee, ack',
      'retries with backoff: retry, exponential backoff, backoff, jitter',
      'dead-letter queue: dead letter, dlq, poison',
      'idempotent consumers: idempoten, dedup, unique',
      'ordering: order, partition, key',
    ],
    goodAnswer:
      'Assumes at-least-once delivery, makes consumers idempotent, retries with backoff, parks poison messages in a DLQ and keeps ordering per key where needed.',
  },
  {
    id: 'be-authentication',
    skills: ['OAuth'],
    text: 'How would you implement authentication and authorization for an API used both by your web app and by third-party integrations?',
    concepts: [
      'authentication mechanism: session, cookie, jwt, token, oauth, openid',
      'authorization model: role, rbac, permission, scope, abac, access control',
      'token lifecycle: expir, refresh, revoke, rotation',
      'secure storage: httponly, secure cookie, hash, bcrypt, argon2, secret',
      'third-party access: client credentials, api key, oauth, scope',
    ],
    goodAnswer:
      'Separates authentication from authorization, uses sessions or short-lived tokens for the app and OAuth scopes or API keys for integrations, with revocation.',
  },
  {
    id: 'be-scaling',
    text: 'Your service’s traffic is expected to grow ten times over the next year. How do you prepare it?',
    concepts: [
      'measuring first: load test, benchmark, profile, metrics, bottleneck, capacity',
      'horizontal scaling: horizontal, stateless, load balancer, autoscal, replicas',
      'data tier: read replica, shard, partition, cache, connection pool',
      'asynchronous work: queue, async, background',
      'cost and observability: cost, monitor, dashboard, alert',
    ],
    goodAnswer:
      'Finds the real bottleneck with load tests, makes the app tier stateless and horizontally scalable, and plans the data tier (replicas, caching, partitioning).',
  },
  {
    id: 'be-monolith-split',
    skills: ['Microservices'],
    text: 'When would you split a monolith into services, and what problems does that create that you did not have before?',
    concepts: [
      'service boundaries: bounded context, domain, boundary, ownership, team',
      'independent deployment: deploy independently, independent deploy, release, autonomy',
      'distributed-system problems: network, latency, partial failure, distributed transaction, consistency, saga',
      'observability: tracing, logging, monitoring, correlation',
      'data ownership: database per service, shared database, own its data',
    ],
    goodAnswer: 'Splits along domain boundaries for team autonomy, and accounts for network failures, data consistency, and the need for tracing.',
  },
  {
    id: 'be-cap',
    skills: ['Distributed Systems', 'Cassandra', 'DynamoDB'],
    text: 'Explain the trade-offs in the CAP theorem and how they show up when you choose a database or design a service.',
    concepts: [
      'the three properties: consistency, availability, partition tolerance, partition',
      'examples of choices: cp, ap, cassandra, dynamo, zookeeper, etcd, postgres',
      'eventual consistency: eventual, conflict, last write wins, crdt, quorum',
      'latency trade-off: latency, pacelc',
    ],
    goodAnswer:
      'Explains that during a partition a system picks consistency or availability, with real systems as examples and eventual-consistency techniques.',
  },
  {
    id: 'be-latency-investigation',
    skills: ['OpenTelemetry', 'Observability'],
    text: 'A request is intermittently slow in production. How would you investigate it end to end?',
    concepts: [
      'metrics and percentiles: metric, percentile, p99, p95, latency, dashboard',
      'distributed tracing: trac, span, opentelemetry, correlation id',
      'logs: log, structured',
      'likely causes: garbage collection, gc pause, lock, connection pool, n+1, downstream, network, cold start',
      'reproduce and verify: reproduce, load test, verify, fix',
    ],
    goodAnswer: 'Uses percentiles to scope it, traces to find the slow span, logs for context, and tests hypotheses such as pool exhaustion or GC pauses.',
  },
  {
    id: 'be-concurrency-model',
    skills: ['Node.js', 'Go', 'Java', 'Python', 'C#', 'Rust', 'Kotlin', 'Elixir'],
    text: 'How does {skill} handle concurrency, and what mistakes do you see developers make with it?',
    concepts: [
      'concurrency model: event loop, thread, goroutine, async, await, coroutine, actor, gil',
      'shared state: race condition, mutex, lock, shared state, atomic, channel',
      'blocking work: blocking, cpu-bound, cpu bound, io-bound, starv',
      'tools: worker, thread pool, executor, semaphore',
    ],
    goodAnswer: 'Explains the runtime’s concurrency model accurately and the typical pitfalls: blocking the scheduler, data races, unbounded concurrency.',
  },
  {
    id: 'be-zero-downtime-migration',
    text: 'How do you change the schema of a table with millions of rows without downtime?',
    concepts: [
      'expand and contract: expand, contract, backward compatible, backwards compatible, additive, two-phase, dual write',
      'backfilling: backfill, batch, chunk',
      'avoiding locks: lock, online migration, concurrently, pt-online, gh-ost',
      'deploy ordering: deploy, rollback, feature flag, old code',
      'verification: verify, compare, check, monitor',
    ],
    goodAnswer: 'Expand-and-contract: add compatible schema, backfill in batches, switch reads and writes with flags, then remove the old shape.',
  },
  {
    id: 'be-api-security',
    skills: ['Application Security', 'OWASP'],
    text: 'What are the most common security vulnerabilities in web APIs, and how do you prevent them in code you write?',
    concepts: [
      'injection: sql injection, injection, parameteriz, prepared statement',
      'broken access control: broken authentication, idor, authorization, access control, object level',
      'input validation: validat, sanitiz, schema',
      'secrets and transport: tls, https, secret, vault',
      'abuse and auditing: rate limit, audit, logging, owasp',
    ],
    goodAnswer: 'Covers injection, broken object-level authorization, validation, secrets handling and rate limiting, each with a concrete prevention.',
  },
  {
    id: 'be-webhooks',
    text: 'Design a webhook delivery system that notifies your customers’ servers about events reliably.',
    concepts: [
      'retries with backoff: retry, backoff, exponential',
      'payload signing: signature, hmac, secret, verify',
      'ordering and duplicates: event id, idempoten, order, duplicate',
      'failing endpoints: dead letter, disable, alert, circuit breaker',
      'durable outbox: outbox, queue, persist',
    ],
    goodAnswer: 'A durable outbox and queue, signed payloads, retries with backoff, event ids for deduplication and handling of endpoints that keep failing.',
  },
]);
