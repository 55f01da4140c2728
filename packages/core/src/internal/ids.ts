import { randomBytes } from 'node:crypto';

/** An unguessable id: 128 random bits, base64url (22 characters). Used for sessions and everything else. */
export function createId(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether a string has the shape of an id from `createId` (cheap rejection of garbage before a lookup). */
export function isIdShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(value);
}
