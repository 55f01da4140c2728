import type { CoachContext } from '../internal/context.js';
import type { MailAddress, Mailer } from '../ports/mailer.js';
import { isValidEmailAddress } from '../internal/mail-header.js';

/** What any email of the outbox is sent with. */
export interface MailDelivery {
  mailer: Mailer;
  from: MailAddress;
  replyTo: MailAddress | null;
}

/** Everything needed to send invites, taken from the context. */
export interface InviteDelivery extends MailDelivery {
  meetingLink: string;
}

/**
 * What invites are sent with, or why they cannot be sent with the current configuration (a
 * sentence for a person): a mailer, an http(s) meeting link and a sender address are needed.
 * Invites wait in the queue (without using up attempts) until the configuration is complete.
 */
export function resolveInviteDelivery(context: CoachContext): { ready: true; delivery: InviteDelivery } | { ready: false; reason: string } {
  const mail = resolveMailDelivery(context);
  if (!mail.ready) return mail;
  const meetingLink = context.settings.meetingLink?.trim();
  if (!meetingLink) {
    return { ready: false, reason: 'No meeting link is configured (set MEETING_LINK); the invite is queued and will be sent once one is.' };
  }
  if (!isHttpUrl(meetingLink)) {
    return {
      ready: false,
      reason: 'The meeting link is not a valid http(s) URL (check MEETING_LINK); the invite is queued and will be sent once it is fixed.',
    };
  }
  return { ready: true, delivery: { ...mail.delivery, meetingLink } };
}

/**
 * What any email of the outbox is sent with (a mailer and a sender address), or why it cannot
 * be sent. The email of a personal interview link needs no meeting link.
 */
export function resolveMailDelivery(context: CoachContext): { ready: true; delivery: MailDelivery } | { ready: false; reason: string } {
  const mailer = context.mailer;
  if (!mailer) {
    return { ready: false, reason: 'No mail server is configured (set SMTP_URL); the invite is queued and will be sent once one is.' };
  }
  const from = inviteSender(context);
  if (!from) {
    return { ready: false, reason: 'No sender address is configured (set SMTP_FROM, or SENDER_EMAIL); the invite is queued and will be sent once one is.' };
  }
  return { ready: true, delivery: { mailer, from, replyTo: inviteReplyTo(context) } };
}

/** Why invites cannot be sent now, or null when they can (see `resolveInviteDelivery`). */
export function inviteBlocker(context: CoachContext): string | null {
  const resolved = resolveInviteDelivery(context);
  return resolved.ready ? null : resolved.reason;
}

/** The sender of invites: the mailer's own default, else `settings.senderEmail`. */
export function inviteSender(context: CoachContext): MailAddress | null {
  if (context.mailer?.defaultFrom) return context.mailer.defaultFrom;
  const email = context.settings.senderEmail?.trim();
  if (!email || !isValidEmailAddress(email)) return null;
  return { name: context.settings.recruiterName, email };
}

/** The reply-to address of invites (`settings.replyToEmail`), when set. */
export function inviteReplyTo(context: CoachContext): MailAddress | null {
  const email = context.settings.replyToEmail?.trim();
  if (!email || !isValidEmailAddress(email)) return null;
  return { name: context.settings.recruiterName, email };
}

function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
