import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../errors/conflict-error.js';
import { NotFoundError } from '../../errors/not-found-error.js';
import { StorageError } from '../../errors/storage-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import type { DsaCodeSubmission, DsaRound } from '../../domain/dsa-types.js';
import type { AnswerEvaluation } from '../../domain/evaluation-types.js';
import type { InterviewSession, InterviewTurn } from '../../domain/interview-types.js';
import type { Invite } from '../../domain/invite-types.js';
import { DECISIONS, type Decision, type Report, type ReportFilter, type ReportSort, type ReportSummary } from '../../domain/report-types.js';
import type { InterviewTemplate } from '../../domain/template-types.js';
import { createId } from '../../internal/ids.js';
import type { Storage, StorageCapabilities } from '../../ports/storage.js';

/** A fresh, migrated, empty storage for one test. */
export interface StorageConformanceFixture {
  storage: Storage;
  /**
   * Opens another storage on the same database with its own connection(s). Concurrency tests
   * race `storage` against peers so that the database's own locking is exercised; without it
   * they race calls on `storage` alone.
   */
  openPeer?: () => Promise<Storage>;
  /**
   * Empties the database. When given, one fixture serves every test and is reset between
   * tests (much faster on a server database); otherwise each test gets a fresh fixture.
   */
  reset?: () => Promise<void>;
  /** Closes everything opened and deletes the database. */
  cleanup: () => Promise<void>;
}

/** Options of `describeStorageConformance`. */
export interface StorageConformanceOptions {
  /** Shown in the test names, e.g. `kysely-sqlite`. */
  name: string;
  /** Makes a migrated, empty storage: once when the fixture can `reset`, otherwise before every test. */
  create: () => Promise<StorageConformanceFixture>;
  /**
   * What the suite may assume about the adapter. Tests that need a capability the adapter lacks
   * are skipped with the reason. @default the storage's own `capabilities`
   */
  capabilities?: Partial<StorageCapabilities>;
}

/**
 * Registers the vitest suite every `Storage` adapter must pass: each repository operation and
 * each MUST of the port contract, including the concurrent cases (two answers to one question,
 * two writers of one version, concurrent invite claims, rate-limit hits and settings writes).
 *
 * @example
 * describeStorageConformance({ name: 'kysely-sqlite', create: createTestSqliteStorage });
 */
export function describeStorageConformance(options: StorageConformanceOptions): void {
  describe(`storage conformance: ${options.name}`, () => {
    let fixture: StorageConformanceFixture | undefined;
    let storage: Storage;
    let peers: Storage[] = [];
    /** Set by a test that closed the main storage, so the next test gets a new fixture. */
    let mustRecreate = false;
    const capability = <K extends keyof StorageCapabilities>(key: K): StorageCapabilities[K] =>
      (options.capabilities?.[key] ?? storage.capabilities[key]) as StorageCapabilities[K];

    /** `count` storages to race: the main one and peers on their own connections, in turn. */
    const racers = async (count: number): Promise<Storage[]> => {
      if (!fixture?.openPeer) return Array.from({ length: count }, () => storage);
      while (peers.length < 2) peers.push(await fixture.openPeer());
      const pool = [storage, ...peers];
      return Array.from({ length: count }, (_, index) => pool[index % pool.length] as Storage);
    };

    beforeEach(async () => {
      if (fixture?.reset && !mustRecreate) {
        await fixture.reset();
        return;
      }
      await fixture?.cleanup();
      fixture = await options.create();
      storage = fixture.storage;
      peers = [];
      mustRecreate = false;
    });

    afterAll(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    describe('storage', () => {
      it('should identify itself', () => {
        expect(storage.specificationVersion).toBe('v1');
        expect(typeof storage.adapterId).toBe('string');
        expect(['sqlite', 'postgres']).toContain(storage.capabilities.dialect);
        expect(typeof storage.capabilities.concurrentProcesses).toBe('boolean');
      });

      it('should answer a health check', async () => {
        await expect(storage.healthCheck()).resolves.toBeUndefined();
      });

      it('should keep data when migrate runs again, also concurrently', async () => {
        await storage.settings.setIfAbsent({ key: 'kept', value: 'yes' });
        const all = await racers(3);
        await Promise.all(all.map((each) => each.migrate()));
        await storage.migrate();
        expect(await storage.settings.get({ key: 'kept' })).toBe('yes');
      });

      it('should throw StorageError once closed', async () => {
        let closed = storage;
        if (fixture?.openPeer) {
          closed = await fixture.openPeer();
          await closed.healthCheck();
        } else {
          mustRecreate = true;
        }
        await closed.close();
        const error = await rejectionOf(closed.healthCheck());
        expect(StorageError.isInstance(error)).toBe(true);
        const readError = await rejectionOf(closed.settings.get({ key: 'x' }));
        expect(StorageError.isInstance(readError)).toBe(true);
        await expect(closed.close()).resolves.toBeUndefined();
      });
    });

    describe('templates', () => {
      it('should upsert, get and list templates ordered by title', async () => {
        const b = makeTemplate({ id: 'b-template', title: 'Backend' });
        const a = makeTemplate({ id: 'a-template', title: 'Zeta', includeDsa: false, roleFocus: null });
        const c = makeTemplate({ id: 'c-template', title: 'Analyst' });
        for (const template of [b, a, c]) expect(await storage.templates.upsert({ template })).toEqual(template);
        expect(await storage.templates.get({ id: 'a-template' })).toEqual(a);
        expect(await storage.templates.get({ id: 'missing' })).toBeNull();
        expect((await storage.templates.list()).map((template) => template.title)).toEqual(['Analyst', 'Backend', 'Zeta']);
      });

      it('should replace an existing template but keep its createdAt', async () => {
        const original = makeTemplate({ id: 'swe', createdAt: at(0), updatedAt: at(0) });
        await storage.templates.upsert({ template: original });
        const replaced = await storage.templates.upsert({
          template: { ...original, title: 'Renamed', technicalQuestions: 7, createdAt: at(100), updatedAt: at(100) },
        });
        expect(replaced).toEqual({ ...original, title: 'Renamed', technicalQuestions: 7, createdAt: at(0), updatedAt: at(100) });
        expect(await storage.templates.get({ id: 'swe' })).toEqual(replaced);
        expect(await storage.templates.list()).toHaveLength(1);
      });
    });

    describe('sessions', () => {
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

    describe('turns', () => {
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

    describe('dsa', () => {
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
        const results = await Promise.allSettled(
          all.map((each, index) => each.dsa.update({ round: { ...round, submissions: index + 1 }, expectedVersion: 2 })),
        );
        expect(fulfilled(results)).toHaveLength(1);
        for (const error of rejected(results)) expectError(error, ConflictError);
        expect((await storage.dsa.get({ sessionId: round.sessionId }))?.version).toBe(3);
      });

      it('should append code submissions to a round, oldest first, and keep them through updates', async () => {
        const round = await storage.dsa.create({ round: makeRound(createId()) });
        const first = makeCodeSubmission({ createdAt: at(5), status: 'failed', passed: 3, score: 2.5 });
        const second = makeCodeSubmission({ createdAt: at(6), language: 'python', code: 'def two_sum(nums, target):\n    return []', timingNote: 'Too slow on the large inputs.' });
        expect(await storage.dsa.addCodeSubmission({ sessionId: round.sessionId, submission: first })).toEqual(first);
        await storage.dsa.addCodeSubmission({ sessionId: round.sessionId, submission: second });
        expect((await storage.dsa.get({ sessionId: round.sessionId }))?.codeSubmissions).toEqual([first, second]);
        const updated = await storage.dsa.update({ round: { ...round, done: true }, expectedVersion: round.version });
        expect(updated.codeSubmissions).toEqual([first, second]);
        expectError(await rejectionOf(storage.dsa.addCodeSubmission({ sessionId: createId(), submission: makeCodeSubmission() })), NotFoundError);
      });
    });

    describe('reports', () => {
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
        const results = await Promise.all(all.map((each, index) => each.reports.setDecision({ id: report.id, decision: 'Accepted', actor: `r${index}`, at: at(10 + index) })));
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

    describe('reports.list', () => {
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
        const ada = await storage.reports.create({ report: makeReport({ candidateName: 'Ada Lovelace', candidateEmail: 'ada@engine.example', role: 'Backend Engineer' }) });
        const grace = await storage.reports.create({ report: makeReport({ candidateName: 'Grace Hopper', candidateEmail: 'GRACE@Navy.example', role: 'Compiler Lead' }) });
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

    describe('reports.statistics', () => {
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
        reports = [
          { ...updated },
          { ...second, decision: 'Accepted' },
          { ...fourth, decision: 'Declined' },
        ];

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

    describe('invites', () => {
      it('should enqueue one invite per report and return the existing one afterwards', async () => {
        const invite = makeInvite();
        expect(await storage.invites.enqueue({ invite })).toEqual({ invite, created: true });
        const again = await storage.invites.enqueue({ invite: makeInvite({ reportId: invite.reportId, toEmail: 'other@example.com' }) });
        expect(again).toEqual({ invite, created: false });
        expect(await storage.invites.get({ id: invite.id })).toEqual(invite);
        expect(await storage.invites.getByReport({ reportId: invite.reportId })).toEqual(invite);
        expect(await storage.invites.get({ id: createId() })).toBeNull();
        expect(await storage.invites.getByReport({ reportId: createId() })).toBeNull();
      });

      it('should create at most one invite per report under concurrent enqueues', async () => {
        const reportId = createId();
        const all = await racers(10);
        const results = await Promise.all(all.map((each) => each.invites.enqueue({ invite: makeInvite({ reportId }) })));
        expect(results.filter((result) => result.created)).toHaveLength(1);
        const winner = results.find((result) => result.created)?.invite;
        for (const result of results) expect(result.invite).toEqual(winner);
        expect(await storage.invites.getByReport({ reportId })).toEqual(winner);
      });

      it('should claim due invites under a lease and leave the rest', async () => {
        const due = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(10) }) })).invite;
        const dueToo = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(20) }) })).invite;
        const later = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(500) }) })).invite;
        const claimed = await storage.invites.claim({ now: at(100), leaseMs: 60_000, limit: 10 });
        expect(claimed.map((invite) => invite.id).sort()).toEqual([due.id, dueToo.id].sort());
        for (const invite of claimed) {
          expect(invite.status).toBe('sending');
          expect(invite.lockedUntil).toBe(at(160));
        }
        expect((await storage.invites.get({ id: later.id }))?.status).toBe('queued');
        // Leased invites are not handed out again while the lease runs.
        expect(await storage.invites.claim({ now: at(150), leaseMs: 60_000, limit: 10 })).toEqual([]);
      });

      it('should respect the limit and claim a single invite by id', async () => {
        const invites: Invite[] = [];
        for (let index = 0; index < 4; index++) invites.push((await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(index) }) })).invite);
        const target = invites[3] as Invite;
        const byId = await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10, id: target.id });
        expect(byId.map((invite) => invite.id)).toEqual([target.id]);
        expect(await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10, id: target.id })).toEqual([]);
        const notDue = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(900) }) })).invite;
        expect(await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10, id: notDue.id })).toEqual([]);
        const limited = await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 2 });
        expect(limited).toHaveLength(2);
        const rest = await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10 });
        expect([...limited, ...rest, ...byId].map((invite) => invite.id).sort()).toEqual(invites.map((invite) => invite.id).sort());
      });

      it('should claim again an invite whose lease expired', async () => {
        const invite = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(0) }) })).invite;
        await storage.invites.claim({ now: at(10), leaseMs: 30_000, limit: 1 });
        expect(await storage.invites.claim({ now: at(39), leaseMs: 30_000, limit: 1 })).toEqual([]);
        const reclaimed = await storage.invites.claim({ now: at(41), leaseMs: 30_000, limit: 1 });
        expect(reclaimed.map((each) => each.id)).toEqual([invite.id]);
        expect(reclaimed[0]?.lockedUntil).toBe(at(71));
      });

      it('should give each invite to exactly one of several concurrent claimers', async () => {
        const ids: string[] = [];
        for (let index = 0; index < 12; index++) ids.push((await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(index) }) })).invite.id);
        const all = await racers(6);
        const batches = await Promise.all(all.map((each) => each.invites.claim({ now: at(100), leaseMs: 60_000, limit: 3 })));
        const claimed = batches.flat().map((invite) => invite.id);
        expect(new Set(claimed).size).toBe(claimed.length);
        const leftover = (await storage.invites.claim({ now: at(100), leaseMs: 60_000, limit: 20 })).map((invite) => invite.id);
        expect([...claimed, ...leftover].sort()).toEqual([...ids].sort());
      });

      it('should store a draft and mark an invite sent', async () => {
        const invite = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(0) }) })).invite;
        await storage.invites.claim({ now: at(1), leaseMs: 60_000, limit: 1 });
        const drafted = await storage.invites.saveDraft({ id: invite.id, subject: 'Next steps', text: 'Hello', html: '<p>Hello</p>' });
        expect(drafted).toMatchObject({ subject: 'Next steps', text: 'Hello', html: '<p>Hello</p>', status: 'sending' });
        const sent = await storage.invites.markSent({ id: invite.id, sentAt: at(5) });
        expect(sent).toMatchObject({ status: 'sent', sentAt: at(5), subject: 'Next steps' });
        expect(await storage.invites.get({ id: invite.id })).toEqual(sent);
        expect(await storage.invites.claim({ now: at(10_000), leaseMs: 1, limit: 10 })).toEqual([]);
        expectError(await rejectionOf(storage.invites.markSent({ id: createId(), sentAt: at(5) })), NotFoundError);
        expectError(await rejectionOf(storage.invites.saveDraft({ id: createId(), subject: 's', text: 't', html: 'h' })), NotFoundError);
      });

      it('should record failures, requeue, and give up when told to', async () => {
        const invite = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(0) }) })).invite;
        await storage.invites.claim({ now: at(1), leaseMs: 60_000, limit: 1 });
        const retried = await storage.invites.markFailed({ id: invite.id, error: 'SMTP down', nextAttemptAt: at(300), giveUp: false });
        expect(retried).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMTP down', nextAttemptAt: at(300), lockedUntil: null });
        expect(await storage.invites.claim({ now: at(299), leaseMs: 60_000, limit: 1 })).toEqual([]);
        expect((await storage.invites.claim({ now: at(300), leaseMs: 60_000, limit: 1 })).map((each) => each.id)).toEqual([invite.id]);
        const failed = await storage.invites.markFailed({ id: invite.id, error: 'Still down', nextAttemptAt: at(900), giveUp: true });
        expect(failed).toMatchObject({ status: 'failed', attempts: 2, lastError: 'Still down', lockedUntil: null });
        expect(await storage.invites.claim({ now: at(100_000), leaseMs: 60_000, limit: 10 })).toEqual([]);
        expectError(await rejectionOf(storage.invites.markFailed({ id: createId(), error: 'x', nextAttemptAt: at(1), giveUp: false })), NotFoundError);
      });
    });

    describe('speechCache', () => {
      it('should store and return audio bytes as a plain Uint8Array', async () => {
        const audio = Uint8Array.from({ length: 2048 }, (_, index) => (index * 31) % 256);
        await storage.speechCache.put({ entry: { key: 'voice:hello', contentType: 'audio/wav', audio, createdAt: at(1) } });
        const stored = await storage.speechCache.get({ key: 'voice:hello' });
        expect(stored?.contentType).toBe('audio/wav');
        expect(stored?.createdAt).toBe(at(1));
        expect(stored?.audio.constructor).toBe(Uint8Array);
        expect(Array.from(stored?.audio ?? [])).toEqual(Array.from(audio));
        expect(await storage.speechCache.get({ key: 'voice:missing' })).toBeNull();
      });

      it('should not fail on concurrent puts of the same key', async () => {
        const all = await racers(6);
        await Promise.all(
          all.map((each, index) =>
            each.speechCache.put({ entry: { key: 'same', contentType: 'audio/mpeg', audio: Uint8Array.from([index, 1, 2]), createdAt: at(index) } }),
          ),
        );
        const stored = await storage.speechCache.get({ key: 'same' });
        expect(stored?.audio.length).toBe(3);
      });
    });

    describe('rateLimits', () => {
      it('should count hits per fixed window and key', async () => {
        const windowMs = 60_000;
        const first = await storage.rateLimits.hit({ key: 'ip:1', windowMs, now: '2024-05-01T10:00:05.000Z' });
        expect(first).toEqual({ count: 1, resetAt: '2024-05-01T10:01:00.000Z' });
        expect((await storage.rateLimits.hit({ key: 'ip:1', windowMs, now: '2024-05-01T10:00:59.999Z' })).count).toBe(2);
        expect((await storage.rateLimits.hit({ key: 'ip:2', windowMs, now: '2024-05-01T10:00:30.000Z' })).count).toBe(1);
        expect(await storage.rateLimits.hit({ key: 'ip:1', windowMs, now: '2024-05-01T10:01:00.000Z' })).toEqual({
          count: 1,
          resetAt: '2024-05-01T10:02:00.000Z',
        });
      });

      it('should report the count of a window without counting', async () => {
        const windowMs = 60_000;
        expect(await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:05.000Z' })).toEqual({ count: 0, resetAt: '2024-05-01T10:01:00.000Z' });
        await storage.rateLimits.hit({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:05.000Z' });
        await storage.rateLimits.hit({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:06.000Z' });
        expect((await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:30.000Z' })).count).toBe(2);
        expect((await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:00:30.000Z' })).count).toBe(2);
        expect((await storage.rateLimits.peek({ key: 'ip:9', windowMs, now: '2024-05-01T10:01:00.000Z' })).count).toBe(0);
      });

      it('should count every concurrent hit exactly once', async () => {
        const all = await racers(20);
        const results = await Promise.all(all.map((each) => each.rateLimits.hit({ key: 'busy', windowMs: 60_000, now: '2024-05-01T10:00:00.000Z' })));
        expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      });

      it('should prune windows that ended', async () => {
        await storage.rateLimits.hit({ key: 'a', windowMs: 1000, now: at(0) });
        await storage.rateLimits.hit({ key: 'b', windowMs: 1000, now: at(0) });
        await storage.rateLimits.hit({ key: 'a', windowMs: 1000, now: at(5) });
        expect(await storage.rateLimits.prune({ before: at(3) })).toBe(2);
        expect((await storage.rateLimits.hit({ key: 'a', windowMs: 1000, now: at(5) })).count).toBe(2);
        expect((await storage.rateLimits.hit({ key: 'b', windowMs: 1000, now: at(0) })).count).toBe(1);
      });
    });

    describe('settings', () => {
      it('should store a value only if absent', async () => {
        expect(await storage.settings.get({ key: 'secret' })).toBeNull();
        expect(await storage.settings.setIfAbsent({ key: 'secret', value: 'first' })).toBe('first');
        expect(await storage.settings.setIfAbsent({ key: 'secret', value: 'second' })).toBe('first');
        expect(await storage.settings.get({ key: 'secret' })).toBe('first');
      });

      it('should give every concurrent caller the first writer’s value', async () => {
        const all = await racers(10);
        const values = await Promise.all(all.map((each, index) => each.settings.setIfAbsent({ key: 'race', value: `value-${index}` })));
        expect(new Set(values).size).toBe(1);
        expect(await storage.settings.get({ key: 'race' })).toBe(values[0]);
      });
    });

    describe('transaction', () => {
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
  });
}

// ---------------------------------------------------------------------------------------------
// Builders and helpers

const EPOCH = Date.parse('2024-01-01T00:00:00.000Z');

/** The ISO timestamp `seconds` after a fixed instant. */
function at(seconds: number): string {
  return new Date(EPOCH + seconds * 1000).toISOString();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const PROVENANCE = { provider: 'offline', modelId: 'offline-1', task: 'evaluate-answer', promptVersion: 1 };

function makeTemplate(overrides: Partial<InterviewTemplate> = {}): InterviewTemplate {
  return {
    id: createId(),
    title: 'Software Engineer',
    description: 'A general software interview.',
    roleFocus: 'backend',
    behavioralQuestions: 2,
    technicalQuestions: 3,
    includeDsa: true,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

function makeSession(overrides: Partial<InterviewSession> = {}): InterviewSession {
  return {
    id: createId(),
    templateId: 'software-engineer',
    state: 'interviewing',
    resume: {
      text: 'Jane Doe — 5 years of TypeScript and PostgreSQL. “Quotes” and emoji 🚀 survive.',
      source: 'pdf-text',
      pageCount: 2,
      name: 'Jane Doe',
      email: 'jane@example.com',
      phone: null,
      skills: ['typescript', 'postgresql'],
      yearsOfExperience: 5,
    },
    role: { title: 'Backend Engineer', family: 'backend', seniority: 'mid', matchedSkills: ['postgresql'] },
    jobDescription: null,
    plan: { behavioral: 2, technical: 3, includeDsa: true },
    finalFeedback: null,
    reportId: null,
    version: 1,
    createdAt: at(0),
    updatedAt: at(0),
    lastActivityAt: at(0),
    ...overrides,
  };
}

function makeTurn(sessionId: string, index: number, overrides: Partial<InterviewTurn> = {}): InterviewTurn {
  return {
    id: createId(),
    sessionId,
    index,
    kind: 'behavioral',
    question: `Question ${index}: tell me about a hard bug.`,
    questionKey: null,
    followUpOf: null,
    answer: null,
    answeredAt: null,
    evaluation: null,
    createdAt: at(index),
    ...overrides,
  };
}

function makeEvaluation(score: number): AnswerEvaluation {
  return {
    score,
    feedback: `Scored ${score}.`,
    strengths: ['clear'],
    improvements: ['depth'],
    evidence: ['I fixed it'],
    evidenceStatus: 'sufficient',
    provenance: PROVENANCE,
  };
}

function makeCodeSubmission(overrides: Partial<DsaCodeSubmission> = {}): DsaCodeSubmission {
  return {
    id: createId(),
    language: 'javascript',
    code: 'function twoSum(nums, target) {\n  return [0, 1];\n}',
    status: 'passed',
    passed: 12,
    total: 12,
    score: 10,
    timingNote: null,
    createdAt: at(4),
    ...overrides,
  };
}

function makeRound(sessionId: string, overrides: Partial<DsaRound> = {}): DsaRound {
  return {
    sessionId,
    problem: {
      id: 'two-sum',
      title: 'Two Sum',
      prompt: 'Find two numbers that add up to a target.',
      examples: [{ input: '[2,7,11,15], 9', output: '[0,1]' }],
      difficulty: 'easy',
      topics: ['hash map'],
    },
    messages: [{ role: 'interviewer', kind: 'message', text: 'Describe your approach.', at: at(1) }],
    submissions: 0,
    codeSubmissions: [],
    evaluation: null,
    done: false,
    version: 1,
    createdAt: at(1),
    updatedAt: at(1),
    ...overrides,
  };
}

function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    id: createId(),
    sessionId: null,
    candidateName: 'Jane Doe',
    candidateEmail: 'jane@example.com',
    role: 'Backend Engineer',
    overallScore: 7.5,
    behavioralScore: 7,
    technicalScore: 8,
    dsaScore: null,
    weights: { behavioral: 0.5, technical: 0.5, dsa: 0 },
    summary: 'Solid.',
    strengths: ['communication'],
    improvements: ['testing'],
    questions: [
      {
        question: 'Tell me about a hard bug.',
        kind: 'behavioral',
        answer: 'I once…',
        score: 7,
        feedback: 'Good story.',
        evidence: ['I once'],
        evidenceStatus: 'sufficient',
      },
    ],
    dsa: {
      problemTitle: 'Two Sum',
      problemPrompt: 'Find two numbers.',
      score: 6,
      feedback: 'Fine.',
      approach: 'hash map',
      timeComplexity: 'O(n)',
      conversation: [{ role: 'candidate', kind: 'pseudocode', text: 'use a map', at: at(2) }],
    },
    resumeSummary: null,
    decision: 'Pending',
    provenance: [PROVENANCE],
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

function makeInvite(overrides: Partial<Invite> = {}): Invite {
  return {
    id: createId(),
    reportId: createId(),
    toEmail: 'jane@example.com',
    toName: 'Jane Doe',
    subject: null,
    text: null,
    html: null,
    status: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: at(0),
    lockedUntil: null,
    sentAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

interface ReportGraph {
  report: Report;
  session: InterviewSession;
  turns: InterviewTurn[];
  invite: Invite;
}

/** A report with everything that hangs off it: session, turns, DSA round, decision change, invite. */
async function createReportGraph(storage: Storage, createdAt: string = at(0)): Promise<ReportGraph> {
  const session = await storage.sessions.create({ session: makeSession() });
  const turns = [await storage.turns.create({ turn: makeTurn(session.id, 0) }), await storage.turns.create({ turn: makeTurn(session.id, 1) })];
  await storage.dsa.create({ round: makeRound(session.id) });
  await storage.dsa.addCodeSubmission({ sessionId: session.id, submission: makeCodeSubmission() });
  const report = await storage.reports.create({ report: makeReport({ sessionId: session.id, createdAt }) });
  await storage.sessions.update({ session: { ...session, state: 'completed', reportId: report.id }, expectedVersion: session.version });
  await storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'recruiter', at: at(1) });
  const { invite } = await storage.invites.enqueue({ invite: makeInvite({ reportId: report.id }) });
  return { report: (await storage.reports.get({ id: report.id })) as Report, session, turns, invite };
}

async function expectGraphGone(storage: Storage, graph: ReportGraph): Promise<void> {
  expect(await storage.reports.get({ id: graph.report.id })).toBeNull();
  expect(await storage.reports.listDecisionChanges({ reportId: graph.report.id })).toEqual([]);
  expect(await storage.invites.get({ id: graph.invite.id })).toBeNull();
  expect(await storage.sessions.get({ id: graph.session.id })).toBeNull();
  expect(await storage.turns.listBySession({ sessionId: graph.session.id })).toEqual([]);
  for (const turn of graph.turns) expect(await storage.turns.get({ id: turn.id })).toBeNull();
  expect(await storage.dsa.get({ sessionId: graph.session.id })).toBeNull();
  // The code submissions went too: a new round under the same id starts without them.
  await storage.dsa.create({ round: makeRound(graph.session.id) });
  expect((await storage.dsa.get({ sessionId: graph.session.id }))?.codeSubmissions).toEqual([]);
}

async function expectGraphKept(storage: Storage, graph: ReportGraph): Promise<void> {
  expect(await storage.reports.get({ id: graph.report.id })).toEqual(graph.report);
  expect(await storage.reports.listDecisionChanges({ reportId: graph.report.id })).toHaveLength(1);
  expect(await storage.invites.get({ id: graph.invite.id })).toEqual(graph.invite);
  expect(await storage.sessions.get({ id: graph.session.id })).not.toBeNull();
  expect(await storage.turns.listBySession({ sessionId: graph.session.id })).toEqual(graph.turns);
  expect((await storage.dsa.get({ sessionId: graph.session.id }))?.codeSubmissions).toHaveLength(1);
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to fail, but it succeeded.');
}

function expectError(error: unknown, type: { isInstance(error: unknown): boolean; name: string }, code?: string): void {
  expect(type.isInstance(error), `expected ${type.name}, got ${String(error)}`).toBe(true);
  if (code !== undefined) expect((error as { code?: string }).code).toBe(code);
}

function fulfilled<T>(results: PromiseSettledResult<T>[]): T[] {
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

function rejected<T>(results: PromiseSettledResult<T>[]): unknown[] {
  return results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
}
