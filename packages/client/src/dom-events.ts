// Event plumbing shared by the Coach web components (`<coach-interview>`, `<coach-recruiter-dashboard>`),
// so both send their events the same way and describe a failed request with the same shape.
import { CoachClientError } from './coach-client-error.js';

/** Dispatches a Coach event the way every Coach element sends one: bubbling and crossing shadow roots. */
export function emitCoachEvent<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}

/** Detail of `coach-error`: a request failed; the element shows the message and offers a retry where one can help. */
export interface CoachErrorDetail {
  /** The server's machine-readable code (`FILE_TOO_LARGE`, `UNAUTHORIZED`, …) or `NETWORK_ERROR`. */
  code: string;
  /** For a person, as the element shows it. */
  message: string;
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
}

export type CoachErrorEvent = CustomEvent<CoachErrorDetail>;

/** The `coach-error` detail for any failure; `message` is what the element shows for it. */
export function coachErrorDetail(error: unknown, message: string): CoachErrorDetail {
  if (CoachClientError.isInstance(error)) return { code: error.code, message, status: error.status };
  return { code: 'INTERNAL_ERROR', message, status: 0 };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-error': CoachErrorEvent;
  }
}
