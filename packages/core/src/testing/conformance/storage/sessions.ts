import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../errors/conflict-error.js';
import type { InterviewSession } from '../../../domain/interview-types.js';
import { createId } from '../../../internal/ids.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import {
  PROVENANCE,
  at,
  expectError,
  fulfilled,
  makeCodeSubmission,
  makeReport,
  makeRound,
  makeSession,
  makeTurn,
  rejected,
  rejectionOf,
} from './storage-builders.js';

/** The storage port's contract for interview sessions and their optimistic versions. */
export function describeSessionStorage(suite: StorageSuite): void {
  describe('sessions', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should create and get a session as plain data', async () => {
      const session = makeSession();
      expect(await storage.sessions.create({ session })).toEqual(session);
      const stored = await storage.sessions.get({ id: session.id });
      expect(stored).toEqual(session);
      expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
      expect(await storage.sessions.get({ id: createId() })).toBeNull();
    });

    it('should reject a second session with the same id', async () => {
      const session = makeSession();
      await storage.sessions.create({ session });
      expectError(await rejectionOf(storage.sessions.create({ session })), ConflictError);
    });

    it('should update when the version matches and increment it', async () => {
      const session = await storage.sessions.create({ session: makeSession({ version: 1 }) });
      const changed: InterviewSession = {
        ...session,
        state: 'questions_done',
        reportId: null,
        finalFeedback: { overallScore: 7.5, summary: 'Good', strengths: ['a'], improvements: ['b'], provenance: PROVENANCE },
        updatedAt: at(50),
        lastActivityAt: at(50),
      };
      const updated = await storage.sessions.update({ session: changed, expectedVersion: 1 });
      expect(updated).toEqual({ ...changed, version: 2 });
      expect(await storage.sessions.get({ id: session.id })).toEqual(updated);
    });

    it('should reject an update with a stale version or of a missing session', async () => {
      const session = await storage.sessions.create({ session: makeSession({ version: 3 }) });
      await storage.sessions.update({ session, expectedVersion: 3 });
      expectError(await rejectionOf(storage.sessions.update({ session, expectedVersion: 3 })), ConflictError);
      const missing = makeSession();
      expectError(await rejectionOf(storage.sessions.update({ session: missing, expectedVersion: missing.version })), ConflictError);
      expect((await storage.sessions.get({ id: session.id }))?.version).toBe(4);
    });

    it('should let exactly one of concurrent writers of the same version win', async () => {
      const session = await storage.sessions.create({ session: makeSession({ version: 0 }) });
      const all = await racers(6);
      const results = await Promise.allSettled(
        all.map((each, index) => each.sessions.update({ session: { ...session, jobDescription: `writer ${index}` }, expectedVersion: 0 })),
      );
      const winners = fulfilled(results);
      expect(winners).toHaveLength(1);
      for (const error of rejected(results)) expectError(error, ConflictError);
      const stored = await storage.sessions.get({ id: session.id });
      expect(stored?.version).toBe(1);
      expect(stored?.jobDescription).toBe(winners[0]?.jobDescription);
    });

    it('should delete a session with its turns and DSA round', async () => {
      const session = await storage.sessions.create({ session: makeSession() });
      const other = await storage.sessions.create({ session: makeSession() });
      await storage.turns.create({ turn: makeTurn(session.id, 0) });
      const otherTurn = await storage.turns.create({ turn: makeTurn(other.id, 0) });
      await storage.dsa.create({ round: makeRound(session.id) });
      await storage.dsa.addCodeSubmission({ sessionId: session.id, submission: makeCodeSubmission() });
      expect(await storage.sessions.delete({ id: session.id })).toBe(true);
      expect(await storage.sessions.get({ id: session.id })).toBeNull();
      expect(await storage.turns.listBySession({ sessionId: session.id })).toEqual([]);
      expect(await storage.dsa.get({ sessionId: session.id })).toBeNull();
      // A round created again for the same id starts without the deleted submissions.
      await storage.dsa.create({ round: makeRound(session.id) });
      expect((await storage.dsa.get({ sessionId: session.id }))?.codeSubmissions).toEqual([]);
      expect(await storage.turns.get({ id: otherTurn.id })).toEqual(otherTurn);
      expect(await storage.sessions.delete({ id: session.id })).toBe(false);
    });

    it('should delete idle sessions without a report, with their turns and rounds', async () => {
      const cutoff = at(1000);
      const idle = await storage.sessions.create({ session: makeSession({ lastActivityAt: at(10) }) });
      const active = await storage.sessions.create({ session: makeSession({ lastActivityAt: at(2000) }) });
      const idleWithReportId = await storage.sessions.create({ session: makeSession({ lastActivityAt: at(10), reportId: createId() }) });
      const idleWithReport = await storage.sessions.create({ session: makeSession({ lastActivityAt: at(10) }) });
      await storage.reports.create({ report: makeReport({ sessionId: idleWithReport.id }) });
      const turn = await storage.turns.create({ turn: makeTurn(idle.id, 0) });
      await storage.dsa.create({ round: makeRound(idle.id) });

      expect(await storage.sessions.deleteIdle({ before: cutoff })).toBe(1);
      expect(await storage.sessions.get({ id: idle.id })).toBeNull();
      expect(await storage.turns.get({ id: turn.id })).toBeNull();
      expect(await storage.dsa.get({ sessionId: idle.id })).toBeNull();
      for (const kept of [active, idleWithReportId, idleWithReport]) expect(await storage.sessions.get({ id: kept.id })).toEqual(kept);
      expect(await storage.sessions.deleteIdle({ before: cutoff })).toBe(0);
    });
  });
}
