/** Detail of `coach-answer-evaluate`: the server evaluated an answer. */
export interface CoachAnswerEvaluateDetail {
  sessionId: string;
  questionId: string;
  /** 0–10. */
  score: number;
  feedback: string;
  evidence: string[];
  /** Whether this was the last question. */
  isFinal: boolean;
}

export type CoachAnswerEvaluateEvent = CustomEvent<CoachAnswerEvaluateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-answer-evaluate': CoachAnswerEvaluateEvent;
  }
}
