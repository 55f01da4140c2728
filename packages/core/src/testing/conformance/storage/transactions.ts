import { describe, expect, it } from 'vitest';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { createReportGraph, expectGraphKept, makeReport, makeSession, makeTurn, rejectionOf } from './storage-builders.js';

/** The storage port's contract for transactions and their isolation. */
export function describeTransactionStorage(suite: StorageSuite): void {
  describe('transaction', () => {
    const storage = currentStorage(suite);
    const { racers, capability } = suite;

    it('should commit every write together', async () => {
      const session = makeSession();
      const result = await storage.transaction(async (tx) => {
        await tx.sessions.create({ session });
        await tx.turns.create({ turn: makeTurn(session.id, 0) });
        // Reads inside see the transaction's own writes.
        expect(await tx.turns.listBySession({ sessionId: session.id })).toHaveLength(1);
        return 'done';
      });
      expect(result).toBe('done');
      expect(await storage.sessions.get({ id: session.id })).toEqual(session);
      expect(await storage.turns.listBySession({ sessionId: session.id })).toHaveLength(1);
    });

    it('should roll back every write and rethrow when the function throws', async () => {
      const session = makeSession();
      const failure = new Error('boom');
      const error = await rejectionOf(
        storage.transaction(async (tx) => {
          await tx.sessions.create({ session });
          await tx.settings.setIfAbsent({ key: 'in-tx', value: '1' });
          await tx.reports.create({ report: makeReport({ sessionId: session.id }) });
          throw failure;
        }),
      );
      expect(error).toBe(failure);
      expect(await storage.sessions.get({ id: session.id })).toBeNull();
      expect(await storage.settings.get({ key: 'in-tx' })).toBeNull();
      expect(await storage.reports.getBySession({ sessionId: session.id })).toBeNull();
    });

    it('should run the cascading repository operations inside the transaction', async () => {
      const graph = await createReportGraph(storage);
      await rejectionOf(
        storage.transaction(async (tx) => {
          expect(await tx.reports.delete({ id: graph.report.id })).toBe(true);
          expect(await tx.reports.get({ id: graph.report.id })).toBeNull();
          throw new Error('undo');
        }),
      );
      await expectGraphKept(storage, graph);
    });

    it('should serialise concurrent read-then-write transactions by taking the write lock up front', async (context) => {
      context.skip(capability('dialect') !== 'sqlite', 'BEGIN IMMEDIATE semantics are a SQLite requirement');
      const session = await storage.sessions.create({ session: makeSession({ version: 0 }) });
      const all = await racers(4);
      // Each transaction reads the version and writes the next one. Were the lock taken only at
      // the first write, two would read the same version and one would fail.
      await Promise.all(
        all.map((each, index) =>
          each.transaction(async (tx) => {
            const current = await tx.sessions.get({ id: session.id });
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (!current) throw new Error('missing session');
            await tx.sessions.update({ session: { ...current, jobDescription: `tx ${index}` }, expectedVersion: current.version });
          }),
        ),
      );
      expect((await storage.sessions.get({ id: session.id }))?.version).toBe(4);
    });
  });
}
