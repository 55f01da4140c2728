import { lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { ValidationError } from '../errors/validation-error.js';

/** Who may be called: the operator's relaxations of the default (public `https://` targets only). */
export interface WebhookTargetPolicy {
  /** Allow private, loopback and link-local addresses (`COACH_WEBHOOK_ALLOW_PRIVATE=1`). */
  allowPrivate: boolean;
  /** Host names (lower case, with `:port` when not the default) that may be called over plain `http://`. */
  allowedHttpHosts: readonly string[];
}

const MAX_URL_LENGTH = 2000;

// Addresses a server-side request must never reach unless the operator allows it: this
// machine, the private networks behind it, link-local (cloud metadata at 169.254.169.254) and
// ranges that are not unicast on the internet.
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is private, loopback, link-local or otherwise not a public unicast address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  // The URL parser writes every spelling of an IPv6 address one way (0:0:0:0:0:ffff:7f00:1 → ::ffff:7f00:1).
  let canonical: string;
  try {
    // A zone (fe80::1%eth0) only says which interface; the address decides.
    canonical = new URL(`http://[${address.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
  } catch {
    return true;
  }
  // IPv4-mapped (::ffff:127.0.0.1) and IPv4-compatible forms reach the IPv4 address.
  const mapped = /^(?:0{0,4}:){0,5}(?:ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(canonical.replace(/^::/, '0:'));
  if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
  const hexMapped = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(canonical);
  if (hexMapped?.[1] && hexMapped[2]) {
    const high = Number.parseInt(hexMapped[1], 16);
    const low = Number.parseInt(hexMapped[2], 16);
    return blocked.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  return blocked.check(canonical, 'ipv6');
}

function hostKey(url: URL): string {
  return url.host.toLowerCase();
}

/**
 * Checks a target URL against the policy without resolving it: `https://` (or `http://` for an
 * allowed host), no credentials, and no private IP literal or `localhost` unless allowed.
 * Returns the normalised URL; throws `ValidationError` otherwise.
 */
export function checkWebhookUrl(value: string, policy: WebhookTargetPolicy): string {
  const fail = (message: string) => new ValidationError({ message: `The webhook URL ${message}.`, issues: [{ path: 'url', message }] });
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) throw fail(`must be 1 to ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('is not a valid URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowedHttpHosts.map((host) => host.toLowerCase()).includes(hostKey(url)))) {
    throw fail('must use https:// (plain http:// only for hosts the operator allows)');
  }
  if (url.username || url.password) throw fail('must not contain credentials');
  url.hash = '';
  if (!policy.allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if ((isIP(host) && isPrivateAddress(host)) || host === 'localhost' || host.endsWith('.localhost')) {
      throw fail('points to a private, loopback or link-local address');
    }
  }
  return url.toString();
}

/** An error for a target refused by the policy at connection time. */
export class WebhookTargetRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookTargetRefusedError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/**
 * A `lookup` for `http.request` that resolves the host and refuses it when any of its
 * addresses is private (unless allowed). The connection then goes to the checked address, so
 * a DNS answer that changes between the check and the connect (rebinding) cannot slip through.
 */
export function createGuardedLookup(policy: WebhookTargetPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    lookup(hostname, { all: true, ...(options.family ? { family: Number(options.family) || 0 } : {}) }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = policy.allowPrivate ? [] : addresses.filter((entry) => isPrivateAddress(entry.address));
      if (refused.length > 0 || addresses.length === 0) {
        const refusal = new WebhookTargetRefusedError(`Refused: ${hostname} resolves to a private, loopback or link-local address.`) as NodeJS.ErrnoException;
        refusal.code = 'ECOACHREFUSED';
        return callback(refusal, []);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}
