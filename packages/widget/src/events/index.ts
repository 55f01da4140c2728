export type { CoachSessionStartDetail, CoachSessionStartEvent } from './coach-session-start.js';
export type { CoachQuestionShowDetail, CoachQuestionShowEvent } from './coach-question-show.js';
export type { CoachAnswerEvaluateDetail, CoachAnswerEvaluateEvent } from './coach-answer-evaluate.js';
export type { CoachSessionCompleteDetail, CoachSessionCompleteEvent } from './coach-session-complete.js';
export type { CoachErrorDetail, CoachErrorEvent } from '@coach/client';

import type { CoachAnswerEvaluateDetail } from './coach-answer-evaluate.js';
import type { CoachErrorDetail } from '@coach/client';
import type { CoachQuestionShowDetail } from './coach-question-show.js';
import type { CoachSessionCompleteDetail } from './coach-session-complete.js';
import type { CoachSessionStartDetail } from './coach-session-start.js';

/** Every event `<coach-interview>` dispatches, by name, with its detail type. */
export interface CoachInterviewEventDetails {
  'coach-session-start': CoachSessionStartDetail;
  'coach-question-show': CoachQuestionShowDetail;
  'coach-answer-evaluate': CoachAnswerEvaluateDetail;
  'coach-session-complete': CoachSessionCompleteDetail;
  'coach-error': CoachErrorDetail;
}
