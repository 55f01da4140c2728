import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * Keeps running totals of reports per decision, role, whole score and ISO week in
 * `coach_report_stats`, maintained by triggers on `coach_reports` in the same transaction as
 * every write, so that the statistics stay a read of a few dozen rows at any number of reports.
 */
export function createReportStatisticsMigration({ dialect, schema }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      const real = dialect === 'postgres' ? sql`double precision` : sql`real`;
      await db.schema
        .createTable('coach_report_stats')
        .addColumn('dimension', key, (column) => column.notNull())
        .addColumn('value', key, (column) => column.notNull())
        .addColumn('report_count', 'integer', (column) => column.notNull())
        .addColumn('score_sum', real, (column) => column.notNull())
        .addPrimaryKeyConstraint('coach_report_stats_pk', ['dimension', 'value'])
        .execute();
      if (dialect === 'postgres') await createPostgresTriggers(db, schema ?? (await currentSchema(db)));
      else await createSqliteTriggers(db);
    },
  };
}

async function currentSchema(db: Kysely<any>): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = result.rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL reported no current schema.');
  return schema;
}

/** Per-dimension changes of one set of report rows, as `(dimension, value, delta, score)` rows. */
function postgresChanges(rows: string, sign: 1 | -1): string {
  const bucket = 'least(10, greatest(0, floor(overall_score)))::integer::text';
  return ['decision', 'role', bucket, 'created_week']
    .map((expression, index) => {
      const dimension = ['decision', 'role', 'bucket', 'week'][index];
      return `select '${dimension}'::text collate "C" as dimension, (${expression})::text collate "C" as value, ${sign} as delta, ${sign === 1 ? '' : '-'}overall_score as score from ${rows}`;
    })
    .join('\n        union all ');
}

async function createPostgresTriggers(db: Kysely<any>, schema: string): Promise<void> {
  const stats = `"${schema.replaceAll('"', '""')}".coach_report_stats`;
  const reports = `"${schema.replaceAll('"', '""')}".coach_reports`;
  const fn = `"${schema.replaceAll('"', '""')}".coach_report_stats_apply`;
  // Statement-level triggers see all changed rows at once (transition tables), so a bulk
  // insert or delete costs one upsert per touched value, applied in key order so concurrent
  // writers lock counters in the same order.
  const upsert = (changes: string, skipNoOps: boolean) => `
      insert into ${stats} as s (dimension, value, report_count, score_sum)
      select dimension, value, sum(delta)::integer, sum(score) from (
        ${changes}
      ) changes
      group by dimension, value
      ${skipNoOps ? 'having sum(delta) <> 0 or sum(score) <> 0' : ''}
      order by dimension, value
      on conflict (dimension, value) do update
        set report_count = s.report_count + excluded.report_count, score_sum = s.score_sum + excluded.score_sum;`;
  await raw(`
    create function ${fn}() returns trigger language plpgsql as $coach$
    begin
      if tg_op = 'INSERT' then${upsert(postgresChanges('new_rows', 1), false)}
      elsif tg_op = 'DELETE' then${upsert(postgresChanges('old_rows', -1), false)}
      else${upsert(`${postgresChanges('new_rows', 1)}\n        union all ${postgresChanges('old_rows', -1)}`, true)}
      end if;
      return null;
    end
    $coach$`).execute(db);
  await raw(
    `create trigger coach_reports_stats_insert after insert on ${reports} referencing new table as new_rows for each statement execute function ${fn}()`,
  ).execute(db);
  await raw(
    `create trigger coach_reports_stats_delete after delete on ${reports} referencing old table as old_rows for each statement execute function ${fn}()`,
  ).execute(db);
  await raw(
    `create trigger coach_reports_stats_update after update on ${reports} referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`,
  ).execute(db);
  await raw(`insert into ${stats} (dimension, value, report_count, score_sum)
    select dimension, value, sum(delta)::integer, sum(score) from (${postgresChanges(reports, 1)}) changes group by dimension, value`).execute(db);
}

async function createSqliteTriggers(db: Kysely<any>): Promise<void> {
  const values = (row: 'new' | 'old', sign: 1 | -1) => {
    const score = `${sign === 1 ? '' : '-'}${row}.overall_score`;
    return [
      `('decision', ${row}.decision, ${sign}, ${score})`,
      `('role', ${row}.role, ${sign}, ${score})`,
      `('bucket', cast(min(10, max(0, cast(${row}.overall_score as integer))) as text), ${sign}, ${score})`,
      `('week', ${row}.created_week, ${sign}, ${score})`,
    ].join(', ');
  };
  const upsert = (row: 'new' | 'old', sign: 1 | -1) => `
      insert into coach_report_stats (dimension, value, report_count, score_sum) values ${values(row, sign)}
      on conflict (dimension, value) do update
        set report_count = report_count + excluded.report_count, score_sum = score_sum + excluded.score_sum;`;
  await raw(`create trigger coach_reports_stats_insert after insert on coach_reports begin${upsert('new', 1)}
    end`).execute(db);
  await raw(`create trigger coach_reports_stats_delete after delete on coach_reports begin${upsert('old', -1)}
    end`).execute(db);
  await raw(`create trigger coach_reports_stats_update after update of decision, role, overall_score, created_week on coach_reports
    when old.decision is not new.decision or old.role is not new.role or old.overall_score is not new.overall_score or old.created_week is not new.created_week
    begin${upsert('old', -1)}${upsert('new', 1)}
    end`).execute(db);
  await raw(`insert into coach_report_stats (dimension, value, report_count, score_sum)
    select 'decision', decision, count(*), sum(overall_score) from coach_reports group by decision
    union all select 'role', role, count(*), sum(overall_score) from coach_reports group by role
    union all select 'bucket', cast(min(10, max(0, cast(overall_score as integer))) as text), count(*), sum(overall_score) from coach_reports group by 2
    union all select 'week', created_week, count(*), sum(overall_score) from coach_reports group by created_week`).execute(db);
}

function raw(text: string): RawBuilder<unknown> {
  return sql.raw(text);
}
