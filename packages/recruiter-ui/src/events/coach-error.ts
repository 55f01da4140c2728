/**
 * Detail of `coach-error`: a request failed; the dashboard shows the message and offers a
 * retry. The same shape as `<coach-interview>`'s `coach-error`.
 */
export interface CoachErrorDetail {
  /** The server's machine-readable code (`UNAUTHORIZED`, `NOT_FOUND`, …) or `NETWORK_ERROR`. */
  code: string;
  /** For a person, as the dashboard shows it. */
  message: string;
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
}

export type CoachErrorEvent = CustomEvent<CoachErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-error': CoachErrorEvent;
  }
}
