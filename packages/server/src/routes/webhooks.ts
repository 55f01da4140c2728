import type { Coach, WebhookDelivery, WebhookAttempt, WebhookEndpointView } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../schemas/common-schemas.js';
import {
  CreateWebhookBodySchema,
  UpdateWebhookBodySchema,
  UpdateWebhookResponseSchema,
  WebhookDeliveryListQuerySchema,
  WebhookDeliveryListSchema,
  WebhookDeliveryParamsSchema,
  WebhookDeliverySchema,
  WebhookEndpointListSchema,
  WebhookEndpointWithSecretSchema,
  WebhookIdParamsSchema,
} from '../schemas/webhook-schemas.js';
import { createRouter } from './create-router.js';

const security = [{ bearerAuth: [] }];
const tags = ['Webhooks'];
const RECRUITER_ERRORS = [401, 403, 503] as const;
const json = <T>(schema: T) => ({ 'application/json': { schema } });

const createEndpoint = createRoute({
  method: 'post',
  path: '/webhooks/',
  tags,
  summary: 'Add a webhook endpoint; its signing secret is returned only here',
  security,
  request: { body: { required: true, content: json(CreateWebhookBodySchema) } },
  responses: {
    201: { description: 'The endpoint with its secret.', content: json(WebhookEndpointWithSecretSchema) },
    ...errorResponses(400, 413, 415, ...RECRUITER_ERRORS),
  },
});

const listEndpoints = createRoute({
  method: 'get',
  path: '/webhooks/',
  tags,
  summary: 'List webhook endpoints (without secrets)',
  security,
  responses: {
    200: { description: 'Every endpoint, oldest first.', content: json(WebhookEndpointListSchema) },
    ...errorResponses(...RECRUITER_ERRORS),
  },
});

const updateEndpoint = createRoute({
  method: 'patch',
  path: '/webhooks/{id}/',
  tags,
  summary: 'Change, disable, enable an endpoint or rotate its secret',
  security,
  request: { params: WebhookIdParamsSchema, body: { required: true, content: json(UpdateWebhookBodySchema) } },
  responses: {
    200: { description: 'The endpoint; `secret` only after a rotation.', content: json(UpdateWebhookResponseSchema) },
    ...errorResponses(400, 404, 415, ...RECRUITER_ERRORS),
  },
});

const deleteEndpoint = createRoute({
  method: 'delete',
  path: '/webhooks/{id}/',
  tags,
  summary: 'Delete an endpoint with its deliveries',
  security,
  request: { params: WebhookIdParamsSchema },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(400, 404, ...RECRUITER_ERRORS) },
});

const sendTest = createRoute({
  method: 'post',
  path: '/webhooks/{id}/test/',
  tags,
  summary: 'Queue a `webhook.test` event for this endpoint',
  security,
  request: { params: WebhookIdParamsSchema },
  responses: {
    202: { description: 'Queued; the delivery worker sends it within a second or so.', content: json(WebhookDeliverySchema) },
    ...errorResponses(400, 404, ...RECRUITER_ERRORS),
  },
});

const listDeliveries = createRoute({
  method: 'get',
  path: '/webhooks/{id}/deliveries/',
  tags,
  summary: "The endpoint's deliveries with every attempt, newest first",
  security,
  request: { params: WebhookIdParamsSchema, query: WebhookDeliveryListQuerySchema },
  responses: {
    200: { description: 'One page of deliveries.', content: json(WebhookDeliveryListSchema) },
    ...errorResponses(400, 404, ...RECRUITER_ERRORS),
  },
});

const retryDelivery = createRoute({
  method: 'post',
  path: '/webhooks/{id}/deliveries/{delivery_id}/retry/',
  tags,
  summary: 'Send a delivery again now, with the same webhook id',
  security,
  request: { params: WebhookDeliveryParamsSchema },
  responses: {
    202: { description: 'Queued again.', content: json(WebhookDeliverySchema) },
    ...errorResponses(400, 404, 409, ...RECRUITER_ERRORS),
  },
});

/** The recruiter routes under `/api/webhooks/`; the caller mounts the recruiter auth in front. */
export function createWebhooksRoutes(coach: Coach) {
  return createRouter()
    .openapi(createEndpoint, async (c) => {
      const body = c.req.valid('json');
      const { endpoint, secret } = await coach.webhooks.createEndpoint({
        url: body.url,
        events: body.events,
        ...(body.description !== undefined ? { description: body.description } : {}),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ ...toEndpoint(endpoint), secret }, 201);
    })
    .openapi(listEndpoints, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ endpoints: (await coach.webhooks.listEndpoints()).map(toEndpoint) }, 200);
    })
    .openapi(updateEndpoint, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const { endpoint, secret } = await coach.webhooks.updateEndpoint({
        id,
        ...(body.url !== undefined ? { url: body.url } : {}),
        ...(body.events !== undefined ? { events: body.events } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
        ...(body.rotate_secret !== undefined ? { rotateSecret: body.rotate_secret } : {}),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ ...toEndpoint(endpoint), secret }, 200);
    })
    .openapi(deleteEndpoint, async (c) => {
      await coach.webhooks.deleteEndpoint({ id: c.req.valid('param').id });
      return c.body(null, 204);
    })
    .openapi(sendTest, async (c) => {
      const delivery = await coach.webhooks.sendTest({ id: c.req.valid('param').id });
      return c.json(toDelivery({ ...delivery, attemptLog: [] }), 202);
    })
    .openapi(listDeliveries, async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const page = await coach.webhooks.listDeliveries({
        endpointId: id,
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        cursor: query.cursor || null,
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ deliveries: page.deliveries.map(toDelivery), next_cursor: page.nextCursor }, 200);
    })
    .openapi(retryDelivery, async (c) => {
      const { id, delivery_id: deliveryId } = c.req.valid('param');
      const delivery = await coach.webhooks.retryDelivery({ endpointId: id, deliveryId });
      return c.json(toDelivery({ ...delivery, attemptLog: [] }), 202);
    });
}

function toEndpoint(endpoint: WebhookEndpointView) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.enabled,
    disabled_reason: endpoint.disabledReason,
    previous_secret_expires_at: endpoint.previousSecretExpiresAt,
    created_at: endpoint.createdAt,
    updated_at: endpoint.updatedAt,
  };
}

function toDelivery(delivery: WebhookDelivery & { attemptLog: WebhookAttempt[] }) {
  return {
    id: delivery.id,
    event_id: delivery.eventId,
    event_type: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    next_attempt_at: delivery.nextAttemptAt,
    last_status_code: delivery.lastStatusCode,
    last_error: delivery.lastError,
    created_at: delivery.createdAt,
    completed_at: delivery.completedAt,
    payload: delivery.payload,
    attempt_log: delivery.attemptLog.map((attempt) => ({
      number: attempt.number,
      started_at: attempt.startedAt,
      duration_ms: attempt.durationMs,
      status_code: attempt.statusCode,
      response_body: attempt.responseBody,
      error: attempt.error,
      succeeded: attempt.succeeded,
    })),
  };
}
