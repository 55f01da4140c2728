import type { Invite } from '../domain/index.js';
import { CoachError, ConflictError, NotFoundError, ProviderError, ValidationError } from '../errors/index.js';
import type { CoachContext } from '../internal/context.js';
import { enqueueWebhookEvent, inviteFailedData, inviteSentData } from '../webhooks/webhook-events.js';
import { draftInvite } from './draft-invite.js';
import { checkInviteValue, MAX_INVITE_NAME_LENGTH } from './invite-values.js';
import { resolveInviteDelivery, resolveMailDelivery, type MailDelivery } from './invite-readiness.js';
import type { InviteService, ProcessInvitesResult } from './invite-service-types.js';

/** Options of `createInviteService`. */
export interface InviteServiceOptions {
  /** Source of jitter in [0, 1) for retry delays. @default Math.random */
  random?: () => number;
}

/** First retry delay; each failed attempt doubles it. */
export const INVITE_RETRY_BASE_MS = 30_000;
/** The longest wait between two attempts. */
export const INVITE_RETRY_MAX_MS = 60 * 60_000;
/** The last error of an invite that was due while its report was not accepted. */
export const INVITE_HELD_ERROR = 'Held: the candidate was no longer accepted when the invite was due.';

const DEFAULT_QUEUE_LIMIT = 20;
const MAX_QUEUE_LIMIT = 100;
// A claim must outlast drafting (model attempts, each with a repair) plus the mailer's own
// bounded connection and socket timeouts, or a second worker could send the same invite.
const SEND_BUDGET_MS = 5 * 60_000;
const MIN_LEASE_MS = 10 * 60_000;

type Outcome = 'sent' | 'retried' | 'failed';
/** The mailer and sender, with the meeting link report invites need (null while it is not configured). */
type Delivery = MailDelivery & { meetingLink: string | null };

/**
 * Creates the invite outbox. Invites are claimed from storage before they are processed, so
 * several processes can run `processQueue` and `sendNow` at once and each invite is sent by one
 * of them only. Processing drafts the invite once (model or template, see `draftInvite`), sends
 * it, and marks it sent, or records the failure and schedules a retry with exponential backoff
 * and jitter (30 s doubling, at most 1 h) until `settings.inviteMaxAttempts`. A permanent
 * refusal by the mail server gives up at once. Without a mailer, a meeting link or a sender
 * nothing is claimed: invites stay queued, with no attempt used.
 */
export function createInviteService(context: CoachContext, options: InviteServiceOptions = {}): InviteService {
  const random = options.random ?? Math.random;
  const { storage, settings, logger } = context;
  const leaseMs = Math.max(MIN_LEASE_MS, 2 * settings.modelTimeoutMs * settings.modelMaxAttempts + SEND_BUDGET_MS);

  const retryAt = (attempts: number): string => {
    const delay = Math.min(INVITE_RETRY_BASE_MS * 2 ** attempts, INVITE_RETRY_MAX_MS);
    const jittered = Math.min(delay * (0.8 + 0.4 * random()), INVITE_RETRY_MAX_MS);
    return new Date(context.now().getTime() + Math.round(jittered)).toISOString();
  };

  const recordFailure = async (invite: Invite, error: string, permanent: boolean): Promise<{ outcome: Outcome; invite: Invite }> => {
    const giveUp = permanent || invite.attempts + 1 >= settings.inviteMaxAttempts;
    const stored = await storage.transaction(async (tx) => {
      const failed = await tx.invites.markFailed({ id: invite.id, error, nextAttemptAt: retryAt(invite.attempts), giveUp });
      if (giveUp && failed.reportId !== null) {
        await enqueueWebhookEvent(tx, { type: 'invite.failed', data: inviteFailedData({ ...failed, reportId: failed.reportId }), now: context.now() });
      }
      return failed;
    });
    return { outcome: giveUp ? 'failed' : 'retried', invite: stored };
  };

  /**
   * What the outbox can send now: nothing without a mailer and a sender; the emails of personal
   * links but no report invites while the meeting link is missing or invalid.
   */
  const resolveDelivery = (): Delivery | null => {
    const mail = resolveMailDelivery(context);
    if (!mail.ready) {
      logger.debug('invite queue not processed', { reason: mail.reason });
      return null;
    }
    const invite = resolveInviteDelivery(context);
    return invite.ready ? invite.delivery : { ...mail.delivery, meetingLink: null };
  };

  /** Sends a claimed invite whose content is written, and records the outcome. */
  const deliver = async (invite: Invite, delivery: MailDelivery): Promise<{ outcome: Outcome; invite: Invite }> => {
    const { mailer, from, replyTo } = delivery;
    try {
      await mailer.send({
        // The display name comes from the résumé: it goes into the To header only as plain data.
        to: { name: checkInviteValue(invite.toName, { maxLength: MAX_INVITE_NAME_LENGTH }).length === 0 ? invite.toName : '', email: invite.toEmail },
        from,
        ...(replyTo ? { replyTo } : {}),
        subject: invite.subject ?? '',
        text: invite.text ?? '',
        html: invite.html ?? '',
      });
    } catch (error) {
      const permanent = ProviderError.isInstance(error) && !error.isRetryable;
      const message = describeError(error);
      logger.warn('invite sending failed', { inviteId: invite.id, attempts: invite.attempts + 1, permanent, error: message });
      return recordFailure(invite, message, permanent);
    }

    try {
      const sent = await storage.transaction(async (tx) => {
        const marked = await tx.invites.markSent({ id: invite.id, sentAt: context.now().toISOString() });
        if (marked.reportId !== null) {
          await enqueueWebhookEvent(tx, { type: 'invite.sent', data: inviteSentData({ ...marked, reportId: marked.reportId }), now: context.now() });
        }
        return marked;
      });
      logger.info('invite sent', { inviteId: invite.id, reportId: invite.reportId, invitationId: invite.invitationId });
      return { outcome: 'sent', invite: sent };
    } catch (error) {
      // The mail server has the message; if this record is lost the lease expires and the
      // invite could go out again, so make the failure loud.
      logger.error('invite sent but not recorded as sent', { inviteId: invite.id, error: describeError(error) });
      throw error;
    }
  };

  /**
   * Sends one claimed invite: the email of a personal link as it was written when queued; the
   * invite of a report drafted first (once), and only while the report is accepted.
   */
  const processClaimed = async (claimed: Invite, delivery: Delivery): Promise<{ outcome: Outcome; invite: Invite }> => {
    if (claimed.reportId === null) return deliver(claimed, delivery);
    const { from, replyTo, meetingLink } = delivery;
    // Report invites are not claimed while no meeting link is configured.
    if (meetingLink === null) throw new Error('a report invite was claimed without a meeting link');
    const report = await storage.reports.get({ id: claimed.reportId });
    if (!report) {
      return recordFailure(claimed, 'The report behind this invite no longer exists.', true);
    }
    if (report.decision !== 'Accepted') {
      // The decision changed after the invite was queued: never mail a candidate who is not
      // accepted, but keep the invite so that accepting again sends it.
      const held = await recordFailure(claimed, INVITE_HELD_ERROR, false);
      logger.info('invite held: report not accepted', { inviteId: claimed.id, decision: report.decision });
      return held;
    }

    let invite = claimed;
    if (invite.subject === null || invite.text === null || invite.html === null) {
      const draft = await draftInvite(
        context,
        {
          candidateName: invite.toName,
          role: report.role,
          strengths: report.strengths.slice(0, 5),
          recruiterName: settings.recruiterName,
          meetingLink,
        },
        { allowedAddresses: [from.email, ...(replyTo ? [replyTo.email] : [])] },
      );
      invite = await storage.invites.saveDraft({ id: invite.id, subject: draft.subject, text: draft.text, html: draft.html });
      logger.debug('invite drafted', { inviteId: invite.id, source: draft.source });
    }
    return deliver(invite, delivery);
  };

  /** Processes a claimed invite, turning a concurrent deletion or send into a plain outcome. */
  const processSafely = async (claimed: Invite, delivery: Delivery): Promise<{ outcome: Outcome | 'skipped'; invite: Invite | null }> => {
    try {
      return await processClaimed(claimed, delivery);
    } catch (error) {
      if (NotFoundError.isInstance(error) || ConflictError.isInstance(error)) {
        return { outcome: 'skipped', invite: await storage.invites.get({ id: claimed.id }) };
      }
      throw error;
    }
  };

  return {
    async processQueue(queueOptions = {}) {
      const limit = queueOptions.limit ?? DEFAULT_QUEUE_LIMIT;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUEUE_LIMIT) {
        throw new ValidationError({ message: 'Invalid queue limit.', issues: [{ path: 'limit', message: `must be an integer from 1 to ${MAX_QUEUE_LIMIT}` }] });
      }
      const result: ProcessInvitesResult = { sent: 0, retried: 0, failed: 0 };
      const delivery = resolveDelivery();
      if (!delivery) return result;
      const claimed = await storage.invites.claim({
        now: context.now().toISOString(),
        leaseMs,
        limit,
        ...(delivery.meetingLink === null ? { only: 'invitations' as const } : {}),
      });
      for (const invite of claimed) {
        try {
          const { outcome } = await processSafely(invite, delivery);
          if (outcome !== 'skipped') result[outcome] += 1;
        } catch (error) {
          // One broken invite must not stop the others; its lease expires and it is retried.
          logger.error('invite processing failed', { inviteId: invite.id, error: describeError(error) });
        }
      }
      return result;
    },

    async sendNow({ inviteId }) {
      if (typeof inviteId !== 'string' || inviteId.length === 0) {
        throw new ValidationError({ message: 'Invalid invite id.', issues: [{ path: 'inviteId', message: 'must be a non-empty string' }] });
      }
      const invite = await storage.invites.get({ id: inviteId });
      if (!invite) throw new NotFoundError({ entity: 'invite', id: inviteId });
      const delivery = resolveDelivery();
      if (!delivery || (invite.reportId !== null && delivery.meetingLink === null)) return invite;
      const [claimed] = await storage.invites.claim({ now: context.now().toISOString(), leaseMs, limit: 1, id: inviteId });
      // Not due (waiting for a retry), being sent by another process, sent or given up.
      if (!claimed) return (await storage.invites.get({ id: inviteId })) ?? invite;
      const { invite: processed } = await processSafely(claimed, delivery);
      if (!processed) throw new NotFoundError({ entity: 'invite', id: inviteId });
      return processed;
    },
  };
}

function describeError(error: unknown): string {
  const message = CoachError.isInstance(error) || error instanceof Error ? error.message : String(error);
  const flat = message.replace(/\s+/g, ' ').trim() || 'unknown error';
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}
