import type { Coach } from '@coach/core';
import { createRoute, z } from '@hono/zod-openapi';
import { SessionStateResponseSchema } from '../schemas/candidate-schemas.js';
import { errorResponses, plainString } from '../schemas/common-schemas.js';
import { toSessionState } from '../serializers.js';
import { createRouter } from './create-router.js';

const getSession = createRoute({
  method: 'get',
  path: '/sessions/{id}/',
  tags: ['Candidate'],
  summary: 'The state of a session, to resume it after a reload',
  request: {
    params: z.object({
      id: plainString(128)
        .pipe(z.string().min(1))
        .openapi({ param: { name: 'id', in: 'path' }, description: 'The session id.' }),
    }),
  },
  responses: {
    200: { description: 'Where the session stands.', content: { 'application/json': { schema: SessionStateResponseSchema } } },
    ...errorResponses(400, 403, 404, 409, 429, 503),
  },
});

/** `GET /api/sessions/{id}/`. */
export function createSessionsRoutes(coach: Coach) {
  return createRouter().openapi(getSession, async (c) => {
    const { id } = c.req.valid('param');
    const state = await coach.interviews.getState({ sessionId: id });
    c.header('Cache-Control', 'no-store');
    return c.json(toSessionState(state, state.dsa ? coach.dsa.codeOptions(state.dsa.problem.id) : null), 200);
  });
}
