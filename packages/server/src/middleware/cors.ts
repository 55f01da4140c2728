import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../http-errors.js';
import { PermissionError } from '@coach/core';
import { isSecureRequest, type TrustProxy } from '../client-ip.js';
import { readHeader } from '../request-headers.js';
import { setResponseHeader } from '../response-headers.js';

export interface CorsOptions {
  /**
   * Origins (`https://example.com`) that may call the API from a browser. `*` allows any.
   * The server's own origin is always allowed. Empty: the server's own origin and
   * `http://localhost:*` / `http://127.0.0.1:*` / `http://[::1]:*`, for development.
   */
  allowedOrigins: readonly string[];
  /**
   * With `allowedOrigins` empty, also allow `http://localhost:*`, `http://127.0.0.1:*` and
   * `http://[::1]:*` (pages of a development server). The CLI turns it on only outside
   * production (`NODE_ENV` other than `production`) and says so at start.
   * @default true
   */
  allowLocalOrigins?: boolean;
  /** Decides the request's own scheme behind proxies (see `isSecureRequest`). @default false */
  trustProxy?: TrustProxy;
}

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
const ALLOW_HEADERS = 'Authorization, Content-Type, X-Request-Id';
const EXPOSE_HEADERS = 'X-Request-Id, Retry-After, Content-Type';
const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
const APPEND = { append: true } as const;

/** Decides whether an `Origin` may call the API. */
export function createOriginPolicy(
  allowedOrigins: readonly string[],
  options: { allowLocalOrigins?: boolean; trustProxy?: TrustProxy } = {},
): (origin: string, c: Context) => boolean {
  const anyOrigin = allowedOrigins.includes('*');
  const listed = new Set(allowedOrigins.filter((origin) => origin !== '*').map(normalizeOrigin));
  const developmentDefaults = allowedOrigins.length === 0 && (options.allowLocalOrigins ?? true);
  const trustProxy = options.trustProxy ?? false;
  return (origin, c) => {
    if (anyOrigin) return true;
    const normalized = normalizeOrigin(origin);
    if (listed.has(normalized)) return true;
    if (isOwnOrigin(normalized, c, trustProxy)) return true;
    return developmentDefaults && LOCAL_ORIGIN.test(normalized);
  };
}

/**
 * CORS for the API, limited to the allowed origins, with `Vary: Origin` on every answer.
 * A request from a browser page of another origin is refused with 403 even when it needs no
 * preflight (a plain form post), so that the allowlist really decides who may embed Coach.
 * Requests without `Origin` (curl, servers) pass: CORS is a browser protection, and the
 * routes have their own guards.
 */
export function createCors(options: CorsOptions): MiddlewareHandler<AppEnv> {
  const isAllowed = createOriginPolicy(options.allowedOrigins, options);
  // Not an async function: every API request passes here, and the common case only calls next().
  return (c, next) => {
    const origin = readHeader(c, 'origin');
    setResponseHeader(c, 'Vary', 'Origin', APPEND);
    if (origin === undefined) return next();
    if (!isAllowed(origin, c)) {
      return Promise.resolve(errorResponse(c, new PermissionError({ code: 'FORBIDDEN', message: `The origin ${truncate(origin)} may not call this API. Add it to COACH_ALLOWED_ORIGINS.` })));
    }
    setResponseHeader(c, 'Access-Control-Allow-Origin', origin);
    setResponseHeader(c, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (c.req.method === 'OPTIONS') {
      setResponseHeader(c, 'Access-Control-Allow-Methods', ALLOW_METHODS);
      setResponseHeader(c, 'Access-Control-Allow-Headers', ALLOW_HEADERS);
      setResponseHeader(c, 'Access-Control-Max-Age', '600');
      return Promise.resolve(c.body(null, 204));
    }
    return next();
  };
}

/** Whether `origin` is the server's own: same scheme, host and port as the request. */
function isOwnOrigin(origin: string, c: Context, trustProxy: TrustProxy): boolean {
  const host = readHeader(c, 'host');
  if (!host) return false;
  try {
    const scheme = isSecureRequest(c, trustProxy) ? 'https:' : 'http:';
    // Through URL on both sides, so that `:443` / `:80` and letter case compare as equal.
    return new URL(origin).origin === new URL(`${scheme}//${host.toLowerCase()}`).origin;
  } catch {
    return false;
  }
}

function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

function truncate(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value;
}
