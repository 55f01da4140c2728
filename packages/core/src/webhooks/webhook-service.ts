import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, type WebhookDelivery, type WebhookEndpoint } from '../domain/webhook-types.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { createId, isIdShaped } from '../internal/ids.js';
import { zodIssues } from '../report/create-report-input.js';
import { sendWebhook } from './send-webhook.js';
import { enqueueWebhookEvent } from './webhook-events.js';
import type { DeliverWebhooksResult, WebhookEndpointView, WebhookService, WebhookWorker } from './webhook-service-types.js';
import { generateWebhookSecret, signWebhook } from './webhook-signature.js';
import { checkWebhookUrl, type WebhookTargetPolicy } from './webhook-target.js';

/**
 * Waits before each attempt, from the Standard Webhooks schedule: the first at once, then
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after each failure.
 */
export const WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  14 * 3_600_000,
  20 * 3_600_000,
  24 * 3_600_000,
];
/** How long a rotated-out secret still signs. */
export const WEBHOOK_SECRET_OVERLAP_MS = 24 * 3_600_000;
/** The reason stored when a receiver answers `410 Gone`. */
export const WEBHOOK_GONE_REASON = 'The endpoint answered 410 Gone.';

const DEFAULT_BATCH = 20;
const MAX_BATCH = 100;
const MAX_ERROR_LENGTH = 500;

/** Options of `createWebhookService`. */
export interface WebhookServiceOptions {
  /** Source of jitter in [0, 1) for retry delays. @default Math.random */
  random?: () => number;
}

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, 'must list at least one event')
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((events) => [...new Set(events)]);
const descriptionSchema = z.string().trim().max(500).nullable().optional();

const createSchema = z.object({ url: z.string(), events: eventsSchema, description: descriptionSchema });
const updateSchema = z.object({
  id: z.string(),
  url: z.string().optional(),
  events: eventsSchema.optional(),
  description: descriptionSchema,
  enabled: z.boolean().optional(),
  rotateSecret: z.boolean().optional(),
});

/**
 * Creates the webhook service. Events are queued by the services that cause them, in the same
 * transaction (`enqueueWebhookEvent`); `deliverDue` claims due deliveries with the invites'
 * lease, signs each attempt (Standard Webhooks), posts it under the target policy, records the
 * attempt, and schedules the next one with ±10 % jitter, disabling an endpoint that answers 410.
 */
export function createWebhookService(context: CoachContext, options: WebhookServiceOptions = {}): WebhookService {
  const { storage, logger, settings } = context;
  const random = options.random ?? Math.random;
  const policy = (): WebhookTargetPolicy => ({ allowPrivate: settings.webhookAllowPrivateTargets, allowedHttpHosts: settings.webhookAllowedHttpHosts });
  // A claim outlives the attempt's timeout with room to record it, so no other worker takes it over mid-flight.
  const leaseMs = () => settings.webhookTimeoutMs * 2 + 30_000;

  const requireEndpoint = async (id: unknown): Promise<WebhookEndpoint> => {
    if (typeof id !== 'string' || !isIdShaped(id)) throw new NotFoundError({ entity: 'webhook endpoint', id: String(id) });
    const endpoint = await storage.webhooks.getEndpoint({ id });
    if (!endpoint) throw new NotFoundError({ entity: 'webhook endpoint', id });
    return endpoint;
  };

  const retryAt = (attempts: number): string | null => {
    const delay = WEBHOOK_RETRY_SCHEDULE_MS[attempts];
    if (delay === undefined) return null;
    return new Date(context.now().getTime() + Math.round(delay * (0.9 + 0.2 * random()))).toISOString();
  };

  const signingSecrets = (endpoint: WebhookEndpoint): string[] => {
    const stillValid = endpoint.previousSecret && endpoint.previousSecretExpiresAt && Date.parse(endpoint.previousSecretExpiresAt) > context.now().getTime();
    return stillValid && endpoint.previousSecret ? [endpoint.secret, endpoint.previousSecret] : [endpoint.secret];
  };

  /** Posts one claimed delivery and records the attempt. */
  const attempt = async (delivery: WebhookDelivery): Promise<'succeeded' | 'retried' | 'failed'> => {
    const endpoint = await storage.webhooks.getEndpoint({ id: delivery.endpointId });
    const startedAt = context.now();
    const attemptId = createId();
    if (!endpoint) return 'failed';
    const headers = signWebhook({ id: delivery.eventId, timestamp: startedAt.getTime() / 1000, body: delivery.payload, secrets: signingSecrets(endpoint) });
    const result = await sendWebhook({
      url: endpoint.url,
      body: delivery.payload,
      headers: { ...headers, 'user-agent': 'Coach-Webhooks/1' },
      policy: policy(),
      timeoutMs: settings.webhookTimeoutMs,
    });
    const succeeded = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const gone = result.statusCode === 410;
    const error = succeeded ? null : (result.error ?? `HTTP ${result.statusCode}`).slice(0, MAX_ERROR_LENGTH);
    const next = succeeded || gone ? null : retryAt(delivery.attempts + 1);
    const outcome = succeeded ? 'succeeded' : next === null ? 'failed' : 'retry';
    await storage.webhooks.recordAttempt({
      attempt: {
        id: attemptId,
        deliveryId: delivery.id,
        endpointId: delivery.endpointId,
        startedAt: startedAt.toISOString(),
        durationMs: result.durationMs,
        statusCode: result.statusCode,
        responseBody: result.responseBody,
        error,
        succeeded,
      },
      outcome,
      nextAttemptAt: next ?? context.now().toISOString(),
    });
    if (gone) {
      const current = await storage.webhooks.getEndpoint({ id: endpoint.id });
      if (current?.enabled) {
        await storage.webhooks.updateEndpoint({
          endpoint: { ...current, enabled: false, disabledReason: WEBHOOK_GONE_REASON, updatedAt: context.now().toISOString() },
        });
        logger.warn('webhook endpoint disabled: 410 Gone', { endpointId: endpoint.id });
      }
    }
    if (!succeeded) logger.info('webhook attempt failed', { deliveryId: delivery.id, endpointId: endpoint.id, attempt: delivery.attempts + 1, error, outcome });
    return outcome === 'retry' ? 'retried' : outcome;
  };

  const deliverDue: WebhookService['deliverDue'] = async (deliverOptions = {}) => {
    const limit = deliverOptions.limit ?? DEFAULT_BATCH;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BATCH) {
      throw new ValidationError({ message: 'Invalid delivery limit.', issues: [{ path: 'limit', message: `must be an integer from 1 to ${MAX_BATCH}` }] });
    }
    const result: DeliverWebhooksResult = { succeeded: 0, retried: 0, failed: 0 };
    const claimed = await storage.webhooks.claim({ now: context.now().toISOString(), leaseMs: leaseMs(), limit });
    // In parallel: one slow receiver must not hold up the others for its whole timeout.
    const outcomes = await Promise.allSettled(claimed.map((delivery) => attempt(delivery)));
    outcomes.forEach((settled, index) => {
      if (settled.status === 'fulfilled') result[settled.value] += 1;
      // Erased while it was being sent (its report, or its endpoint, was deleted).
      else if (NotFoundError.isInstance(settled.reason)) logger.debug('webhook delivery erased while sent', { deliveryId: claimed[index]?.id });
      // Its lease lapses and the delivery is tried again.
      else
        logger.error('webhook delivery failed', {
          deliveryId: claimed[index]?.id,
          error: settled.reason instanceof Error ? settled.reason.message : String(settled.reason),
        });
    });
    return result;
  };

  return {
    async createEndpoint(input) {
      const parsed = createSchema.safeParse(input);
      if (!parsed.success) throw new ValidationError({ message: 'Invalid webhook endpoint.', issues: zodIssues(parsed.error, 'options') });
      const url = checkWebhookUrl(parsed.data.url, policy());
      const now = context.now().toISOString();
      const secret = generateWebhookSecret();
      const endpoint = await storage.webhooks.createEndpoint({
        endpoint: {
          id: createId(),
          url,
          description: parsed.data.description || null,
          events: parsed.data.events,
          enabled: true,
          disabledReason: null,
          secret,
          previousSecret: null,
          previousSecretExpiresAt: null,
          createdAt: now,
          updatedAt: now,
        },
      });
      logger.info('webhook endpoint created', { endpointId: endpoint.id });
      return { endpoint: toView(endpoint), secret };
    },

    listEndpoints: async () => (await storage.webhooks.listEndpoints()).map(toView),

    getEndpoint: async ({ id }) => toView(await requireEndpoint(id)),

    async updateEndpoint(input) {
      const parsed = updateSchema.safeParse(input);
      if (!parsed.success) throw new ValidationError({ message: 'Invalid webhook endpoint change.', issues: zodIssues(parsed.error, 'options') });
      const changes = parsed.data;
      const existing = await requireEndpoint(changes.id);
      const now = context.now();
      const next: WebhookEndpoint = { ...existing, updatedAt: now.toISOString() };
      if (changes.url !== undefined) next.url = checkWebhookUrl(changes.url, policy());
      if (changes.events) next.events = changes.events;
      if (changes.description !== undefined) next.description = changes.description || null;
      if (changes.enabled !== undefined) {
        next.enabled = changes.enabled;
        next.disabledReason = changes.enabled ? null : existing.enabled ? 'Disabled by a recruiter.' : existing.disabledReason;
      }
      let secret: string | null = null;
      if (changes.rotateSecret) {
        secret = generateWebhookSecret();
        next.previousSecret = existing.secret;
        next.previousSecretExpiresAt = new Date(now.getTime() + WEBHOOK_SECRET_OVERLAP_MS).toISOString();
        next.secret = secret;
      }
      const stored = await storage.webhooks.updateEndpoint({ endpoint: next });
      return { endpoint: toView(stored), secret };
    },

    async deleteEndpoint({ id }) {
      const endpoint = await requireEndpoint(id);
      await storage.webhooks.deleteEndpoint({ id: endpoint.id });
    },

    async sendTest({ id }) {
      const endpoint = await requireEndpoint(id);
      const { eventId } = await enqueueWebhookEvent(storage, {
        type: 'webhook.test',
        data: { endpoint_id: endpoint.id, message: 'A test event from Coach.' },
        now: context.now(),
        endpointId: endpoint.id,
      });
      const { deliveries } = await storage.webhooks.listDeliveries({ endpointId: endpoint.id, limit: 5 });
      const delivery = deliveries.find((candidate) => candidate.eventId === eventId);
      if (!delivery) throw new NotFoundError({ entity: 'webhook delivery', id: eventId });
      const { attemptLog: _attempts, ...plain } = delivery;
      return plain;
    },

    async listDeliveries({ endpointId, limit, cursor }) {
      const endpoint = await requireEndpoint(endpointId);
      const pageSize = limit ?? 20;
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
        throw new ValidationError({ message: 'Invalid limit.', issues: [{ path: 'limit', message: 'must be an integer from 1 to 100' }] });
      }
      return storage.webhooks.listDeliveries({ endpointId: endpoint.id, limit: pageSize, cursor: cursor ?? null });
    },

    async retryDelivery({ endpointId, deliveryId }) {
      const endpoint = await requireEndpoint(endpointId);
      const delivery = typeof deliveryId === 'string' && isIdShaped(deliveryId) ? await storage.webhooks.getDelivery({ id: deliveryId }) : null;
      if (!delivery || delivery.endpointId !== endpoint.id) throw new NotFoundError({ entity: 'webhook delivery', id: String(deliveryId) });
      return storage.webhooks.requeue({ id: delivery.id, now: context.now().toISOString() });
    },

    deliverDue,

    startWorker(workerOptions = {}): WebhookWorker {
      const intervalMs = workerOptions.intervalMs ?? 1000;
      let running: Promise<void> = Promise.resolve();
      let busy = false;
      let stopped = false;
      const tick = () => {
        if (busy || stopped) return;
        busy = true;
        running = deliverDue()
          .then(
            (result) => {
              if (result.succeeded + result.retried + result.failed > 0) logger.debug('webhooks delivered', { result });
            },
            (error: unknown) => logger.warn('webhook delivery pass failed', { error: error instanceof Error ? error.message : String(error) }),
          )
          .finally(() => {
            busy = false;
          });
      };
      const timer = setInterval(tick, intervalMs);
      timer.unref();
      // At once: deliveries left by a previous run (or a process that died) go out without waiting.
      tick();
      return {
        async stop() {
          stopped = true;
          clearInterval(timer);
          await running;
        },
      };
    },
  };
}

function toView(endpoint: WebhookEndpoint): WebhookEndpointView {
  const { secret: _secret, previousSecret: _previous, ...view } = endpoint;
  return view;
}
