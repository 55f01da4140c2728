// Two real coach-server processes on one PostgreSQL schema, each running its delivery worker:
// every attempt of every event reaches the receiver from one of them only.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shouldRunPostgresTests, TEST_PG_URL } from '@coach/core/testing';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../core/test/support/webhook-receiver.js';

const runPostgres = await shouldRunPostgresTests();

describe.skipIf(!runPostgres)('webhooks from two coach-server processes on one PostgreSQL', () => {
  const schema = `coach_webhooks_${randomBytes(6).toString('hex')}`;
  let receiver: WebhookReceiver;
  let servers: CoachServerProcess[] = [];

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    const env = {
      DATABASE_URL: TEST_PG_URL,
      COACH_DATABASE_SCHEMA: schema,
      COACH_SPEECH: 'off',
      COACH_WEBHOOK_ALLOW_PRIVATE: '1',
      COACH_WEBHOOK_HTTP_HOSTS: receiver.host,
    };
    // One after the other: the second finds the schema migrated.
    servers.push(await startCoachServer({ allowedOrigin: 'http://127.0.0.1:1', env }));
    servers.push(await startCoachServer({ allowedOrigin: 'http://127.0.0.1:1', env }));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    await receiver?.close();
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  });

  it('should post each event once per attempt, retries included', async () => {
    const [first, second] = servers as [CoachServerProcess, CoachServerProcess];
    const request = async (server: CoachServerProcess, path: string, body: unknown) => {
      const response = await fetch(`${server.origin}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
      return (await response.json()) as Record<string, unknown>;
    };
    const { secret } = (await request(first, '/api/webhooks/', { url: `${receiver.url}/ats`, events: ['interview.completed'] })) as { secret: string };

    const count = 20;
    // The first attempt for every fourth candidate fails, so the retry five seconds later is raced for too.
    receiver.respondWith((webhook, earlier) => {
      const name = (JSON.parse(webhook.body) as { data: { candidate: { name: string } } }).data.candidate.name;
      const seen = earlier.some((before) => before.headers['webhook-id'] === webhook.headers['webhook-id']);
      return !seen && Number(name.split(' ')[1]) % 4 === 0 ? 500 : 200;
    });
    for (let index = 0; index < count; index += 1) {
      await request(index % 2 ? first : second, '/api/reports/create/', {
        candidate_name: `Candidate ${index}`,
        candidate_email: `candidate${index}@example.com`,
        role: 'Backend Engineer',
        overall_score: 7,
      });
    }
    const expected = count + count / 4;
    await receiver.waitFor(expected, 30_000);
    // Time for any duplicate to show up: both workers poll every second.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(receiver.received).toHaveLength(expected);

    const times = new Map<string, number>();
    for (const webhook of receiver.received) {
      const headers = {
        'webhook-id': String(webhook.headers['webhook-id']),
        'webhook-timestamp': String(webhook.headers['webhook-timestamp']),
        'webhook-signature': String(webhook.headers['webhook-signature']),
      };
      expect((new Webhook(secret).verify(webhook.body, headers) as { type: string }).type).toBe('interview.completed');
      times.set(headers['webhook-id'], (times.get(headers['webhook-id']) ?? 0) + 1);
    }
    expect(times.size).toBe(count);
    expect([...times.values()].filter((value) => value === 2)).toHaveLength(count / 4);
    expect([...times.values()].every((value) => value === 1 || value === 2)).toBe(true);
  }, 60_000);
});
