import { sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { createRecruiterTokens } from './recruiter-token.js';

const SECRET = 'a-secret-key-of-sufficient-length';
const NOW = new Date('2025-03-01T12:00:00Z');

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('createRecruiterTokens', () => {
  it('should accept a token it minted until it expires', async () => {
    const tokens = createRecruiterTokens(SECRET);
    const { token, expiresAt } = await tokens.mint({ subject: 'ana', ttlSeconds: 900, now: NOW });
    expect(expiresAt.toISOString()).toBe('2025-03-01T12:15:00.000Z');
    expect(claimsOf(token)).toMatchObject({ sub: 'ana', aud: 'coach-recruiter' });
    const checked = await tokens.verify(token, new Date(NOW.getTime() + 899_000));
    expect(checked).toMatchObject({ valid: true, claims: { sub: 'ana', exp: Math.floor(expiresAt.getTime() / 1000) } });
    expect(await tokens.verify(token, expiresAt)).toEqual({ valid: false, reason: 'expired' });
  });

  it('should refuse a token signed with another secret key, even an expired one', async () => {
    const token = (await createRecruiterTokens('another-secret-key-entirely').mint({ subject: 'x', ttlSeconds: 900, now: NOW })).token;
    expect(await createRecruiterTokens(SECRET).verify(token, NOW)).toEqual({ valid: false, reason: 'bad-signature' });
    // Not "expired": only a token this server minted may be called that.
    expect(await createRecruiterTokens(SECRET).verify(token, new Date(NOW.getTime() + 86_400_000))).toEqual({ valid: false, reason: 'bad-signature' });
  });

  it('should refuse a token whose claims were edited', async () => {
    const tokens = createRecruiterTokens(SECRET);
    const token = (await tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW })).token;
    const [header, , signature] = token.split('.') as [string, string, string];
    const claims = claimsOf(token) as { exp: number };
    claims.exp += 365 * 24 * 3600;
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await tokens.verify(forged, NOW)).toEqual({ valid: false, reason: 'bad-signature' });
  });

  it('should refuse a JWT for another audience, or with no algorithm, signed with the same key material', async () => {
    const tokens = createRecruiterTokens(SECRET);
    const minted = (await tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW })).token;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${minted.split('.')[1]}.`;
    expect((await tokens.verify(unsigned, NOW)).valid).toBe(false);
    const otherAudience = await sign({ sub: 'x', aud: 'someone-else', iat: 0, exp: 2 ** 31, jti: 'j' }, SECRET, 'HS256');
    expect((await tokens.verify(otherAudience, NOW)).valid).toBe(false);
  });

  it('should refuse malformed tokens without throwing', async () => {
    const tokens = createRecruiterTokens(SECRET);
    for (const token of ['', 'ct1', 'a..', 'ct2.a.b', 'e30.e30.', `e30.e30.${'A'.repeat(43)}`, 'x'.repeat(5000)]) {
      expect((await tokens.verify(token, NOW)).valid).toBe(false);
    }
  });

  it('should recognise the secret key and nothing else', () => {
    const tokens = createRecruiterTokens(SECRET);
    expect(tokens.isSecretKey(SECRET)).toBe(true);
    expect(tokens.isSecretKey(`${SECRET} `)).toBe(false);
    expect(tokens.isSecretKey(SECRET.slice(0, -1))).toBe(false);
    expect(tokens.isSecretKey('')).toBe(false);
  });

  it('should mint different tokens in the same second', async () => {
    const tokens = createRecruiterTokens(SECRET);
    const first = (await tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW })).token;
    const second = (await tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW })).token;
    expect(first).not.toBe(second);
  });
});
