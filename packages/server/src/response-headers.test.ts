import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { headerSet, prepareResponseHeaders, respond, setResponseHeader, setResponseHeaders, applyPreparedHeaders } from './response-headers.js';

const SECURITY = headerSet([
  ['Content-Security-Policy', "default-src 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
]);

function createApp() {
  const app = new Hono();
  app.use('*', async (c, next) => {
    prepareResponseHeaders(c, { 'x-request-id': 'abc' });
    await next();
    applyPreparedHeaders(c);
  });
  app.use('*', (c, next) => {
    setResponseHeaders(c, SECURITY);
    setResponseHeader(c, 'Vary', 'Origin', { append: true });
    setResponseHeader(c, 'VARY', 'Accept-Language', { append: true });
    return next();
  });
  app.get('/fast', (c) => respond(c, '{"ok":true}', 200, { 'content-type': 'application/json', 'x-content-type-options': 'handler' }));
  app.get('/plain', (c) => {
    setResponseHeader(c, 'Cache-Control', 'no-store');
    return c.json({ ok: true }, 200, { 'X-Request-Id': 'from-handler' });
  });
  return app;
}

describe('prepared response headers', () => {
  it('should send the prepared headers with the fast answer, the handler winning on the same name', async () => {
    const response = await createApp().request('/fast');
    expect(response.headers.get('x-request-id')).toBe('abc');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('handler');
    expect(response.headers.get('vary')).toBe('Origin, Accept-Language');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('should add them to any other answer without overriding its own', async () => {
    const response = await createApp().request('/plain');
    expect(response.headers.get('x-request-id')).toBe('from-handler');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('vary')).toBe('Origin, Accept-Language');
  });

  it('should fall back to c.header() without the request context', async () => {
    const app = new Hono();
    app.get('/', (c) => {
      setResponseHeaders(c, SECURITY);
      setResponseHeader(c, 'Cache-Control', 'no-store');
      return c.text('ok');
    });
    const response = await app.request('/');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
