import { ProviderError } from '../errors/index.js';
import { sleep as realSleep, throwIfAborted } from './abort.js';

/** Waits between attempts; injectable so tests do not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** How long to wait between attempts of one model call. */
export interface RetryPolicy {
  /** Attempts in total, the first included (1 = no retry). */
  maxAttempts: number;
  /** Ceiling of the first backoff; it doubles with each further attempt. @default 500 */
  baseDelayMs: number;
  /** Ceiling of any computed backoff. @default 8000 */
  maxDelayMs: number;
  /** The longest `Retry-After` honoured; longer requests wait this long. @default 30000 */
  maxRetryAfterMs: number;
}

/** The backoff used unless a caller overrides it. */
export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, 'maxAttempts'> = {
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** Details passed to `onRetry` before each wait. */
export interface RetryEvent {
  /** The attempt that failed (1-based). */
  attempt: number;
  delayMs: number;
  error: ProviderError;
}

/** True when another attempt may succeed: a `ProviderError` marked retryable. */
export function isRetryable(error: unknown): error is ProviderError {
  return ProviderError.isInstance(error) && error.isRetryable;
}

/**
 * The wait before the next attempt: the provider's `Retry-After` when it gave one (capped),
 * otherwise exponential backoff with full jitter (a uniform draw below the doubling ceiling),
 * which spreads the retries of many concurrent callers instead of synchronising them.
 */
export function retryDelayMs(attempt: number, error: ProviderError, policy: Omit<RetryPolicy, 'maxAttempts'>, random: () => number = Math.random): number {
  if (error.retryAfterSeconds !== undefined && Number.isFinite(error.retryAfterSeconds) && error.retryAfterSeconds >= 0) {
    return Math.min(Math.ceil(error.retryAfterSeconds * 1000), policy.maxRetryAfterMs);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Runs `operation` until it succeeds, fails with an error that is not retryable, or uses up
 * `policy.maxAttempts`; the last error is rethrown unchanged. An abort of `signal` stops the
 * waiting at once.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: {
    policy: RetryPolicy;
    signal?: AbortSignal;
    sleep?: Sleep;
    random?: () => number;
    onRetry?: (event: RetryEvent) => void;
  },
): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  const maxAttempts = Math.max(1, Math.floor(options.policy.maxAttempts));
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(options.signal);
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error) || options.signal?.aborted) throw error;
      const delayMs = retryDelayMs(attempt, error, options.policy, options.random);
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, options.signal);
    }
  }
}
