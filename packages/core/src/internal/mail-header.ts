// Shared by the mailers and the services that hand them names, subjects and addresses: mail
// headers are line-based, so a CR or LF inside a value could start a header of its own.

const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]+/gu;

const LOCAL_PART = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL_ADDRESS = new RegExp(`^${LOCAL_PART}@${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})+$`);

/**
 * Makes a value safe for a one-line header (a display name or a subject): every run of
 * control characters, CR and LF included, becomes one space, and the ends are trimmed.
 */
export function sanitizeHeaderText(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Whether `value` is one plain mailbox address (`local@example.com`): no display name, no
 * list, no whitespace, quotes, angle brackets or control characters, at most 254 characters (64 before the `@`).
 */
export function isValidEmailAddress(value: string): boolean {
  return value.length <= 254 && value.indexOf('@') <= 64 && EMAIL_ADDRESS.test(value);
}
