import { ProviderError } from '../errors/index.js';
import { abortReason, raceAbort, throwIfAborted } from './abort.js';

/**
 * Runs one model call with a deadline. The call gets a signal that aborts when the caller's
 * signal aborts or the deadline passes. A caller abort rethrows the caller's reason; a missed
 * deadline becomes a retryable `ProviderError` with code `PROVIDER_TIMEOUT`, whatever the
 * adapter threw (or even if it ignored the signal and never settled).
 */
export async function callWithTimeout<T>(
  call: (signal: AbortSignal) => Promise<T>,
  options: { timeoutMs: number; provider: string; signal?: AbortSignal },
): Promise<T> {
  throwIfAborted(options.signal);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('The language model call timed out.', 'TimeoutError')), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  try {
    return await raceAbort(
      Promise.resolve().then(() => call(signal)),
      signal,
    );
  } catch (error) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    if (deadline.signal.aborted) throw timeoutError(options.provider, options.timeoutMs, error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The error for a model call that missed its deadline. */
export function timeoutError(provider: string, timeoutMs: number, cause?: unknown): ProviderError {
  return new ProviderError({
    code: 'PROVIDER_TIMEOUT',
    message: `The language model did not answer within ${formatSeconds(timeoutMs)}.`,
    provider,
    isRetryable: true,
    cause,
  });
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
