import type { Decision, Invite } from '../domain/index.js';
import { INVITE_HELD_ERROR } from '../invite/invite-service.js';

/** What `decide` tells a person about the invite, and whether it has been delivered. */
export interface InviteOutcome {
  emailSent: boolean;
  emailMessage: string;
}

/**
 * Describes the invite after a decision: `before` is the invite as the decision's
 * transaction left it, `after` as it is once sending was tried, `blocker` why invites
 * cannot be sent with the current configuration (null when they can).
 */
export function describeInviteOutcome(options: {
  decision: Decision;
  before: Invite | null;
  after: Invite | null;
  blocker: string | null;
  sendError?: string | null;
}): InviteOutcome {
  const { decision, before, after, blocker } = options;
  const invite = after ?? before;
  if (decision !== 'Accepted') {
    if (!invite) return { emailSent: false, emailMessage: 'Decision recorded. No email is sent for this decision.' };
    if (invite.status === 'sent') {
      return { emailSent: true, emailMessage: `Decision recorded. The invite sent on ${formatTime(invite.sentAt)} is not recalled.` };
    }
    if (invite.status === 'failed') return { emailSent: false, emailMessage: 'Decision recorded. The earlier invite was never delivered.' };
    return { emailSent: false, emailMessage: 'Decision recorded. The queued invite will not be sent unless the candidate is accepted again.' };
  }
  if (!invite) return { emailSent: false, emailMessage: 'No invite was queued.' };
  switch (invite.status) {
    case 'sent':
      return before?.status === 'sent'
        ? { emailSent: true, emailMessage: `Invite already sent on ${formatTime(invite.sentAt)}.` }
        : { emailSent: true, emailMessage: `Email sent successfully to ${invite.toEmail}` };
    case 'sending':
      return { emailSent: false, emailMessage: 'The invite is being sent by another request right now; it is sent only once.' };
    case 'failed':
      return {
        emailSent: false,
        emailMessage: `Sending failed after ${invite.attempts} attempt${invite.attempts === 1 ? '' : 's'} (${invite.lastError ?? 'unknown error'}); the invite will not be retried.`,
      };
    case 'queued':
      if (blocker) return { emailSent: false, emailMessage: blocker };
      if (options.sendError) {
        return { emailSent: false, emailMessage: `Sending failed (${options.sendError}); the invite is queued and will be retried.` };
      }
      if (invite.lastError && invite.lastError !== INVITE_HELD_ERROR) {
        return { emailSent: false, emailMessage: `Sending failed (${invite.lastError}); the invite is queued and will be retried.` };
      }
      return { emailSent: false, emailMessage: `The invite is queued and will be sent at ${formatTime(invite.nextAttemptAt)}.` };
  }
}

function formatTime(iso: string | null): string {
  if (!iso) return 'an earlier date';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
