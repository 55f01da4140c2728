import { ConflictError } from '../../../errors/conflict-error.js';
import type { InterviewSession } from '../../../domain/interview-types.js';
import type { SessionRepository } from '../../../ports/storage.js';
import type { SessionRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

type SessionData = Pick<InterviewSession, 'resume' | 'role' | 'jobDescription' | 'plan' | 'finalFeedback' | 'invitation'>;

/** Interview sessions with optimistic versioning; deleting one deletes its turns and DSA round. */
export function createSessionRepository(context: RepositoryContext): SessionRepository {
  const { db } = context;
  return {
    async create({ session }) {
      const stored = await db.insertInto('coach_sessions').values(sessionToRow(session, session.version)).returningAll().executeTakeFirstOrThrow();
      return rowToSession(stored);
    },

    async get({ id }) {
      const row = await db.selectFrom('coach_sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToSession(row) : null;
    },

    async update({ session, expectedVersion }) {
      const { id: _id, created_at: _createdAt, ...changes } = sessionToRow(session, expectedVersion + 1);
      const stored = await db
        .updateTable('coach_sessions')
        .set(changes)
        .where('id', '=', session.id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!stored) {
        throw new ConflictError({ message: 'The session was changed or deleted by someone else; reload it and try again.' });
      }
      return rowToSession(stored);
    },

    async delete({ id }) {
      return context.atomic(async ({ db: tx }) => {
        await tx.deleteFrom('coach_turns').where('session_id', '=', id).execute();
        await tx.deleteFrom('coach_dsa_code_submissions').where('session_id', '=', id).execute();
        await tx.deleteFrom('coach_dsa_rounds').where('session_id', '=', id).execute();
        const result = await tx.deleteFrom('coach_sessions').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },

    async deleteIdle({ before }) {
      const cutoff = toTimestamp(before, 'before');
      return context.atomic(async ({ db: tx }) => {
        const idle = tx
          .selectFrom('coach_sessions as s')
          .select('s.id')
          .where('s.last_activity_at', '<', cutoff)
          .where('s.report_id', 'is', null)
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('coach_reports as r').select('r.id').whereRef('r.session_id', '=', 's.id'))));
        await tx.deleteFrom('coach_turns').where('session_id', 'in', idle).execute();
        await tx.deleteFrom('coach_dsa_code_submissions').where('session_id', 'in', idle).execute();
        await tx.deleteFrom('coach_dsa_rounds').where('session_id', 'in', idle).execute();
        const result = await tx.deleteFrom('coach_sessions').where('id', 'in', idle).executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },
  };
}

function sessionToRow(session: InterviewSession, version: number): SessionRow {
  const data: SessionData = {
    resume: session.resume,
    role: session.role,
    jobDescription: session.jobDescription,
    plan: session.plan,
    finalFeedback: session.finalFeedback,
    ...(session.invitation ? { invitation: session.invitation } : {}),
  };
  return {
    id: session.id,
    template_id: session.templateId,
    state: session.state,
    report_id: session.reportId,
    data: JSON.stringify(data),
    version,
    created_at: toTimestamp(session.createdAt, 'session.createdAt'),
    updated_at: toTimestamp(session.updatedAt, 'session.updatedAt'),
    last_activity_at: toTimestamp(session.lastActivityAt, 'session.lastActivityAt'),
  };
}

function rowToSession(row: SessionRow): InterviewSession {
  const data = JSON.parse(row.data) as SessionData;
  return {
    id: row.id,
    templateId: row.template_id,
    state: row.state as InterviewSession['state'],
    resume: data.resume,
    role: data.role,
    jobDescription: data.jobDescription,
    plan: data.plan,
    finalFeedback: data.finalFeedback,
    // Only sessions started from a personal link carry one; others read as they were written.
    ...(data.invitation ? { invitation: data.invitation } : {}),
    reportId: row.report_id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
  };
}
