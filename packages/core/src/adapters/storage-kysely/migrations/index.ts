import type { Migration, MigrationProvider } from 'kysely';
import { createInitialMigration } from './0001-initial.js';
import { createReportSearchMigration } from './0002-report-search.js';
import { createReportStatisticsMigration } from './0003-report-statistics.js';
import { createDecisionSequenceMigration } from './0004-decision-sequence.js';
import { createDsaCodeSubmissionsMigration } from './0005-dsa-code-submissions.js';
import { createWebhooksMigration } from './0007-webhooks.js';
import { createTemplatesAuthoringMigration } from './0008-templates-authoring.js';
import { createInvitationMailMigration } from './0009-invitation-mail.js';
import type { MigrationOptions } from './migration-options.js';

export type { MigrationOptions } from './migration-options.js';

/** Kysely's migration bookkeeping tables, named so they never collide with an application's own. */
export const MIGRATION_TABLE = 'coach_migration';
export const MIGRATION_LOCK_TABLE = 'coach_migration_lock';

/** Coach's migrations in order; names sort in the order they run. */
export function createMigrationProvider(options: MigrationOptions): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '0001-initial': createInitialMigration(options),
        '0002-report-search': createReportSearchMigration(options),
        '0003-report-statistics': createReportStatisticsMigration(options),
        '0004-decision-sequence': createDecisionSequenceMigration(options),
        '0005-dsa-code-submissions': createDsaCodeSubmissionsMigration(options),
        '0007-webhooks': createWebhooksMigration(options),
        '0008-templates-authoring': createTemplatesAuthoringMigration(options),
        '0009-invitation-mail': createInvitationMailMigration(options),
      };
    },
  };
}
