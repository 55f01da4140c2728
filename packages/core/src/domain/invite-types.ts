/**
 * `queued`: waiting to be sent (or retried). `sending`: claimed by a worker, lease in
 * `lockedUntil`. `sent`: delivered to the mail server. `failed`: gave up after the maximum attempts.
 */
export type InviteStatus = 'queued' | 'sending' | 'sent' | 'failed';

/**
 * One email in the outbox: the follow-up invite of an accepted report, or the personal link of an
 * invitation. Exactly one of `reportId` and `invitationId` is set; each has at most one invite.
 */
export interface Invite {
  id: string;
  reportId: string | null;
  /** Set for the email of a personal interview link, whose content is written when it is queued. */
  invitationId: string | null;
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
