import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import {
  ContinuePseudocodeBodySchema,
  ContinuePseudocodeResponseSchema,
  DsaQuestionResponseSchema,
  SubmitPseudocodeBodySchema,
  SubmitPseudocodeResponseSchema,
} from '../schemas/candidate-schemas.js';
import { CANDIDATE_ERRORS, errorResponses, SessionIdBodySchema } from '../schemas/common-schemas.js';
import { toDsaEvaluation, toDsaQuestion } from '../serializers.js';
import { createRouter } from './create-router.js';

const getDsaQuestion = createRoute({
  method: 'post',
  path: '/get-dsa-question/',
  tags: ['Candidate'],
  summary: 'Start (or resume) the DSA round',
  description: 'Needs every planned question answered. Idempotent: a second call returns the same problem and the conversation so far.',
  request: { body: { required: true, content: { 'application/json': { schema: SessionIdBodySchema } } } },
  responses: {
    200: { description: 'The problem.', content: { 'application/json': { schema: DsaQuestionResponseSchema } } },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 415, 502),
  },
});

const submitPseudocode = createRoute({
  method: 'post',
  path: '/submit-pseudocode/',
  tags: ['Candidate'],
  summary: 'Submit pseudocode for the DSA problem',
  request: { body: { required: true, content: { 'application/json': { schema: SubmitPseudocodeBodySchema } } } },
  responses: {
    200: { description: 'Feedback, a score and maybe a follow-up question.', content: { 'application/json': { schema: SubmitPseudocodeResponseSchema } } },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 413, 415, 502),
  },
});

const continuePseudocode = createRoute({
  method: 'post',
  path: '/continue-pseudocode/',
  tags: ['Candidate'],
  summary: "Answer the interviewer's follow-up in the DSA round",
  request: { body: { required: true, content: { 'application/json': { schema: ContinuePseudocodeBodySchema } } } },
  responses: {
    200: { description: "The interviewer's reply; `done` ends the round.", content: { 'application/json': { schema: ContinuePseudocodeResponseSchema } } },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 413, 415, 502),
  },
});

/** The DSA round: a problem, pseudocode, follow-ups. */
export function createDsaRoutes(coach: Coach) {
  return createRouter()
    .openapi(getDsaQuestion, async (c) => {
      const { session_id } = c.req.valid('json');
      const { round } = await coach.dsa.start({ sessionId: session_id });
      return c.json(toDsaQuestion(round), 200);
    })
    .openapi(submitPseudocode, async (c) => {
      const body = c.req.valid('json');
      const result = await coach.dsa.submitPseudocode({ sessionId: body.session_id, pseudocode: body.pseudocode, abortSignal: c.req.raw.signal });
      return c.json(
        {
          feedback: result.feedback,
          score: result.score,
          follow_up: result.followUp,
          done: result.done,
          evaluation: result.round.evaluation ? toDsaEvaluation(result.round.evaluation) : null,
        },
        200,
      );
    })
    .openapi(continuePseudocode, async (c) => {
      const body = c.req.valid('json');
      const result = await coach.dsa.continue({ sessionId: body.session_id, message: body.message, abortSignal: c.req.raw.signal });
      return c.json(
        { reply: result.reply, follow_up: result.followUp, done: result.done, score: result.round.evaluation?.score ?? null },
        200,
      );
    });
}
