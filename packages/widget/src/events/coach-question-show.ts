import type { QuestionKind } from '../api/api-types.js';

/** Detail of `coach-question-show`: a question is now shown to the candidate. */
export interface CoachQuestionShowDetail {
  sessionId: string;
  questionId: string;
  text: string;
  kind: QuestionKind;
  /** 1-based. */
  questionNumber: number;
  totalQuestions: number;
}

export type CoachQuestionShowEvent = CustomEvent<CoachQuestionShowDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-question-show': CoachQuestionShowEvent;
  }
}
