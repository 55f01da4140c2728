const marker = Symbol.for('coach.error.CoachClientError');

/** Codes the client produces itself; every other code is the server's (`NOT_FOUND`, `RATE_LIMITED`, …). */
export type CoachClientErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE' | 'ABORTED';

/** Options of {@link CoachClientError}. */
export interface CoachClientErrorOptions {
  /** The server's `error.code`, or a {@link CoachClientErrorCode}. */
  code: string;
  message: string;
  /** HTTP status; 0 when no answer arrived. */
  status: number;
  /** The server's request id (`error.request_id` or `X-Request-Id`), to quote in a bug report. */
  requestId?: string | null;
  /** Seconds to wait before trying again, from `Retry-After`. */
  retryAfter?: number | null;
  cause?: unknown;
}

/**
 * Every failure of a {@link CoachClient} call: the server's `{ error: { code, message } }` with
 * the HTTP status, `NETWORK_ERROR` (status 0) when no answer arrived, `ABORTED` (status 0) when
 * the caller's signal fired, and `INVALID_RESPONSE` when a 2xx answer is not the JSON it should be.
 *
 * @example
 * ```ts
 * try {
 *   await coach.getReport('missing');
 * } catch (error) {
 *   if (CoachClientError.isInstance(error) && error.code === 'NOT_FOUND') showNotFound();
 *   else throw error;
 * }
 * ```
 */
export class CoachClientError extends Error {
  override readonly name = 'CoachClientError';
  readonly code: string;
  readonly status: number;
  readonly requestId: string | null;
  readonly retryAfter: number | null;
  readonly [marker] = true;

  constructor(options: CoachClientErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
    this.requestId = options.requestId ?? null;
    this.retryAfter = options.retryAfter ?? null;
  }

  /** Checks by a registry symbol rather than `instanceof`, so two copies of this package still match. */
  static isInstance(error: unknown): error is CoachClientError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }

  /** Whether the same request may succeed later: no answer, 408, 429 or a server failure other than 501. */
  get isRetryable(): boolean {
    const { status } = this;
    return status === 0 ? this.code !== 'ABORTED' : status === 408 || status === 429 || (status >= 500 && status !== 501);
  }
}

/** A code for a status whose body carries none (a proxy's HTML page, an empty 502). */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'REQUEST_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  501: 'NOT_CONFIGURED',
};

/** Seconds from a `Retry-After` header (seconds or an HTTP date). */
function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** What {@link errorFromResponse} reads of an answer: a fetch `Response`, or the same of an `XMLHttpRequest`. */
export interface AnswerHead {
  status: number;
  headers: { get(name: string): string | null };
}

/** The error for a non-2xx answer, from its (already parsed, when JSON) body. */
export function errorFromResponse(response: AnswerHead, body: unknown): CoachClientError {
  const error = (typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : null) as
    { code?: unknown; message?: unknown; request_id?: unknown } | null | undefined;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  return new CoachClientError({
    code: text(error?.code) ?? CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'SERVER_ERROR' : 'HTTP_ERROR'),
    message: text(error?.message) ?? `The server answered ${response.status}.`,
    status: response.status,
    requestId: text(error?.request_id) ?? response.headers.get('x-request-id'),
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** The error for a request that threw before or while its answer was read. */
export function errorFromThrown(error: unknown, signal: AbortSignal | null | undefined, status: number): CoachClientError {
  if (CoachClientError.isInstance(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (signal?.aborted || name === 'AbortError') {
    return new CoachClientError({ code: 'ABORTED', message: 'The request was cancelled.', status: 0, cause: error });
  }
  if (name === 'SyntaxError') {
    return new CoachClientError({ code: 'INVALID_RESPONSE', message: 'The server did not answer with valid JSON.', status, cause: error });
  }
  return new CoachClientError({ code: 'NETWORK_ERROR', message: 'The Coach server could not be reached.', status: 0, cause: error });
}
