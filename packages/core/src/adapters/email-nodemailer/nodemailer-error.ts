import { CoachError, ProviderError } from '../../errors/index.js';

/** The fields of a nodemailer error that say what went wrong. */
interface NodemailerErrorShape {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  name?: unknown;
}

// Failures of the connection itself: the server may well accept the same message later.
const CONNECTION_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EPROXY',
  'EMAXLIMIT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * Maps a nodemailer (or SMTP) failure to a `ProviderError` with code `MAIL_FAILED`.
 * Retryable: connection failures and transient (4xx) SMTP replies. Authentication failures are
 * retryable too (an operator fixes the credentials; the message is fine). Not retryable: permanent
 * (5xx) replies, such as an unknown mailbox or a rejected message, and local configuration
 * errors, since the same message would fail the same way again.
 */
export function mapNodemailerError(error: unknown): CoachError {
  if (CoachError.isInstance(error)) return error;
  const shape = (typeof error === 'object' && error !== null ? error : {}) as NodemailerErrorShape;
  const code = typeof shape.code === 'string' ? shape.code : undefined;
  const responseCode = typeof shape.responseCode === 'number' ? shape.responseCode : undefined;
  const response = typeof shape.response === 'string' ? shape.response : undefined;

  if (code === 'EABORT' || shape.name === 'AbortError') {
    return new ProviderError({
      code: 'MAIL_FAILED',
      provider: 'nodemailer',
      message: 'Sending was aborted before the mail server accepted the message.',
      isRetryable: true,
      cause: error,
    });
  }

  let isRetryable: boolean;
  let message: string;
  if (code === 'EAUTH' || code === 'ENOAUTH' || code === 'EOAUTH2') {
    // Wrong credentials are a configuration problem an operator fixes; the message itself is
    // fine, so it stays worth retrying even though the server answered 5xx.
    isRetryable = true;
    message = `The mail server refused the credentials (${code}${describe(response ?? shape.message)}).`;
  } else if (responseCode !== undefined) {
    // 503 means the session was in the wrong state, not that the message was refused.
    isRetryable = responseCode < 500 || responseCode === 503;
    message = `The mail server ${isRetryable ? 'deferred' : 'rejected'} the message (${oneLine(response ?? String(responseCode))}).`;
  } else if (code !== undefined && CONNECTION_CODES.has(code)) {
    isRetryable = true;
    message = `Could not reach the mail server (${code}${describe(shape.message)}).`;
  } else {
    isRetryable = false;
    message = `Sending the message failed (${code ?? 'unknown error'}${describe(shape.message)}).`;
  }
  return new ProviderError({
    code: 'MAIL_FAILED',
    provider: 'nodemailer',
    message,
    isRetryable,
    responseBody: response,
    cause: error,
  });
}

function describe(message: unknown): string {
  return typeof message === 'string' && message ? `: ${oneLine(message)}` : '';
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
