import { defineQuestions } from './question-types.js';

/** Technical questions for software engineers in general. */
export const GENERAL_QUESTIONS = defineQuestions('general', 'technical', [
  {
    id: 'ge-code-review',
    text: 'What do you look for when reviewing someone else’s code, and how do you give feedback?',
    concepts: [
      'correctness: correct, bug, edge case, logic',
      'design and readability: readab, naming, design, simplicity, maintainab',
      'tests: test, coverage',
      'security and performance: security, performance',
      'feedback style: kind, constructive, question, suggest, explain why, nit, tone',
    ],
    goodAnswer: 'Checks correctness, design, tests, security and performance, and gives kind, specific feedback that explains why.',
  },
  {
    id: 'ge-unreproducible-bug',
    text: 'How do you approach debugging a bug that you cannot reproduce locally?',
    concepts: [
      'gathering information: log, metric, trace, error report, stack trace, user report',
      'narrowing hypotheses: hypothes, narrow, bisect, isolate',
      'reproducing conditions: reproduce, environment, data, production-like, staging',
      'adding instrumentation: add logging, instrument, feature flag, debug',
      'fix and regression test: regression test, fix, prevent',
    ],
    goodAnswer: 'Collects evidence, forms and narrows hypotheses, recreates the conditions or adds instrumentation, and locks the fix with a test.',
  },
  {
    id: 'ge-testing-levels',
    skills: ['Unit Testing', 'TDD'],
    text: 'How do you decide what to test, and at which level: unit, integration or end to end?',
    concepts: [
      'levels: unit, integration, end-to-end, e2e, pyramid',
      'risk and value: risk, critical, business logic, complex',
      'fast feedback: fast, feedback, ci',
      'test doubles: mock, stub, fake, test double',
      'maintainability: flaky, brittle, behavio, implementation detail',
    ],
    goodAnswer:
      'Tests behaviour where the risk is, mostly fast unit and integration tests, few end-to-end tests, and avoids brittle implementation-coupled tests.',
  },
  {
    id: 'ge-big-o',
    text: 'Explain Big-O notation, and give an example where the algorithm with the better complexity is not the better choice in practice.',
    concepts: [
      'definition: big-o, big o, upper bound, growth, asymptotic, worst case',
      'common classes: o(n), o(log n), o(n^2), o(1), n log n',
      'constant factors and small inputs: constant factor, small input, small n',
      'memory and caches: cache, memory, locality',
      'a concrete example: insertion sort, array, linear search, hash',
    ],
    goodAnswer:
      'Defines asymptotic growth and gives a real case (insertion sort on small arrays, linear scan beating a hash map) where constants and locality win.',
  },
  {
    id: 'ge-git-workflow',
    skills: ['Git'],
    text: 'How do you use Git in a team? Describe your branching strategy and how you handle a bad commit that reached the main branch.',
    concepts: [
      'branching strategy: branch, trunk-based, feature branch, git flow, pull request',
      'history hygiene: rebase, squash, merge, commit message',
      'undoing changes: revert, reset, rollback',
      'shared-branch safety: force push, rewrite history, shared',
      'protection and CI: protected branch, ci, review, checks',
    ],
    goodAnswer: 'Short-lived branches with reviewed pull requests and CI, and `git revert` (not history rewriting) for a bad commit on a shared branch.',
  },
  {
    id: 'ge-design-patterns',
    text: 'Which design patterns do you use most often, and when has applying a pattern made code worse?',
    concepts: [
      'named patterns: factory, strategy, observer, adapter, decorator, singleton, dependency injection, repository',
      'purpose: decouple, extensib, testab, flexib',
      'over-engineering: over-engineer, premature, abstraction, complexity, yagni',
      'a real example: example, when i, project',
      'principles: solid, single responsibility, composition over inheritance',
    ],
    goodAnswer: 'Names patterns with the problem each solves, and an honest example of an abstraction that cost more than it saved.',
  },
  {
    id: 'ge-url-shortener',
    text: 'Design a URL-shortening service like bit.ly. Walk me through the main components and trade-offs.',
    concepts: [
      'ID generation: hash, base62, counter, unique id, collision, short code',
      'storage: database, key-value, table, nosql, index',
      'redirects: 301, 302, redirect',
      'scaling reads: cache, cdn, read-heavy, replica',
      'extras: analytics, expiration, rate limit, abuse, custom alias',
    ],
    goodAnswer: 'Collision-free short codes, a key-value store, cached redirects for a read-heavy load, plus analytics, expiry and abuse protection.',
  },
  {
    id: 'ge-legacy-refactoring',
    text: 'How do you safely refactor a large, poorly tested piece of legacy code?',
    concepts: [
      'characterisation tests: characterization test, characterisation test, safety net, golden master, snapshot, tests first',
      'small steps: small step, incremental, one change at a time',
      'techniques: extract method, strangler, seam, rename, dependency breaking',
      'verification: ci, review, feature flag, compare',
      'where to start: hotspot, churn, business value, touch often',
    ],
    goodAnswer: 'Pins current behaviour with characterisation tests, then refactors in small verified steps, starting where change is frequent.',
  },
  {
    id: 'ge-race-condition',
    text: 'What is a race condition? Give an example and explain how to prevent it.',
    concepts: [
      'definition: race condition, shared state, interleav, timing, concurrent',
      'an example: counter, increment, check-then-act, check then act, balance, double booking',
      'locks: mutex, lock, synchronized, semaphore',
      'atomic operations and transactions: atomic, compare-and-swap, transaction, isolation',
      'avoiding shared state: immutable, message passing, actor, channel',
    ],
    goodAnswer: 'Defines it, gives a check-then-act example, and prevents it with atomic operations, locks or transactions, or by avoiding shared state.',
  },
  {
    id: 'ge-api-styles',
    skills: ['REST APIs', 'GraphQL', 'gRPC'],
    text: 'When would you choose REST, GraphQL or gRPC for an API?',
    concepts: [
      'REST: rest, resource, http, simple',
      'GraphQL: graphql, over-fetching, under-fetching, single endpoint, client-driven',
      'gRPC: grpc, protobuf, binary, streaming, service-to-service',
      'trade-offs: caching, tooling, complexity, browser support',
      'use cases: public api, mobile, microservices, internal',
    ],
    goodAnswer: 'REST for simple, cacheable public APIs; GraphQL for client-driven data needs; gRPC for efficient internal service-to-service calls.',
  },
  {
    id: 'ge-sql-vs-nosql',
    skills: ['PostgreSQL', 'MongoDB', 'DynamoDB', 'Cassandra'],
    text: 'How do you choose between a relational database and a NoSQL database for a new service?',
    concepts: [
      'data model: relation, join, schema, document, key-value, graph',
      'consistency and transactions: acid, transaction, consisten, eventual',
      'scale: horizontal, shard, scale, write throughput',
      'query patterns: access pattern, query, index, ad hoc',
      'operations and team: operational, team, familiar, managed',
    ],
    goodAnswer: 'Decides from the data model, consistency needs, access patterns and scale, defaulting to relational unless a NoSQL strength is needed.',
  },
  {
    id: 'ge-new-codebase',
    text: 'You join a team with a large, unfamiliar codebase. How do you become productive quickly?',
    concepts: [
      'running it: run locally, set up, build, tests',
      'reading strategically: entry point, architecture, diagram, docs, readme, trace a request',
      'asking people: ask, pair, buddy, teammate',
      'small changes first: small, bug fix, first pr, ticket',
      'documenting: document, notes, update docs',
    ],
    goodAnswer: 'Runs it, traces a real request through the architecture, pairs with teammates, ships small changes early and improves the docs.',
  },
  {
    id: 'ge-error-handling',
    text: 'How do you design error handling in an application so that failures are visible to you but users never see internals?',
    concepts: [
      'error types: expected, unexpected, domain error, exception, typed',
      'boundaries: boundary, catch, middleware, handler',
      'user-facing messages: user-friendly, message, stack trace, internal details',
      'logging and monitoring: log, monitor, alert, correlation id, sentry',
      'retries and fallbacks: retry, fallback, graceful degradation, circuit breaker',
    ],
    goodAnswer:
      'Distinguishes expected from unexpected errors, handles them at boundaries, shows safe messages, logs with correlation ids, and degrades gracefully.',
  },
  {
    id: 'ge-optimization',
    text: 'How do you approach making a slow piece of code faster?',
    concepts: [
      'measure first: measure, profile, benchmark, profiler',
      'find the bottleneck: bottleneck, hot path, hotspot',
      'algorithmic improvements: complexity, algorithm, data structure, o(n)',
      'caching and batching: cache, batch, memoiz, precompute',
      'verify the trade-offs: verify, regression, readability, trade-off',
    ],
    goodAnswer: 'Profiles before changing anything, fixes the real hotspot (algorithm first, then caching or batching), and verifies the gain.',
  },
  {
    id: 'ge-documentation',
    text: 'What do you document in a software project, and how do you keep the documentation from going stale?',
    concepts: [
      'what to document: readme, architecture, decision record, adr, api docs, runbook, onboarding',
      'audience: audience, new joiner, user, operator',
      'docs next to code: docs as code, in the repo, next to the code, generated',
      'keeping it fresh: review, pull request, owner, update, definition of done',
      'examples and diagrams: example, diagram',
    ],
    goodAnswer: 'Documents decisions, architecture, APIs and operations for specific audiences, kept in the repository and updated in the same pull requests.',
  },
]);
