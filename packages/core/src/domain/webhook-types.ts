/**
 * The events a webhook endpoint can subscribe to. `webhook.test` is sent only on request, to
 * one endpoint, and cannot be subscribed to.
 */
export const WEBHOOK_EVENT_TYPES = [
  'interview.completed',
  'report.decision_changed',
  'report.deleted',
  'invite.sent',
  'invite.failed',
  'invitation.completed',
] as const;

/** An event an endpoint can subscribe to. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Every event type a delivery can carry: the subscribable ones and `webhook.test`. */
export type WebhookDeliveryEventType = WebhookEventType | 'webhook.test';

/** Where events are posted, and which ones. */
export interface WebhookEndpoint {
  id: string;
  /** `https://` (or `http://` for a host the operator allows). */
  url: string;
  description: string | null;
  events: WebhookEventType[];
  enabled: boolean;
  /** Why the endpoint was disabled (by a person, or by a `410 Gone` answer); null when enabled. */
  disabledReason: string | null;
  /** `whsec_` + base64 of the signing key. */
  secret: string;
  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  previousSecret: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type WebhookDeliveryStatus = 'queued' | 'sending' | 'succeeded' | 'failed';

/** One event on its way to one endpoint, attempted until it succeeds or the schedule runs out. */
export interface WebhookDelivery {
  id: string;
  endpointId: string;
  /** The `webhook-id` header: the same on every attempt, so receivers can drop duplicates. */
  eventId: string;
  eventType: WebhookDeliveryEventType;
  /** The exact JSON body posted (and signed) on every attempt. */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  /** While `sending`: when the claim lapses and another worker may take the delivery over. */
  lockedUntil: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  /** When it succeeded or was given up. */
  completedAt: string | null;
}

/** What one HTTP attempt of a delivery got back. */
export interface WebhookAttempt {
  id: string;
  deliveryId: string;
  endpointId: string;
  /** 1 for the first attempt of the delivery. */
  number: number;
  startedAt: string;
  durationMs: number;
  /** The response status, or null when no response came (refused, timed out, network error). */
  statusCode: number | null;
  /** The first 1 KiB of the response body. */
  responseBody: string | null;
  error: string | null;
  succeeded: boolean;
}
