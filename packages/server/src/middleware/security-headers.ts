import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.js';

/**
 * Secure headers for every answer (hono/secure-headers' set). The CSP lets the demo pages
 * load their scripts, styles and widget bundles from this server only, play synthesized
 * speech from `blob:` URLs and call the API on the same origin; no inline script runs anywhere.
 *
 * hono/secure-headers writes onto the finished response, which makes the Node adapter
 * rebuild every response; since the values never change, they are read once from the
 * middleware itself (run on a probe app) and then set before the handler runs.
 */
export function createSecurityHeaders(): MiddlewareHandler<AppEnv> {
  const policy = secureHeaders({
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
    // The API answers embedding pages of other (allowed) origins, and the widget bundles are
    // meant to be loaded cross-origin; CORS, not CORP, decides who reads them.
    crossOriginResourcePolicy: 'cross-origin',
    // Microphone for spoken answers on the demo page; nothing else.
    permissionsPolicy: { microphone: ['self'], camera: false, geolocation: false },
  });
  const probe = new Hono().use(policy).get('/', (c) => c.body(null, 204));
  let headers: Promise<[string, string][]> | undefined;
  return async (c, next) => {
    headers ??= Promise.resolve(probe.request('/')).then((response) => [...response.headers.entries()]);
    for (const [name, value] of await headers) c.header(name, value);
    return next();
  };
}
