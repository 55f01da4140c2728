import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { headers?: Record<string, string | string[] | undefined> };
}

/**
 * A request header, read from Node's already-parsed `IncomingMessage.headers` when the app
 * runs on @hono/node-server. Reading `c.req.header()` there makes the adapter build a Fetch
 * `Headers` object for the whole request, which costs more than the rest of a small request;
 * elsewhere (other runtimes, `app.request()` in tests) it falls back to `c.req.header()`.
 */
export function readHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeBindings | undefined)?.incoming?.headers;
  if (!incoming) return c.req.header(name);
  const value = incoming[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
