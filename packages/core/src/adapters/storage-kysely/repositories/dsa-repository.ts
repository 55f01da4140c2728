import { ConflictError } from '../../../errors/conflict-error.js';
import type { DsaRound } from '../../../domain/dsa-types.js';
import type { DsaRepository } from '../../../ports/storage.js';
import type { DsaRoundRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toTimestamp } from '../timestamps.js';

type DsaRoundData = Pick<DsaRound, 'problem' | 'messages' | 'submissions' | 'evaluation' | 'done'>;

/** The DSA round of a session (at most one), with optimistic versioning. */
export function createDsaRepository({ db }: RepositoryContext): DsaRepository {
  return {
    async get({ sessionId }) {
      const row = await db.selectFrom('coach_dsa_rounds').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
      return row ? rowToRound(row) : null;
    },

    async create({ round }) {
      const stored = await db.insertInto('coach_dsa_rounds').values(roundToRow(round, round.version)).returningAll().executeTakeFirstOrThrow();
      return rowToRound(stored);
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
      return rowToRound(stored);
    },
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

function rowToRound(row: DsaRoundRow): DsaRound {
  const data = JSON.parse(row.data) as DsaRoundData;
  return {
    sessionId: row.session_id,
    problem: data.problem,
    messages: data.messages,
    submissions: data.submissions,
    evaluation: data.evaluation,
    done: data.done,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
