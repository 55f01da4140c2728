import { createCoach, type Coach, type Mailer } from '@coach/core';
import { createNodemailerMailer } from '@coach/core/email/nodemailer';
import { createTestPostgresStorage, createTestSqliteStorage, shouldRunPostgresTests, type TestStorage } from '@coach/core/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../core/test/support/smtp-test-server.js';
import { createApp } from '../src/index.js';
import { SECRET_KEY } from './test-app.js';

const runPostgres = await shouldRunPostgresTests();
const AUTH = { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' };
const PUBLIC_URL = 'https://careers.acme.example/interview';

interface InvitationBody {
  id: string;
  token: string;
  url: string;
  email: { status: string; attempts: number; last_error: string | null; sent_at: string | null } | null;
}

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
});

describe.each([
  { name: 'SQLite', create: () => createTestSqliteStorage(), skip: false },
  { name: 'PostgreSQL', create: () => createTestPostgresStorage(), skip: !runPostgres },
])('invitation emails over HTTP ($name)', ({ create, skip }) => {
  let testStorage: TestStorage;
  let coach: Coach;
  let app: ReturnType<typeof createApp>;
  let offset = 0;
  const now = () => new Date(Date.now() + offset);

  const open = async (options: { mailer?: Mailer | null; meetingLink?: string | null } = {}) => {
    coach = await createCoach({
      storage: testStorage.storage,
      mailer:
        options.mailer === undefined
          ? createNodemailerMailer({ url: smtp.url, from: { name: 'Acme Recruiting', email: 'jobs@acme.example' }, transportOptions: { ignoreTLS: true } })
          : options.mailer,
      textRecognizer: null,
      speechModel: null,
      now,
      migrate: false,
      settings: { recruiterName: 'Grace Hopper', meetingLink: options.meetingLink === undefined ? 'https://meet.acme.example/grace' : options.meetingLink },
    });
    await coach.templates.seedStarterTemplates();
    app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false, now, publicUrl: PUBLIC_URL });
  };

  beforeEach(async () => {
    if (skip) return;
    offset = 0;
    smtp.messages.length = 0;
    await smtp.start();
    testStorage = await create();
  });
  afterEach(() => testStorage?.cleanup());

  const invite = async (body: Record<string, unknown>) => {
    const response = await app.request('/api/invitations/', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ template_id: 'backend-engineer', candidate_name: 'Ada Lovelace', candidate_email: 'ada@example.com', ...body }),
    });
    return { status: response.status, body: (await response.json()) as InvitationBody };
  };
  const listed = async () => ((await (await app.request('/api/invitations/', { headers: AUTH })).json()) as { invitations: InvitationBody[] }).invitations;

  it.skipIf(skip)('should email the personal link once, with the link that opens the interview', async () => {
    await open();
    const created = await invite({ send_email: true, candidate_name: 'Ada <b>Lovelace</b>', expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`${PUBLIC_URL}?invitation=${created.body.token}`);
    expect(created.body.email).toMatchObject({ status: 'sent', attempts: 0, last_error: null });
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail!.envelopeTo).toEqual(['ada@example.com']);
    expect(mail!.text).toContain(created.body.url);
    expect(mail!.text).toMatch(/Grace Hopper invites you/);
    expect(mail!.text).toMatch(/Backend Engineer/);
    expect(mail!.text).toMatch(/can be used until \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    // The recruiter's input is text in the HTML part, never markup; the link is the one anchor.
    expect(mail!.html).toContain('Ada &lt;b&gt;Lovelace&lt;/b&gt;');
    expect(mail!.html.match(/<a /g)).toHaveLength(1);
    expect(mail!.html).toContain(`href="${created.body.url.replace(/&/g, '&amp;')}"`);

    // Working the outbox again sends nothing more.
    offset += 24 * 3_600_000;
    expect(await coach.invites.processQueue()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    expect((await listed()).find((each) => each.id === created.body.id)?.email).toMatchObject({ status: 'sent' });

    // The emailed link is the candidate's way in.
    const token = new URL(mail!.text.match(/https:\/\/\S+/)![0]).searchParams.get('invitation');
    const lookup = await app.request(`/api/invitations/${token}/public/`);
    expect(lookup.status).toBe(200);
    expect(await lookup.json()).toMatchObject({ usable: true, template_id: 'backend-engineer', status: 'opened' });
  });

  it.skipIf(skip)('should keep the invitation and retry the email while the mail server is down', async () => {
    await open();
    await smtp.stop();
    const created = await invite({ send_email: true });
    expect(created.status).toBe(201);
    expect(created.body.email).toMatchObject({ status: 'queued', attempts: 1 });
    expect(created.body.email?.last_error).toBeTruthy();
    expect(smtp.messages).toHaveLength(0);

    await smtp.start();
    // Not yet due: the retry waits its backoff.
    expect((await coach.invites.processQueue()).sent).toBe(0);
    offset += 10 * 60_000;
    expect((await coach.invites.processQueue()).sent).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.text).toContain(created.body.url);
    offset += 60 * 60_000;
    expect((await coach.invites.processQueue()).sent).toBe(0);
    expect(smtp.messages).toHaveLength(1);
    expect((await listed())[0]?.email).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it.skipIf(skip)('should send links without a meeting link, leaving report invites queued, and hold them without a mailer', async () => {
    await open({ meetingLink: null });
    const report = await coach.reports.create({
      input: { candidateName: 'Alan Turing', candidateEmail: 'alan@example.com', role: 'Engineer', overallScore: 8 },
    });
    const decided = await coach.reports.decide({ id: report.id, decision: 'Accepted', actor: 'test' });
    expect(decided.emailSent).toBe(false);
    const created = await invite({ send_email: true });
    expect(created.body.email).toMatchObject({ status: 'sent' });
    offset += 24 * 3_600_000;
    await coach.invites.processQueue();
    expect(smtp.messages.map((mail) => mail.envelopeTo)).toEqual([['ada@example.com']]);
    expect((await coach.reports.get({ id: report.id })).invite?.status).toBe('queued');
    expect((await coach.reports.get({ id: report.id })).invite?.attempts).toBe(0);

    await open({ mailer: null });
    const held = await invite({ send_email: true, candidate_email: 'grace@example.com' });
    expect(held.status).toBe(201);
    expect(held.body.email).toMatchObject({ status: 'queued', attempts: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it.skipIf(skip)('should not email unless asked, and refuse a send_email that is not a boolean', async () => {
    await open();
    const plain = await invite({});
    expect(plain.status).toBe(201);
    expect(plain.body.email).toBeNull();
    const wrong = await invite({ send_email: 'yes' });
    expect(wrong.status).toBe(400);
    expect(smtp.messages).toHaveLength(0);
    expect(await listed()).toHaveLength(1);
  });
});
