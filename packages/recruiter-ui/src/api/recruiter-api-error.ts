/** Options of {@link RecruiterApiError}. */
export interface RecruiterApiErrorOptions {
  /** The server's machine-readable code (`NOT_FOUND`, `UNAUTHORIZED`, …) or `NETWORK_ERROR`. */
  code: string;
  message: string;
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  cause?: unknown;
}

/** A recruiter request that failed: the server's `{ error: { code, message } }`, or a network failure. */
export class RecruiterApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(options: RecruiterApiErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RecruiterApiError';
    this.code = options.code;
    this.status = options.status;
  }

  /** Whether `error` is one, also across duplicate package copies. */
  static isInstance(error: unknown): error is RecruiterApiError {
    return error instanceof Error && error.name === 'RecruiterApiError' && typeof (error as RecruiterApiError).code === 'string';
  }
}
