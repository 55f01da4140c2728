import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import type { InterviewSession } from '../../../domain/interview-types.js';
import { createId } from '../../../internal/ids.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, expectError, fulfilled, makeEvaluation, makeSession, makeTurn, rejected, rejectionOf } from './storage-builders.js';

/** The storage port's contract for questions and answers of a session. */
export function describeTurnStorage(suite: StorageSuite): void {
  describe('turns', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should create, get and list turns ordered by index', async () => {
      const session = await storage.sessions.create({ session: makeSession() });
      const second = makeTurn(session.id, 1, { kind: 'technical', questionKey: 'bank-7', followUpOf: null });
      const first = makeTurn(session.id, 0);
      const third = makeTurn(session.id, 2, { followUpOf: second.id });
      for (const turn of [second, third, first]) expect(await storage.turns.create({ turn })).toEqual(turn);
      expect(await storage.turns.get({ id: second.id })).toEqual(second);
      expect(await storage.turns.get({ id: createId() })).toBeNull();
      expect((await storage.turns.listBySession({ sessionId: session.id })).map((turn) => turn.index)).toEqual([0, 1, 2]);
      expect(await storage.turns.listBySession({ sessionId: createId() })).toEqual([]);
    });

    it('should reject a duplicate id or a duplicate index in the session', async () => {
      const session = await storage.sessions.create({ session: makeSession() });
      const turn = await storage.turns.create({ turn: makeTurn(session.id, 0) });
      expectError(await rejectionOf(storage.turns.create({ turn: { ...turn, index: 5 } })), ConflictError);
      expectError(await rejectionOf(storage.turns.create({ turn: makeTurn(session.id, 0) })), ConflictError);
      await storage.turns.create({ turn: makeTurn(createId(), 0) });
    });

    it('should record an answer once and reject a second one', async () => {
      const session = await storage.sessions.create({ session: makeSession() });
      const turn = await storage.turns.create({ turn: makeTurn(session.id, 0) });
      const answered = await storage.turns.recordAnswer({ id: turn.id, answer: 'First answer', answeredAt: at(5) });
      expect(answered).toEqual({ ...turn, answer: 'First answer', answeredAt: at(5) });
      const error = await rejectionOf(storage.turns.recordAnswer({ id: turn.id, answer: 'Second', answeredAt: at(6) }));
      expectError(error, ConflictError, 'QUESTION_ALREADY_ANSWERED');
      expect((await storage.turns.get({ id: turn.id }))?.answer).toBe('First answer');
    });

    it('should throw NotFoundError when answering an unknown turn', async () => {
      expectError(await rejectionOf(storage.turns.recordAnswer({ id: createId(), answer: 'x', answeredAt: at(1) })), NotFoundError);
    });

    it('should let exactly one of concurrent answers to the same question win', async () => {
      const session = await storage.sessions.create({ session: makeSession() });
      const turn = await storage.turns.create({ turn: makeTurn(session.id, 0) });
      const all = await racers(8);
      const results = await Promise.allSettled(
        all.map((each, index) => each.turns.recordAnswer({ id: turn.id, answer: `answer ${index}`, answeredAt: at(10 + index) })),
      );
      const winners = fulfilled(results);
      expect(winners).toHaveLength(1);
      const losers = rejected(results);
      expect(losers).toHaveLength(7);
      for (const error of losers) expectError(error, ConflictError, 'QUESTION_ALREADY_ANSWERED');
      expect(await storage.turns.get({ id: turn.id })).toEqual(winners[0]);
    });

    it('should store and replace the evaluation of an answered turn', async () => {
      const session = await storage.sessions.create({ session: makeSession() });
      const turn = await storage.turns.create({ turn: makeTurn(session.id, 0) });
      await storage.turns.recordAnswer({ id: turn.id, answer: 'An answer', answeredAt: at(3) });
      const first = makeEvaluation(4);
      expect((await storage.turns.saveEvaluation({ id: turn.id, evaluation: first })).evaluation).toEqual(first);
      const second = makeEvaluation(8);
      await storage.turns.saveEvaluation({ id: turn.id, evaluation: second });
      expect(await storage.turns.get({ id: turn.id })).toEqual({ ...turn, answer: 'An answer', answeredAt: at(3), evaluation: second });
      expectError(await rejectionOf(storage.turns.saveEvaluation({ id: createId(), evaluation: first })), NotFoundError);
    });

    it('should list sessions still interviewing whose last turn was answered before a time, oldest answer first', async () => {
      const answered = async (state: InterviewSession['state'], answeredAt: string | null, nextTurn = false) => {
        const session = await storage.sessions.create({ session: makeSession({ state }) });
        const turn = await storage.turns.create({ turn: makeTurn(session.id, 0) });
        if (answeredAt) await storage.turns.recordAnswer({ id: turn.id, answer: 'An answer', answeredAt });
        if (nextTurn) await storage.turns.create({ turn: makeTurn(session.id, 1) });
        return session.id;
      };
      const later = await answered('interviewing', at(5));
      const earlier = await answered('interviewing', at(3));
      await answered('interviewing', at(9));
      await answered('interviewing', null);
      await answered('interviewing', at(2), true);
      await answered('questions_done', at(2));
      expect(await storage.turns.listSessionsWithPendingAnswer({ answeredBefore: at(8), limit: 10 })).toEqual([earlier, later]);
      expect(await storage.turns.listSessionsWithPendingAnswer({ answeredBefore: at(8), limit: 1 })).toEqual([earlier]);
    });
  });
}
