import type { Coach } from '@coach/core';
import { PermissionError } from '@coach/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { getClientIp, type TrustProxy } from '../client-ip.js';

/** Limits per client and window. The counters live in storage, so every process sharing the database shares them. */
export interface RateLimitOptions {
  /** @default 60000 (one minute) */
  windowMs?: number;
  /** Requests per window to the candidate routes together. @default 120 */
  candidate?: number;
  /** Resume uploads (new interviews) per window. @default 10 */
  upload?: number;
  /** Text-to-speech requests per window. @default 60 */
  speech?: number;
  /** Recruiter token requests per window, and failed recruiter auth on any route per window (guessing the secret key). @default 10 */
  auth?: number;
  /** Code runs and submissions together per window (each costs sandbox CPU). @default 30 */
  code?: number;
}

export const DEFAULT_RATE_LIMITS: Required<RateLimitOptions> = {
  windowMs: 60_000,
  candidate: 120,
  upload: 10,
  speech: 60,
  auth: 10,
  code: 30,
};

export interface RateLimitMiddlewareOptions {
  coach: Coach;
  /** A name for the counter, part of the storage key. */
  bucket: string;
  limit: number;
  windowMs: number;
  trustProxy: TrustProxy;
  now: () => Date;
}

/**
 * Counts each request against `bucket` for the client's address (an IPv6 client by its /64,
 * since one host usually owns the whole prefix) and answers 429 with `Retry-After` over the
 * limit.
 */
export function createRateLimit(options: RateLimitMiddlewareOptions): MiddlewareHandler<AppEnv> {
  const { coach, bucket, limit, windowMs, trustProxy, now } = options;
  return async (c, next) => {
    const client = rateLimitSubject(getClientIp(c, trustProxy));
    const at = now();
    const { count, resetAt } = await coach.rateLimits.hit({ key: `${bucket}:${client}`, windowMs, at });
    if (count > limit) throw rateLimited(resetAt, at);
    return next();
  };
}

/** Counts failed attempts (wrong credentials) per client; see `createRecruiterAuth`. */
export interface FailureLimit {
  /** Throws `RATE_LIMITED` once the client's failures in this window reached the limit. */
  assertAllowed(c: Context<AppEnv>): Promise<void>;
  /** Counts one failure for the client. */
  countFailure(c: Context<AppEnv>): Promise<void>;
}

/**
 * A limit on failures only: successes are free, but once a client has failed `limit` times
 * in a window every attempt is refused until the window ends, a right guess included (else
 * the limit would not slow guessing down). Shares the bucket's counter with `createRateLimit`.
 */
export function createFailureLimit(options: RateLimitMiddlewareOptions): FailureLimit {
  const { coach, bucket, limit, windowMs, trustProxy, now } = options;
  const keyOf = (c: Context<AppEnv>) => `${bucket}:${rateLimitSubject(getClientIp(c, trustProxy))}`;
  return {
    async assertAllowed(c) {
      const at = now();
      const { count, resetAt } = await coach.rateLimits.peek({ key: keyOf(c), windowMs, at });
      if (count >= limit) throw rateLimited(resetAt, at);
    },
    async countFailure(c) {
      await coach.rateLimits.hit({ key: keyOf(c), windowMs, at: now() });
    },
  };
}

function rateLimited(resetAt: string, at: Date): PermissionError {
  const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(resetAt) - at.getTime()) / 1000));
  return new PermissionError({ code: 'RATE_LIMITED', message: `Too many requests. Try again in ${retryAfterSeconds} s.`, retryAfterSeconds });
}

/** The part of an address that identifies one client: IPv4 as is, IPv6 by its /64 prefix. */
export function rateLimitSubject(ip: string): string {
  if (!ip.includes(':')) return ip;
  const groups = expandIpv6(ip);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

function expandIpv6(ip: string): string[] | null {
  const address = ip.split('%')[0] ?? ip;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
