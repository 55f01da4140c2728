import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Invite, Report } from '../domain/index.js';
import { NotFoundError, ProviderError } from '../errors/index.js';
import { createId } from '../internal/ids.js';
import { createMockLanguageModel } from '../testing/mocks/mock-language-model.js';
import { createMockMailer, type MockMailer } from '../testing/mocks/mock-mailer.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import type { Storage } from '../ports/storage.js';
import { createTestClock, type TestClock } from '../../test/support/test-clock.js';
import { recruiterContext, seedReport } from '../../test/support/recruiter-fixtures.js';
import { createInviteService, INVITE_HELD_ERROR, INVITE_RETRY_MAX_MS } from './invite-service.js';

let testStorage: TestStorage;
let storage: Storage;
let clock: TestClock;
let mailer: MockMailer;

beforeEach(async () => {
  testStorage = await createTestSqliteStorage();
  storage = testStorage.storage;
  clock = createTestClock();
  mailer = createMockMailer({ from: { name: 'Acme Jobs', email: 'jobs@acme.example' } });
});
afterEach(async () => {
  await testStorage.cleanup();
});

/** Accepts a report and queues its invite, as `reports.decide` does, without sending. */
async function acceptedInvite(overrides: { candidateName?: string; candidateEmail?: string } = {}): Promise<{ report: Report; invite: Invite }> {
  const at = clock.now().toISOString();
  const report = await seedReport(storage, { createdAt: at, ...overrides });
  await storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'test', at });
  const { invite } = await storage.invites.enqueue({
    invite: {
      id: createId(),
      reportId: report.id,
      invitationId: null,
      toEmail: report.candidateEmail,
      toName: report.candidateName,
      subject: null,
      text: null,
      html: null,
      status: 'queued',
      attempts: 0,
      lastError: null,
      nextAttemptAt: at,
      lockedUntil: null,
      sentAt: null,
      createdAt: at,
      updatedAt: at,
    },
  });
  return { report, invite };
}

describe('createInviteService', () => {
  it('should draft, send and mark an invite sent exactly once', async () => {
    const languageModel = createMockLanguageModel();
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer, languageModel }));
    const { invite } = await acceptedInvite();

    expect(await invites.processQueue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await invites.sendNow({ inviteId: invite.id })).toMatchObject({ status: 'sent' });

    expect(mailer.sent).toHaveLength(1);
    const mail = mailer.sent[0]!;
    expect(mail.to).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(mail.from).toEqual({ name: 'Acme Jobs', email: 'jobs@acme.example' });
    expect(mail.replyTo).toEqual({ name: 'Grace from Acme', email: 'grace@acme.example' });
    // The mock model's draft passes the checks, so it is used.
    expect(mail.subject).toBe('Next interview for the Backend Engineer role');
    expect(mail.text).toContain('https://meet.example.com/acme-interview');
    expect(mail.html).toContain('<a href="https://meet.example.com/acme-interview">');
    const stored = await storage.invites.get({ id: invite.id });
    expect(stored).toMatchObject({ status: 'sent', sentAt: clock.now().toISOString(), subject: mail.subject, attempts: 0 });
  });

  it('should fall back to the template when the model fails', async () => {
    const languageModel = createMockLanguageModel({
      respond: () => {
        throw new ProviderError({ provider: 'mock', message: 'overloaded', statusCode: 503 });
      },
    });
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer, languageModel }));
    await acceptedInvite();
    await invites.processQueue();
    expect(mailer.sent.map((mail) => mail.subject)).toEqual(['Invitation to a follow-up interview: Backend Engineer']);
    expect(mailer.sent[0]!.text).toContain('Dear Ada Lovelace,');
  });

  it('should retry a failed send with exponential backoff, reusing the saved draft', async () => {
    const languageModel = createMockLanguageModel();
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer, languageModel }), { random: () => 0.5 });
    const { invite } = await acceptedInvite();
    mailer.fail({ times: 2 });

    expect(await invites.processQueue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    let stored = (await storage.invites.get({ id: invite.id }))!;
    expect(stored).toMatchObject({ status: 'queued', attempts: 1, lastError: 'The mock mail server is down.', lockedUntil: null });
    expect(Date.parse(stored.nextAttemptAt) - clock.now().getTime()).toBe(30_000);

    // Not due yet: nothing is claimed.
    expect(await invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    clock.advanceMinutes(1);
    expect(await invites.processQueue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    stored = (await storage.invites.get({ id: invite.id }))!;
    expect(Date.parse(stored.nextAttemptAt) - clock.now().getTime()).toBe(60_000);

    clock.advanceMinutes(1);
    expect(await invites.processQueue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(mailer.sent).toHaveLength(1);
    expect(languageModel.calls).toHaveLength(1);
    expect(await storage.invites.get({ id: invite.id })).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('should cap the wait between attempts at one hour', async () => {
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer, settings: { inviteMaxAttempts: 20 } }), { random: () => 0.99 });
    const { invite } = await acceptedInvite();
    mailer.fail();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await invites.processQueue();
      const stored = (await storage.invites.get({ id: invite.id }))!;
      waits.push(Date.parse(stored.nextAttemptAt) - clock.now().getTime());
      clock.advanceMinutes(61);
    }
    expect(waits.slice(0, 3)).toEqual([Math.round(30_000 * 1.196), Math.round(60_000 * 1.196), Math.round(120_000 * 1.196)]);
    expect(waits.slice(-3)).toEqual([INVITE_RETRY_MAX_MS, INVITE_RETRY_MAX_MS, INVITE_RETRY_MAX_MS]);
  });

  it('should give up after settings.inviteMaxAttempts', async () => {
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer, settings: { inviteMaxAttempts: 3 } }));
    const { invite } = await acceptedInvite();
    mailer.fail();
    const results = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      results.push(await invites.processQueue());
      clock.advanceMinutes(120);
    }
    expect(results).toEqual([
      { sent: 0, retried: 1, failed: 0 },
      { sent: 0, retried: 1, failed: 0 },
      { sent: 0, retried: 0, failed: 1 },
      { sent: 0, retried: 0, failed: 0 },
    ]);
    expect(await storage.invites.get({ id: invite.id })).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('should give up at once when the mail server refuses the message for good', async () => {
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer }));
    const { invite } = await acceptedInvite();
    mailer.fail({ error: new ProviderError({ code: 'MAIL_FAILED', provider: 'mock', message: '550 no such user', isRetryable: false }) });
    expect(await invites.sendNow({ inviteId: invite.id })).toMatchObject({ status: 'failed', attempts: 1, lastError: '550 no such user' });
  });

  it.each([
    ['no mailer', { mailer: null }],
    ['no meeting link', { settings: { meetingLink: null } }],
    ['a meeting link that is not an http(s) URL', { settings: { meetingLink: 'javascript:alert(1)' } }],
    ['no sender', { mailerFrom: null, settings: { senderEmail: null } }],
  ] as const)('should leave invites queued without using an attempt when there is %s', async (_label, setup) => {
    const configured = 'mailerFrom' in setup ? createMockMailer({ from: null }) : mailer;
    const context = recruiterContext(storage, {
      now: clock.now,
      mailer: 'mailer' in setup ? setup.mailer : configured,
      ...('settings' in setup ? { settings: setup.settings } : {}),
    });
    const invites = createInviteService(context);
    const { invite } = await acceptedInvite();
    expect(await invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await invites.sendNow({ inviteId: invite.id })).toMatchObject({ status: 'queued', attempts: 0, lockedUntil: null });
    expect(configured.sent).toEqual([]);
  });

  it('should hold an invite whose report is no longer accepted, and send it once accepted again', async () => {
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer }), { random: () => 0.5 });
    const { report, invite } = await acceptedInvite();
    await storage.reports.setDecision({ id: report.id, decision: 'Declined', actor: 'test', at: clock.now().toISOString() });

    expect(await invites.processQueue()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await storage.invites.get({ id: invite.id })).toMatchObject({ status: 'queued', lastError: INVITE_HELD_ERROR });
    expect(mailer.sent).toEqual([]);

    await storage.reports.setDecision({ id: report.id, decision: 'Accepted', actor: 'test', at: clock.now().toISOString() });
    clock.advanceMinutes(1);
    expect(await invites.processQueue()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(mailer.sent).toHaveLength(1);
  });

  it('should send an invite once when several workers on separate connections process the queue at once', async () => {
    const peer = await testStorage.openPeer();
    const workers = [storage, peer, storage, peer].map((workerStorage) => createInviteService(recruiterContext(workerStorage, { now: clock.now, mailer })));
    const queued = await Promise.all([acceptedInvite(), acceptedInvite({ candidateEmail: 'bob@example.com', candidateName: 'Bob' })]);
    const results = await Promise.all(
      workers.map((worker, index) => (index % 2 ? worker.processQueue() : worker.sendNow({ inviteId: queued[0]!.invite.id }).then(() => null))),
    );
    expect(mailer.sent.map((mail) => mail.to.email).sort()).toEqual(['ada@example.com', 'bob@example.com']);
    expect(results.filter(Boolean)).toHaveLength(2);
  });

  it('should throw NotFoundError for an unknown invite', async () => {
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer }));
    const error = await invites.sendNow({ inviteId: createId() }).catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
  });

  it('should reject a queue limit outside 1..100', async () => {
    const invites = createInviteService(recruiterContext(storage, { now: clock.now, mailer }));
    await expect(invites.processQueue({ limit: 0 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(invites.processQueue({ limit: 101 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
