import type { Decision, Invite, Report } from '../domain/index.js';
import type { WebhookDeliveryEventType } from '../domain/webhook-types.js';
import { ValidationError } from '../errors/validation-error.js';
import { createId } from '../internal/ids.js';
import type { StorageRepositories } from '../ports/storage.js';

/** The `data` of each event, in the API's snake_case. */
export interface WebhookEventDataMap {
  'interview.completed': {
    report_id: string;
    session_id: string | null;
    template_id: string | null;
    role: string;
    candidate: { name: string; email: string };
    scores: { overall: number; behavioral: number | null; technical: number | null; dsa: number | null };
    created_at: string;
  };
  'report.decision_changed': { report_id: string; from: Decision; to: Decision; actor: string; at: string };
  'report.deleted': { report_id: string; deleted_at: string };
  'invite.sent': { invite_id: string; report_id: string; to_email: string; sent_at: string };
  'invite.failed': { invite_id: string; report_id: string; to_email: string; attempts: number; last_error: string | null };
  'invitation.completed': {
    invitation_id: string;
    report_id: string;
    session_id: string | null;
    template_id: string | null;
    candidate: { name: string; email: string };
  };
  'webhook.test': { endpoint_id: string; message: string };
}

/** The body of every webhook: `{ type, timestamp, data }`. */
export interface WebhookPayload<T extends WebhookDeliveryEventType = WebhookDeliveryEventType> {
  type: T;
  /** When the event happened (ISO-8601). */
  timestamp: string;
  data: WebhookEventDataMap[T];
}

/** Bodies above this are refused at enqueue time: a receiver should never get a surprise upload. */
export const MAX_WEBHOOK_PAYLOAD_BYTES = 64 * 1024;

/**
 * Queues an event for every enabled endpoint subscribed to its type, on `tx`: call it inside
 * the `storage.transaction` that makes the change, so the event is stored exactly when the
 * change is (the outbox pattern). Sending happens later, in `coach.webhooks.deliverDue()`.
 * Returns the event id (the `webhook-id` header).
 *
 * @example
 * ```ts
 * await storage.transaction(async (tx) => {
 *   const invitation = await tx.invitations.complete({ ... });
 *   await enqueueWebhookEvent(tx, { type: 'invitation.completed', data: { invitation_id: invitation.id, ... }, now: new Date() });
 * });
 * ```
 */
export async function enqueueWebhookEvent<T extends WebhookDeliveryEventType>(
  tx: Pick<StorageRepositories, 'webhooks'>,
  event: { type: T; data: WebhookEventDataMap[T]; now: Date; endpointId?: string },
): Promise<{ eventId: string; deliveries: number }> {
  const timestamp = event.now.toISOString();
  const payload: WebhookPayload<T> = { type: event.type, timestamp, data: event.data };
  const body = JSON.stringify(payload);
  if (Buffer.byteLength(body) > MAX_WEBHOOK_PAYLOAD_BYTES) {
    throw new ValidationError({
      message: 'The webhook payload is too large.',
      issues: [{ path: 'data', message: `at most ${MAX_WEBHOOK_PAYLOAD_BYTES} bytes of JSON` }],
    });
  }
  const eventId = `msg_${createId()}`;
  // Events that carry a report's personal data go when the report is erased; `report.deleted`
  // carries nothing but the id and must outlive it.
  const data = event.data as { report_id?: unknown };
  const reportId = event.type !== 'report.deleted' && typeof data.report_id === 'string' ? data.report_id : null;
  const deliveries = await tx.webhooks.enqueue({
    event: { id: eventId, type: event.type, payload: body, createdAt: timestamp, reportId },
    ...(event.endpointId !== undefined ? { endpointId: event.endpointId } : {}),
  });
  return { eventId, deliveries: deliveries.length };
}

/** The data of `interview.completed` for a new report. */
export function interviewCompletedData(report: Report, templateId: string | null): WebhookEventDataMap['interview.completed'] {
  return {
    report_id: report.id,
    session_id: report.sessionId,
    template_id: templateId,
    role: report.role,
    candidate: { name: report.candidateName, email: report.candidateEmail },
    scores: { overall: report.overallScore, behavioral: report.behavioralScore, technical: report.technicalScore, dsa: report.dsaScore },
    created_at: report.createdAt,
  };
}

/** The data of `invite.sent`. */
export function inviteSentData(invite: Invite & { reportId: string }): WebhookEventDataMap['invite.sent'] {
  return { invite_id: invite.id, report_id: invite.reportId, to_email: invite.toEmail, sent_at: invite.sentAt ?? invite.updatedAt };
}

/** The data of `invite.failed` (the invite as stored after its last attempt). */
export function inviteFailedData(invite: Invite & { reportId: string }): WebhookEventDataMap['invite.failed'] {
  return { invite_id: invite.id, report_id: invite.reportId, to_email: invite.toEmail, attempts: invite.attempts, last_error: invite.lastError };
}
