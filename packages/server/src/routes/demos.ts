import type { Coach } from '@coach/core';
import { createRoute } from '@hono/zod-openapi';
import { DemoListSchema } from '../schemas/candidate-schemas.js';
import { errorResponses } from '../schemas/common-schemas.js';
import { toDemo } from '../serializers.js';
import { createRouter } from './create-router.js';

/**
 * How long a process reuses the demo list. Every page load asks for it and templates only
 * change when someone seeds them, so a few seconds of staleness buys a query per request.
 */
export const DEMOS_CACHE_MS = 5_000;

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
export function createDemosRoutes(coach: Coach, options: { cacheMs?: number; now?: () => Date } = {}) {
  const cacheMs = options.cacheMs ?? DEMOS_CACHE_MS;
  const clock = options.now ?? (() => new Date());
  type Demo = ReturnType<typeof toDemo>;
  let cached: { demos: Demo[]; expiresAt: number } | null = null;
  let loading: Promise<Demo[]> | null = null;
  const load = async () => (await coach.templates.list()).map(toDemo);

  return createRouter().openapi(listDemos, async (c) => {
    const now = clock().getTime();
    let demos = cached && cached.expiresAt > now ? cached.demos : null;
    if (demos === null) {
      // One query however many requests arrive while it runs.
      loading ??= load().finally(() => {
        loading = null;
      });
      demos = await loading;
      cached = { demos, expiresAt: now + cacheMs };
    }
    c.header('Cache-Control', `public, max-age=${Math.floor(cacheMs / 1000)}`);
    return c.json(demos, 200);
  });
}
