const marker = Symbol.for('coach.error.CoachApiError');

/** Codes the client produces itself, next to the server's codes (`VALIDATION_FAILED`, `NOT_FOUND`, …). */
export type CoachClientErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE' | 'ABORTED';

export interface CoachApiErrorOptions {
  code: string;
  message: string;
  /** HTTP status; 0 when no answer arrived. */
  status: number;
  /** Seconds to wait, from `Retry-After` on a 429. */
  retryAfter?: number | null;
  cause?: unknown;
}

/**
 * A failed call to the Coach server, carrying the server's `{ error: { code, message } }`
 * (or a client code such as `NETWORK_ERROR` when no answer arrived).
 */
export class CoachApiError extends Error {
  override readonly name = 'CoachApiError';
  readonly code: string;
  readonly status: number;
  readonly retryAfter: number | null;
  readonly [marker] = true;

  constructor(options: CoachApiErrorOptions) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.retryAfter = options.retryAfter ?? null;
  }

  /** Checks by a registry symbol, so copies of the class from two bundles still match. */
  static isInstance(error: unknown): error is CoachApiError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }

  /** Whether repeating the same request may succeed (no answer, rate limit or a server-side failure; not 501, which stays). */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || (this.status >= 500 && this.status !== 501);
  }
}

/** A fallback code for a status when the body carries none (e.g. a proxy's HTML error page). */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'FILE_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_FILE_TYPE';
    case 422:
      return 'UNREADABLE_FILE';
    case 429:
      return 'RATE_LIMITED';
    case 501:
      return 'NOT_CONFIGURED';
    default:
      return status >= 500 ? 'PROVIDER_ERROR' : 'HTTP_ERROR';
  }
}

/** Parses `Retry-After` (seconds or an HTTP date) into whole seconds. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds the error for a non-2xx answer from its status, headers and body text. */
export function errorFromResponse(status: number, bodyText: string, retryAfterHeader: string | null): CoachApiError {
  let code = codeForStatus(status);
  let message = `The server answered with status ${status}.`;
  try {
    const body = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string' && body.error.code) code = body.error.code;
    if (typeof body.error?.message === 'string' && body.error.message) message = body.error.message;
  } catch {
    // A non-JSON body (a proxy's error page) keeps the status-based code and message.
  }
  return new CoachApiError({ code, message, status, retryAfter: parseRetryAfter(retryAfterHeader) });
}
