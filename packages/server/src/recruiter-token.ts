import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import { JwtTokenSignatureMismatched } from 'hono/utils/jwt/types';

/** Domain separation: the token key is derived from, never equal to, the secret key. */
const KEY_CONTEXT = 'coach recruiter token v1';
/** The `aud` of every recruiter token, so that no other JWT signed with a related key passes. */
export const RECRUITER_TOKEN_AUDIENCE = 'coach-recruiter';
const ALGORITHM = 'HS256';
const MAX_TOKEN_LENGTH = 2048;

/** @default 15 minutes */
export const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60;
/** Longest lifetime a caller may ask for. */
export const MAX_TOKEN_TTL_SECONDS = 12 * 60 * 60;

/** What a recruiter token says about its holder. */
export interface RecruiterTokenClaims {
  /** A label for the audit trail, e.g. `dashboard` or a recruiter's name. */
  sub: string;
  /** Always {@link RECRUITER_TOKEN_AUDIENCE}. */
  aud: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
  /** A random id, so that two tokens minted in the same second differ. */
  jti: string;
}

export type VerifyTokenResult = { valid: true; claims: RecruiterTokenClaims } | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/**
 * Mints and checks short-lived recruiter tokens: HS256 JWTs (`hono/jwt`) for the audience
 * `coach-recruiter`, signed with a key derived from the server's secret key. Stateless, so any
 * process sharing the secret key accepts them; changing the secret key revokes them all.
 */
export interface RecruiterTokens {
  mint(options: { subject: string; ttlSeconds: number; now: Date }): Promise<{ token: string; expiresAt: Date }>;
  /**
   * Checks the signature and audience first, then the lifetime against `now` (the app's
   * clock), so that `expired` is only ever said of a token this server really minted.
   */
  verify(token: string, now: Date): Promise<VerifyTokenResult>;
  /** Compares a presented secret key with the real one in constant time. */
  isSecretKey(candidate: string): boolean;
}

/** Creates the token signer for `secretKey`. */
export function createRecruiterTokens(secretKey: string): RecruiterTokens {
  const signingKey = createHmac('sha256', secretKey).update(KEY_CONTEXT).digest('base64url');
  const secretDigest = createHash('sha256').update(secretKey).digest();

  return {
    async mint({ subject, ttlSeconds, now }) {
      const iat = Math.floor(now.getTime() / 1000);
      const claims: RecruiterTokenClaims = {
        sub: subject,
        aud: RECRUITER_TOKEN_AUDIENCE,
        iat,
        exp: iat + ttlSeconds,
        jti: randomBytes(9).toString('base64url'),
      };
      return { token: await sign({ ...claims }, signingKey, ALGORITHM), expiresAt: new Date(claims.exp * 1000) };
    },

    async verify(token, now) {
      if (token.length > MAX_TOKEN_LENGTH) return { valid: false, reason: 'malformed' };
      let payload: unknown;
      try {
        // hono/jwt would check the times against the system clock, and before the signature;
        // they are checked below, once the token is known to be ours.
        payload = await verify(token, signingKey, { alg: ALGORITHM, aud: RECRUITER_TOKEN_AUDIENCE, exp: false, nbf: false, iat: false });
      } catch (error) {
        return { valid: false, reason: error instanceof JwtTokenSignatureMismatched ? 'bad-signature' : 'malformed' };
      }
      if (!isClaims(payload)) return { valid: false, reason: 'malformed' };
      if (payload.exp * 1000 <= now.getTime()) return { valid: false, reason: 'expired' };
      return { valid: true, claims: payload };
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
    claims.aud === RECRUITER_TOKEN_AUDIENCE &&
    typeof claims.jti === 'string' &&
    Number.isSafeInteger(claims.iat) &&
    Number.isSafeInteger(claims.exp)
  );
}
