import { randomBytes } from 'node:crypto';
import type { Logger } from '@coach/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { readHeader } from '../request-headers.js';

const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const ID_BYTES = 12;

let pool = Buffer.alloc(0);
let offset = 0;

/** 96 random bits, base64url. Drawn from a pooled buffer: one `randomBytes` call per request costs more than the rest of a small request. */
function newRequestId(): string {
  if (offset + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * 256);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + ID_BYTES);
  offset += ID_BYTES;
  return id;
}

export interface RequestContextOptions {
  logger: Logger;
  /**
   * Accept a well-formed `X-Request-Id` from the client (e.g. set by a proxy) instead of
   * minting one, so that logs line up across hops.
   * @default true
   */
  trustIncomingId?: boolean;
}

/**
 * Gives every request an id (echoed in `X-Request-Id`) and writes one structured log line
 * per request: method, path, status, duration. Query strings are not logged, since filters
 * may carry candidate names.
 */
export function createRequestContext(options: RequestContextOptions): MiddlewareHandler<AppEnv> {
  const { logger } = options;
  const trustIncomingId = options.trustIncomingId ?? true;
  return async (c, next) => {
    const started = performance.now();
    const incoming = trustIncomingId ? readHeader(c, 'x-request-id') : undefined;
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : newRequestId();
    c.set('requestId', requestId);
    c.set('logger', logger);
    // Set before the handler, so the answer is built with it rather than rebuilt afterwards.
    c.header('X-Request-Id', requestId);
    await next();
    const status = c.res.status;
    const fields = {
      request_id: requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      duration_ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.warn('request', fields);
    else logger.info('request', fields);
  };
}
