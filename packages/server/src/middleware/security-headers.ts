import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.js';

/**
 * Secure headers for every answer. The CSP lets the demo pages load their scripts, styles
 * and widget bundles from this server only, play synthesized speech from `blob:` URLs and
 * call the API on the same origin; no inline script runs anywhere.
 */
export function createSecurityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
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
}
