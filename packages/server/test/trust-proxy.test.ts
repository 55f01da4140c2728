// Which address a request is counted under, behind proxies: observed through the per-client
// rate limit (one candidate request per window), with the socket peer given as Node would.
import { afterEach, describe, expect, it } from 'vitest';
import type { TrustProxy } from '../src/index.js';
import { parseTrustProxy } from '../src/server-config.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function appTrusting(trustProxy: TrustProxy) {
  t = await createTestApp({ app: { trustProxy, rateLimit: { candidate: 1, upload: 1000, speech: 1000, auth: 1000, windowMs: 60_000 } } });
  const app = t.app;
  /** One candidate request from `peer` carrying `forwarded`; 404 when allowed, 429 when the client is over its limit. */
  return async (peer: string, forwarded?: string) => {
    const headers: Record<string, string> = { host: 'coach.example' };
    if (forwarded !== undefined) headers['x-forwarded-for'] = forwarded;
    const answer = await app.request('/api/sessions/abcdefghijklmnopqrstuv/', { headers }, { incoming: { socket: { remoteAddress: peer }, headers } });
    return answer.status;
  };
}

describe('COACH_TRUST_PROXY as a hop count', () => {
  it('should count a request whose X-Forwarded-For is not an IP under the peer, not under the string', async () => {
    const request = await appTrusting(1);
    expect(await request('10.0.0.5', 'not-an-ip')).toBe(404);
    expect(await request('10.0.0.5', 'another string')).toBe(429);
  });

  it('should take the entry the one trusted proxy appended', async () => {
    const request = await appTrusting(1);
    expect(await request('10.0.0.5', 'spoofed, 203.0.113.1')).toBe(404);
    expect(await request('10.0.0.5', 'other-spoof, 203.0.113.2')).toBe(404);
    expect(await request('10.0.0.6', '203.0.113.1')).toBe(429);
  });
});

describe('COACH_TRUST_PROXY as proxy addresses', () => {
  const proxies: TrustProxy = { proxies: ['10.0.0.0/8', '::1'] };

  it('should believe X-Forwarded-For from a listed proxy only', async () => {
    const request = await appTrusting(proxies);
    expect(await request('10.0.0.5', '203.0.113.1')).toBe(404);
    expect(await request('10.0.0.5', '203.0.113.2')).toBe(404);
    expect(await request('10.9.9.9', '203.0.113.1')).toBe(429);
    // A client talking to the server directly cannot pick its key by sending the header.
    expect(await request('198.51.100.9', '203.0.113.50')).toBe(404);
    expect(await request('198.51.100.9', '203.0.113.51')).toBe(429);
  });

  it('should walk past listed proxies to the first address that is not one', async () => {
    const request = await appTrusting(proxies);
    expect(await request('::ffff:10.0.0.5', 'forged, 203.0.113.77, 10.1.1.1, 10.2.2.2')).toBe(404);
    expect(await request('::1', '203.0.113.77')).toBe(429);
  });

  it('should fall back to the peer when the forwarded entry is not an IP', async () => {
    const request = await appTrusting(proxies);
    expect(await request('10.0.0.5', 'garbage')).toBe(404);
    expect(await request('10.0.0.5', 'more garbage')).toBe(429);
  });
});

describe('parseTrustProxy', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['true', 1],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8', { proxies: ['10.0.0.0/8'] }],
    ['10.0.0.0/8, 192.168.1.7 ,fd00::/8,::1', { proxies: ['10.0.0.0/8', '192.168.1.7', 'fd00::/8', '::1'] }],
  ])('should read %j', (raw, expected) => {
    const problems: string[] = [];
    expect(parseTrustProxy(raw, problems)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it.each(['yes', '11', '10.0.0.0/33', '300.1.1.1', 'fd00::/129', '10.0.0.0/8/1', 'proxy.internal', '10.0.0.0/8,nonsense'])('should refuse %j', (raw) => {
    const problems: string[] = [];
    parseTrustProxy(raw, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^COACH_TRUST_PROXY:/);
  });
});
