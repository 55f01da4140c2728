import { z } from '@hono/zod-openapi';
import { WEBHOOK_EVENT_TYPES } from '@coach/core';
import { DecisionSchema } from './report-schemas.js';
import { plainString } from './common-schemas.js';

export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).openapi('WebhookEventType', { description: 'An event an endpoint can subscribe to.' });

export const WebhookEndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(WebhookEventTypeSchema),
    enabled: z.boolean(),
    disabled_reason: z.string().nullable().openapi({ description: 'Why it is disabled: by a recruiter, or after a `410 Gone` answer.' }),
    previous_secret_expires_at: z.string().nullable().openapi({ description: 'After a rotation: until when the old secret also signs.' }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('WebhookEndpoint');

export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().openapi({ description: '`whsec_…`, the signing secret: shown only in this answer.', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }),
}).openapi('WebhookEndpointWithSecret');

export const WebhookEndpointListSchema = z.object({ endpoints: z.array(WebhookEndpointSchema) }).openapi('WebhookEndpointList');

export const CreateWebhookBodySchema = z
  .object({
    url: plainString(2000).openapi({
      description: '`https://` URL (plain `http://` only for hosts in COACH_WEBHOOK_HTTP_HOSTS).',
      example: 'https://ats.example.com/coach',
    }),
    events: z.array(WebhookEventTypeSchema).min(1).openapi({ description: 'The events to send.' }),
    description: plainString(500).nullable().optional(),
  })
  .openapi('CreateWebhookBody');

export const UpdateWebhookBodySchema = z
  .object({
    url: plainString(2000).optional(),
    events: z.array(WebhookEventTypeSchema).min(1).optional(),
    description: plainString(500).nullable().optional(),
    enabled: z.boolean().optional().openapi({ description: '`true` also re-enables an endpoint disabled by a `410 Gone`.' }),
    rotate_secret: z.boolean().optional().openapi({ description: 'Make a new secret (returned once); the old one keeps signing for 24 hours.' }),
  })
  .openapi('UpdateWebhookBody');

export const UpdateWebhookResponseSchema = WebhookEndpointSchema.extend({
  secret: z.string().nullable().openapi({ description: 'The new secret after `rotate_secret`, shown only here; null otherwise.' }),
}).openapi('UpdateWebhookResponse');

export const WebhookAttemptSchema = z
  .object({
    number: z.number().int(),
    started_at: z.string(),
    duration_ms: z.number().int(),
    status_code: z.number().int().nullable().openapi({ description: 'Null when no answer came (refused, timed out, network error).' }),
    response_body: z.string().nullable().openapi({ description: 'The first 1 KiB of the answer.' }),
    error: z.string().nullable(),
    succeeded: z.boolean(),
  })
  .openapi('WebhookAttempt');

export const WebhookDeliverySchema = z
  .object({
    id: z.string(),
    event_id: z.string().openapi({ description: 'The `webhook-id` header: the same on every attempt.' }),
    event_type: z.string(),
    status: z.enum(['queued', 'sending', 'succeeded', 'failed']),
    attempts: z.number().int(),
    next_attempt_at: z.string(),
    last_status_code: z.number().int().nullable(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    completed_at: z.string().nullable(),
    payload: z.string().openapi({ description: 'The exact JSON body posted.' }),
    attempt_log: z.array(WebhookAttemptSchema).openapi({ description: 'Every attempt, oldest first.' }),
  })
  .openapi('WebhookDelivery');

export const WebhookDeliveryListSchema = z
  .object({
    deliveries: z.array(WebhookDeliverySchema),
    next_cursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .openapi('WebhookDeliveryList');

export const WebhookDeliveryListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional().openapi({ description: '1 to 100; default 20.' }),
  cursor: plainString(1000).optional(),
});

export const WebhookIdParamsSchema = z.object({
  id: plainString(128)
    .pipe(z.string().min(1))
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Webhook endpoint id.' }),
});

export const WebhookDeliveryParamsSchema = WebhookIdParamsSchema.extend({
  delivery_id: plainString(128)
    .pipe(z.string().min(1))
    .openapi({ param: { name: 'delivery_id', in: 'path' }, description: 'Delivery id.' }),
});

const candidate = z.object({ name: z.string(), email: z.string() });

/** The `data` of each event, for the OpenAPI `webhooks` object. */
export const WEBHOOK_EVENT_DATA_SCHEMAS = {
  'interview.completed': z
    .object({
      report_id: z.string(),
      session_id: z.string().nullable(),
      template_id: z.string().nullable(),
      role: z.string(),
      candidate,
      scores: z.object({ overall: z.number(), behavioral: z.number().nullable(), technical: z.number().nullable(), dsa: z.number().nullable() }),
      created_at: z.string(),
    })
    .openapi('InterviewCompletedData'),
  'report.decision_changed': z
    .object({ report_id: z.string(), from: DecisionSchema, to: DecisionSchema, actor: z.string(), at: z.string() })
    .openapi('ReportDecisionChangedData'),
  'report.deleted': z.object({ report_id: z.string(), deleted_at: z.string() }).openapi('ReportDeletedData'),
  'invite.sent': z.object({ invite_id: z.string(), report_id: z.string(), to_email: z.string(), sent_at: z.string() }).openapi('InviteSentData'),
  'invite.failed': z
    .object({ invite_id: z.string(), report_id: z.string(), to_email: z.string(), attempts: z.number().int(), last_error: z.string().nullable() })
    .openapi('InviteFailedData'),
  'invitation.completed': z
    .object({ invitation_id: z.string(), report_id: z.string(), session_id: z.string().nullable(), template_id: z.string().nullable(), candidate })
    .openapi('InvitationCompletedData'),
  'webhook.test': z.object({ endpoint_id: z.string(), message: z.string() }).openapi('WebhookTestData'),
} as const;

const WHEN: Record<keyof typeof WEBHOOK_EVENT_DATA_SCHEMAS, string> = {
  'interview.completed': 'A report was created: a candidate finished an interview (or a report was stored through the API).',
  'report.decision_changed': 'A recruiter changed a decision.',
  'report.deleted': 'A report was erased by a recruiter (retention erasures send no event).',
  'invite.sent': 'The invite email went to the mail server.',
  'invite.failed': 'The invite email was given up after its last retry.',
  'invitation.completed': 'A candidate finished the interview of a personal invitation link.',
  'webhook.test': 'Sent on request from POST /api/webhooks/{id}/test/.',
};

/** The OpenAPI 3.1 webhook definitions: one signed POST per event type. */
export function webhookDefinitions() {
  return Object.entries(WEBHOOK_EVENT_DATA_SCHEMAS).map(([type, data]) => ({
    method: 'post' as const,
    path: type,
    summary: WHEN[type as keyof typeof WHEN],
    description:
      'Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and ' +
      '`webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, ' +
      'during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; ' +
      '`410 Gone` disables the endpoint.',
    request: {
      headers: z.object({ 'webhook-id': z.string(), 'webhook-timestamp': z.string(), 'webhook-signature': z.string() }),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.object({ type: z.literal(type), timestamp: z.string().openapi({ description: 'When the event happened (ISO-8601).' }), data }),
          },
        },
      },
    },
    responses: { 200: { description: 'Any 2xx status acknowledges the event.' }, 410: { description: 'Disables the endpoint.' } },
  }));
}
