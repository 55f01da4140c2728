/** Detail of `coach-session-complete`: the report is ready. */
export interface CoachSessionCompleteDetail {
  sessionId: string;
  /** The stored report's id, which a recruiter sees in the dashboard. */
  reportId: string | null;
  /** 0–10. */
  overallScore: number;
}

export type CoachSessionCompleteEvent = CustomEvent<CoachSessionCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-session-complete': CoachSessionCompleteEvent;
  }
}
