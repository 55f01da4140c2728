import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.js';

/**
 * For the demo pages, assets and widget bundles: hono/secure-headers' full set, with a CSP
 * that lets the pages load their scripts, styles and widget bundles from this server only,
 * play synthesized speech from `blob:` URLs and call the API on the same origin. No inline
 * script runs anywhere.
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
  permissionsPolicy: { microphone: ['self'], camera: false, geolocation: false },
});

/**
 * For the JSON and audio answers of `/api/`: nothing in them may run, be framed or be sniffed
 * into something else. The browser-context headers of the page set mean nothing for an API
 * answer, and every header costs time on every request.
 */
const apiHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: 'cross-origin',
  xFrameOptions: 'DENY',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

/** The headers a hono/secure-headers middleware adds, read once from a probe app. */
function headersOf(middleware: MiddlewareHandler): Promise<[string, string][]> {
  const probe = new Hono().use(middleware).get('/', (c) => c.body(null, 204));
  return Promise.resolve(probe.request('/')).then((response) => [...response.headers.entries()]);
}

/**
 * Secure headers for every answer: the page set for pages, the API set under `/api/`.
 *
 * hono/secure-headers writes onto the finished response, which makes the Node adapter rebuild
 * every response; since the values never change, they are read once from the middleware
 * itself and then set before the handler runs.
 */
export function createSecurityHeaders(): MiddlewareHandler<AppEnv> {
  const sets = { api: headersOf(apiHeaders), page: headersOf(pageHeaders) };
  let resolved: { api: [string, string][]; page: [string, string][] } | undefined;
  const ready = Promise.all([sets.api, sets.page]).then(([api, page]) => {
    resolved = { api, page };
    return resolved;
  });
  return async (c, next) => {
    // Awaited only until the probe answered (the first request); a resolved await per request would cost a tick.
    const { api, page } = resolved ?? (await ready);
    for (const [name, value] of c.req.path.startsWith('/api/') ? api : page) c.header(name, value);
    return next();
  };
}
