import type { MailAddress, Mailer, SendMailOptions, SendMailResult } from '../../ports/mailer.js';
import { ProviderError, UnsupportedFeatureError, ValidationError, type ValidationIssue } from '../../errors/index.js';
import { isValidEmailAddress, sanitizeHeaderText } from '../../internal/mail-header.js';
import { mapNodemailerError } from './nodemailer-error.js';

/** An address as nodemailer takes it: as an object, so a name is never parsed as addresses. */
export interface NodemailerAddress {
  name: string;
  address: string;
}

/** The message this adapter hands to the transport. */
export interface NodemailerMessage {
  from: NodemailerAddress;
  to: NodemailerAddress[];
  replyTo?: NodemailerAddress;
  subject: string;
  text: string;
  html: string;
  /** The SMTP envelope, given explicitly so that headers can never add a recipient. */
  envelope: { from: string; to: string[] };
  /** The message has no attachments; refuse any file or URL content. */
  disableFileAccess: true;
  disableUrlAccess: true;
  signal?: AbortSignal;
}

/** The structural subset of a nodemailer transporter this adapter uses. */
export interface NodemailerTransportLike {
  sendMail(message: NodemailerMessage): Promise<{ messageId?: string }>;
  close?(): void;
}

/** Options of `createNodemailerMailer`: exactly one of `transport`, `url` or `gmail`. */
export interface NodemailerMailerOptions {
  /** A ready transporter (`nodemailer.createTransport(...)`) or anything with the same `sendMail`. */
  transport?: NodemailerTransportLike;
  /** An SMTP URL such as `smtp://user:pass@host:587` or `smtps://user:pass@host:465` (`SMTP_URL`). */
  url?: string;
  /** Gmail through `smtp.gmail.com:465` with an app password (`SENDER_EMAIL`/`SENDER_PASS`). */
  gmail?: { user: string; pass: string };
  /** The sender used when `send` gets no `from`. @default the Gmail user, when `gmail` is given */
  from?: MailAddress;
  /**
   * Extra nodemailer transport options for `url` or `gmail` (e.g. `{ ignoreTLS: true }`);
   * the URL's own settings win over these.
   */
  transportOptions?: Record<string, unknown>;
}

/** A mailer backed by nodemailer. */
export interface NodemailerMailer extends Mailer {
  /** Closes the transport's connections, if it keeps any. */
  close(): Promise<void>;
}

// Bounded so that a send always ends on its own: an invite's claim lease must outlast it.
const DEFAULT_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Creates a `Mailer` that sends through nodemailer (an optional peer dependency, loaded on the
 * first send). Give exactly one of `transport`, `url` or `gmail`.
 *
 * Names and subjects are stripped of CR, LF and other control characters, addresses must be
 * single plain mailboxes, and the SMTP envelope is set explicitly to the one recipient, so
 * nothing in a name or subject can add a header or a recipient.
 *
 * @example
 * ```ts
 * import { createNodemailerMailer } from '@coach/core/email/nodemailer';
 * const mailer = createNodemailerMailer({
 *   url: process.env.SMTP_URL,
 *   from: { name: 'Acme Recruiting', email: 'jobs@acme.example' },
 * });
 * const coach = await createCoach({ mailer });
 * ```
 */
export function createNodemailerMailer(options: NodemailerMailerOptions): NodemailerMailer {
  const defaultFrom = validateOptions(options);
  let transportPromise: Promise<NodemailerTransportLike> | null = options.transport ? Promise.resolve(options.transport) : null;

  const getTransport = (): Promise<NodemailerTransportLike> => {
    transportPromise ??= createTransport(options).catch((error: unknown) => {
      transportPromise = null;
      throw error;
    });
    return transportPromise;
  };

  return {
    specificationVersion: 'v1',
    adapterId: 'nodemailer',
    defaultFrom,
    async send(sendOptions: SendMailOptions): Promise<SendMailResult> {
      const message = buildMessage(sendOptions, defaultFrom);
      if (sendOptions.abortSignal?.aborted) {
        throw mapNodemailerError(Object.assign(new Error('aborted'), { name: 'AbortError', code: 'EABORT' }));
      }
      const transport = await getTransport();
      let info: { messageId?: string };
      try {
        info = await transport.sendMail(message);
      } catch (error) {
        throw mapNodemailerError(error);
      }
      return { messageId: typeof info?.messageId === 'string' && info.messageId ? info.messageId : '' };
    },
    async close() {
      // Only close what this adapter created; a given transport belongs to the caller.
      if (options.transport || !transportPromise) return;
      const transport = await transportPromise.catch(() => null);
      transport?.close?.();
    },
  };
}

function validateOptions(options: NodemailerMailerOptions): MailAddress | null {
  const issues: ValidationIssue[] = [];
  const given = [options.transport, options.url, options.gmail].filter((value) => value !== undefined).length;
  if (given !== 1) issues.push({ path: 'transport', message: 'give exactly one of transport, url or gmail' });
  if (options.transport !== undefined && typeof options.transport?.sendMail !== 'function') {
    issues.push({ path: 'transport', message: 'must have a sendMail method' });
  }
  if (options.url !== undefined) {
    let protocol: string | null = null;
    try {
      protocol = new URL(options.url).protocol;
    } catch {
      issues.push({ path: 'url', message: 'must be a URL such as smtp://user:pass@host:587' });
    }
    if (protocol !== null && protocol !== 'smtp:' && protocol !== 'smtps:') {
      issues.push({ path: 'url', message: 'must start with smtp:// or smtps://' });
    }
  }
  if (options.gmail !== undefined) {
    if (!isValidEmailAddress(options.gmail.user ?? '')) issues.push({ path: 'gmail.user', message: 'must be an email address' });
    if (!options.gmail.pass) issues.push({ path: 'gmail.pass', message: 'must not be empty' });
  }
  const from = options.from ?? (options.gmail ? { email: options.gmail.user } : null);
  if (from && !isValidEmailAddress(from.email)) issues.push({ path: 'from.email', message: 'must be a single email address' });
  if (issues.length) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: 'Invalid nodemailer mailer options.', issues });
  }
  if (!from) return null;
  const name = from.name === undefined ? undefined : sanitizeHeaderText(from.name);
  return name ? { name, email: from.email } : { email: from.email };
}

async function createTransport(options: NodemailerMailerOptions): Promise<NodemailerTransportLike> {
  const nodemailer = await loadNodemailer();
  const base = { ...DEFAULT_TIMEOUTS, ...options.transportOptions };
  if (options.gmail) {
    return nodemailer.createTransport({
      ...base,
      host: 'smtp.gmail.com',
      port: 465,
      secure: true,
      auth: { user: options.gmail.user, pass: options.gmail.pass },
    });
  }
  return nodemailer.createTransport({ ...base, url: options.url });
}

interface NodemailerModule {
  createTransport(options: Record<string, unknown>): NodemailerTransportLike;
}

async function loadNodemailer(): Promise<NodemailerModule> {
  try {
    const loaded = (await import('nodemailer')) as unknown as NodemailerModule & { default?: NodemailerModule };
    return typeof loaded.createTransport === 'function' ? loaded : (loaded.default as NodemailerModule);
  } catch (error) {
    throw new UnsupportedFeatureError({
      feature: 'nodemailer',
      code: 'NOT_CONFIGURED',
      message: `The nodemailer package is not installed (npm install nodemailer): ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

function buildMessage(options: SendMailOptions, defaultFrom: MailAddress | null): NodemailerMessage {
  const from = options.from ?? defaultFrom;
  if (!from) throw invalid('No sender: pass `from` or configure the mailer with a default sender.');
  const to = toAddress(options.to, 'recipient');
  const sender = toAddress(from, 'sender');
  const message: NodemailerMessage = {
    from: sender,
    to: [to],
    subject: sanitizeHeaderText(options.subject),
    text: options.text,
    html: options.html,
    envelope: { from: sender.address, to: [to.address] },
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  if (options.replyTo) message.replyTo = toAddress(options.replyTo, 'reply-to');
  if (options.abortSignal) message.signal = options.abortSignal;
  return message;
}

function toAddress(address: MailAddress, role: string): NodemailerAddress {
  if (typeof address?.email !== 'string' || !isValidEmailAddress(address.email)) {
    throw invalid(`The ${role} address is not a single valid email address.`);
  }
  return { name: sanitizeHeaderText(address.name ?? ''), address: address.email };
}

function invalid(message: string): ProviderError {
  return new ProviderError({ code: 'MAIL_FAILED', provider: 'nodemailer', message, isRetryable: false });
}
