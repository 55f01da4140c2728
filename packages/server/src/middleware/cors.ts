import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../http-errors.js';
import { PermissionError } from '@coach/core';
import { isSecureRequest, type TrustProxy } from '../client-ip.js';

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
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'X-Request-Id'];
const EXPOSE_HEADERS = ['X-Request-Id', 'Retry-After', 'Content-Type'];
const ALLOW_METHODS = ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'];

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
 * CORS for the API with `hono/cors`, limited to the allowed origins, with `Vary: Origin` on
 * every answer. A request from a browser page of another origin is refused with 403 even when
 * it needs no preflight (a plain form post), so that the allowlist really decides who may
 * embed Coach: `hono/cors` alone would only leave out `Access-Control-Allow-Origin`, and the
 * browser would still send the request. Requests without `Origin` (curl, servers) pass: CORS
 * is a browser protection, and the routes have their own guards.
 */
export function createCors(options: CorsOptions): MiddlewareHandler<AppEnv> {
  const isAllowed = createOriginPolicy(options.allowedOrigins, options);
  const allowed = cors({
    // Only reached for allowed origins (see below); a function, so hono/cors adds `Vary: Origin`.
    origin: (origin) => origin,
    allowMethods: ALLOW_METHODS,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !isAllowed(origin, c)) {
      c.header('Vary', 'Origin', { append: true });
      return errorResponse(
        c,
        new PermissionError({ code: 'FORBIDDEN', message: `The origin ${truncate(origin)} may not call this API. Add it to COACH_ALLOWED_ORIGINS.` }),
      );
    }
    return allowed(c, next);
  };
}

/** Whether `origin` is the server's own: same scheme, host and port as the request. */
function isOwnOrigin(origin: string, c: Context, trustProxy: TrustProxy): boolean {
  const host = c.req.header('host');
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
