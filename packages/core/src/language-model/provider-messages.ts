const MAX_DETAIL_LENGTH = 300;

// Shapes of credentials that providers sometimes echo back in error messages.
const SECRET_PATTERNS = [
  /\bAIza[0-9A-Za-z_-]{20,}/g, // Google API keys
  /\bsk-[A-Za-z0-9_*.-]{6,}/g, // OpenAI-style keys, including masked echoes such as sk-abc***xyz
  /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /([?&](?:key|api_key|apikey|access_token)=)[^&\s]+/gi,
];

/**
 * Makes a provider's error text safe to show a person: removes the configured secrets and
 * anything shaped like a credential, collapses whitespace, and shortens it.
 */
export function safeProviderDetail(text: string, secrets: (string | undefined)[] = []): string {
  let safe = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) safe = safe.split(secret).join('[redacted]');
  }
  for (const pattern of SECRET_PATTERNS) {
    safe = safe.replace(pattern, (match, prefix: unknown) => (typeof prefix === 'string' && match.startsWith(prefix) ? `${prefix}[redacted]` : '[redacted]'));
  }
  safe = safe.replace(/\s+/g, ' ').trim();
  return safe.length > MAX_DETAIL_LENGTH ? `${safe.slice(0, MAX_DETAIL_LENGTH - 1)}…` : safe;
}

/**
 * Reads a `Retry-After` header (delta-seconds or an HTTP date), or a `retry-after-ms` header,
 * as seconds; undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers | undefined, now: () => number = Date.now): number | undefined {
  if (!headers) return undefined;
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null && /^\d+(\.\d+)?$/.test(milliseconds.trim())) return Number(milliseconds) / 1000;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now()) / 1000);
}
