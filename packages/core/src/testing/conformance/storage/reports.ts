import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import type { Report } from '../../../domain/report-types.js';
import { createId } from '../../../internal/ids.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, createReportGraph, expectError, expectGraphGone, expectGraphKept, makeReport, rejectionOf } from './storage-builders.js';

/** The storage port's contract for reports, decisions and deletion. */
export function describeReportStorage(suite: StorageSuite): void {
  describe('reports', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should create and get a report by id and by session', async () => {
      const report = makeReport({ sessionId: createId() });
      expect(await storage.reports.create({ report })).toEqual(report);
      const stored = await storage.reports.get({ id: report.id });
      expect(stored).toEqual(report);
      expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
      expect(await storage.reports.getBySession({ sessionId: report.sessionId as string })).toEqual(report);
      expect(await storage.reports.get({ id: createId() })).toBeNull();
      expect(await storage.reports.getBySession({ sessionId: createId() })).toBeNull();
    });

    it('should reject a duplicate id or a second report for a session, but allow many without a session', async () => {
      const report = await storage.reports.create({ report: makeReport({ sessionId: createId() }) });
      expectError(await rejectionOf(storage.reports.create({ report: { ...report, sessionId: createId() } })), ConflictError);
      expectError(await rejectionOf(storage.reports.create({ report: makeReport({ sessionId: report.sessionId }) })), ConflictError);
      await storage.reports.create({ report: makeReport({ sessionId: null }) });
      await storage.reports.create({ report: makeReport({ sessionId: null }) });
    });

    it('should update content without changing id, session, decision or createdAt', async () => {
      const report = await storage.reports.create({ report: makeReport({ sessionId: createId(), decision: 'Accepted', createdAt: at(0) }) });
      const updated = await storage.reports.update({
        report: {
          ...report,
          sessionId: createId(),
          decision: 'Declined',
          createdAt: at(500),
          updatedAt: at(600),
          candidateName: 'Renamed Person',
          overallScore: 9.25,
          summary: 'Revised',
          dsa: null,
          questions: [],
        },
      });
      const expected: Report = {
        ...report,
        candidateName: 'Renamed Person',
        overallScore: 9.25,
        summary: 'Revised',
        dsa: null,
        questions: [],
        updatedAt: at(600),
      };
      expect(updated).toEqual(expected);
      expect(await storage.reports.get({ id: report.id })).toEqual(expected);
      expect((await storage.reports.list({ filter: { query: 'renamed' } })).reports.map((row) => row.id)).toEqual([report.id]);
      expectError(await rejectionOf(storage.reports.update({ report: makeReport() })), NotFoundError);
    });

    it('should set a decision and keep an audit trail of changes only', async () => {
      const report = await storage.reports.create({ report: makeReport() });
      const first = await storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'alice', at: at(10) });
      expect(first.previous).toBe('Pending');
      expect(first.changed).toBe(true);
      expect(first.report.decision).toBe('Accepted');
      const same = await storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'bob', at: at(20) });
      expect(same).toMatchObject({ previous: 'Accepted', changed: false });
      expect(same.report.decision).toBe('Accepted');
      await storage.reports.setDecision({ id: report.id, decision: 'Declined', actor: 'carol', at: at(30) });
      expect((await storage.reports.get({ id: report.id }))?.decision).toBe('Declined');
      const trail = await storage.reports.listDecisionChanges({ reportId: report.id });
      expect(trail.map(({ from, to, actor, at: when, reportId }) => ({ from, to, actor, at: when, reportId }))).toEqual([
        { from: 'Pending', to: 'Accepted', actor: 'alice', at: at(10), reportId: report.id },
        { from: 'Accepted', to: 'Declined', actor: 'carol', at: at(30), reportId: report.id },
      ]);
      expect(new Set(trail.map((change) => change.id)).size).toBe(2);
      expect(await storage.reports.listDecisionChanges({ reportId: createId() })).toEqual([]);
      expectError(await rejectionOf(storage.reports.setDecision({ id: createId(), decision: 'Accepted', actor: 'x', at: at(1) })), NotFoundError);
    });

    it('should record one change when the same decision is set concurrently', async () => {
      const report = await storage.reports.create({ report: makeReport() });
      const all = await racers(6);
      const results = await Promise.all(
        all.map((each, index) => each.reports.setDecision({ id: report.id, decision: 'Accepted', actor: `r${index}`, at: at(10 + index) })),
      );
      expect(results.filter((result) => result.changed)).toHaveLength(1);
      expect(await storage.reports.listDecisionChanges({ reportId: report.id })).toHaveLength(1);
    });

    it('should keep the decision trail in the order changes were applied under ~40 concurrent decisions', async () => {
      const report = await storage.reports.create({ report: makeReport() });
      const decisions = ['Accepted', 'Declined', 'Pending'] as const;
      const all = await racers(40);
      // Times given before the lock, deliberately out of order, and times taken under it.
      await Promise.all(
        all.map((each, index) =>
          each.reports.setDecision({
            id: report.id,
            decision: decisions[index % 3]!,
            actor: `r${index}`,
            at: index % 2 === 0 ? at(100 - index) : () => at(200 + index),
          }),
        ),
      );
      const trail = await storage.reports.listDecisionChanges({ reportId: report.id });
      expect(trail.length).toBeGreaterThan(0);
      expect(trail[0]?.from).toBe('Pending');
      for (let index = 1; index < trail.length; index += 1) {
        expect(trail[index]?.from, `entry ${index} follows entry ${index - 1}`).toBe(trail[index - 1]?.to);
        expect(trail[index]!.at >= trail[index - 1]!.at, `entry ${index} is not older than entry ${index - 1}`).toBe(true);
      }
      const stored = await storage.reports.get({ id: report.id });
      expect(trail.at(-1)?.to).toBe(stored?.decision);
    });

    it('should delete a report with its session, turns, DSA round, decision changes and invite', async () => {
      const graph = await createReportGraph(storage);
      const other = await createReportGraph(storage);
      expect(await storage.reports.delete({ id: graph.report.id })).toBe(true);
      await expectGraphGone(storage, graph);
      await expectGraphKept(storage, other);
      expect(await storage.reports.delete({ id: graph.report.id })).toBe(false);
    });

    it('should delete every report created before a date, as delete does', async () => {
      const old1 = await createReportGraph(storage, at(10));
      const old2 = await createReportGraph(storage, at(20));
      const orphan = await storage.reports.create({ report: makeReport({ sessionId: null, createdAt: at(30) }) });
      const recent = await createReportGraph(storage, at(5000));
      expect(await storage.reports.deleteCreatedBefore({ before: at(1000) })).toBe(3);
      await expectGraphGone(storage, old1);
      await expectGraphGone(storage, old2);
      expect(await storage.reports.get({ id: orphan.id })).toBeNull();
      await expectGraphKept(storage, recent);
      expect(await storage.reports.deleteCreatedBefore({ before: at(1000) })).toBe(0);
    });
  });
}
