import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, SECRET_KEY, type TestApp } from './test-app.js';

describe('failed recruiter auth', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ app: { rateLimit: { auth: 3, candidate: 1000, windowMs: 60_000 } } });
  });
  afterEach(() => t.close());

  const withKey = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });

  it('should limit guessing the secret key on /api/reports/* like on /api/recruiter-tokens/', async () => {
    const paths = ['/api/reports/', '/api/reports/statistics/', '/api/reports/abcdefghijklmnopqrstuv/'];
    for (const path of paths) expect((await t.app.request(path, withKey(`wrong-key-${path}`))).status).toBe(401);
    const limited = await t.app.request('/api/reports/', withKey('wrong-key-again'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Over the limit, a right guess is refused too: otherwise the limit would not slow guessing.
    expect((await t.app.request('/api/reports/', withKey(SECRET_KEY))).status).toBe(429);
    expect((await t.app.request('/api/recruiter-tokens/', { method: 'POST', ...withKey(SECRET_KEY) })).status).toBe(429);

    t.advance(61_000);
    expect((await t.app.request('/api/reports/', withKey(SECRET_KEY))).status).toBe(200);
  });

  it('should not count expired tokens, whose signature proves they were minted with the key', async () => {
    const minted = await t.app.request('/api/recruiter-tokens/', {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'tab', ttl_seconds: 60 }),
    });
    const { token } = (await minted.json()) as { token: string };
    t.advance(120_000);
    for (let index = 0; index < 6; index += 1) expect((await t.app.request('/api/reports/', withKey(token))).status).toBe(401);
    expect((await t.app.request('/api/reports/', withKey(SECRET_KEY))).status).toBe(200);
  });

  it('should count bad tokens, not requests with the right key', async () => {
    for (let index = 0; index < 10; index += 1) expect((await t.app.request('/api/reports/', withKey(SECRET_KEY))).status).toBe(200);
    expect((await t.app.request('/api/reports/', withKey('eyJhbGciOi.not.valid'))).status).toBe(401);
    expect((await t.app.request('/api/reports/', withKey('another.bad.token'))).status).toBe(401);
    expect((await t.app.request('/api/reports/', withKey('third.bad.token'))).status).toBe(401);
    expect((await t.app.request('/api/reports/', withKey('fourth.bad.token'))).status).toBe(429);
  });

  it('should not count requests without credentials (a dashboard before sign-in)', async () => {
    for (let index = 0; index < 5; index += 1) expect((await t.app.request('/api/reports/')).status).toBe(401);
    expect((await t.app.request('/api/reports/', withKey(SECRET_KEY))).status).toBe(200);
  });
});
