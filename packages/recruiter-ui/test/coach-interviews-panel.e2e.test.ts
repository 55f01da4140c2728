// The dashboard's Interviews and Invitations views in real Chromium against a real coach-server process.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { launchBrowser } from './helpers/browser.js';
import { createReports, seedReports } from './helpers/seed.js';
import { startHostPage, type HostPage } from './helpers/host-page.js';
import { artifactsDir, requireBuilds } from './helpers/paths.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink.js';

let browser: Browser;
let host: HostPage;
let server: CoachServerProcess;
let page: Page;
let smtp: SmtpSink;

const dashboard = () => page.locator('coach-recruiter-dashboard');
const panel = () => dashboard().locator('coach-interviews-panel');
const part = (name: string) => panel().locator(`[part~="${name}"]`);
const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${server.origin}${path}`, { headers: { Authorization: `Bearer ${server.secretKey}` } });
  return (await response.json()) as T;
};

beforeAll(async () => {
  requireBuilds();
  smtp = await startSmtpSink();
  host = await startHostPage(() => server.origin);
  [browser, server] = await Promise.all([
    launchBrowser(),
    startCoachServer({
      allowedOrigin: host.origin,
      env: { COACH_SPEECH: 'off', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SENDER_EMAIL: 'jobs@acme.example', RECRUITER_NAME: 'Grace Hopper' },
    }),
  ]);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
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
  await host?.close();
  await smtp?.close();
});

describe('<coach-interviews-panel> in the dashboard', () => {
  it('should author an interview with fixed questions, publish it, make a personal link, copy it and revoke it', async () => {
    const panelRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/widget/coach-interviews-panel.js') panelRequests.push(request.url());
    });
    await page.goto(host.origin);
    const nav = dashboard().locator('[part~="nav-interviews"]');
    await nav.waitFor();
    // The panel is its own file, fetched only when one of its views is first opened.
    expect(panelRequests).toEqual([]);
    await nav.click();
    await expect.poll(() => panelRequests).toEqual([`${server.origin}/widget/coach-interviews-panel.js`]);
    // The starter templates are listed, read-only.
    await expect.poll(() => part('template').count()).toBeGreaterThan(5);

    const form = part('template-form');
    await form.locator('input[name="title"]').fill('Platform Engineer loop');
    await form.locator('input[name="role"]').fill('Platform Engineer');
    await form.locator('select[name="level"]').selectOption('senior');
    await part('add-question-button').click();
    await part('add-question-button').click();
    await part('question').nth(0).locator('textarea').fill('Walk us through the last production incident you owned.');
    await part('question').nth(0).locator('select').selectOption('behavioral');
    await part('question').nth(0).locator('input[name="key_points"]').fill('timeline, postmortem');
    await part('question').nth(1).locator('textarea').fill('How would you shard a Postgres table that outgrew one node?');
    await form.locator('input[name="question_count"]').fill('4');
    await form.locator('input[name="dsa"]').uncheck();
    await part('save-button').click();

    const mine = panel().locator('[part~="template"]', { hasText: 'Platform Engineer loop' });
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.getAttribute('data-published')).toBe('false');
    const id = (await mine.getAttribute('data-template-id')) ?? '';
    const stored = await api<{
      questions: { text: string; kind: string; key_points: string[] }[];
      question_count: number;
      dsa: { enabled: boolean };
      level: string;
    }>(`/api/templates/${id}/`);
    expect(stored).toMatchObject({ question_count: 4, level: 'senior', dsa: { enabled: false } });
    expect(stored.questions).toEqual([
      { text: 'Walk us through the last production incident you owned.', kind: 'behavioral', key_points: ['timeline', 'postmortem'] },
      { text: 'How would you shard a Postgres table that outgrew one node?', kind: 'technical', key_points: [] },
    ]);

    await mine.locator('[part~="publish-button"]').click();
    await expect.poll(() => mine.getAttribute('data-published')).toBe('true');
    // The demo list is cached for a few seconds per process.
    const demoIds = async () => (await api<{ id: string }[]>('/api/demos/')).map((demo) => demo.id);
    await expect.poll(demoIds, { timeout: 10_000, interval: 500 }).toContain(id);

    // Editing keeps the list in order and bumps the version.
    await mine.locator('[part~="edit-button"]').click();
    await part('question').nth(1).locator('[part~="remove-question-button"]').click();
    await part('save-button').click();
    await expect.poll(async () => (await api<{ version: number; questions: unknown[] }>(`/api/templates/${id}/`)).questions.length).toBe(1);
    await page.screenshot({ path: `${artifactsDir}/interviews-01-authored.png`, fullPage: true });

    await dashboard().locator('[part~="nav-invitations"]').click();
    const inviteForm = part('invitation-form');
    await inviteForm.waitFor();
    await expect.poll(() => part('base').getAttribute('aria-busy')).toBe('false');
    await inviteForm.locator('select[name="template"]').selectOption(id);
    await inviteForm.locator('input[name="name"]').fill('Ada Lovelace');
    await inviteForm.locator('input[name="email"]').fill('ada@example.com');
    await part('invite-button').click();
    const link = (await part('link').locator('code').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${server.origin.replace(/[.]/g, '\\.')}/\\?invitation=[A-Za-z0-9_-]{22}$`));
    await part('copy-button').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const invitation = part('invitation').filter({ hasText: 'Ada Lovelace' });
    expect(await invitation.getAttribute('data-status')).toBe('created');
    expect(await invitation.textContent()).toContain('Platform Engineer loop');
    // Not asked to: no email.
    expect(await invitation.locator('[part~="invitation-email"]').count()).toBe(0);
    expect(smtp.messages).toHaveLength(0);

    // Asked to: the candidate gets the link by email, and the list says it was sent.
    await inviteForm.locator('select[name="template"]').selectOption(id);
    await inviteForm.locator('input[name="name"]').fill('Alan Turing');
    await inviteForm.locator('input[name="email"]').fill('alan@example.com');
    await part('send-email').check();
    await part('invite-button').click();
    await expect.poll(() => part('link').locator('h3').textContent()).toContain('Alan Turing');
    const emailed = (await part('link').locator('code').textContent())?.trim() ?? '';
    const alan = part('invitation').filter({ hasText: 'Alan Turing' });
    await expect.poll(() => alan.locator('[part~="invitation-email"]').getAttribute('data-email-status')).toBe('sent');
    expect(smtp.messages.map((mail) => mail.envelopeTo)).toEqual([['alan@example.com']]);
    expect(smtp.messages[0]!.text).toContain(emailed);
    await alan.locator('[part~="revoke-button"]').click();
    await expect.poll(() => alan.getAttribute('data-status')).toBe('revoked');

    // The candidate's page looks the link up: the recruiter sees it opened after a refresh.
    const token = new URL(link).searchParams.get('invitation') ?? '';
    const lookup = await (await fetch(`${server.origin}/api/invitations/${token}/public/`)).json();
    expect(lookup).toMatchObject({ template_title: 'Platform Engineer loop', usable: true });
    await page.reload();
    await dashboard().locator('[part~="nav-invitations"]').click();
    await expect.poll(() => invitation.getAttribute('data-status')).toBe('opened');
    await expect.poll(() => part('base').getAttribute('aria-busy')).toBe('false');
    await page.screenshot({ path: `${artifactsDir}/interviews-02-invitation.png`, fullPage: true });

    await invitation.locator('[part~="revoke-button"]').click();
    await expect.poll(() => invitation.getAttribute('data-status')).toBe('revoked');
    expect(await (await fetch(`${server.origin}/api/invitations/${token}/public/`)).json()).toMatchObject({ usable: false, status: 'revoked' });

    // Archiving asks once more, then the interview leaves the list and the demos.
    await dashboard().locator('[part~="nav-interviews"]').click();
    const again = panel().locator('[part~="template"]', { hasText: 'Platform Engineer loop' });
    await again.locator('[part~="archive-button"]').click();
    await again.locator('[part~="archive-button"]').click();
    await expect.poll(() => again.count()).toBe(0);
    await expect.poll(demoIds, { timeout: 10_000, interval: 500 }).not.toContain(id);
  }, 60_000);
  it('should show where a report came from and list the reports of that interview', async () => {
    const auth = { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' };
    const post = async <T>(path: string, body: unknown, headers: Record<string, string> = auth): Promise<T> =>
      (await (await fetch(`${server.origin}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as T;
    const template = await post<{ id: string }>('/api/templates/', {
      title: 'One question',
      role: 'SRE',
      level: 'mid',
      question_count: 1,
      follow_ups: false,
      dsa: { enabled: false },
      questions: [{ text: 'Walk us through the last production incident you owned.', kind: 'behavioral' }],
    });
    const invitation = await post<{ token: string }>('/api/invitations/', {
      template_id: template.id,
      candidate_name: 'Grace Hopper',
      candidate_email: 'grace@example.com',
    });
    const form = new FormData();
    form.set('resume', new File([(await makeResumePdf()) as Uint8Array<ArrayBuffer>], 'resume.pdf', { type: 'application/pdf' }));
    form.set('invitation', invitation.token);
    const started = (await (await fetch(`${server.origin}/api/upload-resume/`, { method: 'POST', body: form })).json()) as {
      session_id: string;
      question: { id: string };
    };
    const json = { 'Content-Type': 'application/json' };
    await post(
      '/api/submit-answer-and-get-next/',
      { session_id: started.session_id, question_id: started.question.id, answer: 'I rolled back within ten minutes and led the postmortem.' },
      json,
    );
    const feedback = await post<{ report_id: string }>('/api/get-final-feedback/', { session_id: started.session_id }, json);

    // Another report, stored by hand: the interview's filter must leave it out.
    const [other] = await createReports(server.origin, server.secretKey, seedReports(1));
    await page.goto(host.origin);
    const shownIds = () =>
      dashboard()
        .locator('[part~="open-button"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-report-id')));
    await expect.poll(shownIds).toEqual(expect.arrayContaining([feedback.report_id, other!.id]));
    const open = dashboard().locator(`[part~="open-button"][data-report-id="${feedback.report_id}"]`);
    await open.click();
    const origin = dashboard().locator('[part~="report-origin"]');
    await origin.waitFor();
    expect(await origin.getAttribute('data-template-id')).toBe(template.id);
    // The template by its title, and the link with the name and address the recruiter invited.
    expect(await origin.textContent()).toContain('Interview One question');
    expect(await origin.locator('[part~="report-invitation"]').textContent()).toBe('personal link for Grace Hopper (grace@example.com)');
    expect(await origin.locator('[part~="report-invitation"]').getAttribute('data-status')).toBe('completed');
    expect(await dashboard().locator('[part~="report-heading"]').textContent()).toContain('Grace Hopper');
    await dashboard().locator('[part~="template-reports-button"]').click();
    await dashboard().locator('[part~="template-filter"]').waitFor();
    await expect.poll(shownIds).toEqual([feedback.report_id]);
  }, 60_000);
});
