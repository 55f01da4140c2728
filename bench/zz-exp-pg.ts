import pg from 'pg';
import { reportToRow } from '../packages/core/src/adapters/storage-kysely/repositories/report-rows.js';
import { createTestPostgresStorage } from '../packages/core/src/testing/test-storage.js';
import { generateReports, bulkInsert } from './storage-bench.js';
const f = await createTestPostgresStorage();
const db = f.database as { dialect: 'postgres'; schema: string; connectionString: string };
await bulkInsert(db, generateReports(100_000).map(reportToRow));
const client = new pg.Client({ connectionString: db.connectionString }); await client.connect();
await client.query(`set search_path = ${db.schema}`);
for (const q of [`select id from coach_reports where search_text like $1 escape '\\' limit 2001`, `select id from coach_reports where search_text like $1 limit 2001`, `select id from coach_reports where search_text like $1 limit 2001`]) {
  const r = await client.query(`explain (analyze, buffers) ${q}`, ['%ox%']);
  console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
}
console.log((await client.query(`select indexname, pg_relation_size(indexname::regclass) from pg_indexes where tablename = 'coach_reports'`)).rows);
console.log((await client.query(`select pg_relation_size('coach_reports'), relallvisible, relpages from pg_class where relname = 'coach_reports'`)).rows);
await client.query('set enable_seqscan = off');
for (let i = 0; i < 3; i++) { const r = await client.query(`explain (analyze) select id from coach_reports where search_text like $1 limit 2001`, ['%ox%']); console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n')); }
await client.query('set enable_seqscan = on');
for (let i = 0; i < 3; i++) { const r = await client.query(`explain (analyze) select id from coach_reports where search_text like $1 limit 2001`, ['%ox%']); console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n')); }
await client.end();
await f.cleanup();
