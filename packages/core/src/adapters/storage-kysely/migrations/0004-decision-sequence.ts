import type { Kysely, Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * Numbers each report's decision changes (`seq`, 1, 2, …), assigned under the report's row
 * lock, so that the audit trail is read in the order the changes were applied. Ordering by
 * the timestamp broke under concurrent decisions on PostgreSQL, where a caller could take its
 * time before waiting for the lock. Existing rows are numbered by their time, then id.
 */
export function createDecisionSequenceMigration(_options: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('coach_decision_changes')
        .addColumn('seq', 'integer', (column) => column.notNull().defaultTo(0))
        .execute();
      // The query builder rather than raw SQL, so that the schema of the migration applies.
      await db
        .updateTable('coach_decision_changes as changed')
        .set((eb) => ({
          seq: eb
            .selectFrom('coach_decision_changes as earlier')
            .select((inner) => inner.fn.countAll().as('n'))
            .whereRef('earlier.report_id', '=', 'changed.report_id')
            .where((inner) =>
              inner.or([
                inner('earlier.at', '<', inner.ref('changed.at')),
                inner.and([inner('earlier.at', '=', inner.ref('changed.at')), inner('earlier.id', '<=', inner.ref('changed.id'))]),
              ]),
            ),
        }))
        .execute();
      await db.schema.createIndex('coach_decision_changes_report_seq').on('coach_decision_changes').columns(['report_id', 'seq']).unique().execute();
    },
  };
}
