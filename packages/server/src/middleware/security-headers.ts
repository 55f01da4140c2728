import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.js';
import { isSecureRequest, type TrustProxy } from '../client-ip.js';

/**
 * For the demo pages, assets and widget bundles: hono/secure-headers' full browser set (that
 * of Helmet), with a CSP that lets the pages load their scripts, styles and widget bundles
 * from this server only, play synthesized speech from `blob:` URLs and call the API on the
 * same origin. No inline script runs anywhere.
 */
const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Lit falls back to <style> elements where constructable stylesheets are missing.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:', 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
  // The widget bundles are meant to be loaded by other (allowed) sites; CORS decides who reads them.
  crossOriginResourcePolicy: 'cross-origin',
  // Microphone for spoken answers on the demo page; nothing else.
  permissionsPolicy: { microphone: ['self'], camera: [], geolocation: [] },
  // Sent only over HTTPS, below.
  strictTransportSecurity: false,
});

/**
 * For the JSON and audio answers of `/api/`: nothing in them may run, be framed or be sniffed
 * into something else — the set OWASP's REST Security Cheat Sheet names for APIs, with CSP's
 * `frame-ancestors` in place of the X-Frame-Options it obsoletes (Cache-Control is set per
 * route). The headers that only shape how a document behaves mean nothing for an answer read
 * by `fetch` under CORS, so they are switched off.
 */
const apiHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

/**
 * HSTS alone. Sent only over HTTPS: a browser ignores it over HTTP, and RFC 6797 (§7.2) says
 * a server must not send it there.
 */
const hstsHeader = secureHeaders({
  contentSecurityPolicy: undefined,
  crossOriginResourcePolicy: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: 'max-age=15552000; includeSubDomains',
  xContentTypeOptions: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  removePoweredBy: false,
});

export interface SecurityHeadersOptions {
  /** Proxies whose `X-Forwarded-Proto` tells whether the client used HTTPS. @default false */
  trustProxy?: TrustProxy;
}

/** Secure headers for the answers of `/api/`, plus HSTS on HTTPS. */
export function createApiSecurityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler<AppEnv> {
  return withHsts(apiHeaders, options.trustProxy ?? false);
}

/** Secure headers for the demo pages, assets and widget bundles, plus HSTS on HTTPS. */
export function createPageSecurityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler<AppEnv> {
  return withHsts(pageHeaders, options.trustProxy ?? false);
}

function withHsts(headers: MiddlewareHandler, trustProxy: TrustProxy): MiddlewareHandler<AppEnv> {
  return (c, next) =>
    headers(c, async () => {
      if (isSecureRequest(c, trustProxy)) await hstsHeader(c, next);
      else await next();
    });
}
