import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { CoachDatabase } from '../database-types.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import { ValidationError } from '../../../errors/validation-error.js';
import { DECISIONS, type Decision, type DecisionChange, type ReportFilter, type ReportSort } from '../../../domain/report-types.js';
import type { ReportRepository } from '../../../ports/storage.js';
import { createId } from '../../../internal/ids.js';
import { decodeReportCursor, encodeReportCursor } from '../report-cursor.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';
import { REPORT_SUMMARY_COLUMNS, reportToRow, rowToReport, rowToSummary } from './report-rows.js';
import { computeReportStatistics } from './report-statistics.js';

const SORTS: readonly ReportSort[] = ['newest', 'score'];

/** Reports with keyset-paginated listing, statistics, the decision audit trail and cascading deletes. */
export function createReportRepository(context: RepositoryContext): ReportRepository {
  const { db } = context;

  const get = async (id: string) => {
    const row = await db.selectFrom('coach_reports').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? rowToReport(row) : null;
  };

  return {
    async create({ report }) {
      const stored = await db.insertInto('coach_reports').values(reportToRow(report)).returningAll().executeTakeFirstOrThrow();
      return rowToReport(stored);
    },

    get: ({ id }) => get(id),

    async update({ report }) {
      const row = reportToRow(report);
      const stored = await db
        .updateTable('coach_reports')
        .set({
          candidate_name: row.candidate_name,
          candidate_email: row.candidate_email,
          role: row.role,
          overall_score: row.overall_score,
          search_text: row.search_text,
          data: row.data,
          updated_at: row.updated_at,
        })
        .where('id', '=', report.id)
        .returningAll()
        .executeTakeFirst();
      if (!stored) throw new NotFoundError({ entity: 'report', id: report.id });
      return rowToReport(stored);
    },

    async getBySession({ sessionId }) {
      const row = await db.selectFrom('coach_reports').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
      return row ? rowToReport(row) : null;
    },

    async list({ filter = {}, sort = 'newest', limit = 20, cursor = null }) {
      validateListOptions(filter, sort, limit);
      const after = cursor === null || cursor === undefined ? null : decodeReportCursor(cursor, sort);
      let query = db.selectFrom('coach_reports').select(REPORT_SUMMARY_COLUMNS);
      if (filter.decision !== undefined) query = query.where('decision', '=', filter.decision);
      if (filter.role !== undefined && filter.role !== '') query = query.where('role', '=', filter.role);
      if (filter.minScore !== undefined) query = query.where('overall_score', '>=', filter.minScore);
      if (filter.templateId !== undefined && filter.templateId !== '') query = query.where('template_id', '=', filter.templateId);
      const term = filter.query?.trim().toLowerCase();
      if (term) {
        const pattern = `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
        query = query.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
        const candidates = await searchCandidates(context, term, pattern);
        if (candidates?.length === 0) return { reports: [], nextCursor: null };
        if (candidates) query = query.where('seq', 'in', candidates);
      }
      if (after) {
        query =
          sort === 'score'
            ? query.where((eb) => eb(eb.refTuple('overall_score', 'created_at', 'id'), '<', eb.tuple(after.score ?? 0, after.createdAt, after.id)))
            : query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(after.createdAt, after.id)));
      }
      if (sort === 'score') query = query.orderBy('overall_score', 'desc');
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit).map(rowToSummary);
      const last = page[page.length - 1];
      const nextCursor =
        rows.length > limit && last
          ? encodeReportCursor({ sort, createdAt: last.createdAt, id: last.id, score: sort === 'score' ? last.overallScore : null })
          : null;
      return { reports: page, nextCursor };
    },

    statistics: (options) => computeReportStatistics(context, options?.now ?? new Date().toISOString()),

    async setDecision({ id, decision, actor, at }) {
      if (!DECISIONS.includes(decision)) {
        throw new ValidationError({ message: 'Unknown decision.', issues: [{ path: 'decision', message: `must be one of ${DECISIONS.join(', ')}` }] });
      }
      if (typeof at === 'string') toTimestamp(at, 'at');
      return context.atomic(async ({ db: tx, dialect }) => {
        let current = tx.selectFrom('coach_reports').select('decision').where('id', '=', id);
        // SQLite's transaction already holds the write lock; PostgreSQL locks the row so two
        // concurrent deciders append one audit entry each, in order.
        if (dialect === 'postgres') current = current.forUpdate();
        const row = await current.executeTakeFirst();
        if (!row) throw new NotFoundError({ entity: 'report', id });
        const previous = row.decision as Decision;
        if (previous !== decision) {
          // Numbered and timed under the lock: the trail reads in the order changes were applied,
          // and no entry is older than the one before it.
          const last = await tx
            .selectFrom('coach_decision_changes')
            .select(['seq', 'at'])
            .where('report_id', '=', id)
            .orderBy('seq', 'desc')
            .limit(1)
            .executeTakeFirst();
          const now = toTimestamp(typeof at === 'function' ? at() : at, 'at');
          const changedAt = last && last.at > now ? last.at : now;
          await tx.updateTable('coach_reports').set({ decision, updated_at: changedAt }).where('id', '=', id).execute();
          await tx
            .insertInto('coach_decision_changes')
            .values({ id: createId(), report_id: id, from_decision: previous, to_decision: decision, actor, at: changedAt, seq: Number(last?.seq ?? 0) + 1 })
            .execute();
        }
        const stored = await tx.selectFrom('coach_reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        return { report: rowToReport(stored), previous, changed: previous !== decision };
      });
    },

    async listDecisionChanges({ reportId }) {
      const rows = await db.selectFrom('coach_decision_changes').selectAll().where('report_id', '=', reportId).orderBy('seq').execute();
      return rows.map((row): DecisionChange => ({
        id: row.id,
        reportId: row.report_id,
        from: row.from_decision as Decision,
        to: row.to_decision as Decision,
        actor: row.actor,
        at: row.at,
      }));
    },

    async delete({ id }) {
      return context.atomic(async ({ db: tx }) => {
        const report = await tx.selectFrom('coach_reports').select('session_id').where('id', '=', id).executeTakeFirst();
        if (!report) return false;
        const sessions = tx
          .selectFrom('coach_sessions')
          .select('id')
          .where((eb) => (report.session_id === null ? eb('report_id', '=', id) : eb.or([eb('id', '=', report.session_id), eb('report_id', '=', id)])));
        await tx.deleteFrom('coach_turns').where('session_id', 'in', sessions).execute();
        await tx.deleteFrom('coach_dsa_code_submissions').where('session_id', 'in', sessions).execute();
        await tx.deleteFrom('coach_dsa_rounds').where('session_id', 'in', sessions).execute();
        await tx.deleteFrom('coach_sessions').where('id', 'in', sessions).execute();
        await tx.deleteFrom('coach_decision_changes').where('report_id', '=', id).execute();
        await tx.deleteFrom('coach_invites').where('report_id', '=', id).execute();
        await deleteWebhookDeliveries(tx, (eb) => eb('report_id', '=', id));
        await tx.deleteFrom('coach_reports').where('id', '=', id).execute();
        return true;
      });
    },

    async deleteCreatedBefore({ before }) {
      const cutoff = toTimestamp(before, 'before');
      return context.atomic(async ({ db: tx }) => {
        const reports = tx.selectFrom('coach_reports').select('id').where('created_at', '<', cutoff);
        const reportSessions = tx.selectFrom('coach_reports').select('session_id').where('created_at', '<', cutoff).where('session_id', 'is not', null);
        const sessions = tx
          .selectFrom('coach_sessions')
          .select('id')
          .where((eb) => eb.or([eb('id', 'in', reportSessions), eb('report_id', 'in', reports)]));
        await tx.deleteFrom('coach_turns').where('session_id', 'in', sessions).execute();
        await tx.deleteFrom('coach_dsa_code_submissions').where('session_id', 'in', sessions).execute();
        await tx.deleteFrom('coach_dsa_rounds').where('session_id', 'in', sessions).execute();
        await tx.deleteFrom('coach_sessions').where('id', 'in', sessions).execute();
        await tx.deleteFrom('coach_decision_changes').where('report_id', 'in', reports).execute();
        await tx.deleteFrom('coach_invites').where('report_id', 'in', reports).execute();
        await deleteWebhookDeliveries(tx, (eb) => eb('report_id', 'in', reports));
        const result = await tx.deleteFrom('coach_reports').where('created_at', '<', cutoff).executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },
  };
}

/** Above this many candidate matches, walking the sort index and testing each row is cheaper. */
const SEARCH_CANDIDATE_LIMIT = 2000;

/**
 * On SQLite, the rowids of the reports that may match `term`, found in the FTS5 trigram table
 * (migration 0002), when there are few of them: for a rare term this finds the rows at once,
 * while for a common one walking the sort index and testing rows fills a page sooner (null).
 * Terms of three characters or more are looked up by trigram; shorter ones scan the table's
 * narrow copy of the search text instead of the wide report rows. The exact `LIKE` test stays
 * in the list query either way. PostgreSQL's planner does the same with its trigram index.
 */
async function searchCandidates(context: RepositoryContext, term: string, pattern: string): Promise<number[] | null> {
  const { db } = context;
  if (context.dialect !== 'sqlite' || !(await context.hasSearchIndex(db))) return null;
  const condition = [...term].length < 3 ? sql`search_text like ${pattern} escape '\\'` : sql`coach_reports_search match ${`"${term.replaceAll('"', '""')}"`}`;
  const result = await sql<{ rowid: number }>`select rowid from coach_reports_search where ${condition} limit ${SEARCH_CANDIDATE_LIMIT + 1}`.execute(db);
  if (result.rows.length > SEARCH_CANDIDATE_LIMIT) return null;
  return result.rows.map((row) => Number(row.rowid));
}

function validateListOptions(filter: ReportFilter, sort: ReportSort, limit: number): void {
  const issues: { path: string; message: string }[] = [];
  if (!SORTS.includes(sort)) issues.push({ path: 'sort', message: `must be one of ${SORTS.join(', ')}` });
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) issues.push({ path: 'limit', message: 'must be an integer from 1 to 100' });
  if (filter.decision !== undefined && !DECISIONS.includes(filter.decision)) {
    issues.push({ path: 'filter.decision', message: `must be one of ${DECISIONS.join(', ')}` });
  }
  if (filter.minScore !== undefined && !(typeof filter.minScore === 'number' && Number.isFinite(filter.minScore))) {
    issues.push({ path: 'filter.minScore', message: 'must be a number' });
  }
  if (issues.length) throw new ValidationError({ message: 'Invalid report list options.', issues });
}

/** Erases the webhook deliveries (and their attempts) that carry an erased report's data. */
async function deleteWebhookDeliveries(
  tx: Kysely<CoachDatabase>,
  about: (eb: ExpressionBuilder<CoachDatabase, 'coach_webhook_deliveries'>) => Expression<SqlBool>,
): Promise<void> {
  const deliveries = tx.selectFrom('coach_webhook_deliveries').select('id').where(about);
  await tx.deleteFrom('coach_webhook_attempts').where('delivery_id', 'in', deliveries).execute();
  await tx.deleteFrom('coach_webhook_deliveries').where(about).execute();
}
