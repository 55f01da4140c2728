import type { Coach } from '@coach/core';
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../schemas/common-schemas.js';
import { createRouter } from './create-router.js';

const HealthSchema = z
  .object({ status: z.literal('ok'), storage: z.string().openapi({ description: 'The storage adapter, e.g. `kysely-sqlite`.' }) })
  .openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Operations'],
  summary: 'Liveness and storage check',
  responses: {
    200: { description: 'The server and its database answer.', content: { 'application/json': { schema: HealthSchema } } },
    ...errorResponses(503),
  },
});

/** `GET /api/health`: 200 when the database answers a trivial query, 503 otherwise. */
export function createHealthRoutes(coach: Coach) {
  const check = async () => ({ status: 'ok' as const, storage: (await coach.health()).storage });
  return createRouter()
    .openapi(health, async (c) => {
      const body = await check();
      c.header('Cache-Control', 'no-store');
      return c.json(body, 200);
    })
    .openapi({ ...health, path: '/health/', hide: true }, async (c) => {
      const body = await check();
      c.header('Cache-Control', 'no-store');
      return c.json(body, 200);
    });
}
