import type { CoachSchemas } from '@coach/client';

/** Detail of `coach-question-show`: a question is now shown to the candidate. */
export interface CoachQuestionShowDetail {
  sessionId: string;
  questionId: string;
  text: string;
  kind: CoachSchemas['Question']['kind'];
  /** 1-based, among the planned questions; a follow-up has the number of the question it follows. */
  questionNumber: number;
  /** Planned questions (follow-ups do not add to it). */
  totalQuestions: number;
  /** Whether this asks more about the previous answer. */
  isFollowUp: boolean;
}

export type CoachQuestionShowEvent = CustomEvent<CoachQuestionShowDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coach-question-show': CoachQuestionShowEvent;
  }
}
