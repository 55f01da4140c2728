import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * Indexes the report search text (lower-cased name, email and role) by trigrams so that
 * `%term%` searches of three characters or more need not read every report.
 *
 * - PostgreSQL: a GIN `gin_trgm_ops` index, which the planner uses for `LIKE '%term%'`. It needs
 *   the `pg_trgm` extension: used when installed, created when the role may, otherwise skipped
 *   (search then scans, which stays correct).
 * - SQLite: an FTS5 table with the trigram tokenizer, kept in step by triggers and keyed by the
 *   report's rowid; it also holds a narrow copy of the search text, which shorter terms scan
 *   instead of the wide report rows. Skipped when the SQLite build lacks FTS5.
 *
 * Terms of one or two characters have no trigram: on PostgreSQL they scan the table.
 */
export function createReportSearchMigration({ dialect, schema }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'postgres') await createTrigramIndex(db, schema);
      else await createSqliteSearchTable(db);
    },
  };
}

async function createTrigramIndex(db: Kysely<any>, schema: string | null): Promise<void> {
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
}

async function findTrigramSchema(db: Kysely<any>): Promise<string | null> {
  const result = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  return result.rows[0]?.schema ?? null;
}

async function createSqliteSearchTable(db: Kysely<any>): Promise<void> {
  await sql`savepoint coach_fts5`.execute(db);
  try {
    await sql`create virtual table coach_reports_search using fts5(search_text, tokenize='trigram')`.execute(db);
  } catch {
    await sql`rollback to savepoint coach_fts5`.execute(db);
    await sql`release savepoint coach_fts5`.execute(db);
    return;
  }
  await sql`release savepoint coach_fts5`.execute(db);
  await sql`
    create trigger coach_reports_search_insert after insert on coach_reports begin
      insert into coach_reports_search (rowid, search_text) values (new.seq, new.search_text);
    end`.execute(db);
  await sql`
    create trigger coach_reports_search_delete after delete on coach_reports begin
      delete from coach_reports_search where rowid = old.seq;
    end`.execute(db);
  await sql`
    create trigger coach_reports_search_update after update of search_text on coach_reports begin
      delete from coach_reports_search where rowid = old.seq;
      insert into coach_reports_search (rowid, search_text) values (new.seq, new.search_text);
    end`.execute(db);
  await sql`insert into coach_reports_search (rowid, search_text) select seq, search_text from coach_reports`.execute(db);
}
