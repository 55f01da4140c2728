import { CoachError, PermissionError, ProviderError, ValidationError, type CoachErrorCode, type Logger } from '@coach/core';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

/** Error codes only the HTTP layer produces (core's codes cover everything else). */
export const SERVER_ERROR_CODES = ['INTERNAL_ERROR', 'UNSUPPORTED_MEDIA_TYPE', 'REQUEST_TOO_LARGE'] as const;

/** A code the server may answer in `{"error": {"code"}}`. */
export type HttpErrorCode = CoachErrorCode | (typeof SERVER_ERROR_CODES)[number];

/**
 * The one table from error code to HTTP status. Typed as a complete record, so a code added
 * to core without a status here fails the type check.
 */
export const HTTP_STATUS_BY_CODE: Record<HttpErrorCode, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  // A configuration problem surfacing during a request is the operator's fault, not the caller's.
  INVALID_CONFIG: 500,
  FILE_TOO_LARGE: 413,
  // What a small upload unpacks to (inflated size, pixels, paragraphs, reading time) is too much.
  DOCUMENT_TOO_LARGE: 413,
  TOO_MANY_PAGES: 413,
  TEXT_TOO_LONG: 413,
  CODE_TOO_LONG: 413,
  UNSUPPORTED_LANGUAGE: 422,
  UNSUPPORTED_FILE_TYPE: 415,
  UNREADABLE_FILE: 422,
  ENCRYPTED_FILE: 422,
  EMPTY_FILE: 422,
  NO_TEXT_FOUND: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUESTION_ALREADY_ANSWERED: 409,
  INTERVIEW_ALREADY_FINISHED: 409,
  INTERVIEW_NOT_FINISHED: 409,
  DSA_NOT_STARTED: 409,
  DSA_ALREADY_DONE: 409,
  SESSION_EXPIRED: 409,
  DSA_NOT_IN_TEMPLATE: 409,
  TEMPLATE_ARCHIVED: 409,
  INVITATION_USED: 409,
  INVITATION_EXPIRED: 410,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PROVIDER_ERROR: 502,
  PROVIDER_REFUSED: 502,
  INVALID_MODEL_OUTPUT: 502,
  MAIL_FAILED: 502,
  PROVIDER_TIMEOUT: 503,
  PROVIDER_RATE_LIMITED: 503,
  STORAGE_ERROR: 503,
  UNSUPPORTED_FEATURE: 501,
  NOT_CONFIGURED: 501,
  INTERNAL_ERROR: 500,
  UNSUPPORTED_MEDIA_TYPE: 415,
  REQUEST_TOO_LARGE: 413,
};

/** The body of every non-2xx answer. */
export interface ErrorBody {
  error: { code: HttpErrorCode; message: string; request_id: string };
}

/** An error raised by the HTTP layer itself, for the codes core does not have. */
export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly status: ContentfulStatusCode;

  constructor(options: { code: HttpErrorCode; message: string }) {
    super(options.message);
    this.name = 'HttpError';
    this.code = options.code;
    this.status = HTTP_STATUS_BY_CODE[options.code];
  }
}

const GENERIC_MESSAGE = 'Something went wrong on our side. Try again; if it keeps failing, quote the request id.';

/** What the client is told about an error, and what the log gets. */
interface ErrorAnswer {
  status: ContentfulStatusCode;
  code: HttpErrorCode;
  message: string;
  retryAfterSeconds?: number;
  /** Whether this is our fault (logged as an error with its stack) rather than the caller's. */
  internal: boolean;
}

/** Classifies any thrown value into the status, code and message the client may see. */
export function describeError(error: unknown): ErrorAnswer {
  if (error instanceof HttpError) {
    return { status: error.status, code: error.code, message: error.message, internal: false };
  }
  if (CoachError.isInstance(error)) {
    const code = error.code in HTTP_STATUS_BY_CODE ? error.code : 'INTERNAL_ERROR';
    const status = HTTP_STATUS_BY_CODE[code];
    const answer: ErrorAnswer = { status, code, message: messageFor(error), internal: status >= 500 && status !== 501 };
    const retryAfter = PermissionError.isInstance(error) || ProviderError.isInstance(error) ? error.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) answer.retryAfterSeconds = retryAfter;
    else if (code === 'RATE_LIMITED') answer.retryAfterSeconds = 60;
    // The operator's configuration is none of the caller's business.
    if (code === 'INVALID_CONFIG') answer.message = GENERIC_MESSAGE;
    return answer;
  }
  if (error instanceof HTTPException) return describeHttpException(error);
  return { status: 500, code: 'INTERNAL_ERROR', message: GENERIC_MESSAGE, internal: true };
}

function messageFor(error: CoachError): string {
  if (ValidationError.isInstance(error) && error.issues.length > 0) {
    const details = error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
    return error.message.includes(details) ? error.message : `${error.message} (${details})`;
  }
  return error.message;
}

function describeHttpException(error: HTTPException): ErrorAnswer {
  switch (error.status) {
    case 400:
      return {
        status: 400,
        code: 'VALIDATION_FAILED',
        message: /json/i.test(error.message) ? 'The request body is not valid JSON.' : 'The request body could not be read.',
        internal: false,
      };
    case 401:
      return { status: 401, code: 'UNAUTHORIZED', message: 'Missing or invalid credentials.', internal: false };
    case 404:
      return { status: 404, code: 'NOT_FOUND', message: 'Not found.', internal: false };
    case 413:
      return { status: 413, code: 'REQUEST_TOO_LARGE', message: 'The request body is too large.', internal: false };
    case 415:
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Content-Type for this route.', internal: false };
    default:
      return error.status >= 500
        ? { status: 500, code: 'INTERNAL_ERROR', message: GENERIC_MESSAGE, internal: true }
        : { status: error.status as ContentfulStatusCode, code: 'VALIDATION_FAILED', message: 'The request was refused.', internal: false };
  }
}

/** Writes the JSON error answer for `error` (with `Retry-After` where one applies). */
export function errorResponse(c: Context<AppEnv>, error: unknown, logger?: Logger): Response {
  const answer = describeError(error);
  const requestId = c.get('requestId') ?? '';
  const log = logger ?? c.get('logger');
  if (answer.internal) {
    log?.error('request failed', {
      request_id: requestId,
      code: answer.code,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
  }
  if (answer.retryAfterSeconds !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(answer.retryAfterSeconds))));
  // Refused before its body was read (413, or auth and rate limits in front of the route): the
  // rest of the body is still on the wire, and Node closes such a socket after answering. Say
  // so, or a client's connection pool sends its next request into a closing socket.
  if (answer.status === 413 || bodyLeftUnread(c)) c.header('Connection', 'close');
  c.header('Cache-Control', 'no-store');
  const body: ErrorBody = { error: { code: answer.code, message: answer.message, request_id: requestId } };
  return c.json(body, answer.status);
}

/** Whether the request announced a body that has not been read to its end. */
function bodyLeftUnread(c: Context<AppEnv>): boolean {
  const length = c.req.header('content-length');
  if (c.req.header('transfer-encoding') === undefined && (length === undefined || length.trim() === '0')) return false;
  // On Node, the request stream itself knows whether the body arrived whole.
  const incoming = c.env?.incoming;
  if (incoming) return !incoming.complete;
  return !c.req.raw.bodyUsed;
}

/** The app's `onError`: every failure becomes `{"error": {"code", "message", "request_id"}}`. */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => errorResponse(c, error, logger);
}

/** The app's `notFound`: a JSON 404, with a hint when the trailing slash is missing. */
export const notFoundHandler: NotFoundHandler<AppEnv> = (c) => {
  const path = c.req.path;
  const hint =
    path.startsWith('/api/') && !path.endsWith('/') && path !== '/api/health' && path !== '/api/openapi.json' ? ` API paths end in '/': try ${path}/.` : '';
  return errorResponse(c, new HttpError({ code: 'NOT_FOUND', message: `No route for ${c.req.method} ${path}.${hint}` }));
};
