import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * On PostgreSQL, indexes the report search text with trigrams so `%term%` searches need not
 * scan the table. It needs the `pg_trgm` extension: used when installed, created when the role
 * may create it, and otherwise skipped (search then scans, which stays correct). SQLite scans
 * the covering search index instead, which is fast enough at the sizes SQLite serves.
 */
export function createReportSearchTrigramMigration({ dialect, schema }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect !== 'postgres') return;
      let extensionSchema = await findTrigramSchema(db);
      if (extensionSchema === null) {
        // A failed CREATE EXTENSION (no privilege, not available) would abort the migration's
        // transaction; the savepoint confines the failure.
        await sql`savepoint coach_pg_trgm`.execute(db);
        try {
          await sql`create extension if not exists pg_trgm`.execute(db);
          await sql`release savepoint coach_pg_trgm`.execute(db);
        } catch {
          await sql`rollback to savepoint coach_pg_trgm`.execute(db);
        }
        extensionSchema = await findTrigramSchema(db);
      }
      if (extensionSchema === null) return;
      const table = schema ? sql.id(schema, 'coach_reports') : sql.id('coach_reports');
      await sql`create index coach_reports_search_trgm on ${table} using gin (search_text ${sql.id(extensionSchema)}.gin_trgm_ops)`.execute(db);
    },
  };
}

async function findTrigramSchema(db: Kysely<any>): Promise<string | null> {
  const result = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  return result.rows[0]?.schema ?? null;
}
