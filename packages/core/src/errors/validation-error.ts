import { CoachError, markerCheck } from './coach-error.js';
import type { CoachErrorCode } from './codes.js';

const check = markerCheck('ValidationError');

/** One problem found in an input. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** The input is wrong; the caller can fix it and try again. */
export class ValidationError extends CoachError {
  readonly [check.marker] = true;
  readonly issues: ValidationIssue[];

  constructor(options: { code?: CoachErrorCode; message: string; issues?: ValidationIssue[]; cause?: unknown }) {
    super({ code: options.code ?? 'VALIDATION_FAILED', message: options.message, cause: options.cause });
    this.name = 'ValidationError';
    this.issues = options.issues ?? [];
  }

  static override isInstance(error: unknown): error is ValidationError {
    return check.is(error);
  }
}
