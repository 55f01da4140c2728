import { randomBytes } from 'node:crypto';
import { hashForLog, type Logger } from '@coach/core';
import type { Context, MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { AppEnv } from '../app-env.js';

/** Ids a proxy may hand us: stricter than hono/request-id's own rule, so that logs hold no one-letter or oddly spelled ids. */
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const HEADER = 'X-Request-Id';

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
 * Gives every request an id with `hono/request-id` (96 random bits, base64url, or a
 * well-formed incoming one), echoes it in `X-Request-Id`, and writes one structured log line
 * per request: method, path, status, duration. Query strings are not logged, since filters
 * may carry candidate names.
 */
export function createRequestContext(options: RequestContextOptions): MiddlewareHandler<AppEnv> {
  const { logger } = options;
  const trustIncomingId = options.trustIncomingId ?? true;
  // The incoming id is checked by the generator, against our rule, so the middleware reads no
  // header itself (`headerName: ''`); the id is sent back once the answer exists.
  const assignId = requestId({
    headerName: '',
    generator: (c) => {
      const incoming = trustIncomingId ? c.req.header(HEADER) : undefined;
      return incoming && INCOMING_ID.test(incoming) ? incoming : randomBytes(12).toString('base64url');
    },
  });
  return async (c, next) => {
    const started = performance.now();
    c.set('logger', logger);
    await assignId(c, next);
    // On the final answer, so that answers built afresh (a 304, a preflight) carry it too.
    c.header(HEADER, c.get('requestId'));
    log(c, logger, started);
  };
}

const SESSION_PATH = /^(\/api\/sessions\/)([^/]+)/;

/**
 * The path as logged: a session id is the candidate's capability (whoever has it can answer
 * for them), so it is replaced by a short hash that still matches up a session's lines.
 */
export function pathForLog(path: string): string {
  return path.replace(SESSION_PATH, (_match, prefix: string, id: string) => `${prefix}#${hashForLog(id)}`);
}

function log(c: Context<AppEnv>, logger: Logger, started: number): void {
  const status = c.res.status;
  const fields = {
    request_id: c.get('requestId'),
    method: c.req.method,
    path: pathForLog(c.req.path),
    status,
    duration_ms: Math.round((performance.now() - started) * 10) / 10,
  };
  if (status >= 500) logger.warn('request', fields);
  else logger.info('request', fields);
}
