import type { CoachErrorCode } from './codes.js';

const MARKER = Symbol.for('coach.error.CoachError');

/** Options shared by every Coach error. */
export interface CoachErrorOptions {
  code: CoachErrorCode;
  message: string;
  cause?: unknown;
}

/**
 * Base class of every error Coach throws on purpose. Check with the static `isInstance`
 * (it works across duplicate package copies), then switch on `code`.
 */
export class CoachError extends Error {
  readonly [MARKER] = true;
  readonly code: CoachErrorCode;

  constructor({ code, message, cause }: CoachErrorOptions) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CoachError';
    this.code = code;
  }

  static isInstance(error: unknown): error is CoachError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[MARKER] === true;
  }
}

/** Builds a subclass marker check so `isInstance` works across package copies. */
export function markerCheck(name: string) {
  const marker = Symbol.for(`coach.error.${name}`);
  return {
    marker,
    is(error: unknown): boolean {
      return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
    },
  };
}
