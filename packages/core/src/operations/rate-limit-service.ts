import type { CoachContext } from '../internal/context.js';

/** Fixed-window counters kept in storage, so limits hold across server processes. */
export interface RateLimitService {
  /**
   * Counts one hit for `key` in the current window of `windowMs` and returns the count after
   * this hit and when the window ends. Every concurrent hit is counted exactly once.
   */
  hit(options: { key: string; windowMs: number; /** @default the Coach's clock */ at?: Date }): Promise<{ count: number; resetAt: string }>;
  /** The count of `key`'s current window, without counting a hit. */
  peek(options: { key: string; windowMs: number; /** @default the Coach's clock */ at?: Date }): Promise<{ count: number; resetAt: string }>;
}

export function createRateLimitService(context: CoachContext): RateLimitService {
  return {
    hit: ({ key, windowMs, at }) => context.storage.rateLimits.hit({ key, windowMs, now: (at ?? context.now()).toISOString() }),
    peek: ({ key, windowMs, at }) => context.storage.rateLimits.peek({ key, windowMs, now: (at ?? context.now()).toISOString() }),
  };
}
