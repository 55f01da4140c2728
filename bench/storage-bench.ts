// Storage benchmark: 100,000 reports in SQLite and in PostgreSQL, then the recruiter's queries
// (list with each filter and both sorts, deep cursor pages, text search, statistics), printing
// median and p95 latency per query and dialect. Numbers are for reading, never asserted.
//
//   npx tsx bench/storage-bench.ts            (or `npm run bench -- storage`)
//   REPORTS=20000 RUNS=50 npx tsx bench/storage-bench.ts
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Decision, Report, ReportFilter, ReportSort } from '../packages/core/src/domain/report-types.js';
import type { Storage } from '../packages/core/src/ports/storage.js';
import { createId } from '../packages/core/src/internal/ids.js';
import { reportToRow } from '../packages/core/src/adapters/storage-kysely/repositories/report-rows.js';
import { encodeReportCursor } from '../packages/core/src/adapters/storage-kysely/report-cursor.js';
import type { ReportRow } from '../packages/core/src/adapters/storage-kysely/database-types.js';
import {
  createTestPostgresStorage,
  createTestSqliteStorage,
  isPostgresReachable,
  TEST_PG_URL,
  type TestStorage,
} from '../packages/core/src/testing/test-storage.js';

const REPORTS = Number(process.env.REPORTS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 40);
const WARMUP = 3;

const ROLES = [
  ['Backend Engineer', 18],
  ['Frontend Engineer', 15],
  ['Full Stack Engineer', 14],
  ['Data Scientist', 9],
  ['Machine Learning Engineer', 7],
  ['DevOps Engineer', 7],
  ['Mobile Developer', 6],
  ['Product Manager', 6],
  ['QA Engineer', 5],
  ['Data Engineer', 5],
  ['Engineering Manager', 4],
  ['Security Engineer', 3],
  ['Site Reliability Engineer', 1],
] as const;
const FIRST = [
  'Ada',
  'Grace',
  'Linus',
  'Margaret',
  'Alan',
  'Barbara',
  'Ken',
  'Frances',
  'Dennis',
  'Radia',
  'Edsger',
  'Hedy',
  'Tim',
  'Katherine',
  'Guido',
  'Anita',
  'Bjarne',
  'Sophie',
  'John',
  'Mary',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Turing',
  'Liskov',
  'Thompson',
  'Allen',
  'Ritchie',
  'Perlman',
  'Dijkstra',
  'Lamarr',
  'Berners-Lee',
  'Johnson',
  'van Rossum',
  'Borg',
  'Stroustrup',
  'Wilson',
  'McCarthy',
  'Jackson',
];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net', 'university.example.edu'];

interface Row {
  dialect: string;
  query: string;
  median: number;
  p95: number;
  rows: number;
}

/** Fills SQLite and PostgreSQL with reports and times every recruiter query. */
export async function runStorageBench(): Promise<void> {
  const results: Row[] = [];
  const targets: [string, () => Promise<TestStorage>][] = [['sqlite', createTestSqliteStorage]];
  if (await isPostgresReachable()) targets.push(['postgres', createTestPostgresStorage]);
  else console.warn(`PostgreSQL is not reachable at ${TEST_PG_URL}; benchmarking SQLite only.`);

  for (const [dialect, create] of targets) {
    const fixture = await create();
    try {
      const started = performance.now();
      const reports = generateReports(REPORTS);
      await bulkInsert(fixture.database, reports.map(reportToRow));
      console.log(`${dialect}: inserted ${REPORTS.toLocaleString('en-US')} reports in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      results.push(...(await measureQueries(dialect, fixture.storage, reports)));
    } finally {
      await fixture.cleanup();
    }
  }
  printTable(results);
  const slow = results.filter((row) => row.p95 >= 20);
  console.log(slow.length ? `\n${slow.length} queries at or above 20 ms p95.` : '\nEvery query under 20 ms p95.');
}

async function measureQueries(dialect: string, storage: Storage, reports: Report[]): Promise<Row[]> {
  const results: Row[] = [];
  const time = async (query: string, run: () => Promise<number>) => {
    for (let index = 0; index < WARMUP; index++) await run();
    const samples: number[] = [];
    let rows = 0;
    for (let index = 0; index < RUNS; index++) {
      const started = performance.now();
      rows = await run();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    results.push({ dialect, query, median: percentile(samples, 0.5), p95: percentile(samples, 0.95), rows });
  };
  const list =
    (filter: ReportFilter, sort: ReportSort, cursor: string | null = null) =>
    async () =>
      (await storage.reports.list({ filter, sort, limit: 20, cursor })).reports.length;

  const filters: [string, ReportFilter][] = [
    ['all', {}],
    ['decision=Accepted', { decision: 'Accepted' }],
    ['role=Data Engineer', { role: 'Data Engineer' }],
    ['role=Site Reliability (1%)', { role: 'Site Reliability Engineer' }],
    ['minScore=9', { minScore: 9 }],
    ['decision+role', { decision: 'Declined', role: 'Security Engineer' }],
    ['role+minScore', { role: 'Product Manager', minScore: 8 }],
    ['decision+minScore', { decision: 'Accepted', minScore: 9.5 }],
    ['decision+role+minScore', { decision: 'Pending', role: 'QA Engineer', minScore: 7 }],
  ];
  for (const sort of ['newest', 'score'] as const) {
    for (const [label, filter] of filters) {
      await time(`list ${sort} ${label}`, list(filter, sort));
      // A cursor half-way through the matches: keyset pagination must not slow down with depth.
      const matches = sortReports(
        reports.filter((report) => matchesFilter(report, filter)),
        sort,
      );
      const middle = matches[Math.floor(matches.length / 2)];
      if (middle) {
        const cursor = encodeReportCursor({ sort, createdAt: middle.createdAt, id: middle.id, score: sort === 'score' ? middle.overallScore : null });
        await time(`list ${sort} ${label} deep page`, list(filter, sort, cursor));
      }
    }
    const page2 = (await storage.reports.list({ sort, limit: 20 })).nextCursor;
    await time(`list ${sort} page 2`, list({}, sort, page2));
  }

  const searches: [string, string][] = [
    ['common (engineer)', 'engineer'],
    ['name (lovelace)', 'lovelace'],
    ['email fragment (ada.hopp)', 'ada.hopp'],
    ['rare (one candidate)', reports[Math.floor(reports.length / 3)]?.candidateEmail.split('@')[0] ?? 'x'],
    ['no match', 'zzqqxx'],
    ['two letters (ox)', 'ox'],
  ];
  for (const [label, query] of searches) {
    await time(`search ${label}`, list({ query }, 'newest'));
  }
  await time('search rare + score sort', list({ query: searches[3]?.[1] ?? 'x' }, 'score'));
  await time('search common + decision', list({ query: 'engineer', decision: 'Declined' }, 'newest'));

  await time('statistics', async () => (await storage.reports.statistics()).total);
  return results;
}

/** Inserts many rows per statement in one transaction, straight through the driver. */
export async function bulkInsert(database: TestStorage['database'], rows: ReportRow[]): Promise<void> {
  const columns = Object.keys(rows[0] as ReportRow) as (keyof ReportRow)[];
  if (database.dialect === 'sqlite') {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
    const connection = new Database(database.filename);
    try {
      const statement = connection.prepare(`insert into coach_reports (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      connection.transaction(() => {
        for (const row of rows) statement.run(columns.map((column) => row[column]));
      })();
    } finally {
      connection.close();
    }
    return;
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: database.connectionString });
  await client.connect();
  try {
    await client.query('begin');
    const batch = 1000;
    for (let offset = 0; offset < rows.length; offset += batch) {
      const values: unknown[] = [];
      const tuples = rows.slice(offset, offset + batch).map((row) => `(${columns.map((column) => `$${values.push(row[column])}`).join(', ')})`);
      await client.query(`insert into "${database.schema}".coach_reports (${columns.join(', ')}) values ${tuples.join(', ')}`, values);
    }
    await client.query('commit');
    // Autovacuum analyses a table this size soon after such an insert; do it now so the
    // planner sees the data as it would in production.
    await client.query(`vacuum analyze "${database.schema}".coach_reports`);
  } finally {
    await client.end();
  }
}

export function generateReports(count: number): Report[] {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const roleWeights = ROLES.reduce((sum, [, weight]) => sum + weight, 0);
  const pickRole = () => {
    let threshold = random() * roleWeights;
    for (const [role, weight] of ROLES) if ((threshold -= weight) < 0) return role;
    return ROLES[0][0];
  };
  const now = Date.now();
  const twoYears = 2 * 365 * 24 * 3600 * 1000;
  const reports: Report[] = [];
  for (let index = 0; index < count; index++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    // Roughly normal scores around 6, kept in 0..10 with two decimals.
    const score = Math.min(10, Math.max(0, Math.round((6 + (random() + random() + random() - 1.5) * 3.2) * 100) / 100));
    const decisionRoll = random();
    const decision: Decision = decisionRoll < 0.6 ? 'Pending' : decisionRoll < 0.85 ? 'Accepted' : 'Declined';
    const createdAt = new Date(now - Math.floor(random() * twoYears)).toISOString();
    reports.push({
      id: createId(),
      sessionId: createId(),
      candidateName: `${first} ${last}`,
      candidateEmail: `${first}.${last}${index}@${pick(DOMAINS)}`.toLowerCase().replace(/\s+/g, ''),
      role: pickRole(),
      overallScore: score,
      behavioralScore: score,
      technicalScore: score,
      dsaScore: null,
      weights: { behavioral: 0.5, technical: 0.5, dsa: 0 },
      summary: 'Generated for the benchmark.',
      strengths: ['communication', 'problem solving'],
      improvements: ['testing'],
      questions: [],
      dsa: null,
      resumeSummary: null,
      decision,
      provenance: [{ provider: 'offline', modelId: 'offline', task: 'final-feedback', promptVersion: 1 }],
      createdAt,
      updatedAt: createdAt,
    });
  }
  return reports;
}

function matchesFilter(report: Report, filter: ReportFilter): boolean {
  if (filter.decision !== undefined && report.decision !== filter.decision) return false;
  if (filter.role !== undefined && report.role !== filter.role) return false;
  if (filter.minScore !== undefined && report.overallScore < filter.minScore) return false;
  return true;
}

function sortReports(reports: Report[], sort: ReportSort): Report[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...reports].sort((a, b) => (sort === 'score' ? b.overallScore - a.overallScore : 0) || text(b.createdAt, a.createdAt) || text(b.id, a.id));
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function printTable(rows: Row[]): void {
  const width = Math.max(...rows.map((row) => row.query.length), 5);
  console.log(`\n${'dialect'.padEnd(9)}${'query'.padEnd(width + 2)}${'median ms'.padStart(10)}${'p95 ms'.padStart(10)}${'rows'.padStart(6)}`);
  for (const row of rows) {
    console.log(
      `${row.dialect.padEnd(9)}${row.query.padEnd(width + 2)}${row.median.toFixed(2).padStart(10)}${row.p95.toFixed(2).padStart(10)}${String(row.rows).padStart(6)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStorageBench();
}
