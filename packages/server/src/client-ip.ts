import type { Context } from 'hono';
import { readHeader } from './request-headers.js';

/**
 * How many reverse proxies in front of the server append to `X-Forwarded-For`. `false` (the
 * default) ignores the header entirely, since any client can send it; `true` means one.
 */
export type TrustProxy = boolean | number;

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's IP address: the socket's peer, or, behind `trustProxy` proxies, the address
 * the outermost trusted proxy saw (counted from the right of `X-Forwarded-For`, so a client
 * cannot choose its own key by sending the header).
 */
export function getClientIp(c: Context, trustProxy: TrustProxy = false): string {
  const candidate = readTrustedForwarded(c, 'x-forwarded-for', trustProxy);
  if (candidate) return normalizeIp(candidate);
  const bindings = c.env as NodeBindings | undefined;
  const remote = bindings?.incoming?.socket?.remoteAddress;
  return remote ? normalizeIp(remote) : 'unknown';
}

function normalizeIp(ip: string): string {
  const trimmed = ip.slice(0, 64).toLowerCase();
  // Node reports IPv4 peers of a dual-stack socket as IPv4-mapped IPv6.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

interface TlsBindings {
  incoming?: { socket?: { encrypted?: boolean } };
}

/**
 * Whether the client reached Coach over HTTPS: the socket is TLS, or, behind `trustProxy`
 * proxies, the outermost trusted proxy says so in `X-Forwarded-Proto` (read like
 * `X-Forwarded-For`, so a client cannot claim it). Off Node, the request URL tells.
 */
export function isSecureRequest(c: Context, trustProxy: TrustProxy = false): boolean {
  const proto = readTrustedForwarded(c, 'x-forwarded-proto', trustProxy);
  if (proto) return proto.toLowerCase() === 'https';
  const incoming = (c.env as TlsBindings | undefined)?.incoming;
  if (incoming) return incoming.socket?.encrypted === true;
  return c.req.url.startsWith('https:');
}

/**
 * The entry of a comma-separated `X-Forwarded-*` header written by the outermost trusted
 * proxy, counted from the right (each proxy appends), so a client cannot choose it by sending
 * the header itself. Undefined when no proxy is trusted or the header is missing.
 */
function readTrustedForwarded(c: Context, header: string, trustProxy: TrustProxy): string | undefined {
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : Math.max(0, Math.floor(trustProxy));
  if (hops === 0) return undefined;
  const forwarded = readHeader(c, header);
  if (!forwarded) return undefined;
  const chain = forwarded.split(',').map((entry) => entry.trim()).filter(Boolean);
  return chain[Math.max(0, chain.length - hops)];
}
