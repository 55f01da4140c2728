import type { MailAddress } from '../../ports/mailer.js';
import { isValidEmailAddress } from '../../internal/mail-header.js';
import { createNodemailerMailer, type NodemailerMailer } from './nodemailer-mailer.js';

/** The environment variables `mailerFromEnv` reads. */
export interface MailerEnvironment {
  SMTP_URL?: string;
  /** The sender address with `SMTP_URL`. */
  SMTP_FROM?: string;
  SENDER_EMAIL?: string;
  SENDER_PASS?: string;
  RECRUITER_NAME?: string;
  [name: string]: string | undefined;
}

/**
 * Builds the mailer the environment describes, or returns null when it describes none:
 * `SMTP_URL` (e.g. `smtp://user:pass@host:587`) first, else the Gmail shortcut
 * `SENDER_EMAIL` + `SENDER_PASS`. The sender is `SMTP_FROM`, else `SENDER_EMAIL`, else the
 * SMTP user when it is an address, shown with `RECRUITER_NAME`. Invalid values throw `INVALID_CONFIG` at once.
 *
 * @example
 * ```ts
 * const coach = await createCoach({ mailer: mailerFromEnv(process.env) });
 * ```
 */
export function mailerFromEnv(env: MailerEnvironment): NodemailerMailer | null {
  const url = env.SMTP_URL?.trim();
  const senderEmail = env.SENDER_EMAIL?.trim();
  const senderPass = env.SENDER_PASS;
  const name = env.RECRUITER_NAME?.trim() || undefined;
  const withName = (email: string): MailAddress => (name ? { name, email } : { email });
  if (url) {
    const email = env.SMTP_FROM?.trim() || senderEmail || usernameOf(url);
    return createNodemailerMailer({ url, ...(email && isValidEmailAddress(email) ? { from: withName(email) } : {}) });
  }
  if (senderEmail && senderPass) {
    return createNodemailerMailer({ gmail: { user: senderEmail, pass: senderPass }, from: withName(senderEmail) });
  }
  return null;
}

function usernameOf(url: string): string | undefined {
  try {
    const username = decodeURIComponent(new URL(url).username);
    return username || undefined;
  } catch {
    return undefined;
  }
}
