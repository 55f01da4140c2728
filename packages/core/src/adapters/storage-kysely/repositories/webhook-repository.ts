import type { ExpressionBuilder } from 'kysely';
import { ConflictError } from '../../../errors/conflict-error.js';
import { NotFoundError } from '../../../errors/not-found-error.js';
import { ValidationError } from '../../../errors/validation-error.js';
import type { WebhookAttempt, WebhookDelivery, WebhookDeliveryEventType, WebhookEndpoint, WebhookEventType } from '../../../domain/webhook-types.js';
import { createId } from '../../../internal/ids.js';
import type { WebhookRepository } from '../../../ports/storage.js';
import type { CoachDatabase, WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../database-types.js';
import { claimLeased } from '../lease-claim.js';
import type { RepositoryContext } from '../repository-context.js';
import { toNullableTimestamp, toTimestamp } from '../timestamps.js';

/**
 * Webhook endpoints, their delivery outbox (claimed under a lease with the invites' mechanism)
 * and the attempt log.
 */
export function createWebhookRepository(context: RepositoryContext): WebhookRepository {
  const { db } = context;

  const getDelivery = async (id: string) => {
    const row = await db.selectFrom('coach_webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? rowToDelivery(row) : null;
  };

  return {
    async createEndpoint({ endpoint }) {
      const row = await db.insertInto('coach_webhook_endpoints').values(endpointToRow(endpoint)).returningAll().executeTakeFirstOrThrow();
      return rowToEndpoint(row);
    },

    async getEndpoint({ id }) {
      const row = await db.selectFrom('coach_webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? rowToEndpoint(row) : null;
    },

    async listEndpoints() {
      const rows = await db.selectFrom('coach_webhook_endpoints').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(rowToEndpoint);
    },

    async updateEndpoint({ endpoint }) {
      const { id: _id, created_at: _createdAt, ...changes } = endpointToRow(endpoint);
      const row = await db.updateTable('coach_webhook_endpoints').set(changes).where('id', '=', endpoint.id).returningAll().executeTakeFirst();
      if (!row) throw new NotFoundError({ entity: 'webhook endpoint', id: endpoint.id });
      return rowToEndpoint(row);
    },

    deleteEndpoint: ({ id }) =>
      context.atomic(async ({ db: tx }) => {
        await tx.deleteFrom('coach_webhook_attempts').where('endpoint_id', '=', id).execute();
        await tx.deleteFrom('coach_webhook_deliveries').where('endpoint_id', '=', id).execute();
        const result = await tx.deleteFrom('coach_webhook_endpoints').where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      }),

    async enqueue({ event, endpointId }) {
      const at = toTimestamp(event.createdAt, 'event.createdAt');
      let query = db.selectFrom('coach_webhook_endpoints').select(['id', 'events']);
      query = endpointId === undefined ? query.where('enabled', '=', 1) : query.where('id', '=', endpointId);
      const endpoints = await query.orderBy('id').execute();
      const targets = endpointId === undefined ? endpoints.filter((row) => parseEvents(row.events).includes(event.type as WebhookEventType)) : endpoints;
      if (targets.length === 0) return [];
      const rows: WebhookDeliveryRow[] = targets.map((endpoint) => ({
        id: createId(),
        endpoint_id: endpoint.id,
        event_id: event.id,
        event_type: event.type,
        report_id: event.reportId ?? null,
        payload: event.payload,
        status: 'queued',
        attempts: 0,
        next_attempt_at: at,
        locked_until: null,
        last_status_code: null,
        last_error: null,
        created_at: at,
        updated_at: at,
        completed_at: null,
      }));
      const inserted = await db.insertInto('coach_webhook_deliveries').values(rows).returningAll().execute();
      return inserted.map(rowToDelivery).sort((a, b) => compare(a.endpointId, b.endpointId));
    },

    getDelivery: ({ id }) => getDelivery(id),

    claim: ({ now, leaseMs, limit, id }) =>
      claimLeased(context, {
        table: 'coach_webhook_deliveries',
        now,
        leaseMs,
        limit,
        ...(id !== undefined ? { id } : {}),
        // A disabled endpoint keeps its deliveries queued; enabling it again sends them.
        where: (eb) => eb('endpoint_id', 'in', eb.selectFrom('coach_webhook_endpoints').select('id').where('enabled', '=', 1)),
        map: rowToDelivery,
      }),

    recordAttempt: ({ attempt, outcome, nextAttemptAt }) =>
      context.atomic(async ({ db: tx }) => {
        const at = toTimestamp(attempt.startedAt, 'attempt.startedAt');
        const finished = new Date(Date.parse(at) + Math.max(0, Math.round(attempt.durationMs))).toISOString();
        const row = await tx
          .updateTable('coach_webhook_deliveries')
          .set((eb) => ({
            attempts: eb('attempts', '+', 1),
            status: outcome === 'retry' ? 'queued' : outcome,
            next_attempt_at: toTimestamp(nextAttemptAt, 'nextAttemptAt'),
            locked_until: null,
            last_status_code: attempt.statusCode,
            last_error: attempt.error,
            updated_at: finished,
            completed_at: outcome === 'retry' ? null : finished,
          }))
          .where('id', '=', attempt.deliveryId)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw new NotFoundError({ entity: 'webhook delivery', id: attempt.deliveryId });
        const delivery = rowToDelivery(row);
        const attemptRow: WebhookAttemptRow = {
          id: attempt.id,
          delivery_id: delivery.id,
          endpoint_id: delivery.endpointId,
          attempt_number: delivery.attempts,
          started_at: at,
          duration_ms: Math.max(0, Math.round(attempt.durationMs)),
          status_code: attempt.statusCode,
          response_body: attempt.responseBody,
          error: attempt.error,
          succeeded: attempt.succeeded ? 1 : 0,
        };
        const stored = await tx.insertInto('coach_webhook_attempts').values(attemptRow).returningAll().executeTakeFirstOrThrow();
        return { delivery, attempt: rowToAttempt(stored) };
      }),

    async requeue({ id, now }) {
      const at = toTimestamp(now, 'now');
      const row = await db
        .updateTable('coach_webhook_deliveries')
        .set({ status: 'queued', next_attempt_at: at, locked_until: null, completed_at: null, updated_at: at })
        .where('id', '=', id)
        .where('status', '!=', 'sending')
        .returningAll()
        .executeTakeFirst();
      if (row) return rowToDelivery(row);
      if (!(await getDelivery(id))) throw new NotFoundError({ entity: 'webhook delivery', id });
      throw new ConflictError({ message: 'The delivery is being sent right now.' });
    },

    async listDeliveries({ endpointId, limit, cursor }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        throw new ValidationError({ message: 'limit must be from 1 to 100.', issues: [{ path: 'limit', message: 'must be an integer from 1 to 100' }] });
      }
      let query = db.selectFrom('coach_webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId);
      if (cursor) {
        const after = decodeDeliveryCursor(cursor);
        query = query.where((eb) => eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]));
      }
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit).map(rowToDelivery);
      const last = page.at(-1);
      const attempts =
        page.length === 0
          ? []
          : await db
              .selectFrom('coach_webhook_attempts')
              .selectAll()
              .where(
                'delivery_id',
                'in',
                page.map((delivery) => delivery.id),
              )
              .orderBy('attempt_number')
              .execute();
      return {
        deliveries: page.map((delivery) => ({
          ...delivery,
          attemptLog: attempts.filter((row) => row.delivery_id === delivery.id).map(rowToAttempt),
        })),
        nextCursor: rows.length > limit && last ? encodeDeliveryCursor(last) : null,
      };
    },

    prune: ({ before }) =>
      context.atomic(async ({ db: tx }) => {
        const cutoff = toTimestamp(before, 'before');
        const old = (eb: ExpressionBuilder<CoachDatabase, 'coach_webhook_deliveries'>) =>
          eb.and([eb('status', 'in', ['succeeded', 'failed']), eb('completed_at', '<', cutoff)]);
        await tx.deleteFrom('coach_webhook_attempts').where('delivery_id', 'in', tx.selectFrom('coach_webhook_deliveries').select('id').where(old)).execute();
        const result = await tx.deleteFrom('coach_webhook_deliveries').where(old).executeTakeFirst();
        return Number(result.numDeletedRows);
      }),
  };
}

function encodeDeliveryCursor(delivery: WebhookDelivery): string {
  return Buffer.from(JSON.stringify([delivery.createdAt, delivery.id]), 'utf8').toString('base64url');
}

function decodeDeliveryCursor(value: string): { createdAt: string; id: string } {
  const invalid = () =>
    new ValidationError({ message: 'The cursor is invalid; start again from the first page.', issues: [{ path: 'cursor', message: 'invalid cursor' }] });
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(value)) throw invalid();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(payload) || payload.length !== 2) throw invalid();
  const [createdAt, id] = payload as unknown[];
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || typeof id !== 'string' || id.length === 0) throw invalid();
  return { createdAt, id };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parseEvents(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function endpointToRow(endpoint: WebhookEndpoint): WebhookEndpointRow {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: JSON.stringify(endpoint.events),
    enabled: endpoint.enabled ? 1 : 0,
    disabled_reason: endpoint.disabledReason,
    secret: endpoint.secret,
    previous_secret: endpoint.previousSecret,
    previous_secret_expires_at: toNullableTimestamp(endpoint.previousSecretExpiresAt, 'endpoint.previousSecretExpiresAt'),
    created_at: toTimestamp(endpoint.createdAt, 'endpoint.createdAt'),
    updated_at: toTimestamp(endpoint.updatedAt, 'endpoint.updatedAt'),
  };
}

function rowToEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: parseEvents(row.events) as WebhookEventType[],
    enabled: Number(row.enabled) === 1,
    disabledReason: row.disabled_reason,
    secret: row.secret,
    previousSecret: row.previous_secret,
    previousSecretExpiresAt: row.previous_secret_expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowToDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type as WebhookDeliveryEventType,
    payload: row.payload,
    status: row.status as WebhookDelivery['status'],
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lockedUntil: row.locked_until,
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
  };
}

function rowToAttempt(row: WebhookAttemptRow): WebhookAttempt {
  return {
    id: row.id,
    deliveryId: row.delivery_id,
    endpointId: row.endpoint_id,
    number: Number(row.attempt_number),
    startedAt: row.started_at,
    durationMs: Number(row.duration_ms),
    statusCode: row.status_code === null ? null : Number(row.status_code),
    responseBody: row.response_body,
    error: row.error,
    succeeded: Number(row.succeeded) === 1,
  };
}
