/**
 * `queued`: waiting to be sent (or retried). `sending`: claimed by a worker, lease in
 * `lockedUntil`. `sent`: delivered to the mail server. `failed`: gave up after the maximum attempts.
 */
export type InviteStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** One invite email in the outbox. There is at most one per report. */
export interface Invite {
  id: string;
  reportId: string;
  toEmail: string;
  toName: string;
  /** Drafted content; null until drafted at the first send attempt. */
  subject: string | null;
  text: string | null;
  html: string | null;
  status: InviteStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  lockedUntil: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}
