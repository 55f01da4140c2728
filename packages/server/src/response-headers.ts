import type { Context } from 'hono';

/** The headers of one answer, gathered before it exists. Names are lowercase. */
export interface PreparedHeaders {
  headers: Record<string, string>;
  /** The answer `respond` built with them, which needs nothing added. */
  answer?: Response;
}

/**
 * Where the headers of the answer are gathered while the request runs (installed by the
 * request context middleware).
 *
 * Hono's `c.header()` keeps a Fetch `Headers` object for the answer, and Node's
 * `setHeader()` a header table on the `ServerResponse`; on @hono/node-server either costs
 * more than a small JSON route itself. A plain object, handed over with the answer, costs
 * next to nothing: `respond` builds the answer with it, and `applyPreparedHeaders` adds it to
 * any other answer once the handler is done.
 */
export function prepareResponseHeaders(c: Context): void {
  c.set('responseHeaders', { headers: {} } satisfies PreparedHeaders);
}

/**
 * Sets a header of the answer before or while the handler runs; the handler's own headers
 * win, as with `c.header()`. Without the request context middleware, or once the answer
 * exists, it is `c.header()`.
 */
export function setResponseHeader(c: Context, name: string, value: string, options?: { append?: boolean }): void {
  const prepared = c.get('responseHeaders') as PreparedHeaders | undefined;
  if (!prepared || c.finalized) {
    c.header(name, value, options);
    return;
  }
  const key = name.toLowerCase();
  const existing = prepared.headers[key];
  prepared.headers[key] = options?.append && existing ? `${existing}, ${value}` : value;
}

/**
 * An answer with the prepared headers and `headers` (lowercase names; they win), built in
 * one piece: the fast path for hot routes.
 */
export function respond(c: Context, body: string, status: number, headers: Readonly<Record<string, string>>): Response {
  const prepared = c.get('responseHeaders') as PreparedHeaders | undefined;
  if (!prepared) return c.body(body, status as 200, headers);
  const merged = prepared.headers;
  for (const name in headers) merged[name] = headers[name]!;
  const answer = new Response(body, { status, headers: merged });
  prepared.answer = answer;
  return answer;
}

/** Adds the prepared headers the handler's answer does not set itself. */
export function applyPreparedHeaders(c: Context): void {
  const prepared = c.get('responseHeaders') as PreparedHeaders | undefined;
  if (!prepared || c.res === prepared.answer) return;
  try {
    addMissing(c.res.headers, prepared.headers);
  } catch {
    // The answer's headers are immutable (a fetched or redirect response): copy it first.
    c.res = new Response(c.res.body, c.res);
    addMissing(c.res.headers, prepared.headers);
  }
}

function addMissing(headers: Headers, prepared: Record<string, string>): void {
  for (const name in prepared) {
    const value = prepared[name]!;
    if (!headers.has(name)) headers.set(name, value);
    else if (name === 'vary') headers.append(name, value);
  }
}
