// The webhook routes over HTTP, with the delivery worker of `serve()` posting to a real
// receiver on loopback and `standardwebhooks` verifying what arrives.
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve } from '../src/node.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../core/test/support/webhook-receiver.js';
import { createTestApp, errorOf, SECRET_KEY, type TestApp } from './test-app.js';

const auth = { authorization: `Bearer ${SECRET_KEY}` };

/** A new app on the same database: `serve().close()` closed the Coach of the first. */
async function reopen(previous: TestApp): Promise<TestApp> {
  const { createCoach } = await import('@coach/core');
  const { createApp } = await import('../src/index.js');
  const storage = await previous.testStorage.openPeer();
  const coach = await createCoach({
    storage,
    textRecognizer: null,
    speechModel: null,
    codeRunner: null,
    mailer: null,
    migrate: false,
    settings: previous.coach.settings,
  });
  return { ...previous, coach, app: createApp(coach, { secretKey: SECRET_KEY, rateLimit: false }) };
}

function send(t: TestApp, method: string, path: string, body?: unknown) {
  return t.app.request(path, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('/api/webhooks/', () => {
  let receiver: WebhookReceiver;
  let t: TestApp;

  beforeEach(async () => {
    receiver = await startWebhookReceiver();
    t = await createTestApp({
      coach: { mailer: null, speechModel: null, codeRunner: null, settings: { webhookAllowPrivateTargets: true, webhookAllowedHttpHosts: [receiver.host] } },
    });
  });
  afterEach(async () => {
    await receiver.close();
    await t.close();
  });

  it('should refuse requests without recruiter credentials', async () => {
    for (const [method, path] of [
      ['GET', '/api/webhooks/'],
      ['POST', '/api/webhooks/'],
      ['GET', '/api/webhooks/abc/deliveries/'],
    ] as const) {
      const response = await t.app.request(path, { method });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it('should add an endpoint, show its secret once, send a signed test event through the worker and list the attempt', async () => {
    const created = await send(t, 'POST', '/api/webhooks/', {
      url: `${receiver.url}/coach`,
      events: ['interview.completed', 'report.deleted'],
      description: 'ATS',
    });
    expect(created.status).toBe(201);
    const endpoint = (await created.json()) as { id: string; url: string; events: string[]; enabled: boolean; secret: string };
    expect(endpoint).toMatchObject({ url: `${receiver.url}/coach`, events: ['interview.completed', 'report.deleted'], enabled: true, description: 'ATS' });
    expect(endpoint.secret).toMatch(/^whsec_/);

    const listed = (await (await send(t, 'GET', '/api/webhooks/')).json()) as { endpoints: Record<string, unknown>[] };
    expect(listed.endpoints).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);

    const running = await serve(t.app, {
      port: 0,
      hostname: '127.0.0.1',
      coach: t.coach,
      handleSignals: false,
      maintenanceIntervalMs: 0,
      webhookIntervalMs: 50,
    });
    try {
      const test = await send(t, 'POST', `/api/webhooks/${endpoint.id}/test/`);
      expect(test.status).toBe(202);
      expect(await test.json()).toMatchObject({ event_type: 'webhook.test', status: 'queued', attempts: 0 });
      const report = await send(t, 'POST', '/api/reports/create/', {
        candidate_name: 'Ada Lovelace',
        candidate_email: 'ada@example.com',
        role: 'Backend Engineer',
        overall_score: 8,
      });
      expect(report.status).toBe(201);
      const { id: reportId } = (await report.json()) as { id: string };

      const received = await receiver.waitFor(2);
      const payloads = received.map((webhook) =>
        new Webhook(endpoint.secret).verify(webhook.body, {
          'webhook-id': String(webhook.headers['webhook-id']),
          'webhook-timestamp': String(webhook.headers['webhook-timestamp']),
          'webhook-signature': String(webhook.headers['webhook-signature']),
        }),
      ) as { type: string; data: Record<string, unknown> }[];
      expect(payloads.map((payload) => payload.type).sort()).toEqual(['interview.completed', 'webhook.test']);
      expect(payloads.find((payload) => payload.type === 'interview.completed')?.data).toMatchObject({
        report_id: reportId,
        candidate: { name: 'Ada Lovelace' },
      });
      // Stopping the server stops the worker (and closes the Coach).
    } finally {
      await running.close();
    }
    t = await reopen(t);

    const page = await send(t, 'GET', `/api/webhooks/${endpoint.id}/deliveries/?limit=1`);
    expect(page.status).toBe(200);
    const first = (await page.json()) as {
      deliveries: { id: string; status: string; attempt_log: { status_code: number; succeeded: boolean }[] }[];
      next_cursor: string | null;
    };
    expect(first.deliveries).toHaveLength(1);
    expect(first.deliveries[0]).toMatchObject({ status: 'succeeded', attempt_log: [{ status_code: 200, succeeded: true }] });
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = (await (await send(t, 'GET', `/api/webhooks/${endpoint.id}/deliveries/?limit=1&cursor=${first.next_cursor}`)).json()) as typeof first;
    expect(second.deliveries).toHaveLength(1);
    expect(second.deliveries[0]?.id).not.toBe(first.deliveries[0]?.id);
    expect(second.next_cursor).toBeNull();

    const retried = await send(t, 'POST', `/api/webhooks/${endpoint.id}/deliveries/${first.deliveries[0]?.id}/retry/`);
    expect(retried.status).toBe(202);
    expect(await retried.json()).toMatchObject({ status: 'queued', attempts: 1 });
    expect(await t.coach.webhooks.deliverDue()).toEqual({ succeeded: 1, retried: 0, failed: 0 });
    expect(receiver.received).toHaveLength(3);
  });

  it('should disable, enable, rotate the secret and delete an endpoint', async () => {
    const { id, secret } = (await (await send(t, 'POST', '/api/webhooks/', { url: receiver.url, events: ['report.deleted'] })).json()) as {
      id: string;
      secret: string;
    };
    const disabled = await send(t, 'PATCH', `/api/webhooks/${id}/`, { enabled: false });
    expect(await disabled.json()).toMatchObject({ enabled: false, disabled_reason: 'Disabled by a recruiter.', secret: null });
    const rotated = (await (
      await send(t, 'PATCH', `/api/webhooks/${id}/`, { enabled: true, rotate_secret: true, events: ['interview.completed'] })
    ).json()) as Record<string, unknown>;
    expect(rotated).toMatchObject({ enabled: true, disabled_reason: null, events: ['interview.completed'], previous_secret_expires_at: expect.any(String) });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    expect((await send(t, 'DELETE', `/api/webhooks/${id}/`)).status).toBe(204);
    expect((await send(t, 'DELETE', `/api/webhooks/${id}/`)).status).toBe(404);
    expect((await send(t, 'GET', `/api/webhooks/${id}/deliveries/`)).status).toBe(404);
    expect((await send(t, 'POST', `/api/webhooks/${id}/deliveries/unknown-delivery-id-0/retry/`)).status).toBe(404);
  });

  it('should answer 400 for unknown events and for plain http or private targets the operator does not allow', async () => {
    const strict = await createTestApp({ coach: { mailer: null, speechModel: null, codeRunner: null } });
    try {
      const unknownEvent = await send(strict, 'POST', '/api/webhooks/', { url: 'https://example.com/x', events: ['everything'] });
      expect(unknownEvent.status).toBe(400);
      for (const url of [
        receiver.url,
        'https://127.0.0.1/hook',
        'https://169.254.169.254/latest/meta-data',
        'https://[::1]:8443/',
        'http://example.com/hook',
      ]) {
        const response = await send(strict, 'POST', '/api/webhooks/', { url, events: ['interview.completed'] });
        expect(response.status, url).toBe(400);
        expect((await errorOf(response)).message, url).toMatch(/webhook URL/);
      }
      expect((await send(strict, 'POST', '/api/webhooks/', { url: 'https://hooks.example.com/coach', events: ['interview.completed'] })).status).toBe(201);
    } finally {
      await strict.close();
    }
  });
});
