import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { isSecureRequest, type TrustProxy } from '../client-ip.js';
import { headerSet, setResponseHeaders } from '../response-headers.js';

/**
 * For the demo pages, assets and widget bundles: the full browser set (that of Helmet and
 * hono/secure-headers), with a CSP that lets the pages load their scripts, styles and widget
 * bundles from this server only, play synthesized speech from `blob:` URLs and call the API
 * on the same origin. No inline script runs anywhere.
 */
const PAGE_HEADERS = headerSet([
  [
    'Content-Security-Policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      // Lit falls back to <style> elements where constructable stylesheets are missing.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "media-src 'self' blob: data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // The widget bundles are meant to be loaded by other (allowed) sites; CORS decides who reads them.
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  // Microphone for spoken answers on the demo page; nothing else.
  ['Permissions-Policy', 'microphone=(self), camera=(), geolocation=()'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
]);

/**
 * For the JSON and audio answers of `/api/`: nothing in them may run, be framed or be sniffed
 * into something else — the set OWASP's REST Security Cheat Sheet names for APIs, with CSP's
 * `frame-ancestors` in place of the X-Frame-Options it obsoletes (Cache-Control is set per
 * route). The headers that only shape how a document behaves mean nothing for an answer read
 * by `fetch` under CORS, and every header costs time on every request, in the server and in
 * every client that parses it.
 */
const API_HEADERS = headerSet([
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
]);

/**
 * Sent only over HTTPS: a browser ignores it over HTTP, and RFC 6797 (§7.2) says a server
 * must not send it there.
 */
const HSTS = headerSet([['Strict-Transport-Security', 'max-age=15552000; includeSubDomains']]);

export interface SecurityHeadersOptions {
  /** Proxies whose `X-Forwarded-Proto` tells whether the client used HTTPS. @default false */
  trustProxy?: TrustProxy;
}

/**
 * Secure headers for every answer: the page set for pages, the API set under `/api/`, and
 * HSTS on HTTPS. They never depend on the answer, so they are set before the handler runs
 * (see `setResponseHeader`); the handler's own headers win.
 */
export function createSecurityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler<AppEnv> {
  const trustProxy = options.trustProxy ?? false;
  return (c, next) => {
    setResponseHeaders(c, c.req.path.startsWith('/api/') ? API_HEADERS : PAGE_HEADERS);
    if (isSecureRequest(c, trustProxy)) setResponseHeaders(c, HSTS);
    return next();
  };
}
