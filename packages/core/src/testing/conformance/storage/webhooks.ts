import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import { ValidationError } from '../../../errors/validation-error.js';
import type { Report } from '../../../domain/report-types.js';
import type { WebhookEndpoint } from '../../../domain/webhook-types.js';
import { createId } from '../../../internal/ids.js';
import type { WebhookEventRecord } from '../../../ports/storage.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, rejectionOf } from './storage-builders.js';

/**
 * The storage port's contract for webhooks: endpoints, the delivery outbox (enqueued inside
 * transactions, claimed by exactly one concurrent worker, leases that lapse), the attempt log
 * and keyset pagination of deliveries.
 */
export function describeWebhookStorage(suite: StorageSuite): void {
  describe('webhooks', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    describe('webhook endpoints', () => {
      it('should create, get, list oldest first, update and delete endpoints', async () => {
        const first = makeEndpoint({ createdAt: at(1), updatedAt: at(1) });
        const second = makeEndpoint({ createdAt: at(2), updatedAt: at(2), description: null, enabled: false, disabledReason: 'Gone' });
        expect(await storage.webhooks.createEndpoint({ endpoint: second })).toEqual(second);
        expect(await storage.webhooks.createEndpoint({ endpoint: first })).toEqual(first);
        expect(await storage.webhooks.getEndpoint({ id: first.id })).toEqual(first);
        expect(await storage.webhooks.getEndpoint({ id: 'missing' })).toBeNull();
        expect((await storage.webhooks.listEndpoints()).map((endpoint) => endpoint.id)).toEqual([first.id, second.id]);

        const changed = {
          ...first,
          url: 'https://example.org/other',
          events: ['report.deleted' as const],
          previousSecret: first.secret,
          previousSecretExpiresAt: at(99),
          secret: 'whsec_new',
          updatedAt: at(5),
        };
        expect(await storage.webhooks.updateEndpoint({ endpoint: { ...changed, createdAt: at(50) } })).toEqual(changed);
        expect(await storage.webhooks.deleteEndpoint({ id: first.id })).toBe(true);
        expect(await storage.webhooks.deleteEndpoint({ id: first.id })).toBe(false);
        expect(await storage.webhooks.getEndpoint({ id: first.id })).toBeNull();
      });

      it('should throw ConflictError for a duplicate id and NotFoundError when updating an unknown endpoint', async () => {
        const endpoint = makeEndpoint();
        await storage.webhooks.createEndpoint({ endpoint });
        expect(ConflictError.isInstance(await rejectionOf(storage.webhooks.createEndpoint({ endpoint })))).toBe(true);
        expect(NotFoundError.isInstance(await rejectionOf(storage.webhooks.updateEndpoint({ endpoint: makeEndpoint() })))).toBe(true);
      });

      it('should delete the deliveries and attempts of a deleted endpoint', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const [delivery] = await storage.webhooks.enqueue({ event: makeEvent() });
        expect(delivery).toBeDefined();
        await storage.webhooks.deleteEndpoint({ id: endpoint.id });
        expect(await storage.webhooks.getDelivery({ id: delivery?.id ?? '' })).toBeNull();
      });
    });

    describe('webhook deliveries', () => {
      it('should queue one delivery per enabled endpoint subscribed to the event, and none without listeners', async () => {
        expect(await storage.webhooks.enqueue({ event: makeEvent() })).toEqual([]);
        const listening = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint({ events: ['interview.completed', 'report.deleted'] }) });
        await storage.webhooks.createEndpoint({ endpoint: makeEndpoint({ events: ['report.deleted'] }) });
        await storage.webhooks.createEndpoint({ endpoint: makeEndpoint({ enabled: false }) });
        const event = makeEvent({ createdAt: at(10) });
        const deliveries = await storage.webhooks.enqueue({ event });
        expect(deliveries).toHaveLength(1);
        expect(deliveries[0]).toMatchObject({
          endpointId: listening.id,
          eventId: event.id,
          eventType: 'interview.completed',
          payload: event.payload,
          status: 'queued',
          attempts: 0,
          nextAttemptAt: at(10),
          lockedUntil: null,
          lastStatusCode: null,
          completedAt: null,
        });
        expect(await storage.webhooks.getDelivery({ id: deliveries[0]?.id ?? '' })).toEqual(deliveries[0]);
      });

      it('should queue for one given endpoint whatever it subscribes to', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint({ events: ['report.deleted'] }) });
        await storage.webhooks.createEndpoint({ endpoint: makeEndpoint({ events: ['report.deleted'] }) });
        const deliveries = await storage.webhooks.enqueue({ event: makeEvent({ type: 'webhook.test' }), endpointId: endpoint.id });
        expect(deliveries.map((delivery) => delivery.endpointId)).toEqual([endpoint.id]);
      });

      it('should store deliveries only when the transaction that queued them commits', async () => {
        await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const failure = new Error('roll back');
        const error = await rejectionOf(
          storage.transaction(async (tx) => {
            await tx.webhooks.enqueue({ event: makeEvent() });
            throw failure;
          }),
        );
        expect(error).toBe(failure);
        expect(await storage.webhooks.claim({ now: at(100), leaseMs: 60_000, limit: 10 })).toEqual([]);
        await storage.transaction((tx) => tx.webhooks.enqueue({ event: makeEvent() }));
        expect(await storage.webhooks.claim({ now: at(100), leaseMs: 60_000, limit: 10 })).toHaveLength(1);
      });

      it('should claim due deliveries of enabled endpoints, and take over a lapsed lease', async () => {
        const enabled = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const disabled = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const [due] = await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(0) }), endpointId: enabled.id });
        await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(50) }), endpointId: enabled.id });
        await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(0) }), endpointId: disabled.id });
        await storage.webhooks.updateEndpoint({ endpoint: { ...disabled, enabled: false } });

        const claimed = await storage.webhooks.claim({ now: at(10), leaseMs: 30_000, limit: 10 });
        expect(claimed.map((delivery) => delivery.id)).toEqual([due?.id]);
        expect(claimed[0]).toMatchObject({ status: 'sending', lockedUntil: at(40) });
        expect(await storage.webhooks.claim({ now: at(20), leaseMs: 30_000, limit: 10 })).toEqual([]);
        // The worker holding it died: the lease lapses and another worker takes it.
        const retaken = await storage.webhooks.claim({ now: at(41), leaseMs: 30_000, limit: 1 });
        expect(retaken.map((delivery) => delivery.id)).toEqual([due?.id]);
        expect(await storage.webhooks.claim({ now: at(60), leaseMs: 30_000, limit: 10, id: due?.id ?? '' })).toEqual([]);
      });

      it('should give each delivery to exactly one of several concurrent claimers', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        for (let index = 0; index < 12; index += 1) await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(index) }), endpointId: endpoint.id });
        const all = await racers(6);
        const results = await Promise.all(all.map((each) => each.webhooks.claim({ now: at(100), leaseMs: 60_000, limit: 3 })));
        const ids = results.flat().map((delivery) => delivery.id);
        expect(ids).toHaveLength(12);
        expect(new Set(ids).size).toBe(12);
      });

      it('should record attempts: retry requeues, success and failure complete, numbers count up', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const [queued] = await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(0) }) });
        const id = queued?.id ?? '';
        await storage.webhooks.claim({ now: at(0), leaseMs: 60_000, limit: 1 });
        const first = await storage.webhooks.recordAttempt({
          attempt: makeAttempt(id, endpoint.id, { startedAt: at(1), statusCode: 500, responseBody: 'oops', error: 'HTTP 500', succeeded: false }),
          outcome: 'retry',
          nextAttemptAt: at(6),
        });
        expect(first.delivery).toMatchObject({
          status: 'queued',
          attempts: 1,
          nextAttemptAt: at(6),
          lockedUntil: null,
          lastStatusCode: 500,
          lastError: 'HTTP 500',
          completedAt: null,
        });
        expect(first.attempt).toMatchObject({ number: 1, statusCode: 500, responseBody: 'oops', succeeded: false, deliveryId: id, endpointId: endpoint.id });
        expect(await storage.webhooks.claim({ now: at(5), leaseMs: 60_000, limit: 1 })).toEqual([]);
        expect(await storage.webhooks.claim({ now: at(6), leaseMs: 60_000, limit: 1 })).toHaveLength(1);
        const second = await storage.webhooks.recordAttempt({
          attempt: makeAttempt(id, endpoint.id, { startedAt: at(7), durationMs: 1000, statusCode: 204, succeeded: true }),
          outcome: 'succeeded',
          nextAttemptAt: at(7),
        });
        expect(second.delivery).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 204, lastError: null, completedAt: at(8) });
        expect(second.attempt.number).toBe(2);
        expect(await storage.webhooks.claim({ now: at(1000), leaseMs: 60_000, limit: 1 })).toEqual([]);
        const missing = await rejectionOf(
          storage.webhooks.recordAttempt({ attempt: makeAttempt('missing', endpoint.id), outcome: 'failed', nextAttemptAt: at(0) }),
        );
        expect(NotFoundError.isInstance(missing)).toBe(true);
      });

      it('should requeue a finished delivery, but not one being sent', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const [queued] = await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(0) }) });
        const id = queued?.id ?? '';
        await storage.webhooks.claim({ now: at(0), leaseMs: 60_000, limit: 1 });
        expect(ConflictError.isInstance(await rejectionOf(storage.webhooks.requeue({ id, now: at(1) })))).toBe(true);
        await storage.webhooks.recordAttempt({ attempt: makeAttempt(id, endpoint.id, { statusCode: 410 }), outcome: 'failed', nextAttemptAt: at(2) });
        const again = await storage.webhooks.requeue({ id, now: at(30) });
        expect(again).toMatchObject({ status: 'queued', nextAttemptAt: at(30), completedAt: null, attempts: 1 });
        expect(NotFoundError.isInstance(await rejectionOf(storage.webhooks.requeue({ id: 'missing', now: at(1) })))).toBe(true);
      });

      it('should delete the deliveries about a report when the report is deleted, whatever their state', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const report = await storage.reports.create({ report: makeReport() });
        const other = await storage.reports.create({ report: makeReport() });
        const [queued] = await storage.webhooks.enqueue({ event: makeEvent({ reportId: report.id }) });
        const [done] = await storage.webhooks.enqueue({ event: makeEvent({ reportId: report.id }) });
        const [kept] = await storage.webhooks.enqueue({ event: makeEvent({ reportId: other.id }) });
        const [unrelated] = await storage.webhooks.enqueue({ event: makeEvent() });
        await storage.webhooks.claim({ now: at(0), leaseMs: 1000, limit: 1, id: done?.id ?? '' });
        await storage.webhooks.recordAttempt({
          attempt: makeAttempt(done?.id ?? '', endpoint.id, { statusCode: 200, succeeded: true }),
          outcome: 'succeeded',
          nextAttemptAt: at(0),
        });

        expect(await storage.reports.delete({ id: report.id })).toBe(true);
        expect(await storage.webhooks.getDelivery({ id: queued?.id ?? '' })).toBeNull();
        expect(await storage.webhooks.getDelivery({ id: done?.id ?? '' })).toBeNull();
        expect(await storage.webhooks.getDelivery({ id: kept?.id ?? '' })).not.toBeNull();
        expect(await storage.webhooks.getDelivery({ id: unrelated?.id ?? '' })).not.toBeNull();
        expect((await storage.webhooks.listDeliveries({ endpointId: endpoint.id, limit: 10 })).deliveries).toHaveLength(2);

        expect(await storage.reports.deleteCreatedBefore({ before: '9999-01-01T00:00:00.000Z' })).toBe(1);
        expect(await storage.webhooks.getDelivery({ id: kept?.id ?? '' })).toBeNull();
      });

      it('should prune only deliveries that finished before the cutoff', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const ids: string[] = [];
        for (let index = 0; index < 4; index += 1) ids.push((await storage.webhooks.enqueue({ event: makeEvent() }))[0]?.id ?? '');
        const [oldSuccess, oldFailure, recent, pending] = ids as [string, string, string, string];
        await storage.webhooks.claim({ now: at(0), leaseMs: 1000, limit: 10 });
        await storage.webhooks.recordAttempt({
          attempt: makeAttempt(oldSuccess, endpoint.id, { startedAt: at(10), succeeded: true }),
          outcome: 'succeeded',
          nextAttemptAt: at(10),
        });
        await storage.webhooks.recordAttempt({
          attempt: makeAttempt(oldFailure, endpoint.id, { startedAt: at(20) }),
          outcome: 'failed',
          nextAttemptAt: at(20),
        });
        await storage.webhooks.recordAttempt({
          attempt: makeAttempt(recent, endpoint.id, { startedAt: at(200), succeeded: true }),
          outcome: 'succeeded',
          nextAttemptAt: at(200),
        });
        await storage.webhooks.recordAttempt({ attempt: makeAttempt(pending, endpoint.id, { startedAt: at(30) }), outcome: 'retry', nextAttemptAt: at(40) });
        expect(await storage.webhooks.prune({ before: at(100) })).toBe(2);
        const left = (await storage.webhooks.listDeliveries({ endpointId: endpoint.id, limit: 10 })).deliveries.map((delivery) => delivery.id).sort();
        expect(left).toEqual([recent, pending].sort());
      });

      it('should list deliveries newest first with their attempts, each exactly once across pages', async () => {
        const endpoint = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const other = await storage.webhooks.createEndpoint({ endpoint: makeEndpoint() });
        const created: string[] = [];
        for (let index = 0; index < 7; index += 1) {
          // Two deliveries share each timestamp: ties are broken by id.
          const [delivery] = await storage.webhooks.enqueue({ event: makeEvent({ createdAt: at(Math.floor(index / 2)) }), endpointId: endpoint.id });
          created.push(delivery?.id ?? '');
        }
        await storage.webhooks.enqueue({ event: makeEvent(), endpointId: other.id });
        const first = created[0] ?? '';
        await storage.webhooks.claim({ now: at(0), leaseMs: 1000, limit: 1, id: first });
        await storage.webhooks.recordAttempt({ attempt: makeAttempt(first, endpoint.id, { statusCode: 500 }), outcome: 'retry', nextAttemptAt: at(0) });

        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await storage.webhooks.listDeliveries({ endpointId: endpoint.id, limit: 3, cursor });
          seen.push(...page.deliveries.map((delivery) => delivery.id));
          for (const delivery of page.deliveries) expect(delivery.attemptLog).toHaveLength(delivery.id === first ? 1 : 0);
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor && pages < 10);
        expect(pages).toBe(3);
        const expected = [...created]
          .map((id, index) => ({ id, createdAt: at(Math.floor(index / 2)) }))
          .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
          .map((row) => row.id);
        expect(seen).toEqual(expected);
        const invalid = await rejectionOf(storage.webhooks.listDeliveries({ endpointId: endpoint.id, limit: 3, cursor: 'not a cursor' }));
        expect(ValidationError.isInstance(invalid)).toBe(true);
      });
    });
  });
}

function makeEndpoint(overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: createId(),
    url: 'https://example.com/hooks',
    description: 'ATS',
    events: ['interview.completed'],
    enabled: true,
    disabledReason: null,
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    previousSecret: null,
    previousSecretExpiresAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

function makeReport(): Report {
  return {
    id: createId(),
    sessionId: null,
    candidateName: 'Ada Lovelace',
    candidateEmail: 'ada@example.com',
    role: 'Backend Engineer',
    overallScore: 8,
    behavioralScore: null,
    technicalScore: null,
    dsaScore: null,
    weights: { behavioral: 0.5, technical: 0.5, dsa: 0 },
    summary: 'Strong.',
    strengths: [],
    improvements: [],
    questions: [],
    dsa: null,
    resumeSummary: null,
    decision: 'Pending',
    provenance: [],
    createdAt: at(0),
    updatedAt: at(0),
  };
}

function makeEvent(overrides: Partial<WebhookEventRecord> = {}): WebhookEventRecord {
  const type = overrides.type ?? 'interview.completed';
  const createdAt = overrides.createdAt ?? at(0);
  return { id: `msg_${createId()}`, type, payload: JSON.stringify({ type, timestamp: createdAt, data: { n: 1 } }), createdAt, ...overrides };
}

function makeAttempt(
  deliveryId: string,
  endpointId: string,
  overrides: Partial<{
    startedAt: string;
    durationMs: number;
    statusCode: number | null;
    responseBody: string | null;
    error: string | null;
    succeeded: boolean;
  }> = {},
) {
  return {
    id: createId(),
    deliveryId,
    endpointId,
    startedAt: at(0),
    durationMs: 12,
    statusCode: null,
    responseBody: null,
    error: null,
    succeeded: false,
    ...overrides,
  };
}
