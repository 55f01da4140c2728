import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import {
  CodeBodySchema,
  RunCodeResponseSchema,
  SubmitCodeResponseSchema,
  ContinuePseudocodeBodySchema,
  ContinuePseudocodeResponseSchema,
  DsaQuestionResponseSchema,
  SubmitPseudocodeBodySchema,
  SubmitPseudocodeResponseSchema,
} from '../schemas/candidate-schemas.js';
import { CANDIDATE_ERRORS, errorResponses, SessionIdBodySchema } from '../schemas/common-schemas.js';
import { toCodeTests, toDsaEvaluation, toDsaQuestion } from '../serializers.js';
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

const runCode = createRoute({
  method: 'post',
  path: '/run-code/',
  tags: ['Candidate'],
  summary: 'Run code against the visible examples',
  description:
    "Runs the code in the sandbox against the problem's visible examples only. Nothing is scored or stored. 404 for an unknown session, 409 DSA_NOT_STARTED before the DSA round, 422 UNSUPPORTED_LANGUAGE for a language not in `question.languages`, 413 CODE_TOO_LONG beyond 20 000 characters.",
  request: { body: { required: true, content: { 'application/json': { schema: CodeBodySchema } } } },
  responses: {
    200: { description: 'Each example: input, expected, actual, error, time.', content: { 'application/json': { schema: RunCodeResponseSchema } } },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 413, 415, 422),
  },
});

const submitCode = createRoute({
  method: 'post',
  path: '/submit-code/',
  tags: ['Candidate'],
  summary: 'Submit code: run every test, score it, continue the discussion',
  description:
    "Runs the visible examples and the hidden tests (hidden cases show only name and pass/fail), stores the submission in the DSA round, and asks the interviewer about the code. Score: 10 × the share of tests passed, minus 2 when the small tests pass but the large inputs time out; when every test passes, blended 85/15 with the interviewer's score of the code. The discussion continues with `continue-pseudocode`. The same code submitted again is not counted twice. 409 DSA_ALREADY_DONE once the round is finished.",
  request: { body: { required: true, content: { 'application/json': { schema: CodeBodySchema } } } },
  responses: {
    200: {
      description: 'The score, feedback, test results and maybe a follow-up question.',
      content: { 'application/json': { schema: SubmitCodeResponseSchema } },
    },
    ...errorResponses(...CANDIDATE_ERRORS, 404, 409, 413, 415, 422, 502),
  },
});

/** The DSA round: a problem, pseudocode or runnable code, follow-ups. */
export function createDsaRoutes(coach: Coach) {
  return createRouter()
    .openapi(getDsaQuestion, async (c) => {
      const { session_id } = c.req.valid('json');
      const { round, code } = await coach.dsa.start({ sessionId: session_id });
      return c.json(toDsaQuestion(round, code), 200);
    })
    .openapi(runCode, async (c) => {
      const body = c.req.valid('json');
      const { evaluation } = await coach.dsa.runCode({ sessionId: body.session_id, language: body.language, code: body.code, abortSignal: c.req.raw.signal });
      return c.json({ status: evaluation.status, message: evaluation.message ?? null, tests: toCodeTests(evaluation) }, 200);
    })
    .openapi(submitCode, async (c) => {
      const body = c.req.valid('json');
      const result = await coach.dsa.submitCode({ sessionId: body.session_id, language: body.language, code: body.code, abortSignal: c.req.raw.signal });
      const { evaluation } = result;
      return c.json(
        {
          score: result.score,
          feedback: result.feedback,
          status: evaluation.status,
          message: evaluation.message ?? null,
          timing_note: evaluation.timingNote ?? null,
          tests: toCodeTests(evaluation),
          follow_up: result.followUp,
          done: result.done,
        },
        200,
      );
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
      return c.json({ reply: result.reply, follow_up: result.followUp, done: result.done, score: result.round.evaluation?.score ?? null }, 200);
    });
}
