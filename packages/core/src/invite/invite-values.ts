import { findLinks, mentionsSensitiveData, normalizeForScan } from '../internal/link-detection.js';
import type { InviteEmailInput } from '../prompts/tasks.js';

/** Longest role title an invite names; a real one is a few words. */
export const MAX_INVITE_ROLE_LENGTH = 80;
/** Longest candidate name an invite greets. */
export const MAX_INVITE_NAME_LENGTH = 80;

const LINE_BREAKS_AND_CONTROLS = /[\p{Cc}\u2028\u2029]/u;

/**
 * What is wrong with a model-derived value (a role title, a name) as data for an email:
 * too long, line breaks or control characters, a link or host of any kind, an email
 * address, or a request for card numbers or credentials. Empty when it may be used.
 */
export function checkInviteValue(value: string, options: { maxLength: number }): string[] {
  const problems: string[] = [];
  const text = normalizeForScan(value);
  if (text.trim().length > options.maxLength) problems.push(`longer than ${options.maxLength} characters`);
  if (LINE_BREAKS_AND_CONTROLS.test(value)) problems.push('contains line breaks or control characters');
  if (findLinks(text).length > 0) problems.push('contains a link');
  if (text.includes('@')) problems.push('contains an email address');
  if (mentionsSensitiveData(text)) problems.push('mentions payment or identity data');
  return problems;
}

/**
 * The invite's input with every model-derived value checked as data: a role or name that
 * fails `checkInviteValue` is left out (the invite then says "the position" / "Dear there"),
 * never passed on. `problems` says what was dropped, for the log.
 */
export function safeInviteInput(input: InviteEmailInput): { input: InviteEmailInput; problems: string[] } {
  const problems: string[] = [];
  const check = (field: string, value: string, maxLength: number): string => {
    const found = checkInviteValue(value, { maxLength });
    if (found.length === 0) return value.trim();
    problems.push(`${field}: ${found.join(', ')}`);
    return '';
  };
  const role = check('role', input.role, MAX_INVITE_ROLE_LENGTH);
  const candidateName = check('candidateName', input.candidateName, MAX_INVITE_NAME_LENGTH);
  const strengths = input.strengths.filter((strength) => checkInviteValue(strength, { maxLength: 300 }).length === 0);
  return { input: { ...input, role, candidateName, strengths }, problems };
}
