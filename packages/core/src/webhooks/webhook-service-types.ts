import type { WebhookDelivery, WebhookEndpoint, WebhookEventType } from '../domain/webhook-types.js';
import type { WebhookDeliveryListResult } from '../ports/storage.js';

/** An endpoint as listed: everything but its secrets. */
export type WebhookEndpointView = Omit<WebhookEndpoint, 'secret' | 'previousSecret'>;

/** An endpoint with its secret, returned only when the secret is created or rotated. */
export interface WebhookEndpointWithSecret {
  endpoint: WebhookEndpointView;
  /** `whsec_…`: shown this once; Coach cannot show it again. */
  secret: string;
}

/** What one `deliverDue` pass did. */
export interface DeliverWebhooksResult {
  succeeded: number;
  /** Failed attempts that will be tried again. */
  retried: number;
  /** Deliveries given up (schedule exhausted, or the endpoint answered 410 Gone). */
  failed: number;
}

/** A running delivery loop. */
export interface WebhookWorker {
  /** Stops the loop and waits for the pass in progress. */
  stop(): Promise<void>;
}

/** Signed webhooks: endpoints, the events they get, and the delivery worker. */
export interface WebhookService {
  /** Adds an endpoint; the secret comes back once. */
  createEndpoint(options: { url: string; events: WebhookEventType[]; description?: string | null }): Promise<WebhookEndpointWithSecret>;
  listEndpoints(): Promise<WebhookEndpointView[]>;
  getEndpoint(options: { id: string }): Promise<WebhookEndpointView>;
  /**
   * Changes an endpoint. `enabled: true` also clears a `410 Gone` disabling. `rotateSecret`
   * makes a new secret (returned once as `secret`) and keeps signing with the old one too for
   * 24 hours, so receivers can switch without losing events.
   */
  updateEndpoint(options: {
    id: string;
    url?: string;
    events?: WebhookEventType[];
    description?: string | null;
    enabled?: boolean;
    rotateSecret?: boolean;
  }): Promise<{ endpoint: WebhookEndpointView; secret: string | null }>;
  /** Deletes the endpoint with its deliveries. */
  deleteEndpoint(options: { id: string }): Promise<void>;
  /** Queues a `webhook.test` event for this endpoint only. */
  sendTest(options: { id: string }): Promise<WebhookDelivery>;
  /** The endpoint's deliveries, newest first, each with its attempts. */
  listDeliveries(options: { endpointId: string; limit?: number; cursor?: string | null }): Promise<WebhookDeliveryListResult>;
  /** Sends a delivery again (due now), whatever became of it; its event id stays the same. */
  retryDelivery(options: { endpointId: string; deliveryId: string }): Promise<WebhookDelivery>;
  /**
   * Claims due deliveries and posts them (several processes may call it at once: each attempt
   * is made by one of them). Call it on a short interval, or use `startWorker`.
   */
  deliverDue(options?: { limit?: number }): Promise<DeliverWebhooksResult>;
  /** Runs `deliverDue` every `intervalMs` (default 1000) until stopped. */
  startWorker(options?: { intervalMs?: number }): WebhookWorker;
}
