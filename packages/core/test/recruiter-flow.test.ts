// The recruiter's side end to end with real parts: reports in real SQLite and PostgreSQL,
// invites through nodemailer to a real SMTP server on loopback, and the default offline model.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoach, type Coach } from '../src/create-coach.js';
import type { Decision, Report } from '../src/domain/index.js';
import { NotFoundError } from '../src/errors/index.js';
import { createNodemailerMailer } from '../src/adapters/email-nodemailer/index.js';
import type { LanguageModel } from '../src/ports/language-model.js';
import type { Mailer } from '../src/ports/mailer.js';
import type { Storage } from '../src/ports/storage.js';
import type { CreateReportInput } from '../src/report/report-service-types.js';
import { createMockLanguageModel } from '../src/testing/mocks/mock-language-model.js';
import { createTestPostgresStorage, createTestSqliteStorage, shouldRunPostgresTests, type TestStorage } from '../src/testing/test-storage.js';
import type { ReceivedMail } from '../src/testing/conformance/mailer-conformance.js';
import { seedReport, seedSession } from './support/recruiter-fixtures.js';
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp-test-server.js';
import { createTestClock, type TestClock } from './support/test-clock.js';

const MEETING_LINK = 'https://meet.example.com/acme-follow-up?ref=coach&x=1';
const NO_MAILER_MESSAGE = 'No mail server is configured (set SMTP_URL); the invite is queued and will be sent once one is.';

const runPostgres = await shouldRunPostgresTests();
const backends = [
  { name: 'SQLite', create: createTestSqliteStorage, run: true },
  { name: 'PostgreSQL', create: () => createTestPostgresStorage(), run: runPostgres },
];

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
});

function header(mail: ReceivedMail, name: string): string | undefined {
  return mail.headers.find((field) => field.name === name)?.value;
}

for (const backend of backends) {
  describe.skipIf(!backend.run)(`recruiter flow on ${backend.name}`, () => {
    let testStorage: TestStorage;
    let clock: TestClock;
    let coach: Coach;

    const smtpMailer = (): Mailer =>
      createNodemailerMailer({ url: smtp.url, from: { name: 'Acme Recruiting', email: 'jobs@acme.example' }, transportOptions: { ignoreTLS: true } });

    const openCoach = (options: { storage?: Storage; mailer?: Mailer | null; languageModel?: LanguageModel } = {}) =>
      createCoach({
        storage: options.storage ?? testStorage.storage,
        mailer: options.mailer === undefined ? smtpMailer() : options.mailer,
        ...(options.languageModel ? { languageModel: options.languageModel } : {}),
        speechModel: null,
        textRecognizer: null,
        // The test storage is migrated already.
        migrate: false,
        now: clock.now,
        settings: { meetingLink: MEETING_LINK, recruiterName: 'Grace Hopper', replyToEmail: 'grace@acme.example' },
      });

    // One database per backend keeps the file fast; each test starts from an empty one,
    // emptied through the port (erasing every report erases its invites, decisions and session).
    beforeAll(async () => {
      testStorage = await backend.create();
    });
    afterAll(async () => {
      await testStorage?.cleanup();
    });
    beforeEach(async () => {
      const end = '9999-12-31T00:00:00.000Z';
      await testStorage.storage.reports.deleteCreatedBefore({ before: end });
      await testStorage.storage.sessions.deleteIdle({ before: end });
      smtp.messages.length = 0;
      await smtp.start();
      clock = createTestClock('2024-06-03T09:00:00.000Z');
      coach = await openCoach();
    });

    const candidate = (overrides: Partial<CreateReportInput> = {}): CreateReportInput => ({
      candidateName: 'Ada Lovelace',
      candidateEmail: 'ada@example.com',
      role: 'Backend Engineer',
      overallScore: 8.2,
      summary: 'Strong systems thinking.',
      strengths: ['Clear reasoning about trade-offs'],
      ...overrides,
    });

    it('should list, filter, sort and paginate reports and compute statistics', async () => {
      const seeds: { name: string; role: string; score: number; decision: Decision }[] = [
        { name: 'Ada Lovelace', role: 'Backend Engineer', score: 8.2, decision: 'Accepted' },
        { name: 'Alan Turing', role: 'Backend Engineer', score: 9.6, decision: 'Pending' },
        { name: 'Grace Brewster', role: 'Frontend Engineer', score: 6.5, decision: 'Declined' },
        { name: 'Edsger Dijkstra', role: 'Backend Engineer', score: 7.1, decision: 'Pending' },
        { name: 'Barbara Liskov', role: 'Data Engineer', score: 10, decision: 'Pending' },
        { name: 'Ken Thompson', role: 'Frontend Engineer', score: 3.4, decision: 'Declined' },
        { name: 'Margaret Hamilton', role: 'Data Engineer', score: 7.1, decision: 'Pending' },
      ];
      const created: Report[] = [];
      for (const [index, seed] of seeds.entries()) {
        created.push(
          await coach.reports.create({
            input: candidate({
              candidateName: seed.name,
              candidateEmail: `c${index}@example.com`,
              role: seed.role,
              overallScore: seed.score,
              decision: seed.decision,
            }),
          }),
        );
        clock.advanceMinutes(60);
      }

      // Walking every page yields each report once, newest first.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await coach.reports.list({ limit: 3, cursor });
        expect(page.reports.length).toBeLessThanOrEqual(3);
        seen.push(...page.reports.map((report) => report.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...created].reverse().map((report) => report.id));

      const byScore = await coach.reports.list({ sort: 'score', limit: 100 });
      const expectedScores = seeds.map((seed) => seed.score).sort((a, b) => b - a);
      expect(byScore.reports.map((report) => report.overallScore)).toEqual(expectedScores);

      const pending = await coach.reports.list({ filter: { decision: 'Pending' } });
      expect(pending.reports.map((report) => report.candidateName).sort()).toEqual(
        seeds
          .filter((seed) => seed.decision === 'Pending')
          .map((seed) => seed.name)
          .sort(),
      );
      const strongBackend = await coach.reports.list({ filter: { role: 'Backend Engineer', minScore: 8 } });
      expect(strongBackend.reports.map((report) => report.candidateName).sort()).toEqual(['Ada Lovelace', 'Alan Turing']);
      const search = await coach.reports.list({ filter: { query: 'LISKOV' } });
      expect(search.reports.map((report) => report.candidateName)).toEqual(['Barbara Liskov']);

      const statistics = await coach.reports.statistics();
      const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
      expect(statistics.total).toBe(seeds.length);
      expect(statistics.byDecision).toEqual({
        Pending: seeds.filter((seed) => seed.decision === 'Pending').length,
        Accepted: seeds.filter((seed) => seed.decision === 'Accepted').length,
        Declined: seeds.filter((seed) => seed.decision === 'Declined').length,
      });
      expect(statistics.averageScore).toBe(mean(seeds.map((seed) => seed.score)));
      const distribution = Array.from({ length: 11 }, () => 0);
      for (const seed of seeds) distribution[Math.floor(seed.score)]! += 1;
      expect(statistics.scoreDistribution).toEqual(distribution);
      const roles = [...new Set(seeds.map((seed) => seed.role))];
      expect(statistics.byRole).toEqual(
        expect.arrayContaining(
          roles.map((role) => {
            const scores = seeds.filter((seed) => seed.role === role).map((seed) => seed.score);
            return { role, count: scores.length, averageScore: mean(scores) };
          }),
        ),
      );
      expect(statistics.byRole).toHaveLength(roles.length);
    });

    it('should return a report with its audit trail and invite, and erase it with its session', async () => {
      const { storage } = testStorage;
      const session = await seedSession(storage, { lastActivityAt: clock.now().toISOString() });
      const report = await seedReport(storage, { createdAt: clock.now().toISOString(), sessionId: session.id });
      await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter:grace' });
      clock.advanceMinutes(30);
      await coach.reports.decide({ id: report.id, decision: 'Declined', actor: 'recruiter:alan' });

      const details = await coach.reports.get({ id: report.id });
      expect(details.report.decision).toBe('Declined');
      expect(details.decisionHistory.map(({ from, to, actor, at }) => ({ from, to, actor, at }))).toEqual([
        { from: 'Pending', to: 'Accepted', actor: 'recruiter:grace', at: '2024-06-03T09:00:00.000Z' },
        { from: 'Accepted', to: 'Declined', actor: 'recruiter:alan', at: '2024-06-03T09:30:00.000Z' },
      ]);
      expect(details.invite).toMatchObject({ reportId: report.id, status: 'sent', toEmail: 'ada@example.com' });

      await coach.reports.delete({ id: report.id });
      expect(await storage.sessions.get({ id: session.id })).toBeNull();
      expect(await storage.invites.get({ id: details.invite!.id })).toBeNull();
      expect(await storage.reports.listDecisionChanges({ reportId: report.id })).toEqual([]);
      const error = await coach.reports.get({ id: report.id }).catch((caught: unknown) => caught);
      expect(NotFoundError.isInstance(error)).toBe(true);
    });

    it('should email the accepted candidate exactly once, however often they are accepted', async () => {
      const report = await coach.reports.create({ input: candidate() });
      const accepted = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(accepted).toMatchObject({ changed: true, emailSent: true, emailMessage: 'Email sent successfully to ada@example.com' });
      expect(accepted.report.decision).toBe('Accepted');
      expect(accepted.invite).toMatchObject({ status: 'sent', attempts: 0 });

      expect(smtp.messages).toHaveLength(1);
      const mail = smtp.messages[0]!;
      expect(mail.envelopeTo).toEqual(['ada@example.com']);
      expect(mail.envelopeFrom).toBe('jobs@acme.example');
      expect(header(mail, 'to')).toBe('Ada Lovelace <ada@example.com>');
      expect(header(mail, 'reply-to')).toBe('Grace Hopper <grace@acme.example>');
      expect(header(mail, 'subject')).toBe('Invitation to a follow-up interview: Backend Engineer');
      expect(mail.text).toContain('Dear Ada Lovelace,');
      expect(mail.text).toContain(MEETING_LINK);
      expect(mail.text).toContain('Grace Hopper');
      expect(mail.html).toContain(`<a href="${MEETING_LINK.replace(/&/g, '&amp;')}">`);

      clock.advanceMinutes(10);
      const again = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(again).toMatchObject({ changed: false, emailSent: true, emailMessage: 'Invite already sent on 2024-06-03 09:00 UTC.' });
      expect(await coach.invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(smtp.messages).toHaveLength(1);
    });

    it('should send one email for two concurrent accepts', async () => {
      const report = await coach.reports.create({ input: candidate() });
      const results = await Promise.all([
        coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter-1' }),
        coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter-2' }),
      ]);
      expect(results.map((result) => result.changed).sort()).toEqual([false, true]);
      expect(results.some((result) => result.emailSent)).toBe(true);
      expect(smtp.messages).toHaveLength(1);
      expect((await coach.reports.get({ id: report.id })).decisionHistory).toHaveLength(1);
    });

    it('should send one email when two server processes accept at once', async () => {
      const other = await openCoach({ storage: await testStorage.openPeer() });
      const reports = await Promise.all(
        ['ada', 'alan', 'grace'].map((name) => coach.reports.create({ input: candidate({ candidateName: name, candidateEmail: `${name}@example.com` }) })),
      );
      await Promise.all(
        reports.flatMap((report) => [
          coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'process-1' }),
          other.reports.decide({ id: report.id, decision: 'Accepted', actor: 'process-2' }),
        ]),
      );
      await Promise.all([coach.invites.processQueue(), other.invites.processQueue()]);
      expect(smtp.messages.map((mail) => mail.envelopeTo).sort()).toEqual([['ada@example.com'], ['alan@example.com'], ['grace@example.com']]);
    });

    it('should save the decision and queue the invite while the mail server is down, then send it once', async () => {
      const report = await coach.reports.create({ input: candidate() });
      await smtp.stop();
      const result = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(result.changed).toBe(true);
      expect(result.emailSent).toBe(false);
      expect(result.report.decision).toBe('Accepted');
      expect(result.invite).toMatchObject({ status: 'queued', attempts: 1 });
      expect(result.invite!.lastError).toMatch(/^Could not reach the mail server/);
      expect(result.emailMessage).toBe(`Sending failed (${result.invite!.lastError}); the invite is queued and will be retried.`);
      expect((await coach.reports.get({ id: report.id })).report.decision).toBe('Accepted');

      await smtp.start();
      // The retry is not due yet.
      expect(await coach.invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
      clock.advanceMinutes(5);
      const workers = [coach, await openCoach({ storage: await testStorage.openPeer() })];
      const outcomes = await Promise.all(workers.map((worker) => worker.invites.processQueue()));
      expect(outcomes.reduce((sum, outcome) => sum + outcome.sent, 0)).toBe(1);
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]!.envelopeTo).toEqual(['ada@example.com']);
      expect(await coach.invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect((await coach.reports.get({ id: report.id })).invite).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it('should record a decline after an accept without recalling the invite', async () => {
      const report = await coach.reports.create({ input: candidate() });
      await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      clock.advanceMinutes(60);
      const declined = await coach.reports.decide({ id: report.id, decision: 'Declined', actor: 'recruiter' });
      expect(declined).toMatchObject({ changed: true, emailSent: true, invite: { status: 'sent' } });
      expect(declined.emailMessage).toBe('Decision recorded. The invite sent on 2024-06-03 09:00 UTC is not recalled.');
      expect(smtp.messages).toHaveLength(1);
      expect((await coach.reports.statistics()).byDecision).toEqual({ Pending: 0, Accepted: 0, Declined: 1 });
    });

    it('should queue the invite with a plain message when no mailer is configured, and send it once one is', async () => {
      const withoutMailer = await openCoach({ mailer: null });
      const report = await withoutMailer.reports.create({ input: candidate() });
      const result = await withoutMailer.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(result).toMatchObject({ changed: true, emailSent: false, emailMessage: NO_MAILER_MESSAGE, invite: { status: 'queued', attempts: 0 } });
      expect(await withoutMailer.invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(smtp.messages).toEqual([]);

      // A process started later with a mail server picks the invite up.
      expect(await coach.invites.processQueue()).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(smtp.messages.map((mail) => mail.envelopeTo)).toEqual([['ada@example.com']]);
    });

    it('should not let a hostile candidate name add a recipient or a header', async () => {
      const report = await seedReport(testStorage.storage, {
        createdAt: clock.now().toISOString(),
        candidateName: 'Eve\r\nBcc: everyone@example.com',
        candidateEmail: 'eve@example.com',
      });
      const result = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(result.emailSent).toBe(true);
      expect(smtp.messages).toHaveLength(1);
      const mail = smtp.messages[0]!;
      expect(mail.envelopeTo).toEqual(['eve@example.com']);
      expect(mail.headers.map((field) => field.name)).not.toContain('bcc');
      // A name with a line break or an address in it is not a name: the invite goes out without it.
      expect(header(mail, 'to')).toBe('eve@example.com');
    });

    it.each([
      ['leaves out the meeting link', (text: string) => text.replace(MEETING_LINK, 'the usual link')],
      ['leaves a placeholder', (text: string) => `${text}\n\nP.S. Call me at [Phone Number].`],
      ['adds another URL', (text: string) => `${text}\n\nPlease confirm first at https://evil.example.net/confirm`],
    ])('should send the built-in template when the model draft %s', async (_label, spoil) => {
      const languageModel = createMockLanguageModel({
        respond: ({ input }) => {
          const { candidateName, recruiterName } = input as { candidateName: string; recruiterName: string };
          const text = `Hi ${candidateName},\n\nWe loved talking to you. Pick a slot: ${MEETING_LINK}\n\nBest,\n${recruiterName}`;
          return { subject: 'Your next interview at Acme', text: spoil(text) };
        },
      });
      const withModel = await openCoach({ languageModel });
      const report = await withModel.reports.create({ input: candidate() });
      await withModel.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(languageModel.calls).toHaveLength(1);
      expect(smtp.messages).toHaveLength(1);
      const mail = smtp.messages[0]!;
      expect(header(mail, 'subject')).toBe('Invitation to a follow-up interview: Backend Engineer');
      expect(mail.text).toContain('Dear Ada Lovelace,');
      expect(mail.text).toContain(MEETING_LINK);
      expect(mail.text).not.toContain('We loved talking to you');
    });

    it('should send the model draft when it passes the checks', async () => {
      const languageModel = createMockLanguageModel({
        respond: ({ input }) => {
          const { candidateName, recruiterName } = input as { candidateName: string; recruiterName: string };
          return {
            subject: 'Your next interview at Acme',
            text: `Hi ${candidateName},\n\nWe loved talking to you. Pick a slot: ${MEETING_LINK}\n\nBest,\n${recruiterName}`,
          };
        },
      });
      const withModel = await openCoach({ languageModel });
      const report = await withModel.reports.create({ input: candidate() });
      await withModel.reports.decide({ id: report.id, decision: 'Accepted', actor: 'recruiter' });
      expect(smtp.messages.map((mail) => header(mail, 'subject'))).toEqual(['Your next interview at Acme']);
      expect(smtp.messages[0]!.text).toContain('We loved talking to you');
    });
  });
}
