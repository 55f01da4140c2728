import { systemClock, type Coach } from '@coach/core';
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
  const clock = options.now ?? systemClock;
  let cached: { body: string; expiresAt: number } | null = null;
  let loading: Promise<string> | null = null;
  // Kept as text rather than bytes: Node then sends the head and the body in one piece, where
  // bytes would go out as two, which costs more on both ends than encoding the text again.
  const load = async () => JSON.stringify((await coach.templates.list()).map(toDemo));
  const cacheControl = `public, max-age=${Math.floor(cacheMs / 1000)}`;

  const router = createRouter();
  // Registered for the OpenAPI document, served by a plain handler: the cached list is sent
  // as the JSON it was serialized to once, rather than serialized again per request.
  router.openAPIRegistry.registerPath(listDemos);
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': cacheControl };
  return router.get('/demos/', async (c) => {
    const now = clock().getTime();
    if (!cached || cached.expiresAt <= now) {
      // One query however many requests arrive while it runs.
      loading ??= load().finally(() => {
        loading = null;
      });
      cached = { body: await loading, expiresAt: now + cacheMs };
    }
    return c.body(cached.body, 200, headers);
  });
}
