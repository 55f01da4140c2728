import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coach } from '@coach/core';
import { createCoachFromConfig } from '../src/create-coach-from-config.js';
import { loadServerConfig } from '../src/server-config.js';
import { startupNotices } from '../src/startup-notices.js';
import { createTestApp, type TestApp } from './test-app.js';
import { silentLogger } from '@coach/core';

describe('mail configuration', () => {
  const opened: { coach: Coach; file: string }[] = [];
  afterEach(async () => {
    for (const { coach, file } of opened.splice(0)) {
      await coach.close();
      await rm(file, { force: true });
    }
  });

  async function coachFor(env: Record<string, string>) {
    const file = join(tmpdir(), `coach-mail-config-${randomBytes(6).toString('hex')}.db`);
    const config = loadServerConfig({ DATABASE_URL: `sqlite:${file}`, MEETING_LINK: 'https://meet.example.com/acme', ...env });
    const coach = await createCoachFromConfig(config, { logger: silentLogger });
    opened.push({ coach, file });
    return { config, coach };
  }

  it('should pass the webhook settings to the Coach and warn at start when private targets are allowed', async () => {
    const strict = await coachFor({});
    expect(strict.coach.settings).toMatchObject({ webhookAllowPrivateTargets: false, webhookAllowedHttpHosts: [] });
    expect(startupNotices(strict.config, strict.coach).some((notice) => /COACH_WEBHOOK_ALLOW_PRIVATE/.test(notice.message))).toBe(false);
    const lenient = await coachFor({ COACH_WEBHOOK_ALLOW_PRIVATE: '1', COACH_WEBHOOK_HTTP_HOSTS: 'hooks.internal:8080' });
    expect(lenient.coach.settings).toMatchObject({ webhookAllowPrivateTargets: true, webhookAllowedHttpHosts: ['hooks.internal:8080'] });
    expect(startupNotices(lenient.config, lenient.coach)).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/^COACH_WEBHOOK_ALLOW_PRIVATE=1/) }),
    );
  });

  it('should take the sender from SMTP_FROM', async () => {
    const { config, coach } = await coachFor({ SMTP_URL: 'smtp://mail.example.com:587', SMTP_FROM: 'jobs@acme.example' });
    expect(config.settings.senderEmail).toBe('jobs@acme.example');
    expect(coach.mailer?.defaultFrom?.email).toBe('jobs@acme.example');
    expect(startupNotices(config, coach).filter((notice) => notice.level === 'warn' && /sender/.test(notice.message))).toEqual([]);
  });

  it('should fall back to the SMTP user when it is an email address', async () => {
    const { config, coach } = await coachFor({ SMTP_URL: 'smtp://hr%40acme.example:secret@mail.example.com:587' });
    expect(coach.mailer?.defaultFrom?.email).toBe('hr@acme.example');
    expect(startupNotices(config, coach).some((notice) => /sender/.test(notice.message))).toBe(false);
  });

  it('should warn at start when mail is configured but has no sender', async () => {
    const { config, coach } = await coachFor({ SMTP_URL: 'smtp://apikey:secret@mail.example.com:587' });
    const warnings = startupNotices(config, coach).filter((notice) => notice.level === 'warn');
    expect(warnings.some((notice) => notice.message.includes('SMTP_FROM'))).toBe(true);
    const report = await coach.reports.create({
      input: { candidateName: 'Ada Lovelace', candidateEmail: 'ada@example.com', role: 'Engineer', overallScore: 8 },
    });
    const result = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'test' });
    expect(result.emailSent).toBe(false);
    expect((await coach.reports.get({ id: report.id })).inviteBlocker).toMatch(/SMTP_FROM/);
  });

  it('should refuse an SMTP_FROM that is not an address', () => {
    expect(() => loadServerConfig({ SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: 'Acme Jobs' })).toThrow(/SMTP_FROM/);
  });
});

describe('allowed origins', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const fromOrigin = (app: TestApp['app'], url: string, origin: string) => app.request(url, { headers: { origin, host: new URL(url).host } });

  it('should treat only the same scheme, host and port as the own origin', async () => {
    t = await createTestApp({ app: { allowedOrigins: ['https://jobs.example.com'] } });
    expect((await fromOrigin(t.app, 'http://coach.example/api/demos/', 'http://coach.example')).status).toBe(200);
    expect((await fromOrigin(t.app, 'https://coach.example/api/demos/', 'https://coach.example:443')).status).toBe(200);
    expect((await fromOrigin(t.app, 'https://coach.example/api/demos/', 'http://coach.example')).status).toBe(403);
    expect((await fromOrigin(t.app, 'http://coach.example/api/demos/', 'https://coach.example')).status).toBe(403);
    expect((await fromOrigin(t.app, 'http://coach.example:8787/api/demos/', 'http://coach.example:8788')).status).toBe(403);
  });

  it('should allow http://localhost:* pages only when local origins are allowed (development)', async () => {
    t = await createTestApp({ app: { allowLocalOrigins: false } });
    expect((await fromOrigin(t.app, 'http://coach.example/api/demos/', 'http://localhost:5173')).status).toBe(403);
    await t.close();
    t = await createTestApp({ app: { allowLocalOrigins: true } });
    expect((await fromOrigin(t.app, 'http://coach.example/api/demos/', 'http://localhost:5173')).status).toBe(200);
  });

  it('should read development mode from NODE_ENV and say at start what it allows', async () => {
    expect(loadServerConfig({}).development).toBe(true);
    expect(loadServerConfig({ NODE_ENV: 'production' }).development).toBe(false);
    t = await createTestApp();
    const development = startupNotices(loadServerConfig({}), t.coach);
    expect(development.some((notice) => notice.level === 'warn' && notice.message.includes('http://localhost:*'))).toBe(true);
    const production = startupNotices(loadServerConfig({ NODE_ENV: 'production' }), t.coach);
    expect(production.some((notice) => notice.message.includes('only the server’s own pages'))).toBe(true);
  });
});
