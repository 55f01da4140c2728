import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Which reverse proxies in front of the server may speak for the client in `X-Forwarded-For`
 * and `X-Forwarded-Proto`. `false` (the default) ignores those headers entirely, since any
 * client can send them. A number is how many proxies append to them (`true` means one). A
 * list of addresses or CIDR ranges (`{ proxies: ['10.0.0.0/8', '::1'] }`) believes the
 * headers only from a peer in the list, and walks `X-Forwarded-For` from the right past the
 * listed proxies.
 */
export type TrustProxy = boolean | number | TrustedProxies;

/** Proxies named by address: single IPs or CIDR ranges, IPv4 or IPv6. */
export interface TrustedProxies {
  proxies: readonly string[];
}

/**
 * Parses `10.0.0.0/8`, `192.168.1.7`, `fd00::/8` or `::1` into a checked range; null when it is
 * not one (a malformed address or a prefix out of range).
 */
export function parseProxyRange(value: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText, extra] = value.trim().split('/');
  if (extra !== undefined) return null;
  const version = isIP(address);
  if (version === 0) return null;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: max, family };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { address, prefix: Number(prefixText), family };
}

const blockLists = new WeakMap<TrustedProxies, BlockList>();

/** The proxies as a `BlockList` (built once per configuration); malformed entries match nothing. */
function proxyList(trusted: TrustedProxies): BlockList {
  let list = blockLists.get(trusted);
  if (!list) {
    list = new BlockList();
    for (const entry of trusted.proxies) {
      const range = parseProxyRange(entry);
      if (range) list.addSubnet(range.address, range.prefix, range.family);
    }
    blockLists.set(trusted, list);
  }
  return list;
}

function isTrustedAddress(list: BlockList, ip: string): boolean {
  const version = isIP(ip);
  if (version === 0) return false;
  const address = normalizeIp(ip);
  return list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/** The socket's peer, from @hono/node-server's connection info; undefined off Node (e.g. `app.request()` without bindings). */
function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The client's IP address: the socket's peer, or, behind `trustProxy` proxies, the address
 * the outermost trusted proxy saw (counted from the right of `X-Forwarded-For`, so a client
 * cannot choose its own key by sending the header).
 */
export function getClientIp(c: Context, trustProxy: TrustProxy = false): string {
  const candidate = readTrustedForwarded(c, 'x-forwarded-for', trustProxy);
  // Only a real address may become a rate-limit key: anything else falls back to the peer.
  if (candidate && isIP(candidate) !== 0) return normalizeIp(candidate);
  const remote = peerAddress(c);
  return remote ? normalizeIp(remote) : 'unknown';
}

function normalizeIp(ip: string): string {
  const trimmed = ip.slice(0, 64).toLowerCase();
  // Node reports IPv4 peers of a dual-stack socket as IPv4-mapped IPv6.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * Whether the client reached Coach over HTTPS: the socket is TLS, or, behind `trustProxy`
 * proxies, the outermost trusted proxy says so in `X-Forwarded-Proto` (read like
 * `X-Forwarded-For`, so a client cannot claim it). Otherwise the request URL tells:
 * @hono/node-server gives it the `https:` scheme exactly when the socket is TLS.
 */
export function isSecureRequest(c: Context, trustProxy: TrustProxy = false): boolean {
  const proto = readTrustedForwarded(c, 'x-forwarded-proto', trustProxy);
  if (proto) return proto.toLowerCase() === 'https';
  return c.req.url.startsWith('https:');
}

/**
 * The entry of a comma-separated `X-Forwarded-*` header written by the outermost trusted
 * proxy, counted from the right (each proxy appends), so a client cannot choose it by sending
 * the header itself. Undefined when no proxy is trusted or the header is missing.
 */
function readTrustedForwarded(c: Context, header: string, trustProxy: TrustProxy): string | undefined {
  const hops = trustedHops(c, trustProxy);
  if (hops === 0) return undefined;
  const forwarded = c.req.header(header);
  if (!forwarded) return undefined;
  const chain = forwarded
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)];
}

/**
 * How many entries of `X-Forwarded-*`, from the right, trusted proxies wrote. With a list of
 * proxies: none unless the peer is one of them, then one more for each listed proxy address
 * at the right end of `X-Forwarded-For`.
 */
function trustedHops(c: Context, trustProxy: TrustProxy): number {
  if (trustProxy === false) return 0;
  if (trustProxy === true) return 1;
  if (typeof trustProxy === 'number') return Number.isFinite(trustProxy) ? Math.max(0, Math.floor(trustProxy)) : 0;
  const list = proxyList(trustProxy);
  const peer = peerAddress(c);
  if (!peer || !isTrustedAddress(list, peer)) return 0;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  let hops = 1;
  for (let index = chain.length - 1; index > 0 && isTrustedAddress(list, chain[index] ?? ''); index -= 1) hops += 1;
  return hops;
}
