import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../errors/index.js';
import { createId } from '../internal/ids.js';
import { createInviteService } from '../invite/invite-service.js';
import { createMockMailer, type MockMailer } from '../testing/mocks/mock-mailer.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { createTestClock, type TestClock } from '../../test/support/test-clock.js';
import { recruiterContext } from '../../test/support/recruiter-fixtures.js';
import type { CoachContext } from '../internal/context.js';
import type { CreateReportInput, ReportService } from './report-service-types.js';
import { createReportService } from './report-service.js';

let testStorage: TestStorage;
let clock: TestClock;
let mailer: MockMailer;
let context: CoachContext;
let reports: ReportService;

const valid: CreateReportInput = {
  candidateName: 'Ada Lovelace',
  candidateEmail: 'ada@example.com',
  role: 'Backend Engineer',
  overallScore: 7.4,
};

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

beforeEach(async () => {
  testStorage = await createTestSqliteStorage();
  clock = createTestClock();
  mailer = createMockMailer();
  context = recruiterContext(testStorage.storage, { now: clock.now, mailer });
  reports = createReportService(context, { invites: createInviteService(context) });
});
afterEach(async () => {
  await testStorage.cleanup();
});

describe('createReportService', () => {
  describe('create', () => {
    it('should store a valid report with defaults and derived part scores', async () => {
      const report = await reports.create({
        input: {
          ...valid,
          summary: 'Good.',
          questions: [
            { question: 'Tell me about a conflict.', kind: 'behavioral', answer: 'I listened.', score: 6, feedback: 'Fine.' },
            { question: 'Design a cache.', answer: 'LRU with a map.', score: 8, feedback: 'Good.' },
            { question: 'Explain indexes.', kind: 'technical', answer: '', score: 1, feedback: 'No answer.' },
          ],
        },
      });
      expect(report).toMatchObject({
        sessionId: null,
        decision: 'Pending',
        behavioralScore: 6,
        technicalScore: 4.5,
        dsaScore: null,
        strengths: [],
        createdAt: clock.now().toISOString(),
      });
      expect(report.weights).toEqual({ behavioral: 1 / 3, technical: 2 / 3, dsa: 0 });
      expect(report.questions.map((question) => [question.kind, question.evidenceStatus])).toEqual([
        ['behavioral', 'sufficient'],
        ['technical', 'sufficient'],
        ['technical', 'insufficient_evidence'],
      ]);
      expect((await reports.get({ id: report.id })).report).toEqual(report);
    });

    it('should reject an invalid report with every issue and store nothing', async () => {
      const error = await errorOf(
        reports.create({
          input: {
            ...valid,
            candidateName: ' ',
            candidateEmail: 'ada@example.com, eve@example.com',
            overallScore: 10.5,
            questions: [{ question: 'Q?', answer: 'A', score: -1, feedback: 'F' }],
          },
        }),
      );
      expect(ValidationError.isInstance(error)).toBe(true);
      const paths = (error as ValidationError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['input.candidateName', 'input.candidateEmail', 'input.overallScore', 'input.questions.0.score']));
      expect((await reports.statistics()).total).toBe(0);
    });

    it('should not queue an invite for a report created as accepted', async () => {
      const report = await reports.create({ input: { ...valid, decision: 'Accepted' } });
      expect(report.decision).toBe('Accepted');
      expect((await reports.get({ id: report.id })).invite).toBeNull();
      expect(mailer.sent).toEqual([]);
    });
  });

  describe('list', () => {
    it.each([
      ['a limit of 0', { limit: 0 }, 'options.limit'],
      ['a limit of 101', { limit: 101 }, 'options.limit'],
      ['a fractional limit', { limit: 2.5 }, 'options.limit'],
      ['a minimum score above 10', { filter: { minScore: 11 } }, 'options.filter.minScore'],
      ['an unknown decision', { filter: { decision: 'Maybe' } }, 'options.filter.decision'],
      ['an unknown sort', { sort: 'name' }, 'options.sort'],
    ])('should reject %s', async (_label, options, path) => {
      const error = await errorOf(reports.list(options as never));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
    });

    it('should reject an invalid cursor', async () => {
      const error = await errorOf(reports.list({ cursor: 'not-a-cursor' }));
      expect(ValidationError.isInstance(error)).toBe(true);
    });
  });

  describe('get, delete and decide', () => {
    it('should throw NotFoundError for an unknown report', async () => {
      const id = createId();
      for (const promise of [reports.get({ id }), reports.delete({ id }), reports.decide({ id, decision: 'Accepted', actor: 'recruiter' })]) {
        const error = await errorOf(promise);
        expect(NotFoundError.isInstance(error)).toBe(true);
      }
    });

    it('should delete a report once', async () => {
      const report = await reports.create({ input: valid });
      await reports.delete({ id: report.id });
      expect(NotFoundError.isInstance(await errorOf(reports.get({ id: report.id })))).toBe(true);
      expect(NotFoundError.isInstance(await errorOf(reports.delete({ id: report.id })))).toBe(true);
    });

    it.each([
      ['an unknown decision', { decision: 'Maybe', actor: 'recruiter' }, 'decision'],
      ['no actor', { decision: 'Accepted', actor: '  ' }, 'actor'],
    ])('should reject a decision with %s', async (_label, options, path) => {
      const report = await reports.create({ input: valid });
      const error = await errorOf(reports.decide({ id: report.id, ...(options as { decision: 'Accepted'; actor: string }) }));
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toContain(path);
      expect((await reports.get({ id: report.id })).decisionHistory).toEqual([]);
    });

    it('should record the audit trail and send one invite across accept, re-accept and decline', async () => {
      const report = await reports.create({ input: valid });
      const first = await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter-1' });
      expect(first).toMatchObject({ changed: true, emailSent: true, emailMessage: 'Email sent successfully to ada@example.com' });
      clock.advanceMinutes(5);
      const again = await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter-2' });
      expect(again).toMatchObject({ changed: false, emailSent: true, emailMessage: 'Invite already sent on 2024-06-03 09:00 UTC.' });
      const declined = await reports.decide({ id: report.id, decision: 'Declined', actor: 'recruiter-2' });
      expect(declined).toMatchObject({ changed: true, emailSent: true });
      expect(declined.emailMessage).toBe('Decision recorded. The invite sent on 2024-06-03 09:00 UTC is not recalled.');
      expect(declined.report.decision).toBe('Declined');

      const details = await reports.get({ id: report.id });
      expect(details.decisionHistory.map(({ from, to, actor, at }) => ({ from, to, actor, at }))).toEqual([
        { from: 'Pending', to: 'Accepted', actor: 'recruiter-1', at: '2024-06-03T09:00:00.000Z' },
        { from: 'Accepted', to: 'Declined', actor: 'recruiter-2', at: '2024-06-03T09:05:00.000Z' },
      ]);
      expect(details.invite).toMatchObject({ status: 'sent' });
      expect(mailer.sent).toHaveLength(1);
    });

    it('should say why a queued invite cannot be sent, until the configuration is fixed', async () => {
      const unconfigured = recruiterContext(testStorage.storage, { now: clock.now, mailer: null, settings: { meetingLink: null } });
      const unconfiguredReports = createReportService(unconfigured, { invites: createInviteService(unconfigured) });
      const report = await unconfiguredReports.create({ input: valid });
      // Asked before accepting: what accepting would do, while there is no invite yet.
      const before = await unconfiguredReports.get({ id: report.id });
      expect(before.invite).toBeNull();
      expect(before.sendBlocker).toMatch(/SMTP_URL/);
      expect((await reports.get({ id: report.id })).sendBlocker).toBeNull();
      const accepted = await unconfiguredReports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(accepted).toMatchObject({ emailSent: false, invite: { status: 'queued', attempts: 0, lastError: null } });

      const blocked = await unconfiguredReports.get({ id: report.id });
      expect(blocked.inviteBlocker).toMatch(/SMTP_URL/);
      // Fixed one piece at a time, the reason follows what is still missing.
      const withMailer = { ...unconfigured, mailer };
      const stillBlocked = await createReportService(withMailer, { invites: createInviteService(withMailer) }).get({ id: report.id });
      expect(stillBlocked.inviteBlocker).toMatch(/MEETING_LINK/);
      const ready = await reports.get({ id: report.id });
      expect(ready.invite).toMatchObject({ status: 'queued' });
      expect(ready.inviteBlocker).toBeNull();
    });

    it('should not give a reason for an invite that was sent', async () => {
      const report = await reports.create({ input: valid });
      await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      const details = await reports.get({ id: report.id });
      expect(details.invite).toMatchObject({ status: 'sent' });
      expect(details.inviteBlocker).toBeNull();
    });

    it('should say plainly when sending failed and leave the invite queued for a retry', async () => {
      const report = await reports.create({ input: valid });
      mailer.fail({ times: 1 });
      const result = await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(result).toMatchObject({ changed: true, emailSent: false, invite: { status: 'queued', attempts: 1 } });
      expect(result.emailMessage).toBe('Sending failed (The mock mail server is down.); the invite is queued and will be retried.');
      expect(result.report.decision).toBe('Accepted');
    });

    it('should say when the invite is held after a decline and sent once accepted again', async () => {
      const report = await reports.create({ input: valid });
      mailer.fail({ times: 1 });
      await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      const declined = await reports.decide({ id: report.id, decision: 'Declined', actor: 'recruiter' });
      expect(declined).toMatchObject({
        emailSent: false,
        emailMessage: 'Decision recorded. The queued invite will not be sent unless the candidate is accepted again.',
      });
      clock.advanceMinutes(1);
      const accepted = await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(accepted).toMatchObject({ emailSent: true, emailMessage: 'Email sent successfully to ada@example.com' });
      expect(mailer.sent).toHaveLength(1);
    });

    it('should not queue an invite for a candidate without a valid address', async () => {
      const at = clock.now().toISOString();
      const created = await reports.create({ input: valid });
      const stored = await testStorage.storage.reports.get({ id: created.id });
      // A combined report takes the address from the resume, which may have none.
      await testStorage.storage.reports.delete({ id: created.id });
      const report = await testStorage.storage.reports.create({ report: { ...stored!, id: createId(), candidateEmail: '', createdAt: at, updatedAt: at } });
      const result = await reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(result).toMatchObject({ changed: true, emailSent: false, invite: null });
      expect(result.emailMessage).toBe('The candidate has no valid email address, so no invite was queued.');
    });
  });
});
