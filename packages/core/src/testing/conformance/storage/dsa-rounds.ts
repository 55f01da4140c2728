import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import type { DsaRound } from '../../../domain/dsa-types.js';
import { createId } from '../../../internal/ids.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, expectError, fulfilled, makeCodeSubmission, makeRound, rejected, rejectionOf } from './storage-builders.js';

/** The storage port's contract for DSA rounds and code submissions. */
export function describeDsaStorage(suite: StorageSuite): void {
  describe('dsa', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should create and get the round of a session, and only one', async () => {
      const round = makeRound(createId());
      expect(await storage.dsa.create({ round })).toEqual(round);
      expect(await storage.dsa.get({ sessionId: round.sessionId })).toEqual(round);
      expect(await storage.dsa.get({ sessionId: createId() })).toBeNull();
      expectError(await rejectionOf(storage.dsa.create({ round: { ...round, submissions: 3 } })), ConflictError);
    });

    it('should update optimistically', async () => {
      const round = await storage.dsa.create({ round: makeRound(createId(), { version: 0 }) });
      const changed: DsaRound = {
        ...round,
        messages: [...round.messages, { role: 'candidate', kind: 'pseudocode', text: 'for each x: seen.add(x)', at: at(9) }],
        submissions: 1,
        done: true,
        updatedAt: at(9),
      };
      const updated = await storage.dsa.update({ round: changed, expectedVersion: 0 });
      expect(updated).toEqual({ ...changed, version: 1 });
      expect(await storage.dsa.get({ sessionId: round.sessionId })).toEqual(updated);
      expectError(await rejectionOf(storage.dsa.update({ round: changed, expectedVersion: 0 })), ConflictError);
      expectError(await rejectionOf(storage.dsa.update({ round: makeRound(createId()), expectedVersion: 0 })), ConflictError);
    });

    it('should let exactly one of concurrent writers of the same version win', async () => {
      const round = await storage.dsa.create({ round: makeRound(createId(), { version: 2 }) });
      const all = await racers(6);
      const results = await Promise.allSettled(all.map((each, index) => each.dsa.update({ round: { ...round, submissions: index + 1 }, expectedVersion: 2 })));
      expect(fulfilled(results)).toHaveLength(1);
      for (const error of rejected(results)) expectError(error, ConflictError);
      expect((await storage.dsa.get({ sessionId: round.sessionId }))?.version).toBe(3);
    });

    it('should append code submissions to a round, oldest first, and keep them through updates', async () => {
      const round = await storage.dsa.create({ round: makeRound(createId()) });
      const first = makeCodeSubmission({ createdAt: at(5), status: 'failed', passed: 3, score: 2.5 });
      const second = makeCodeSubmission({
        createdAt: at(6),
        language: 'python',
        code: 'def two_sum(nums, target):\n    return []',
        timingNote: 'Too slow on the large inputs.',
      });
      expect(await storage.dsa.addCodeSubmission({ sessionId: round.sessionId, submission: first })).toEqual(first);
      await storage.dsa.addCodeSubmission({ sessionId: round.sessionId, submission: second });
      expect((await storage.dsa.get({ sessionId: round.sessionId }))?.codeSubmissions).toEqual([first, second]);
      const updated = await storage.dsa.update({ round: { ...round, done: true }, expectedVersion: round.version });
      expect(updated.codeSubmissions).toEqual([first, second]);
      expectError(await rejectionOf(storage.dsa.addCodeSubmission({ sessionId: createId(), submission: makeCodeSubmission() })), NotFoundError);
    });
  });
}
