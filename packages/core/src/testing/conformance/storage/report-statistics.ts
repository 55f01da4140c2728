import { describe, expect, it } from 'vitest';
import type { Decision, Report } from '../../../domain/report-types.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, compareText, makeReport, rejectionOf } from './storage-builders.js';

/** The storage port's contract for report statistics from running totals. */
export function describeReportStatisticsStorage(suite: StorageSuite): void {
  describe('reports.statistics', () => {
    const storage = currentStorage(suite);

    it('should report zeros and a null average with no reports', async () => {
      expect(await storage.reports.statistics({ now: at(0) })).toEqual({
        total: 0,
        byDecision: { Pending: 0, Accepted: 0, Declined: 0 },
        averageScore: null,
        scoreDistribution: Array.from({ length: 11 }, () => 0),
        byRole: [],
        perWeek: [],
      });
    });

    it('should count, average and distribute the reports', async () => {
      const specs: [string, number, Decision][] = [
        ['Backend Engineer', 0, 'Pending'],
        ['Backend Engineer', 2.5, 'Accepted'],
        ['Backend Engineer', 9.99, 'Accepted'],
        ['Data Scientist', 10, 'Pending'],
        ['Data Scientist', 7.4, 'Pending'],
        ['Designer', 6.3, 'Pending'],
      ];
      // Means chosen away from x.xx5, where summing in another order could round differently.
      const reports = specs.map(([role, overallScore, decision]) => makeReport({ role, overallScore, decision }));
      for (const report of reports) await storage.reports.create({ report });
      const stats = await storage.reports.statistics();

      expect(stats.total).toBe(reports.length);
      expect(stats.byDecision).toEqual({
        Pending: reports.filter((report) => report.decision === 'Pending').length,
        Accepted: reports.filter((report) => report.decision === 'Accepted').length,
        Declined: 0,
      });
      const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
      expect(stats.averageScore).toBe(mean(reports.map((report) => report.overallScore)));
      const distribution = Array.from({ length: 11 }, () => 0);
      for (const report of reports) distribution[Math.min(10, Math.floor(report.overallScore))]! += 1;
      expect(stats.scoreDistribution).toEqual(distribution);
      expect(stats.scoreDistribution[9]).toBe(1);
      expect(stats.scoreDistribution[10]).toBe(1);
      const roles = [...new Set(reports.map((report) => report.role))];
      expect([...stats.byRole].sort((a, b) => compareText(a.role, b.role))).toEqual(
        roles.sort(compareText).map((role) => {
          const ofRole = reports.filter((report) => report.role === role);
          return { role, count: ofRole.length, averageScore: mean(ofRole.map((report) => report.overallScore)) };
        }),
      );
    });

    it('should keep the statistics in step with updates, decisions, deletes and rollbacks', async () => {
      const now = '2024-02-01T00:00:00.000Z';
      // Scores in halves keep every sum exact, so any summation order gives the same mean.
      let reports: Report[] = [
        makeReport({ role: 'Backend Engineer', overallScore: 4, createdAt: '2024-01-30T10:00:00.000Z' }),
        makeReport({ role: 'Backend Engineer', overallScore: 8.5, createdAt: '2024-01-22T10:00:00.000Z' }),
        makeReport({ role: 'Designer', overallScore: 6.5, createdAt: '2024-01-16T10:00:00.000Z' }),
        makeReport({ role: 'Designer', overallScore: 10, createdAt: '2024-01-03T10:00:00.000Z' }),
        makeReport({ role: 'Analyst', overallScore: 2, createdAt: '2023-12-01T10:00:00.000Z' }),
      ];
      for (const report of reports) await storage.reports.create({ report });
      const [first, second, third, fourth] = reports as [Report, Report, Report, Report, Report];

      const updated = { ...first, role: 'Designer', overallScore: 9.5, updatedAt: now };
      await storage.reports.update({ report: updated });
      await storage.reports.setDecision({ id: second.id, decision: 'Accepted', actor: 'r', at: now });
      await storage.reports.setDecision({ id: fourth.id, decision: 'Declined', actor: 'r', at: now });
      await storage.reports.delete({ id: third.id });
      expect(await storage.reports.deleteCreatedBefore({ before: '2023-12-31T00:00:00.000Z' })).toBe(1);
      await rejectionOf(
        storage.transaction(async (tx) => {
          await tx.reports.create({ report: makeReport({ role: 'Ghost', overallScore: 1, createdAt: now }) });
          await tx.reports.setDecision({ id: second.id, decision: 'Declined', actor: 'r', at: now });
          throw new Error('undo');
        }),
      );
      reports = [{ ...updated }, { ...second, decision: 'Accepted' }, { ...fourth, decision: 'Declined' }];

      const stats = await storage.reports.statistics({ now });
      const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
      expect(stats.total).toBe(3);
      expect(stats.byDecision).toEqual({ Pending: 1, Accepted: 1, Declined: 1 });
      expect(stats.averageScore).toBe(mean(reports.map((report) => report.overallScore)));
      const distribution = Array.from({ length: 11 }, () => 0);
      for (const report of reports) distribution[Math.min(10, Math.floor(report.overallScore))]! += 1;
      expect(stats.scoreDistribution).toEqual(distribution);
      expect([...stats.byRole].sort((a, b) => compareText(a.role, b.role))).toEqual([
        { role: 'Backend Engineer', count: 1, averageScore: 8.5 },
        { role: 'Designer', count: 2, averageScore: mean([9.5, 10]) },
      ]);
      expect(stats.perWeek).toEqual([
        { weekStart: '2024-01-01', count: 1 },
        { weekStart: '2024-01-22', count: 1 },
        { weekStart: '2024-01-29', count: 1 },
      ]);
    });

    it('should count reports per ISO week over the last 12 weeks, oldest first', async () => {
      const now = '2024-03-20T12:00:00.000Z';
      const dates = [
        '2024-03-18T00:00:00.000Z', // Monday of the current week
        '2024-03-20T11:59:00.000Z',
        '2024-03-17T23:59:59.999Z', // Sunday: belongs to the week starting on Monday 11 March
        '2024-03-11T00:00:00.000Z',
        '2024-01-01T09:00:00.000Z', // Monday, the first of the 12 weeks
        '2023-12-31T23:00:00.000Z', // Sunday before it: too old
        '2023-06-01T00:00:00.000Z',
        '2024-03-25T00:00:00.000Z', // next week: after now
      ];
      for (const createdAt of dates) await storage.reports.create({ report: makeReport({ createdAt }) });
      const stats = await storage.reports.statistics({ now });
      expect(stats.perWeek).toEqual([
        { weekStart: '2024-01-01', count: 1 },
        { weekStart: '2024-03-11', count: 2 },
        { weekStart: '2024-03-18', count: 2 },
      ]);
      expect(stats.total).toBe(dates.length);
    });
  });
}
