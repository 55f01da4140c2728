import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
/** Standard Webhooks asks for 24 to 64 bytes of key; 32 matches the HMAC-SHA256 block use. */
const SECRET_BYTES = 32;

/** A new endpoint secret: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** Whether `value` has the form of a secret from `generateWebhookSecret` (at least 24 bytes of key). */
export function isWebhookSecret(value: string): boolean {
  if (!value.startsWith(SECRET_PREFIX)) return false;
  const key = value.slice(SECRET_PREFIX.length);
  return /^[A-Za-z0-9+/]+={0,2}$/.test(key) && Buffer.from(key, 'base64').length >= 24;
}

/** The headers of one signed request. */
export interface WebhookSignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Signs a webhook body as the Standard Webhooks specification says: for each secret,
 * `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` keyed with the secret's decoded bytes;
 * several signatures are separated by spaces (during a secret rotation both are sent).
 *
 * @param timestamp seconds since the epoch
 */
export function signWebhook(options: { id: string; timestamp: number; body: string; secrets: readonly string[] }): WebhookSignatureHeaders {
  const timestamp = String(Math.floor(options.timestamp));
  const signed = `${options.id}.${timestamp}.${options.body}`;
  const signatures = options.secrets.map((secret) => {
    const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
    return `v1,${createHmac('sha256', key).update(signed, 'utf8').digest('base64')}`;
  });
  return { 'webhook-id': options.id, 'webhook-timestamp': timestamp, 'webhook-signature': signatures.join(' ') };
}
