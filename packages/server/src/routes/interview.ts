import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { FinalFeedbackResponseSchema, SubmitAnswerBodySchema, SubmitAnswerResponseSchema } from '../schemas/candidate-schemas.js';
import { CANDIDATE_ERRORS, errorResponses, SessionIdBodySchema } from '../schemas/common-schemas.js';
import { toEvaluation, toFeedbackQuestion, toQuestion } from '../serializers.js';
import { createRouter } from './create-router.js';

const submitAnswer = createRoute({
  method: 'post',
  path: '/submit-answer-and-get-next/',
  tags: ['Candidate'],
  summary: 'Answer the current question and get the next one',
  description:
    'The answer is stored before it is evaluated, so a failed evaluation can be retried with the same call. ' +
    'A second answer to the same question is refused with 409 `QUESTION_ALREADY_ANSWERED`.',
  request: { body: { required: true, content: { 'application/json': { schema: SubmitAnswerBodySchema } } } },
  responses: {
    200: {
      description: 'The evaluation and the next question (null after the last).',
      content: { 'application/json': { schema: SubmitAnswerResponseSchema } },
    },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 413, 415, 502),
  },
});

const finalFeedback = createRoute({
  method: 'post',
  path: '/get-final-feedback/',
  tags: ['Candidate'],
  summary: 'Get the overall feedback once every question is answered',
  description: 'Idempotent: computed once, then returned as stored. Creates (or updates) the report recruiters see.',
  request: { body: { required: true, content: { 'application/json': { schema: SessionIdBodySchema } } } },
  responses: {
    200: { description: 'The overall feedback.', content: { 'application/json': { schema: FinalFeedbackResponseSchema } } },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 415, 502),
  },
});

/** The question-and-answer part of the interview. */
export function createInterviewRoutes(coach: Coach) {
  return createRouter()
    .openapi(submitAnswer, async (c) => {
      const body = c.req.valid('json');
      const result = await coach.interviews.submitAnswer({
        sessionId: body.session_id,
        questionId: body.question_id,
        answer: body.answer,
        abortSignal: c.req.raw.signal,
      });
      return c.json(
        {
          evaluation: toEvaluation(result.evaluation),
          next_question: result.nextQuestion ? toQuestion(result.nextQuestion) : null,
          is_final: result.isFinal,
          question_number: result.questionNumber,
          total_questions: result.totalQuestions,
        },
        200,
      );
    })
    .openapi(finalFeedback, async (c) => {
      const { session_id } = c.req.valid('json');
      const { session, feedback, turns, report } = await coach.interviews.getFinalFeedback({ sessionId: session_id, abortSignal: c.req.raw.signal });
      return c.json(
        {
          overall_score: feedback.overallScore,
          summary: feedback.summary,
          strengths: feedback.strengths,
          improvements: feedback.improvements,
          questions: turns.filter((turn) => turn.answer !== null).map(toFeedbackQuestion),
          report_id: report.id,
          include_dsa: session.plan.includeDsa,
        },
        200,
      );
    });
}
