import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import type { AnswerEvaluation } from '../../../domain/evaluation-types.js';
import type { InterviewTurn } from '../../../domain/interview-types.js';
import type { TurnRepository } from '../../../ports/storage.js';
import type { TurnRow } from '../database-types.js';
import type { RepositoryContext } from '../repository-context.js';
import { toNullableTimestamp, toTimestamp } from '../timestamps.js';

/** Questions of a session; an answer is written once, by a conditional update. */
export function createTurnRepository({ db }: RepositoryContext): TurnRepository {
  const exists = async (id: string) => (await db.selectFrom('coach_turns').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

  return {
    async create({ turn }) {
      const stored = await db.insertInto('coach_turns').values(turnToRow(turn)).returningAll().executeTakeFirstOrThrow();
      return rowToTurn(stored);
    },

    async get({ id }) {
      const row = await db.selectFrom('coach_turns').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToTurn(row) : null;
    },

    async listBySession({ sessionId }) {
      const rows = await db.selectFrom('coach_turns').selectAll().where('session_id', '=', sessionId).orderBy('turn_index').execute();
      return rows.map(rowToTurn);
    },

    async recordAnswer({ id, answer, answeredAt }) {
      // The `answer is null` condition makes the write and the check one atomic statement, so
      // of two concurrent answers exactly one updates a row.
      const stored = await db
        .updateTable('coach_turns')
        .set({ answer, answered_at: toTimestamp(answeredAt, 'answeredAt') })
        .where('id', '=', id)
        .where('answer', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (stored) return rowToTurn(stored);
      if (!(await exists(id))) throw new NotFoundError({ entity: 'turn', id });
      throw new ConflictError({ code: 'QUESTION_ALREADY_ANSWERED', message: 'This question has already been answered.' });
    },

    async saveEvaluation({ id, evaluation }) {
      const stored = await db
        .updateTable('coach_turns')
        .set({ evaluation: JSON.stringify(evaluation) })
        .where('id', '=', id)
        .where('answer', 'is not', null)
        .returningAll()
        .executeTakeFirst();
      if (stored) return rowToTurn(stored);
      if (!(await exists(id))) throw new NotFoundError({ entity: 'turn', id });
      throw new ConflictError({ message: 'Only an answered question can be evaluated.' });
    },

    async listSessionsWithPendingAnswer({ answeredBefore, limit }) {
      const rows = await db
        .selectFrom('coach_turns as turn')
        .innerJoin('coach_sessions as session', 'session.id', 'turn.session_id')
        .select('turn.session_id')
        .where('session.state', '=', 'interviewing')
        .where('turn.answer', 'is not', null)
        .where('turn.answered_at', '<', toTimestamp(answeredBefore, 'answeredBefore'))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('coach_turns as later')
                .select('later.id')
                .whereRef('later.session_id', '=', 'turn.session_id')
                .whereRef('later.turn_index', '>', 'turn.turn_index'),
            ),
          ),
        )
        .orderBy('turn.answered_at')
        .limit(Math.max(1, Math.floor(limit)))
        .execute();
      return rows.map((row) => row.session_id);
    },
  };
}

function turnToRow(turn: InterviewTurn): TurnRow {
  return {
    id: turn.id,
    session_id: turn.sessionId,
    turn_index: turn.index,
    kind: turn.kind,
    question: turn.question,
    question_key: turn.questionKey,
    follow_up_of: turn.followUpOf,
    answer: turn.answer,
    answered_at: toNullableTimestamp(turn.answeredAt, 'turn.answeredAt'),
    evaluation: turn.evaluation === null ? null : JSON.stringify(turn.evaluation),
    created_at: toTimestamp(turn.createdAt, 'turn.createdAt'),
  };
}

function rowToTurn(row: TurnRow): InterviewTurn {
  return {
    id: row.id,
    sessionId: row.session_id,
    index: Number(row.turn_index),
    kind: row.kind as InterviewTurn['kind'],
    question: row.question,
    questionKey: row.question_key,
    followUpOf: row.follow_up_of,
    answer: row.answer,
    answeredAt: row.answered_at,
    evaluation: row.evaluation === null ? null : (JSON.parse(row.evaluation) as AnswerEvaluation),
    createdAt: row.created_at,
  };
}
