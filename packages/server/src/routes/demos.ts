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
  let cached: { json: string; expiresAt: number } | null = null;
  let loading: Promise<string> | null = null;
  const load = async () => JSON.stringify((await coach.templates.list()).map(toDemo));
  const cacheControl = `public, max-age=${Math.floor(cacheMs / 1000)}`;

  const router = createRouter();
  // Registered for the OpenAPI document, served by a plain handler: the cached list is sent
  // as the JSON text it was serialized to once, rather than serialized again per request.
  router.openAPIRegistry.registerPath(listDemos);
  return router.get('/demos/', async (c) => {
    const now = clock().getTime();
    let json = cached && cached.expiresAt > now ? cached.json : null;
    if (json === null) {
      // One query however many requests arrive while it runs.
      loading ??= load().finally(() => {
        loading = null;
      });
      json = await loading;
      cached = { json, expiresAt: now + cacheMs };
    }
    return c.body(json, 200, { 'Content-Type': 'application/json', 'Cache-Control': cacheControl });
  });
}
