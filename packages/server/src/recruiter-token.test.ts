import { describe, expect, it } from 'vitest';
import { createRecruiterTokens } from './recruiter-token.js';

const SECRET = 'a-secret-key-of-sufficient-length';
const NOW = new Date('2025-03-01T12:00:00Z');

describe('createRecruiterTokens', () => {
  it('should accept a token it minted until it expires', () => {
    const tokens = createRecruiterTokens(SECRET);
    const { token, expiresAt } = tokens.mint({ subject: 'ana', ttlSeconds: 900, now: NOW });
    expect(expiresAt.toISOString()).toBe('2025-03-01T12:15:00.000Z');
    const checked = tokens.verify(token, new Date(NOW.getTime() + 899_000));
    expect(checked).toMatchObject({ valid: true, claims: { sub: 'ana', exp: Math.floor(expiresAt.getTime() / 1000) } });
    expect(tokens.verify(token, expiresAt)).toEqual({ valid: false, reason: 'expired' });
  });

  it('should refuse a token signed with another secret key', () => {
    const token = createRecruiterTokens('another-secret-key-entirely').mint({ subject: 'x', ttlSeconds: 900, now: NOW }).token;
    expect(createRecruiterTokens(SECRET).verify(token, NOW)).toEqual({ valid: false, reason: 'bad-signature' });
  });

  it('should refuse a token whose claims were edited', () => {
    const tokens = createRecruiterTokens(SECRET);
    const [prefix, payload, signature] = tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW }).token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp: number };
    claims.exp += 365 * 24 * 3600;
    const forged = `${prefix}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(tokens.verify(forged, NOW)).toEqual({ valid: false, reason: 'bad-signature' });
  });

  it('should refuse malformed tokens without throwing', () => {
    const tokens = createRecruiterTokens(SECRET);
    for (const token of ['', 'ct1', 'ct1..', 'ct2.a.b', 'ct1.e30.', `ct1.e30.${'A'.repeat(43)}`, 'x'.repeat(5000)]) {
      expect(tokens.verify(token, NOW).valid).toBe(false);
    }
  });

  it('should recognise the secret key and nothing else', () => {
    const tokens = createRecruiterTokens(SECRET);
    expect(tokens.isSecretKey(SECRET)).toBe(true);
    expect(tokens.isSecretKey(`${SECRET} `)).toBe(false);
    expect(tokens.isSecretKey(SECRET.slice(0, -1))).toBe(false);
    expect(tokens.isSecretKey('')).toBe(false);
  });

  it('should mint different tokens in the same second', () => {
    const tokens = createRecruiterTokens(SECRET);
    const first = tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW }).token;
    const second = tokens.mint({ subject: 'x', ttlSeconds: 60, now: NOW }).token;
    expect(first).not.toBe(second);
  });
});
