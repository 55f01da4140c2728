/** Detail of `coach-session-start`: a resume was accepted and the interview began. */
export interface CoachSessionStartDetail {
  sessionId: string;
  /** The chosen interview (template) id, when one was chosen. */
  templateId: string | null;
  /** The role the server detected from the resume. */
  role: string;
  totalQuestions: number;
}

export type CoachSessionStartEvent = CustomEvent<CoachSessionStartDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-session-start': CoachSessionStartEvent;
  }
}
