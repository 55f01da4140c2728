/** Detail of `coach-error`: a request failed; the widget shows the message and offers a retry where one can help. */
export interface CoachErrorDetail {
  /** The server's machine-readable code (`FILE_TOO_LARGE`, `RATE_LIMITED`, …) or `NETWORK_ERROR`. */
  code: string;
  /** For a person, as the widget shows it. */
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
