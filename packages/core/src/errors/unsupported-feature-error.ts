import { CoachError, markerCheck } from './coach-error.js';
import type { CoachErrorCode } from './codes.js';

const check = markerCheck('UnsupportedFeatureError');

/** The configured adapters cannot do this (no vision, no OCR, no mailer…). */
export class UnsupportedFeatureError extends CoachError {
  readonly [check.marker] = true;
  readonly feature: string;

  constructor(options: { feature: string; message: string; code?: CoachErrorCode }) {
    super({ code: options.code ?? 'UNSUPPORTED_FEATURE', message: options.message });
    this.name = 'UnsupportedFeatureError';
    this.feature = options.feature;
  }

  static override isInstance(error: unknown): error is UnsupportedFeatureError {
    return check.is(error);
  }
}
