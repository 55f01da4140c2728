import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import type { DsaCodeSubmission, DsaRound } from '../../../domain/dsa-types.js';
import type { DsaRepository } from '../../../ports/storage.js';
import type { DsaCodeSubmissionRow, DsaRoundRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

type DsaRoundData = Pick<DsaRound, 'problem' | 'messages' | 'submissions' | 'evaluation' | 'done'>;
type Db = RepositoryContext['db'];

/** The DSA round of a session (at most one), with optimistic versioning. */
export function createDsaRepository({ db }: RepositoryContext): DsaRepository {
  return {
    async get({ sessionId }) {
      const row = await db.selectFrom('coach_dsa_rounds').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
      return row ? rowToRound(row, await listSubmissions(db, sessionId)) : null;
    },

    async create({ round }) {
      const stored = await db.insertInto('coach_dsa_rounds').values(roundToRow(round, round.version)).returningAll().executeTakeFirstOrThrow();
      return rowToRound(stored, await listSubmissions(db, round.sessionId));
    },

    async update({ round, expectedVersion }) {
      const { session_id: _sessionId, created_at: _createdAt, ...changes } = roundToRow(round, expectedVersion + 1);
      const stored = await db
        .updateTable('coach_dsa_rounds')
        .set(changes)
        .where('session_id', '=', round.sessionId)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!stored) {
        throw new ConflictError({ message: 'The DSA round was changed or deleted by someone else; reload it and try again.' });
      }
      return rowToRound(stored, await listSubmissions(db, round.sessionId));
    },

    async addCodeSubmission({ sessionId, submission }) {
      const round = await db.selectFrom('coach_dsa_rounds').select('session_id').where('session_id', '=', sessionId).executeTakeFirst();
      if (!round) throw new NotFoundError({ entity: 'DSA round', id: sessionId, message: 'This session has no DSA round.' });
      const row: DsaCodeSubmissionRow = {
        id: submission.id,
        session_id: sessionId,
        language: submission.language,
        code: submission.code,
        status: submission.status,
        passed: submission.passed,
        total: submission.total,
        score: submission.score,
        timing_note: submission.timingNote,
        created_at: toTimestamp(submission.createdAt, 'submission.createdAt'),
      };
      const stored = await db.insertInto('coach_dsa_code_submissions').values(row).returningAll().executeTakeFirstOrThrow();
      return rowToSubmission(stored);
    },
  };
}

async function listSubmissions(db: Db, sessionId: string): Promise<DsaCodeSubmission[]> {
  const rows = await db.selectFrom('coach_dsa_code_submissions').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy('id').execute();
  return rows.map(rowToSubmission);
}

function rowToSubmission(row: DsaCodeSubmissionRow): DsaCodeSubmission {
  return {
    id: row.id,
    language: row.language as DsaCodeSubmission['language'],
    code: row.code,
    status: row.status as DsaCodeSubmission['status'],
    passed: Number(row.passed),
    total: Number(row.total),
    score: Number(row.score),
    timingNote: row.timing_note,
    createdAt: row.created_at,
  };
}

function roundToRow(round: DsaRound, version: number): DsaRoundRow {
  const data: DsaRoundData = {
    problem: round.problem,
    messages: round.messages,
    submissions: round.submissions,
    evaluation: round.evaluation,
    done: round.done,
  };
  return {
    session_id: round.sessionId,
    data: JSON.stringify(data),
    version,
    created_at: toTimestamp(round.createdAt, 'round.createdAt'),
    updated_at: toTimestamp(round.updatedAt, 'round.updatedAt'),
  };
}

function rowToRound(row: DsaRoundRow, codeSubmissions: DsaCodeSubmission[]): DsaRound {
  const data = JSON.parse(row.data) as DsaRoundData;
  return {
    sessionId: row.session_id,
    problem: data.problem,
    messages: data.messages,
    submissions: data.submissions,
    codeSubmissions,
    evaluation: data.evaluation,
    done: data.done,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
