import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { DemoListSchema } from '../schemas/candidate-schemas.js';
import { errorResponses } from '../schemas/common-schemas.js';
import { toDemo } from '../serializers.js';
import { createRouter } from './create-router.js';

const listDemos = createRoute({
  method: 'get',
  path: '/demos/',
  tags: ['Candidate'],
  summary: 'List the interviews a candidate can choose',
  responses: {
    200: { description: 'The demos (interview templates).', content: { 'application/json': { schema: DemoListSchema } } },
    ...errorResponses(403, 429, 503),
  },
});

/** `GET /api/demos/`: the interview templates. */
export function createDemosRoutes(coach: Coach) {
  return createRouter().openapi(listDemos, async (c) => {
    const templates = await coach.templates.list();
    return c.json(templates.map(toDemo), 200);
  });
}
