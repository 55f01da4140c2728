import { createCoach } from '@coach/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { createTestApp, errorOf, postJson, SECRET_KEY, type TestApp } from './test-app.js';

describe('CORS', () => {
  let t: TestApp;
  let open: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ app: { allowedOrigins: ['https://jobs.example.com'] } });
    open = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    await open.close();
  });

  it('should let an allowed origin read answers, with Vary: Origin', async () => {
    const response = await t.app.request('/api/demos/', { headers: { origin: 'https://jobs.example.com' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://jobs.example.com');
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });

  it('should answer an allowed preflight', async () => {
    const response = await t.app.request('/api/submit-answer-and-get-next/', {
      method: 'OPTIONS',
      headers: { origin: 'https://jobs.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i);
  });

  it('should refuse other origins, even for requests that need no preflight', async () => {
    const form = new FormData();
    form.set('resume', new File(['%PDF-1.4'], 'r.pdf'));
    const attempts: RequestInit[] = [
      { headers: { origin: 'https://evil.example' } },
      { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } },
      { method: 'POST', body: form, headers: { origin: 'http://localhost:5173' } },
    ];
    for (const init of attempts) {
      const response = await t.app.request(init.method === 'POST' ? '/api/upload-resume/' : '/api/demos/', init);
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await errorOf(response)).code).toBe('FORBIDDEN');
    }
  });

  it("should always allow the server's own origin", async () => {
    const response = await t.app.request('https://coach.example.org/api/demos/', {
      headers: { origin: 'https://coach.example.org', host: 'coach.example.org' },
    });
    expect(response.status).toBe(200);
  });

  it('should allow localhost and 127.0.0.1 on any port by default, and nothing else', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://localhost']) {
      const response = await open.app.request('/api/demos/', { headers: { origin } });
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    for (const origin of ['https://localhost.evil.example', 'http://localhost.evil.example:80', 'null']) {
      expect((await open.app.request('/api/demos/', { headers: { origin } })).status, origin).toBe(403);
    }
  });

  it('should allow any origin with *', async () => {
    const any = await createTestApp({ app: { allowedOrigins: ['*'] } });
    try {
      const response = await any.app.request('/api/demos/', { headers: { origin: 'https://anywhere.example' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
    } finally {
      await any.close();
    }
  });
});

describe('headers and errors', () => {
  let t: TestApp;
  const logged: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    const logger = Object.fromEntries(
      (['debug', 'info', 'warn', 'error'] as const).map((level) => [
        level,
        (message: string, fields?: Record<string, unknown>) => logged.push({ level, message, ...(fields ? { fields } : {}) }),
      ]),
    ) as unknown as import('@coach/core').Logger;
    t = await createTestApp({ app: { logger } });
  });
  afterAll(() => t.close());

  it('should send secure headers, a request id and a structured log line', async () => {
    const response = await t.app.request('/api/demos/');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    // CSP frame-ancestors replaces X-Frame-Options; HSTS is for HTTPS only (RFC 6797 §7.2).
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(logged.find((line) => line.fields?.request_id === requestId)).toMatchObject({
      level: 'info',
      message: 'request',
      fields: { method: 'GET', path: '/api/demos/', status: 200 },
    });
  });

  it('should send HSTS over HTTPS, and believe X-Forwarded-Proto only from a trusted proxy', async () => {
    const hsts = (response: Response) => response.headers.get('strict-transport-security');
    expect(hsts(await t.app.request('https://coach.example.org/api/demos/'))).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(hsts(await t.app.request('https://coach.example.org/'))).toMatch(/^max-age=\d+/);
    expect(hsts(await t.app.request('/api/demos/', { headers: { 'x-forwarded-proto': 'https' } }))).toBeNull();
    const proxied = await createTestApp({ app: { trustProxy: 1 } });
    try {
      expect(hsts(await proxied.app.request('/api/demos/', { headers: { 'x-forwarded-proto': 'https' } }))).toMatch(/^max-age=/);
      expect(hsts(await proxied.app.request('/api/demos/', { headers: { 'x-forwarded-proto': 'http' } }))).toBeNull();
      // A client cannot prepend its own claim: the proxy's entry is the last one.
      expect(hsts(await proxied.app.request('/api/demos/', { headers: { 'x-forwarded-proto': 'https, http' } }))).toBeNull();
    } finally {
      await proxied.close();
    }
  });

  it('should keep the headers a handler sets itself and add the rest', async () => {
    const report = await t.app.request('/api/nothing-here/');
    expect(report.headers.get('cache-control')).toBe('no-store');
    expect(report.headers.get('x-content-type-options')).toBe('nosniff');
    expect(report.headers.get('vary')).toBe('Origin');
    const page = await t.app.request('/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('should keep a well-formed incoming request id and replace a malformed one', async () => {
    const kept = await t.app.request('/api/demos/', { headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-1234abcd');
    for (const incoming of ['bad id <script>', 'short', 'x'.repeat(300)]) {
      const replaced = await t.app.request('/api/demos/', { headers: { 'x-request-id': incoming } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9_-]{16}$/);
    }
  });

  it('should answer unknown routes with a JSON 404 and a hint about the trailing slash', async () => {
    const response = await t.app.request('/api/demos');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const error = await errorOf(response);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('/api/demos/');
    expect(error.request_id).toBe(response.headers.get('x-request-id'));
    expect((await t.app.request('/api/nothing-here/', { method: 'POST' })).status).toBe(404);
    expect((await t.app.request('/api/demos/', { method: 'DELETE' })).status).toBe(404);
  });

  it('should hide unexpected failures behind a generic 500 and log them with the request id', async () => {
    const coach = await createCoach({ storage: await t.testStorage.openPeer(), textRecognizer: null, migrate: false });
    coach.templates.list = () => {
      throw new TypeError('secret internals at /srv/coach/core.js:12');
    };
    const errors: Record<string, unknown>[] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (_message: string, fields?: Record<string, unknown>) => errors.push(fields ?? {}) };
    const app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false, logger, pages: false });
    const response = await app.request('/api/demos/');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/secret internals|core\.js|TypeError|<html/i);
    const { error } = JSON.parse(text) as { error: { code: string; request_id: string } };
    expect(error.code).toBe('INTERNAL_ERROR');
    expect(errors[0]).toMatchObject({ request_id: error.request_id, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(errors[0])).toContain('secret internals');
  });

  it('should answer 503 from health when the database is gone', async () => {
    const peer = await t.testStorage.openPeer();
    const coach = await createCoach({ storage: peer, textRecognizer: null, migrate: false });
    const app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false, pages: false });
    expect((await app.request('/api/health')).status).toBe(200);
    expect(await (await app.request('/api/health/')).json()).toEqual({ status: 'ok', storage: peer.adapterId });
    await peer.close();
    const response = await app.request('/api/health');
    expect(response.status).toBe(503);
    expect((await errorOf(response)).code).toBe('STORAGE_ERROR');
  });

  it('should refuse a weak secret key at creation', () => {
    expect(() => createApp(t.coach, { secretKey: 'short' })).toThrow(/at least 16/);
  });
});

describe('rate limits', () => {
  it('should answer 429 with Retry-After over the limit, per client, until the window ends', async () => {
    const t = await createTestApp({ app: { rateLimit: { candidate: 3, windowMs: 60_000 }, trustProxy: 1 } });
    try {
      const ask = (ip: string) =>
        postJson(t.app, '/api/get-final-feedback/', { session_id: 'AAAAAAAAAAAAAAAAAAAAAA' }, { 'x-forwarded-for': `198.51.100.1, ${ip}` });
      for (let index = 0; index < 3; index += 1) expect((await ask('203.0.113.5')).status).toBe(404);
      const limited = await ask('203.0.113.5');
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect((await errorOf(limited)).code).toBe('RATE_LIMITED');
      expect((await ask('203.0.113.77')).status).toBe(404);
      // Reads that every page makes are not counted.
      expect((await t.app.request('/api/demos/', { headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(200);
      t.advance(60_000);
      expect((await ask('203.0.113.5')).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('should ignore X-Forwarded-For unless told to trust a proxy', async () => {
    const t = await createTestApp({ app: { rateLimit: { candidate: 2 } } });
    try {
      const statuses: number[] = [];
      for (const ip of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
        statuses.push((await postJson(t.app, '/api/get-final-feedback/', { session_id: 'x' }, { 'x-forwarded-for': ip })).status);
      }
      expect(statuses).toEqual([404, 404, 429]);
    } finally {
      await t.close();
    }
  });

  it('should share the counters between servers on one database', async () => {
    const t = await createTestApp({ app: { rateLimit: { upload: 2 } } });
    try {
      const peer = await createCoach({ storage: await t.testStorage.openPeer(), textRecognizer: null, migrate: false });
      const second = createApp(peer, { secretKey: SECRET_KEY, rateLimit: { upload: 2 }, pages: false });
      const upload = (app: typeof second) => app.request('/api/upload-resume/', { method: 'POST', body: new FormData() });
      expect((await upload(t.app)).status).toBe(400);
      expect((await upload(second)).status).toBe(400);
      expect((await upload(t.app)).status).toBe(429);
      expect((await upload(second)).status).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('should limit guesses at the secret key', async () => {
    const t = await createTestApp({ app: { rateLimit: { auth: 3 } } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 4; index += 1) {
        statuses.push(
          (await t.app.request('/api/recruiter-tokens/', { method: 'POST', headers: { authorization: `Bearer guess-${index}-0123456789abcdef` } })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});
