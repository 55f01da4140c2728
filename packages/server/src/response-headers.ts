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
export function prepareResponseHeaders(c: Context, headers: Record<string, string> = {}): void {
  c.set('responseHeaders', { headers } satisfies PreparedHeaders);
}

/** Header names as the code spells them, lowercased once: `toLowerCase()` per call costs a new string and a lookup. */
const lowercaseNames = new Map<string, string>();
const MAX_NAMES = 256;

function lowercase(name: string): string {
  let key = lowercaseNames.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    // Names come from the code, so this stays small; a caller passing made-up names only stops the caching.
    if (lowercaseNames.size < MAX_NAMES) lowercaseNames.set(name, key);
  }
  return key;
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
  const key = lowercase(name);
  const existing = prepared.headers[key];
  prepared.headers[key] = options?.append && existing ? `${existing}, ${value}` : value;
}

/** A fixed set of headers for {@link setResponseHeaders}, with its names lowercased once. */
export type HeaderSet = readonly (readonly [lowercaseName: string, value: string])[];

/** Lowercases the names of a fixed set of headers, for {@link setResponseHeaders}. */
export function headerSet(headers: readonly (readonly [string, string])[]): HeaderSet {
  return headers.map(([name, value]) => [name.toLowerCase(), value] as const);
}

/** Sets every header of a fixed set, as {@link setResponseHeader} would one by one. */
export function setResponseHeaders(c: Context, headers: HeaderSet): void {
  const prepared = c.get('responseHeaders') as PreparedHeaders | undefined;
  if (!prepared || c.finalized) {
    for (const [name, value] of headers) c.header(name, value);
    return;
  }
  const target = prepared.headers;
  for (let index = 0; index < headers.length; index += 1) {
    const header = headers[index]!;
    target[header[0]] = header[1];
  }
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
