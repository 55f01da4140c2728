import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * Keeps the runnable code a candidate submits in the DSA round, one row per submission, so the
 * round, the reports and the recruiter see the language, the tests passed and the timing note.
 */
export function createDsaCodeSubmissionsMigration({ dialect }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      const real = dialect === 'postgres' ? sql`double precision` : sql`real`;
      await db.schema
        .createTable('coach_dsa_code_submissions')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('session_id', key, (column) => column.notNull())
        .addColumn('language', 'text', (column) => column.notNull())
        .addColumn('code', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('passed', 'integer', (column) => column.notNull())
        .addColumn('total', 'integer', (column) => column.notNull())
        .addColumn('score', real, (column) => column.notNull())
        .addColumn('timing_note', 'text')
        .addColumn('created_at', key, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_dsa_code_submissions_session').on('coach_dsa_code_submissions').columns(['session_id', 'created_at']).execute();
    },
  };
}
