import type { Logger } from '@coach/core';
import type { HttpBindings } from '@hono/node-server';
import type { RequestIdVariables } from 'hono/request-id';

/** Who a recruiter request acts as, for the decision audit trail. */
export interface RecruiterIdentity {
  /** `secret-key`, or `token:<subject>` for a recruiter token. */
  actor: string;
}

/** The Hono environment of every Coach route: per-request values set by the middleware. */
export interface AppEnv {
  /** On @hono/node-server, Node's request and response; absent under `app.request()` and other runtimes. */
  Bindings: Partial<HttpBindings>;
  Variables: RequestIdVariables & {
    /** The logger, with nothing request-specific bound. */
    logger: Logger;
    /** Set by the recruiter auth middleware on `/api/reports/…`. */
    recruiter: RecruiterIdentity;
  };
}
