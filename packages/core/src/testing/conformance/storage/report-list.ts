import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../errors/validation-error.js';
import { DECISIONS, type Decision, type Report, type ReportFilter, type ReportSort, type ReportSummary } from '../../../domain/report-types.js';
import type { Storage } from '../../../ports/storage.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, compareText, expectError, makeReport, rejectionOf } from './storage-builders.js';

/** The storage port's contract for listing, filtering, sorting and paging reports. */
export function describeReportListStorage(suite: StorageSuite): void {
  describe('reports.list', () => {
    const storage = currentStorage(suite);

    /** A reference implementation of filtering and sorting, to compare pages against. */
    const expectedOrder = (reports: Report[], filter: ReportFilter, sort: ReportSort): string[] => {
      const term = filter.query?.trim().toLowerCase();
      return reports
        .filter((report) => filter.decision === undefined || report.decision === filter.decision)
        .filter((report) => filter.role === undefined || report.role === filter.role)
        .filter((report) => filter.minScore === undefined || report.overallScore >= filter.minScore)
        .filter((report) => !term || [report.candidateName, report.candidateEmail, report.role].some((text) => text.toLowerCase().includes(term)))
        .sort((a, b) => (sort === 'score' ? b.overallScore - a.overallScore : 0) || compareText(b.createdAt, a.createdAt) || compareText(b.id, a.id))
        .map((report) => report.id);
    };

    const walk = async (filter: ReportFilter, sort: ReportSort, limit: number): Promise<ReportSummary[]> => {
      const rows: ReportSummary[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const result = await storage.reports.list({ filter, sort, limit, cursor });
        expect(result.reports.length).toBeLessThanOrEqual(limit);
        rows.push(...result.reports);
        if (result.nextCursor === null) return rows;
        expect(result.reports).toHaveLength(limit);
        cursor = result.nextCursor;
      }
      throw new Error('The pages never ended.');
    };

    const seed = async (): Promise<Report[]> => {
      const roles = ['Backend Engineer', 'Frontend Engineer', 'Data Scientist'];
      const reports: Report[] = [];
      for (let index = 0; index < 45; index++) {
        reports.push(
          makeReport({
            candidateName: `Candidate ${String(index).padStart(2, '0')}`,
            candidateEmail: `person${index}@example.${index % 2 ? 'org' : 'com'}`,
            role: roles[index % roles.length] as string,
            // Repeated scores and timestamps make ties that only the id can break.
            overallScore: [3, 5.5, 7.25, 9, 10][index % 5] as number,
            decision: DECISIONS[index % 3] as Decision,
            createdAt: at(Math.floor(index / 4) * 60),
          }),
        );
      }
      // One transaction: a commit per row would dominate the test's time on a server database.
      await storage.transaction(async (tx) => {
        for (const report of reports) await tx.reports.create({ report });
      });
      return reports;
    };

    it('should list the newest first, 20 by default, as summaries', async () => {
      const reports = await seed();
      const result = await storage.reports.list({});
      expect(result.reports.map((row) => row.id)).toEqual(expectedOrder(reports, {}, 'newest').slice(0, 20));
      expect(result.nextCursor).not.toBeNull();
      const first = reports.find((report) => report.id === result.reports[0]?.id) as Report;
      expect(result.reports[0]).toEqual({
        id: first.id,
        candidateName: first.candidateName,
        candidateEmail: first.candidateEmail,
        role: first.role,
        overallScore: first.overallScore,
        decision: first.decision,
        createdAt: first.createdAt,
      });
    });

    it('should return an empty last page for no matches', async () => {
      await seed();
      expect(await storage.reports.list({ filter: { query: 'nobody-matches-this' } })).toEqual({ reports: [], nextCursor: null });
    });

    const cases: [string, ReportFilter][] = [
      ['no filter', {}],
      ['decision', { decision: 'Accepted' }],
      ['role', { role: 'Data Scientist' }],
      ['minimum score', { minScore: 7.25 }],
      ['text search', { query: 'EXAMPLE.ORG' }],
      ['decision and role', { decision: 'Pending', role: 'Backend Engineer' }],
      ['role and minimum score', { role: 'Frontend Engineer', minScore: 9 }],
      ['decision, minimum score and search', { decision: 'Declined', minScore: 5.5, query: 'candidate' }],
      ['everything', { decision: 'Accepted', role: 'Backend Engineer', minScore: 3, query: 'person' }],
    ];
    for (const [label, filter] of cases) {
      for (const sort of ['newest', 'score'] as const) {
        it(`should page through every match exactly once (${label}, ${sort})`, async () => {
          const reports = await seed();
          const rows = await walk(filter, sort, 7);
          expect(rows.map((row) => row.id)).toEqual(expectedOrder(reports, filter, sort));
        });
      }
    }

    it('should search name, email and role case-insensitively by substring', async () => {
      const ada = await storage.reports.create({
        report: makeReport({ candidateName: 'Ada Lovelace', candidateEmail: 'ada@engine.example', role: 'Backend Engineer' }),
      });
      const grace = await storage.reports.create({
        report: makeReport({ candidateName: 'Grace Hopper', candidateEmail: 'GRACE@Navy.example', role: 'Compiler Lead' }),
      });
      const ids = async (query: string) => new Set((await storage.reports.list({ filter: { query } })).reports.map((row) => row.id));
      expect(await ids('LOVE')).toEqual(new Set([ada.id]));
      expect(await ids('navy.EX')).toEqual(new Set([grace.id]));
      expect(await ids('compiler')).toEqual(new Set([grace.id]));
      expect(await ids('  ENGINE ')).toEqual(new Set([ada.id]));
      expect(await ids('e')).toEqual(new Set([ada.id, grace.id]));
      expect(await ids('lovelace grace')).toEqual(new Set());
    });

    it('should treat LIKE wildcards in the search as plain characters', async () => {
      const percent = await storage.reports.create({ report: makeReport({ candidateName: '100% Sure', candidateEmail: 'plain@example.com' }) });
      const underscore = await storage.reports.create({ report: makeReport({ candidateName: 'Snake', candidateEmail: 'snake_case@example.com' }) });
      const backslash = await storage.reports.create({ report: makeReport({ candidateName: 'Back\\slash', candidateEmail: 'b@example.com' }) });
      await storage.reports.create({ report: makeReport({ candidateName: 'Nothing Special', candidateEmail: 'snakeXcase@example.com' }) });
      const ids = async (query: string) => (await storage.reports.list({ filter: { query } })).reports.map((row) => row.id);
      expect(await ids('%')).toEqual([percent.id]);
      expect(await ids('e_c')).toEqual([underscore.id]);
      expect(await ids('k\\s')).toEqual([backslash.id]);
    });

    it('should neither skip nor repeat rows when rows are inserted between pages', async () => {
      const reports = await seed();
      for (const sort of ['newest', 'score'] as const) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let page = 0;
        do {
          const result: Awaited<ReturnType<Storage['reports']['list']>> = await storage.reports.list({ sort, limit: 6, cursor });
          seen.push(...result.reports.map((row) => row.id));
          cursor = result.nextCursor;
          // Newer, older and tied rows arrive while the recruiter pages.
          await storage.reports.create({ report: makeReport({ createdAt: at(100_000 + page), overallScore: 10 }) });
          await storage.reports.create({ report: makeReport({ createdAt: at(-100 - page), overallScore: 0 }) });
          await storage.reports.create({ report: makeReport({ createdAt: at(120), overallScore: 7.25 }) });
          page++;
        } while (cursor !== null);
        expect(new Set(seen).size).toBe(seen.length);
        const original = new Set(reports.map((report) => report.id));
        expect(seen.filter((id) => original.has(id))).toEqual(expectedOrder(reports, {}, sort));
      }
    });

    it('should reject an invalid cursor with ValidationError', async () => {
      await seed();
      const page = await storage.reports.list({ sort: 'newest', limit: 5 });
      const valid = page.nextCursor as string;
      for (const cursor of ['not a cursor!', 'bm9wZQ', Buffer.from('{"a":1}').toString('base64url'), `${valid}x`, valid.slice(0, -3)]) {
        expectError(await rejectionOf(storage.reports.list({ cursor })), ValidationError);
      }
      // A cursor of one sort is meaningless for the other.
      expectError(await rejectionOf(storage.reports.list({ sort: 'score', cursor: valid })), ValidationError);
    });

    it('should reject a limit outside 1..100', async () => {
      for (const limit of [0, 101, 2.5]) expectError(await rejectionOf(storage.reports.list({ limit })), ValidationError);
      expect((await storage.reports.list({ limit: 100 })).reports).toEqual([]);
    });
  });
}
