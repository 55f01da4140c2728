import { createCoach, silentLogger } from '@coach/core';
import { createSqliteStorage } from '@coach/core/storage/kysely';
import { createApp } from '../src/index.ts';
const coach = await createCoach({ storage: createSqliteStorage({ filename: '/tmp/prof.db' }), textRecognizer: null, speechModel: null, logger: silentLogger });
await coach.templates.seedStarterTemplates();
const app = createApp(coach, { secretKey: 'x'.repeat(32), rateLimit: false, logger: silentLogger, pages: false });
async function time(name: string, fn: () => Promise<unknown>, n = 500) {
  for (let i = 0; i < 50; i++) await fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(name, ((performance.now() - t) / n).toFixed(3), 'ms');
}
await time('templates.list', () => coach.templates.list());
await time('storage.templates.list', () => coach.context.storage.templates.list());
await time('health', () => app.request('/api/health'));
await time('demos', () => app.request('/api/demos/'));
await time('openapi', () => app.request('/api/openapi.json'));
await coach.close();
