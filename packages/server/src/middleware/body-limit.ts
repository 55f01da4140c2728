import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.js';
import { HttpError, type HttpErrorCode } from '../http-errors.js';

export interface BodyLimitOptions {
  maxBytes: number;
  /** The code of the 413 answer. @default 'REQUEST_TOO_LARGE' */
  code?: Extract<HttpErrorCode, 'REQUEST_TOO_LARGE' | 'FILE_TOO_LARGE'>;
  /** What is too large, for the message. @default 'The request body' */
  subject?: string;
}

/**
 * Caps the request body: a `Content-Length` over the cap is refused before anything is read,
 * and a body without one (chunked) is counted while it streams in and refused as soon as it
 * passes the cap, so an oversized upload is never held in memory whole.
 */
export function createBodyLimit(options: BodyLimitOptions): MiddlewareHandler<AppEnv> {
  const { maxBytes } = options;
  const code = options.code ?? 'REQUEST_TOO_LARGE';
  const subject = options.subject ?? 'The request body';
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError({ code, message: `${subject} is larger than the limit of ${formatBytes(maxBytes)}.` });
    },
  });
  return async (c, next) => {
    // Bodyless methods have nothing to count.
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const declared = c.req.header('content-length');
    // A malformed length would make the size check meaningless; Node refuses most, this catches the rest.
    if (declared !== undefined && !/^\d+$/.test(declared.trim())) {
      throw new HttpError({ code: 'VALIDATION_FAILED', message: 'The Content-Length header is not a number.' });
    }
    return limit(c, next);
  };
}

/** `10485760` → `10 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
