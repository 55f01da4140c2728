import { ValidationError } from '../errors/index.js';

/**
 * Trims text a candidate typed (an answer, pseudocode, a message) and enforces its limits.
 *
 * @throws ValidationError `TEXT_TOO_LONG` above `maxLength` characters, `VALIDATION_FAILED`
 *   for a non-string or, with `required`, for blank text.
 */
export function validateCandidateText(value: unknown, options: { path: string; maxLength: number; required?: boolean }): string {
  const { path, maxLength } = options;
  if (typeof value !== 'string') {
    throw new ValidationError({ message: `The ${path} must be text.`, issues: [{ path, message: 'must be a string' }] });
  }
  const text = value.trim();
  if (options.required && text.length === 0) {
    throw new ValidationError({ message: `The ${path} is empty.`, issues: [{ path, message: 'must not be blank' }] });
  }
  if (text.length > maxLength) {
    throw new ValidationError({
      code: 'TEXT_TOO_LONG',
      message: `The ${path} is too long: at most ${maxLength} characters are accepted.`,
      issues: [{ path, message: `longer than ${maxLength} characters` }],
    });
  }
  return text;
}

/** Rejects a missing options object with a `ValidationError` rather than a `TypeError`. */
export function requireOptions<T extends object>(options: T): T {
  if (options === null || typeof options !== 'object') {
    throw new ValidationError({ message: 'Options are required.', issues: [{ path: '', message: 'must be an object' }] });
  }
  return options;
}
