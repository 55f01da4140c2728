// Webhooks end to end with real parts: events caused through the public services on real
// SQLite and PostgreSQL, posted by the delivery worker to a real HTTP receiver on loopback and
// verified with the `standardwebhooks` library, as a receiver would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoach, type Coach, type CoachSettings } from '../src/index.js';
import { createNodemailerMailer } from '../src/adapters/email-nodemailer/index.js';
import { ValidationError } from '../src/errors/index.js';
import type { Mailer } from '../src/ports/mailer.js';
import type { Storage } from '../src/ports/storage.js';
import { createTestPostgresStorage, createTestSqliteStorage, shouldRunPostgresTests, type TestStorage } from '../src/testing/test-storage.js';
import { enqueueWebhookEvent } from '../src/webhooks/webhook-events.js';
import { isPrivateAddress } from '../src/webhooks/webhook-target.js';
import { WEBHOOK_GONE_REASON } from '../src/webhooks/webhook-service.js';
import { strongAnswerFor, TEXT_RESUME } from './support/candidate-flow-context.js';
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp-test-server.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './support/webhook-receiver.js';

const runPostgres = await shouldRunPostgresTests();
const backends = [
  { name: 'SQLite', create: createTestSqliteStorage, run: true },
  { name: 'PostgreSQL', create: () => createTestPostgresStorage(), run: runPostgres },
];

/** Real time plus an offset: `standardwebhooks` checks the signed timestamp against the real clock. */
function createOffsetClock() {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms: number) => (offset += ms) };
}

function verify(secret: string, webhook: ReceivedWebhook): { type: string; timestamp: string; data: Record<string, unknown> } {
  const headers = {
    'webhook-id': String(webhook.headers['webhook-id']),
    'webhook-timestamp': String(webhook.headers['webhook-timestamp']),
    'webhook-signature': String(webhook.headers['webhook-signature']),
  };
  return new Webhook(secret).verify(webhook.body, headers) as { type: string; timestamp: string; data: Record<string, unknown> };
}

let smtp: TestSmtpServer;
let receiver: WebhookReceiver;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
});
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await receiver.close();
});

for (const backend of backends) {
  describe.skipIf(!backend.run)(`webhooks on ${backend.name}`, () => {
    let testStorage: TestStorage;
    let clock: ReturnType<typeof createOffsetClock>;
    const opened: Coach[] = [];

    const openCoach = async (options: { storage?: Storage; mailer?: Mailer | null; settings?: Partial<CoachSettings> } = {}) => {
      const coach = await createCoach({
        storage: options.storage ?? testStorage.storage,
        mailer:
          options.mailer === undefined
            ? createNodemailerMailer({ url: smtp.url, from: { name: 'Acme', email: 'jobs@acme.example' }, transportOptions: { ignoreTLS: true } })
            : options.mailer,
        speechModel: null,
        textRecognizer: null,
        codeRunner: null,
        migrate: false,
        now: clock.now,
        settings: {
          meetingLink: 'https://meet.example.com/acme',
          webhookAllowPrivateTargets: true,
          webhookAllowedHttpHosts: [receiver.host],
          ...options.settings,
        },
      });
      return coach;
    };

    beforeAll(async () => {
      testStorage = await backend.create();
    });
    afterAll(async () => {
      await testStorage?.cleanup();
    });
    beforeEach(async () => {
      await testStorage.reset();
      await smtp.start();
      clock = createOffsetClock();
    });
    afterEach(async () => {
      // The test storage is closed by its cleanup, not by each coach.
      opened.length = 0;
    });

    it('should deliver every event signed so that standardwebhooks verifies it', async () => {
      const coach = await openCoach();
      await coach.templates.seedStarterTemplates();
      const { endpoint, secret } = await coach.webhooks.createEndpoint({
        url: `${receiver.url}/hooks`,
        events: ['interview.completed', 'report.decision_changed', 'report.deleted', 'invite.sent', 'invite.failed', 'invitation.completed'],
        description: 'ATS',
      });
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(endpoint).not.toHaveProperty('secret');

      // interview.completed from a real interview, through the final feedback.
      const started = await coach.interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      let current = started.question as typeof started.question | null;
      while (current) {
        current = (await coach.interviews.submitAnswer({ sessionId: started.session.id, questionId: current.id, answer: strongAnswerFor(current) }))
          .nextQuestion;
      }
      const { report } = await coach.interviews.getFinalFeedback({ sessionId: started.session.id });
      // report.decision_changed and invite.sent.
      const decided = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'grace' });
      expect(decided.emailSent).toBe(true);
      // invite.failed: a mail server that is not there, with one attempt allowed.
      const failing = await openCoach({
        mailer: createNodemailerMailer({
          url: 'smtp://127.0.0.1:9',
          from: { name: 'Acme', email: 'jobs@acme.example' },
          transportOptions: { ignoreTLS: true },
        }),
        settings: { inviteMaxAttempts: 1 },
      });
      const other = await failing.reports.create({
        input: { candidateName: 'Alan Turing', candidateEmail: 'alan@example.com', role: 'Backend Engineer', overallScore: 7 },
      });
      await failing.reports.decide({ id: other.id, decision: 'Accepted', actor: 'grace' });
      // invitation.completed, as the personal-link code queues it inside its own transaction.
      await testStorage.storage.transaction((tx) =>
        enqueueWebhookEvent(tx, {
          type: 'invitation.completed',
          data: {
            invitation_id: 'inv_1',
            report_id: report.id,
            session_id: started.session.id,
            template_id: 'quick-practice',
            candidate: { name: 'Jordan', email: 'j@example.com' },
          },
          now: clock.now(),
        }),
      );
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 7, retried: 0, failed: 0 });
      await coach.reports.delete({ id: other.id });
      await coach.webhooks.sendTest({ id: endpoint.id });
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 2, retried: 0, failed: 0 });
      const received = await receiver.waitFor(9);
      const payloads = received.map((webhook) => verify(secret, webhook));
      expect(received.every((webhook) => webhook.path === '/hooks' && webhook.headers['content-type'] === 'application/json')).toBe(true);
      expect(new Set(received.map((webhook) => webhook.headers['webhook-id'])).size).toBe(9);
      const byType = (type: string) => payloads.filter((payload) => payload.type === type);
      expect(payloads.map((payload) => payload.type).sort()).toEqual(
        [
          'interview.completed',
          'interview.completed',
          'report.decision_changed',
          'report.decision_changed',
          'invite.sent',
          'invite.failed',
          'invitation.completed',
          'report.deleted',
          'webhook.test',
        ].sort(),
      );
      expect(
        byType('interview.completed')
          .map((payload) => payload.data.report_id)
          .sort(),
      ).toEqual([report.id, other.id].sort());
      expect(byType('interview.completed').find((payload) => payload.data.report_id === report.id)?.data).toMatchObject({
        session_id: started.session.id,
        template_id: 'quick-practice',
        candidate: { name: report.candidateName, email: report.candidateEmail },
        scores: { overall: report.overallScore },
      });
      expect(byType('report.decision_changed').map((payload) => payload.data)).toEqual(
        expect.arrayContaining([expect.objectContaining({ report_id: report.id, from: 'Pending', to: 'Accepted', actor: 'grace' })]),
      );
      expect(byType('invite.sent')).toHaveLength(1);
      expect(byType('invite.sent')[0]?.data).toMatchObject({ report_id: report.id, to_email: report.candidateEmail });
      expect(byType('invite.failed')).toHaveLength(1);
      expect(byType('invite.failed')[0]?.data).toMatchObject({ report_id: other.id, attempts: 1 });
      expect(byType('report.deleted')[0]?.data).toMatchObject({ report_id: other.id });
      expect(byType('invitation.completed')[0]?.data).toMatchObject({ invitation_id: 'inv_1' });
      expect(byType('webhook.test')[0]?.data).toMatchObject({ endpoint_id: endpoint.id });
      for (const payload of payloads) expect(Date.parse(payload.timestamp)).not.toBeNaN();
      // A tampered body fails verification.
      const first = received[0] as ReceivedWebhook;
      expect(() => verify(secret, { ...first, body: first.body.replace('"data"', '"data" ') })).toThrow();

      // Delivered once: nothing is due any more, now or later.
      clock.advance(60_000);
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
      const page = await coach.webhooks.listDeliveries({ endpointId: endpoint.id, limit: 100 });
      // Erasing a report erased the log of the deliveries that carried its candidate's data.
      expect(page.deliveries.map((delivery) => delivery.eventType).sort()).toEqual(
        ['interview.completed', 'report.decision_changed', 'invite.sent', 'invitation.completed', 'report.deleted', 'webhook.test'].sort(),
      );
      expect(
        page.deliveries.every((delivery) => delivery.status === 'succeeded' && delivery.attemptLog.length === 1 && delivery.attemptLog[0]?.statusCode === 200),
      ).toBe(true);
    });

    it('should not queue an event when the change behind it rolls back', async () => {
      const coach = await openCoach();
      await coach.webhooks.createEndpoint({ url: receiver.url, events: ['report.deleted'] });
      await expect(coach.reports.delete({ id: 'missing-report-id-000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
    });

    it('should refuse to queue a payload over 64 KiB, queueing nothing', async () => {
      const coach = await openCoach({ mailer: null });
      const { endpoint } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['invitation.completed'] });
      const huge = {
        invitation_id: 'x'.repeat(70 * 1024),
        report_id: 'r',
        session_id: null,
        template_id: null,
        candidate: { name: 'A', email: 'a@example.com' },
      };
      const error = await testStorage.storage
        .transaction((tx) => enqueueWebhookEvent(tx, { type: 'invitation.completed', data: huge, now: clock.now() }))
        .catch((caught: unknown) => caught);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((await coach.webhooks.listDeliveries({ endpointId: endpoint.id })).deliveries).toEqual([]);
    });

    it('should send again after a 500 on the schedule, and never again after the 200', async () => {
      const coach = await openCoach({ mailer: null });
      const { endpoint, secret } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed'] });
      receiver.answer(500);
      await coach.reports.create({ input: { candidateName: 'Ada', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 } });

      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 1, failed: 0 });
      // The second attempt waits about 5 s (with jitter of at most 10 %).
      clock.advance(4_000);
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
      clock.advance(1_600);
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 1, retried: 0, failed: 0 });
      for (const step of [60_000, 10 * 60_000, 4 * 3_600_000]) {
        clock.advance(step);
        expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
      }
      expect(receiver.received).toHaveLength(2);
      const [first, second] = receiver.received as [ReceivedWebhook, ReceivedWebhook];
      // The same message (id and body) both times, each signed at its own time.
      expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
      expect(second.body).toBe(first.body);
      expect(Number(second.headers['webhook-timestamp'])).toBeGreaterThan(Number(first.headers['webhook-timestamp']));
      verify(secret, second);

      const [delivery] = (await coach.webhooks.listDeliveries({ endpointId: endpoint.id })).deliveries;
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 });
      expect(delivery?.attemptLog.map((attempt) => [attempt.number, attempt.statusCode, attempt.succeeded])).toEqual([
        [1, 500, false],
        [2, 200, true],
      ]);
      // Only the first KiB of a response is kept.
      expect(delivery?.attemptLog[0]?.responseBody?.length).toBeLessThanOrEqual(1024);
      expect(delivery?.attemptLog[0]?.responseBody).toMatch(/^boom x+/);
    });

    it('should disable an endpoint that answers 410 Gone, and send to it again once enabled', async () => {
      const coach = await openCoach({ mailer: null });
      const { endpoint } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed', 'report.deleted'] });
      receiver.answer(410);
      const report = await coach.reports.create({ input: { candidateName: 'Ada', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 } });
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 1 });
      expect(await coach.webhooks.getEndpoint({ id: endpoint.id })).toMatchObject({ enabled: false, disabledReason: WEBHOOK_GONE_REASON });

      // A disabled endpoint gets no new events and no retries.
      await coach.reports.create({ input: { candidateName: 'Alan', candidateEmail: 'alan@example.com', role: 'Engineer', overallScore: 7 } });
      clock.advance(3_600_000);
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
      expect(receiver.received).toHaveLength(1);

      await coach.webhooks.updateEndpoint({ id: endpoint.id, enabled: true });
      expect(await coach.webhooks.getEndpoint({ id: endpoint.id })).toMatchObject({ enabled: true, disabledReason: null });
      await coach.reports.delete({ id: report.id });
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 1, retried: 0, failed: 0 });
      expect(JSON.parse(receiver.received[1]?.body ?? '{}')).toMatchObject({ type: 'report.deleted' });
    });

    it('should resend a delivery on request with the same webhook id', async () => {
      const coach = await openCoach({ mailer: null });
      const { endpoint } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed'] });
      await coach.reports.create({ input: { candidateName: 'Ada', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 } });
      await coach.webhooks.deliverDue();
      const [delivery] = (await coach.webhooks.listDeliveries({ endpointId: endpoint.id })).deliveries;
      const requeued = await coach.webhooks.retryDelivery({ endpointId: endpoint.id, deliveryId: delivery?.id ?? '' });
      expect(requeued.status).toBe('queued');
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 1, retried: 0, failed: 0 });
      expect(receiver.received.map((webhook) => webhook.headers['webhook-id'])).toEqual([delivery?.eventId, delivery?.eventId]);
      await expect(coach.webhooks.retryDelivery({ endpointId: endpoint.id, deliveryId: 'unknown-delivery-id-00' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('should sign with the old and the new secret for 24 hours after a rotation', async () => {
      const coach = await openCoach({ mailer: null });
      const { endpoint, secret: oldSecret } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed'] });
      const { secret: newSecret } = await coach.webhooks.updateEndpoint({ id: endpoint.id, rotateSecret: true });
      expect(newSecret).toMatch(/^whsec_/);
      expect(newSecret).not.toBe(oldSecret);
      await coach.webhooks.sendTest({ id: endpoint.id });
      await coach.webhooks.deliverDue();
      const [during] = receiver.received as [ReceivedWebhook];
      expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
      verify(oldSecret, during);
      verify(newSecret ?? '', during);

      // Past the overlap only the new secret signs (the library's own clock check is skipped here).
      clock.advance(24 * 3_600_000 + 1000);
      await coach.webhooks.sendTest({ id: endpoint.id });
      await coach.webhooks.deliverDue();
      expect(String(receiver.received[1]?.headers['webhook-signature']).split(' ')).toHaveLength(1);
    });

    it('should time out a receiver that never answers and not follow redirects', async () => {
      const coach = await openCoach({ mailer: null, settings: { webhookTimeoutMs: 300 } });
      const { endpoint } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed'] });
      receiver.answer('hang', 302);
      await coach.reports.create({ input: { candidateName: 'Ada', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 } });
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 1, failed: 0 });
      clock.advance(6_000);
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 1, failed: 0 });
      const [delivery] = (await coach.webhooks.listDeliveries({ endpointId: endpoint.id })).deliveries;
      expect(delivery?.attemptLog[0]).toMatchObject({ statusCode: null, error: 'Timed out after 300 ms.' });
      expect(delivery?.attemptLog[0]?.durationMs).toBeGreaterThanOrEqual(250);
      expect(delivery?.attemptLog[1]).toMatchObject({ statusCode: 302, error: 'HTTP 302' });
      // The redirect's target was never called.
      expect(receiver.received).toHaveLength(2);
    });

    it('should refuse private targets unless allowed, when created and when delivering', async () => {
      const strict = await openCoach({
        mailer: null,
        settings: { webhookAllowPrivateTargets: false, webhookAllowedHttpHosts: [receiver.host, `localhost:${receiver.host.split(':')[1]}`] },
      });
      for (const url of [
        'http://example.com/hook',
        'https://127.0.0.1/hook',
        'https://10.1.2.3/',
        'https://169.254.169.254/latest',
        'https://[::1]/',
        'https://localhost/',
        receiver.url,
      ]) {
        const error = await strict.webhooks.createEndpoint({ url, events: ['interview.completed'] }).catch((caught: unknown) => caught);
        expect(ValidationError.isInstance(error), url).toBe(true);
      }
      // Created while allowed, delivered while not: the name resolves to loopback at connection time.
      const lenient = await openCoach({ mailer: null, settings: { webhookAllowedHttpHosts: [`localhost:${receiver.host.split(':')[1]}`] } });
      const { endpoint } = await lenient.webhooks.createEndpoint({ url: `http://localhost:${receiver.host.split(':')[1]}/`, events: ['interview.completed'] });
      await strict.reports.create({ input: { candidateName: 'Ada', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 } });
      expect(await strict.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 1, failed: 0 });
      const [delivery] = (await strict.webhooks.listDeliveries({ endpointId: endpoint.id })).deliveries;
      expect(delivery?.attemptLog[0]?.error).toMatch(/^Refused: localhost resolves to a private/);
      expect(receiver.received).toHaveLength(0);
    });

    it('should deliver after a process dies mid-delivery, once its claim lapses', async () => {
      const coach = await openCoach({ mailer: null });
      const { endpoint, secret } = await coach.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed'] });
      receiver.answer('hang');
      await coach.reports.create({ input: { candidateName: 'Ada', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 } });
      // Another process claims the delivery, posts it, and is killed before it records anything.
      const child = spawn(process.execPath, ['--import', 'tsx', join(fileURLToPath(new URL('.', import.meta.url)), 'support', 'deliver-webhooks-once.ts')], {
        env: { ...process.env, COACH_TEST_DATABASE: JSON.stringify(testStorage.database), COACH_TEST_ALLOWED_HOST: receiver.host },
        stdio: 'ignore',
      });
      await receiver.waitFor(1, 20_000);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 0, retried: 0, failed: 0 });
      // The restarted server takes it over once the dead claim lapses (15 s timeout × 2 + 30 s).
      clock.advance(61_000);
      expect(await coach.webhooks.deliverDue()).toEqual({ succeeded: 1, retried: 0, failed: 0 });
      const [killed, redelivered] = receiver.received as [ReceivedWebhook, ReceivedWebhook];
      expect(redelivered.headers['webhook-id']).toBe(killed.headers['webhook-id']);
      verify(secret, redelivered);
      const [delivery] = (await coach.webhooks.listDeliveries({ endpointId: endpoint.id })).deliveries;
      expect(delivery).toMatchObject({ status: 'succeeded', attempts: 1 });
    }, 30_000);
  });
}

describe.skipIf(!runPostgres)('webhooks with two servers on one PostgreSQL', () => {
  it('should make each attempt of each event from one server only', async () => {
    const testStorage = await createTestPostgresStorage();
    try {
      const clock = createOffsetClock();
      const open = async (storage: Storage) =>
        createCoach({
          storage,
          mailer: null,
          speechModel: null,
          textRecognizer: null,
          codeRunner: null,
          migrate: false,
          now: clock.now,
          settings: { webhookAllowPrivateTargets: true, webhookAllowedHttpHosts: [receiver.host] },
        });
      const first = await open(testStorage.storage);
      const second = await open(await testStorage.openPeer());
      await first.webhooks.createEndpoint({ url: receiver.url, events: ['interview.completed'] });
      // Every third event fails once, so the retries are raced for too.
      const count = 30;
      receiver.answer(...Array.from({ length: count }, (_, index) => (index % 3 === 0 ? 500 : 200)));
      for (let index = 0; index < count; index += 1) {
        await (index % 2 ? first : second).reports.create({
          input: { candidateName: `Ada ${index}`, candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 },
        });
      }
      const race = () => Promise.all([first, second, first, second].map((coach) => coach.webhooks.deliverDue({ limit: 4 })));
      for (let round = 0; round < 12; round += 1) await race();
      expect(receiver.received).toHaveLength(count);
      clock.advance(6_000);
      for (let round = 0; round < 6; round += 1) await race();
      const ids = receiver.received.map((webhook) => String(webhook.headers['webhook-id']));
      const counts = new Map<string, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      expect(counts.size).toBe(count);
      // Exactly the 10 that got a 500 came twice; every other event came once.
      expect([...counts.values()].filter((times) => times === 2)).toHaveLength(10);
      expect([...counts.values()].every((times) => times === 1 || times === 2)).toBe(true);
    } finally {
      await testStorage.cleanup();
    }
  }, 30_000);
});

describe('isPrivateAddress', () => {
  it('should refuse loopback, private, link-local and mapped addresses and allow public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0:0:0:0:0:ffff:7f00:1',
      '::ffff:a00:1',
      'FE80::1',
      'fe80::1%eth0',
      '224.0.0.1',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
