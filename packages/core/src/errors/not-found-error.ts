import { CoachError, markerCheck } from './coach-error.js';

const check = markerCheck('NotFoundError');

/** No entity of that kind has that id (or the caller may not know it exists). */
export class NotFoundError extends CoachError {
  readonly [check.marker] = true;
  readonly entity: string;
  readonly id: string;

  constructor(options: { entity: string; id: string; message?: string }) {
    super({ code: 'NOT_FOUND', message: options.message ?? `No ${options.entity} with that id.` });
    this.name = 'NotFoundError';
    this.entity = options.entity;
    this.id = options.id;
  }

  static override isInstance(error: unknown): error is NotFoundError {
    return check.is(error);
  }
}
