import type { Logger } from '@coach/core';
import type { PreparedHeaders } from './response-headers.js';

/** Who a recruiter request acts as, for the decision audit trail. */
export interface RecruiterIdentity {
  /** `secret-key`, or `token:<subject>` for a recruiter token. */
  actor: string;
}

/** The Hono environment of every Coach route: per-request values set by the middleware. */
export interface AppEnv {
  Variables: {
    /** The headers of the answer gathered before it exists (see `setResponseHeader`). */
    responseHeaders: PreparedHeaders;
    /** The id of this request, also sent back in `X-Request-Id`. */
    requestId: string;
    /** The logger, with nothing request-specific bound. */
    logger: Logger;
    /** Set by the recruiter auth middleware on `/api/reports/…`. */
    recruiter: RecruiterIdentity;
  };
}
