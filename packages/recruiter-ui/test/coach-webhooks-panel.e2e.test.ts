// The dashboard's Webhooks view in real Chromium against a real coach-server process, posting
// to a real receiver on loopback (COACH_WEBHOOK_ALLOW_PRIVATE=1 for it).
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../core/test/support/webhook-receiver.js';
import { launchBrowser } from './helpers/browser.js';
import { startHostPage, type HostPage } from './helpers/host-page.js';
import { artifactsDir, requireBuilds } from './helpers/paths.js';

let browser: Browser;
let host: HostPage;
let server: CoachServerProcess;
let receiver: WebhookReceiver;
let page: Page;

const panel = () => page.locator('coach-recruiter-dashboard').locator('coach-webhooks-panel');
const part = (name: string) => panel().locator(`[part~="${name}"]`);

beforeAll(async () => {
  requireBuilds();
  receiver = await startWebhookReceiver();
  host = await startHostPage(() => server.origin);
  [browser, server] = await Promise.all([
    launchBrowser(),
    startCoachServer({ allowedOrigin: host.origin, env: { COACH_SPEECH: 'off', COACH_WEBHOOK_ALLOW_PRIVATE: '1', COACH_WEBHOOK_HTTP_HOSTS: receiver.host } }),
  ]);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  await page.exposeFunction('mintRecruiterToken', async () => {
    const response = await fetch(`${server.origin}/api/recruiter-tokens/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject: 'host-portal', ttl_seconds: 900 }),
    });
    return ((await response.json()) as { token: string }).token;
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all([host?.close(), receiver?.close()]);
});

describe('<coach-webhooks-panel> in the dashboard', () => {
  it('should add an endpoint, show its secret once, send a test event, list the delivery, resend it and disable the endpoint', async () => {
    const panelRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/widget/coach-webhooks-panel.js') panelRequests.push(request.url());
    });
    await page.goto(host.origin);
    const nav = page.locator('coach-recruiter-dashboard').locator('[part~="nav-webhooks"]');
    await nav.waitFor();
    // The panel is its own file, fetched only when the view is first opened.
    expect(panelRequests).toEqual([]);
    await nav.click();
    await expect.poll(() => nav.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panelRequests).toEqual([`${server.origin}/widget/coach-webhooks-panel.js`]);
    await part('url-input').fill(`${receiver.url}/from-dashboard`);
    await part('description-input').fill('Slack bot');
    await panel().locator('[data-event="report.decision_changed"]').check();
    await part('add-button').click();

    const secret = (await part('secret').locator('code').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);
    const endpoint = part('endpoint');
    await expect.poll(() => endpoint.count()).toBe(1);
    expect(await endpoint.textContent()).toContain('interview.completed, report.decision_changed');
    // The form starts over with the default event picked.
    expect(await part('url-input').inputValue()).toBe('');
    expect(await panel().locator('[data-event="interview.completed"]').isChecked()).toBe(true);
    expect(await panel().locator('[data-event="report.decision_changed"]').isChecked()).toBe(false);
    await page.screenshot({ path: `${artifactsDir}/webhooks-01-added.png`, fullPage: true });

    await part('test-button').click();
    const [received] = await receiver.waitFor(1, 10_000);
    const payload = new Webhook(secret).verify(received?.body ?? '', {
      'webhook-id': String(received?.headers['webhook-id']),
      'webhook-timestamp': String(received?.headers['webhook-timestamp']),
      'webhook-signature': String(received?.headers['webhook-signature']),
    }) as { type: string };
    expect(payload.type).toBe('webhook.test');
    expect(received?.path).toBe('/from-dashboard');

    await part('deliveries-button').click();
    await expect.poll(async () => (await part('delivery').first().getAttribute('data-status')) ?? '', { timeout: 10_000 }).toBe('succeeded');
    expect(await part('delivery').first().textContent()).toContain('webhook.test');
    await page.screenshot({ path: `${artifactsDir}/webhooks-02-deliveries.png`, fullPage: true });

    await part('resend-button').first().click();
    await receiver.waitFor(2, 10_000);
    expect(receiver.received[1]?.headers['webhook-id']).toBe(received?.headers['webhook-id']);

    await part('toggle-button').click();
    await expect.poll(() => part('endpoint-status').getAttribute('data-enabled')).toBe('false');
    const listed = await fetch(`${server.origin}/api/webhooks/`, { headers: { Authorization: `Bearer ${server.secretKey}` } });
    expect(((await listed.json()) as { endpoints: { enabled: boolean; description: string }[] }).endpoints).toEqual([
      expect.objectContaining({ enabled: false, description: 'Slack bot' }),
    ]);
    // The secret is never shown again: a reload lists the endpoint without it.
    await page.reload();
    await page.locator('coach-recruiter-dashboard').locator('[part~="nav-webhooks"]').click();
    await expect.poll(() => part('endpoint').count()).toBe(1);
    expect(await part('secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
  }, 60_000);
});
