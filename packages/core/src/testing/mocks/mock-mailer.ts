import { randomBytes } from 'node:crypto';
import type { MailAddress, Mailer, SendMailOptions, SendMailResult } from '../../ports/mailer.js';
import { ProviderError } from '../../errors/index.js';
import { isValidEmailAddress, sanitizeHeaderText } from '../../internal/mail-header.js';
import type { ReceivedMail } from '../conformance/mailer-conformance.js';

/** A message the mock mailer accepted, as it would have gone out. */
export interface MockSentMail {
  messageId: string;
  envelope: { from: string; to: string[] };
  from: MailAddress;
  to: MailAddress;
  replyTo: MailAddress | null;
  subject: string;
  text: string;
  html: string;
}

/** A `Mailer` that records messages instead of sending them, and can be told to fail. */
export interface MockMailer extends Mailer {
  /** Every accepted message, oldest first. */
  readonly sent: readonly MockSentMail[];
  /**
   * Makes sends throw: `times` sends (default: every send until `recover()`), with `error`
   * (default: a retryable `ProviderError` with code `MAIL_FAILED`).
   */
  fail(options?: { error?: Error; times?: number }): void;
  /** Sends succeed again. */
  recover(): void;
  /** Forgets the recorded messages. */
  clear(): void;
  /** The recorded messages as a receiving server would see them (for `describeMailerConformance`). */
  inbox(): ReceivedMail[];
}

/**
 * Creates a mock mailer. It enforces the port's rules like a real adapter: single plain
 * addresses only, and names and subjects reduced to one line.
 *
 * @example
 * ```ts
 * const mailer = createMockMailer();
 * const coach = await createCoach({ storage, mailer, settings: { meetingLink: 'https://meet.example/x' } });
 * mailer.fail({ times: 1 });
 * ```
 */
export function createMockMailer(options: { from?: MailAddress | null } = {}): MockMailer {
  const defaultFrom = options.from === undefined ? { name: 'Coach', email: 'no-reply@coach.example' } : options.from;
  const sent: MockSentMail[] = [];
  let failure: { error: Error | null; remaining: number } | null = null;

  return {
    specificationVersion: 'v1',
    adapterId: 'mock',
    defaultFrom,
    sent,
    async send(sendOptions: SendMailOptions): Promise<SendMailResult> {
      if (sendOptions.abortSignal?.aborted) {
        throw new ProviderError({ code: 'MAIL_FAILED', provider: 'mock', message: 'Sending was aborted.', isRetryable: true });
      }
      const from = address(sendOptions.from ?? defaultFrom, 'sender');
      const to = address(sendOptions.to, 'recipient');
      const replyTo = sendOptions.replyTo ? address(sendOptions.replyTo, 'reply-to') : null;
      if (failure) {
        const { error } = failure;
        failure.remaining -= 1;
        if (failure.remaining <= 0) failure = null;
        throw error ?? new ProviderError({ code: 'MAIL_FAILED', provider: 'mock', message: 'The mock mail server is down.', isRetryable: true });
      }
      const messageId = `<${randomBytes(8).toString('hex')}@mock.coach>`;
      sent.push({
        messageId,
        envelope: { from: from.email, to: [to.email] },
        from,
        to,
        replyTo,
        subject: sanitizeHeaderText(sendOptions.subject),
        text: sendOptions.text,
        html: sendOptions.html,
      });
      return { messageId };
    },
    fail(failOptions = {}) {
      failure = { error: failOptions.error ?? null, remaining: failOptions.times ?? Number.POSITIVE_INFINITY };
    },
    recover() {
      failure = null;
    },
    clear() {
      sent.length = 0;
    },
    inbox() {
      return sent.map((mail) => ({
        envelopeFrom: mail.envelope.from,
        envelopeTo: [...mail.envelope.to],
        headers: [
          { name: 'from', value: format(mail.from) },
          { name: 'to', value: format(mail.to) },
          ...(mail.replyTo ? [{ name: 'reply-to', value: format(mail.replyTo) }] : []),
          { name: 'subject', value: mail.subject },
          { name: 'message-id', value: mail.messageId },
        ],
        text: mail.text,
        html: mail.html,
      }));
    },
  };
}

function address(value: MailAddress | null, role: string): MailAddress {
  if (!value) {
    throw new ProviderError({ code: 'MAIL_FAILED', provider: 'mock', message: `No ${role} address.`, isRetryable: false });
  }
  if (typeof value.email !== 'string' || !isValidEmailAddress(value.email)) {
    throw new ProviderError({
      code: 'MAIL_FAILED',
      provider: 'mock',
      message: `The ${role} address is not a single valid email address.`,
      isRetryable: false,
    });
  }
  const name = sanitizeHeaderText(value.name ?? '');
  return name ? { name, email: value.email } : { email: value.email };
}

function format(value: MailAddress): string {
  return value.name ? `"${value.name.replace(/["\\]/g, '\\$&')}" <${value.email}>` : value.email;
}
