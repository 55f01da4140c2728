import { randomBytes } from 'node:crypto';
import { hashForLog, type Logger } from '@coach/core';
import type { Context, MiddlewareHandler, Next } from 'hono';
import type { AppEnv } from '../app-env.js';
import { readHeader } from '../request-headers.js';
import { applyPreparedHeaders, prepareResponseHeaders } from '../response-headers.js';

const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;
/** 12 random bytes are exactly 16 base64url characters, so ids can be cut from one long string. */
const ID_BYTES = 12;
const ID_LENGTH = 16;
const IDS_PER_BATCH = 1024;

let batch = '';
let offset = 0;

/**
 * 96 random bits, base64url. Ids are cut from a batch encoded at once: a `randomBytes` call
 * or an encoding per request would cost more than the rest of a small request.
 */
function newRequestId(): string {
  if (offset >= batch.length) {
    batch = randomBytes(ID_BYTES * IDS_PER_BATCH).toString('base64url');
    offset = 0;
  }
  const id = batch.slice(offset, offset + ID_LENGTH);
  offset += ID_LENGTH;
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
 * Gives every request an id (echoed in `X-Request-Id`), gathers the headers other middleware
 * set for the answer (see `setResponseHeader`), and writes one structured log line per
 * request: method, path, status, duration. Query strings are not logged, since filters
 * may carry candidate names.
 */
export function createRequestContext(options: RequestContextOptions): MiddlewareHandler<AppEnv> {
  const { logger } = options;
  const trustIncomingId = options.trustIncomingId ?? true;
  // Not an async function: when everything after it answers at once, so does it (see FusingRouter).
  const middleware = (c: Context<AppEnv>, next: Next) => {
    const started = performance.now();
    const incoming = trustIncomingId ? readHeader(c, 'x-request-id') : undefined;
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : newRequestId();
    c.set('requestId', requestId);
    c.set('logger', logger);
    prepareResponseHeaders(c, { 'x-request-id': requestId });
    const inner = next() as unknown;
    if (inner instanceof Promise) return inner.then(() => finish(c, logger, requestId, started));
    finish(c, logger, requestId, started);
    return undefined;
  };
  return middleware as MiddlewareHandler<AppEnv>;
}

const SESSION_PATH = /^(\/api\/sessions\/)([^/]+)/;

/**
 * The path as logged: a session id is the candidate's capability (whoever has it can answer
 * for them), so it is replaced by a short hash that still matches up a session's lines.
 */
export function pathForLog(path: string): string {
  return path.replace(SESSION_PATH, (_match, prefix: string, id: string) => `${prefix}#${hashForLog(id)}`);
}

/** Once the answer exists: adds the gathered headers to it and logs the request. */
function finish(c: Context<AppEnv>, logger: Logger, requestId: string, started: number): void {
  applyPreparedHeaders(c);
  const status = c.res.status;
  const fields = {
    request_id: requestId,
    method: c.req.method,
    path: pathForLog(c.req.path),
    status,
    duration_ms: Math.round((performance.now() - started) * 10) / 10,
  };
  if (status >= 500) logger.warn('request', fields);
  else logger.info('request', fields);
}
