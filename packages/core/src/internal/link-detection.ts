// Shared by the invite checks: model-derived text must not carry a link into an email. Every
// host-like token counts (any top-level domain, not a list of common ones: new gTLDs such as
// `.jobs`, `.support` or `.cloud` are as easy to register as `.com`), as do bare IP addresses,
// schemes and scheme-relative `//host` references.

/** Dots that read as `.` to a person but are other code points, which NFKC does not all fold. */
const DOT_LOOKALIKES = /[\u3002\uff61\u2024\ufe52\u0701\u0702\u2e3c]/g;
/** Invisible characters that could split a token so that a pattern misses it. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Text as a reader sees it, for scanning: NFKC (fullwidth `．` and `ｈｔｔｐ` become ASCII),
 * dot look-alikes as `.`, invisible characters removed.
 */
export function normalizeForScan(text: string): string {
  return text.normalize('NFKC').replace(DOT_LOOKALIKES, '.').replace(INVISIBLE, '');
}

const LINK_PATTERNS: RegExp[] = [
  // Any scheme with `//`, and the schemes that need none.
  /\b[a-z][a-z0-9+.-]{0,30}:\/\//i,
  /\b(?:mailto|javascript|data|file|tel|sms|callto|vbscript):/i,
  // Scheme-relative: `//evil.example`, `?next=//evil`.
  /(?:^|[^:/])\/\/[^\s/]/,
  /\bwww\d{0,3}\./i,
  // A bare IPv4 address, or an IPv6 one in brackets.
  /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)/,
  /\[[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]/i,
];

/** A host name: labels joined by dots, the last one (the TLD) starting with a letter, 2+ characters. */
const HOST = /(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62})(?![\w-])/gi;

/**
 * Technology names shaped like hosts, which roles and résumés are full of. `.js` is not a
 * top-level domain, so `Node.js` and friends cannot be one.
 */
const HOST_SHAPED_TERMS = new Set(['asp.net', 'ado.net', 'vb.net']);
const isTechnologyName = (token: string) => HOST_SHAPED_TERMS.has(token.toLowerCase()) || /\.js$/i.test(token);

/**
 * The link-like pieces of `text` (after `normalizeForScan`): URLs with any scheme, `//host`,
 * `www.`, IP addresses, and every host-like token (`hr-portal.cloud`, `acme-careers.jobs/x`)
 * except technology names such as `ASP.NET` or `Node.js`. Empty when there are none.
 */
export function findLinks(text: string): string[] {
  const normalized = normalizeForScan(text);
  const found: string[] = [];
  for (const pattern of LINK_PATTERNS) {
    const match = pattern.exec(normalized);
    if (match) found.push(match[0].trim());
  }
  for (const match of normalized.matchAll(HOST)) {
    const token = match[1] ?? '';
    if (!isTechnologyName(token)) found.push(token);
  }
  return found;
}

const SENSITIVE_REQUESTS: RegExp[] = [
  /\b(?:credit|debit|bank|payment)[\s-]*card/i,
  /\bcard[\s-]*(?:number|details|no\b)/i,
  /\b(?:cvv|cvc|cvv2|iban|swift code|routing number|sort code)\b/i,
  /\bsocial[\s-]*security\b/i,
  /\bssn\b/i,
  /\b(?:bank|account)[\s-]*(?:details|number|login)\b/i,
  /\b(?:password|passcode|one[\s-]*time[\s-]*code|verification code|pin code)\b/i,
  /\b(?:gift[\s-]*cards?|wire[\s-]*transfer|bitcoin|crypto(?:currency)? wallet)\b/i,
  /\bpassport (?:number|scan|copy)\b/i,
];

/** Whether `text` asks for (or mentions) payment data, identity numbers or credentials. */
export function mentionsSensitiveData(text: string): boolean {
  const normalized = normalizeForScan(text);
  return SENSITIVE_REQUESTS.some((pattern) => pattern.test(normalized));
}
