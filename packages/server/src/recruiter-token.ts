import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'ct1';
const SIGNATURE_BYTES = 32;
/** Domain separation: the token key is derived from, never equal to, the secret key. */
const KEY_CONTEXT = 'coach recruiter token v1';

/** @default 15 minutes */
export const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60;
/** Longest lifetime a caller may ask for. */
export const MAX_TOKEN_TTL_SECONDS = 12 * 60 * 60;

/** What a recruiter token says about its holder. */
export interface RecruiterTokenClaims {
  /** A label for the audit trail, e.g. `dashboard` or a recruiter's name. */
  sub: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
  /** A random id, so that two tokens minted in the same second differ. */
  jti: string;
}

export type VerifyTokenResult =
  | { valid: true; claims: RecruiterTokenClaims }
  | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/**
 * Mints and checks short-lived recruiter tokens: `ct1.<claims>.<HMAC-SHA256>`, base64url,
 * signed with a key derived from the server's secret key. Stateless, so any process sharing
 * the secret key accepts them; changing the secret key revokes them all.
 */
export interface RecruiterTokens {
  mint(options: { subject: string; ttlSeconds: number; now: Date }): { token: string; expiresAt: Date };
  verify(token: string, now: Date): VerifyTokenResult;
  /** Compares a presented secret key with the real one in constant time. */
  isSecretKey(candidate: string): boolean;
}

/** Creates the token signer for `secretKey`. */
export function createRecruiterTokens(secretKey: string): RecruiterTokens {
  const signingKey = createHmac('sha256', secretKey).update(KEY_CONTEXT).digest();
  const secretDigest = createHash('sha256').update(secretKey).digest();
  const sign = (payload: string) => createHmac('sha256', signingKey).update(`${PREFIX}.${payload}`).digest();

  return {
    mint({ subject, ttlSeconds, now }) {
      const iat = Math.floor(now.getTime() / 1000);
      const claims: RecruiterTokenClaims = { sub: subject, iat, exp: iat + ttlSeconds, jti: randomBytes(9).toString('base64url') };
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return { token: `${PREFIX}.${payload}.${sign(payload).toString('base64url')}`, expiresAt: new Date(claims.exp * 1000) };
    },

    verify(token, now) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2] || token.length > 2048) return { valid: false, reason: 'malformed' };
      const [, payload, signature] = parts as [string, string, string];
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, sign(payload))) return { valid: false, reason: 'bad-signature' };
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return { valid: false, reason: 'malformed' };
      }
      if (!isClaims(claims)) return { valid: false, reason: 'malformed' };
      if (claims.exp * 1000 <= now.getTime()) return { valid: false, reason: 'expired' };
      return { valid: true, claims };
    },

    isSecretKey(candidate) {
      // Hashing first makes the comparison length-independent as well as constant-time.
      return timingSafeEqual(createHash('sha256').update(candidate).digest(), secretDigest);
    },
  };
}

function isClaims(value: unknown): value is RecruiterTokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.sub === 'string' &&
    typeof claims.jti === 'string' &&
    Number.isSafeInteger(claims.iat) &&
    Number.isSafeInteger(claims.exp)
  );
}
