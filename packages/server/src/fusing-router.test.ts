import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { FusingRouter } from './fusing-router.js';

function createAppWith(router: FusingRouter) {
  const log: string[] = [];
  const app = new Hono({ router });
  app.use('*', async (c, next) => {
    log.push('outer:before');
    await next();
    log.push(`outer:after:${c.res.status}`);
    c.res.headers.set('x-outer', 'seen');
  });
  app.use('/api/*', (c, next) => {
    if (c.req.header('x-refuse')) return Promise.resolve(c.json({ refused: true }, 403));
    return next();
  });
  app.get('/api/sync/', (c) => c.json({ ok: true }));
  app.post('/api/sync/', (c) => c.json({ posted: true }, 201));
  app.get('/api/async/', async (c) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return c.json({ ok: 'later' });
  });
  app.get('/api/throws/', () => {
    throw new Error('boom');
  });
  app.get('/api/rejects/', async () => {
    throw new Error('later boom');
  });
  app.get('/api/items/:id/', (c) => c.json({ id: c.req.param('id') }));
  app.get('/api/items/special/', (c) => c.json({ special: true }));
  const onError = (error: Error, c: Parameters<Parameters<typeof app.onError>[0]>[1]) => c.json({ error: error.message }, 500);
  app.onError(onError);
  router.onError = onError;
  return { app, log };
}

describe('FusingRouter', () => {
  it('should answer a fixed path through every layer without a promise when every layer answers at once', async () => {
    const { app, log } = createAppWith(new FusingRouter());
    // The outer middleware here is async, so the answer is a promise; the order is what matters.
    const response = await app.request('/api/sync/');
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('x-outer')).toBe('seen');
    expect(log).toEqual(['outer:before', 'outer:after:200']);

    const syncApp = new Hono({ router: new FusingRouter() });
    syncApp.use('*', (c, next) => next());
    syncApp.get('/fast/', (c) => c.text('fast'));
    (syncApp.router as FusingRouter).onError = (error, c) => c.text(error.message, 500);
    const answer = syncApp.fetch(new Request('http://localhost/fast/'));
    expect(answer).toBeInstanceOf(Response);
    expect(await (answer as Response).text()).toBe('fast');
  });

  it('should keep the semantics of compose: early answers, async handlers, thrown and rejected errors', async () => {
    const { app, log } = createAppWith(new FusingRouter());
    const refused = await app.request('/api/sync/', { headers: { 'x-refuse': '1' } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-outer')).toBe('seen');
    expect(await (await app.request('/api/async/')).json()).toEqual({ ok: 'later' });
    for (const path of ['/api/throws/', '/api/rejects/']) {
      const failed = await app.request(path);
      expect(failed.status).toBe(500);
      // The outer layer sees the error answer, as with Hono's compose.
      expect(failed.headers.get('x-outer')).toBe('seen');
    }
    expect(log.filter((line) => line.startsWith('outer:after'))).toEqual(['outer:after:403', 'outer:after:200', 'outer:after:500', 'outer:after:500']);
    expect((await app.request('/api/nothing/')).status).toBe(404);
  });

  it('should leave paths with parameters to Hono, matching in registration order as Hono does', async () => {
    const { app } = createAppWith(new FusingRouter());
    expect(await (await app.request('/api/items/42/')).json()).toEqual({ id: '42' });
    expect(await (await app.request('/api/items/special/')).json()).toEqual({ id: 'special' });
    expect(await (await app.request('/api/items/7/')).json()).toEqual({ id: '7' });
  });

  it('should remember a path per method', async () => {
    const { app } = createAppWith(new FusingRouter());
    for (let round = 0; round < 2; round += 1) {
      expect(await (await app.request('/api/sync/')).json()).toEqual({ ok: true });
      const posted = await app.request('/api/sync/', { method: 'POST' });
      expect(posted.status).toBe(201);
      expect(await posted.json()).toEqual({ posted: true });
      expect((await app.request('/api/sync/', { method: 'DELETE' })).status).toBe(404);
    }
  });

  it('should answer the same after its memory of matches starts over', async () => {
    const { app } = createAppWith(new FusingRouter({ maxEntries: 2 }));
    for (let round = 0; round < 3; round += 1) {
      for (const id of ['a', 'b', 'c']) expect(await (await app.request(`/api/items/${id}/`)).json()).toEqual({ id });
      expect(await (await app.request('/api/sync/')).json()).toEqual({ ok: true });
    }
  });
});
