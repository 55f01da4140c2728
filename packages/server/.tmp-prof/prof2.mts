import { createCoach, silentLogger } from '@coach/core';
import { createSqliteStorage } from '@coach/core/storage/kysely';
import { Hono } from 'hono';
import { createApp } from '../src/index.ts';
const coach = await createCoach({ storage: createSqliteStorage({ filename: '/tmp/prof.db' }), textRecognizer: null, speechModel: null, logger: silentLogger });
await coach.templates.seedStarterTemplates();
const app = createApp(coach, { secretKey: 'x'.repeat(32), rateLimit: false, logger: silentLogger, pages: false });
const list = await coach.templates.list();
const json = JSON.stringify(list);
const bare = new Hono().get('/api/demos/', (c) => c.json(list));
async function time(name: string, fn: () => Promise<unknown>, n = 2000) {
  for (let i = 0; i < 200; i++) await fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(name.padEnd(30), ((performance.now() - t) / n * 1000).toFixed(0), 'µs');
}
await time('bare hono', () => bare.request('/api/demos/'));
await time('templates.list', () => coach.templates.list());
await time('404', () => app.request('/api/nope/'));
await time('demos', () => app.request('/api/demos/'));
await time('JSON.parse+stringify', async () => JSON.stringify(JSON.parse(json)));
await coach.close();
