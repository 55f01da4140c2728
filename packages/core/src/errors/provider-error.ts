import { CoachError, markerCheck } from './coach-error.js';
import type { CoachErrorCode } from './codes.js';

const check = markerCheck('ProviderError');

/** Status codes worth another attempt: timeouts, conflicts, rate limits and server errors. */
export function isRetryableStatus(statusCode: number | undefined): boolean {
  if (statusCode === undefined) return false;
  return statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500;
}

/** A third-party service (language model, speech, mail) failed or answered with something unusable. */
export class ProviderError extends CoachError {
  readonly [check.marker] = true;
  readonly provider: string;
  readonly statusCode: number | undefined;
  readonly isRetryable: boolean;
  readonly responseBody: string | undefined;
  /** Seconds the provider asked us to wait (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(options: {
    code?: CoachErrorCode;
    message: string;
    provider: string;
    statusCode?: number;
    isRetryable?: boolean;
    responseBody?: string;
    retryAfterSeconds?: number;
    cause?: unknown;
  }) {
    super({ code: options.code ?? 'PROVIDER_ERROR', message: options.message, cause: options.cause });
    this.name = 'ProviderError';
    this.provider = options.provider;
    this.statusCode = options.statusCode;
    this.isRetryable = options.isRetryable ?? isRetryableStatus(options.statusCode);
    this.responseBody = options.responseBody;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static override isInstance(error: unknown): error is ProviderError {
    return check.is(error);
  }
}
