import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachSchemas } from '@coach/client';
import type { RunnableProblem } from '../../core/src/catalog/runnable-problem-types.js';
import { createRecruiterTokens } from '../../server/src/recruiter-token.js';
import { launchBrowser } from './helpers/browser.js';
import { startCoachServer, type CoachServerProcess } from '../../../test/support/coach-server-process.js';
import { startHostPage, type HostPage } from './helpers/host-page.js';
import { toThirdPerson } from '../src/internal/third-person.js';
import { focusedPart, instrumentPages, recordedEvents, tabTo } from './helpers/page-instrumentation.js';
import { artifactsDir, requireBuilds } from './helpers/paths.js';
import { createReports, runCandidateSession, seedReports, type SeedReport } from './helpers/seed.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink.js';

const MEETING_LINK = 'https://meet.example.com/coach-e2e-panel';
const RECRUITER_NAME = 'Riley Recruiter';
const SENDER_EMAIL = 'hiring@example.com';
const MARKUP_NAME = '<img src=x onerror="window.__injected=1">Eve Markup';
/** Who signs in on /recruiter; the decision history shows this name. */
const SIGNED_IN_AS = 'Sam Hiring Lead';

interface Candidate extends SeedReport {
  id: string;
}

let browser: Browser;
let smtp: SmtpSink;
let host: HostPage;
let server: CoachServerProcess;
let context: BrowserContext;
let page: Page;
/** Every report on the server, as the test created it (the session's report included). */
let candidates: Candidate[] = [];
let sessionReport: { id: string; name: string; email: string; role: string; problem: RunnableProblem };
/** Authorization headers the browser sent to /api/reports/. */
const sentAuthorizations: string[] = [];

const dashboard = (target: Page = page) => target.locator('coach-recruiter-dashboard');
const part = (name: string, target: Page = page) => dashboard(target).locator(`[part~="${name}"]`);
const shot = (name: string, target: Page = page) => target.screenshot({ path: `${artifactsDir}/${name}.png`, fullPage: true });
const shownNames = (target: Page = page) => part('open-button', target).allTextContents();
const stat = async (name: string, target: Page = page) => (await part(`stat-${name}`, target).locator('dd').textContent())?.trim();
const nameOf = (candidate: { candidate_name: string; candidate_email: string }) => candidate.candidate_name || candidate.candidate_email;

async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.origin}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function mintToken(ttlSeconds = 900): Promise<string> {
  const response = await fetch(`${server.origin}/api/recruiter-tokens/`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject: 'host-portal', ttl_seconds: ttlSeconds }),
  });
  if (!response.ok) throw new Error(`Minting a token failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

function watchAuthorization(target: Page): void {
  target.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/api/reports/')) sentAuthorizations.push(request.headers()['authorization'] ?? '');
  });
}

/** Opens a report from the list, after searching for the candidate's email. */
async function openReportOf(candidate: { id: string; candidate_name: string; candidate_email: string }, target: Page = page): Promise<void> {
  const openButton = part('open-button', target).and(target.locator(`[data-report-id="${candidate.id}"]`));
  await part('search', target).fill(candidate.candidate_email);
  await openButton.waitFor();
  await openButton.click();
  await expect.poll(() => part('report-heading', target).textContent()).toBe(nameOf(candidate));
}

async function backToList(target: Page = page): Promise<void> {
  await part('back-button', target).click();
  await part('table', target).waitFor();
}

beforeAll(async () => {
  requireBuilds();
  smtp = await startSmtpSink();
  host = await startHostPage(() => server.origin);
  [browser, server] = await Promise.all([
    launchBrowser(),
    startCoachServer({
      allowedOrigin: host.origin,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        SENDER_EMAIL,
        MEETING_LINK,
        RECRUITER_NAME,
        COACH_SPEECH: 'off',
      },
    }),
  ]);
  const session = await runCandidateSession(server.origin);
  sessionReport = { id: session.reportId, name: session.candidateName, email: session.candidateEmail, role: session.role, problem: session.problem };
  const seeds = seedReports(23);
  seeds.push({ candidate_name: MARKUP_NAME, candidate_email: 'eve.markup@example.com', role: 'Frontend Engineer', overall_score: 6.1 });
  const created = await createReports(server.origin, server.secretKey, seeds);
  const stored = await api<{ overall_score: number; role: string; candidate_name: string; candidate_email: string }>(`/api/reports/${session.reportId}/`);
  candidates = [
    {
      id: session.reportId,
      candidate_name: stored.body.candidate_name,
      candidate_email: stored.body.candidate_email,
      role: stored.body.role,
      overall_score: stored.body.overall_score,
    },
    ...created.map(({ id, report }) => ({ id, ...report })),
  ];
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await instrumentPages(context);
  page = await context.newPage();
  watchAuthorization(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all([host?.close(), smtp?.close()]);
});

describe('<coach-recruiter-dashboard> end to end against coach-server', () => {
  it('should sign in on /recruiter with the secret key, keep only a token and show the statistics', async () => {
    await page.goto(`${server.origin}/recruiter`);
    await shot('01-sign-in');
    await page.locator('#recruiter-name').fill(SIGNED_IN_AS);
    await page.locator('#secret-key').fill(server.secretKey);
    await page.locator('#sign-in button[type="submit"]').click();
    await expect.poll(() => shownNames()).toHaveLength(20);

    const total = candidates.length;
    const declined = candidates.filter((candidate) => candidate.decision === 'Declined').length;
    expect(await stat('total')).toBe(String(total));
    expect(await stat('declined')).toBe(String(declined));
    expect(await stat('pending')).toBe(String(total - declined));
    expect(await stat('accepted')).toBe('0');
    const average = candidates.reduce((sum, candidate) => sum + candidate.overall_score, 0) / total;
    // The server rounds the average to two decimals and the card shows one, halves up: 5.85 is 5.9
    // (toFixed alone says 5.8, as 5.85 is 5.8499… in binary).
    expect(await stat('average')).toBe((Math.round((Math.round(average * 100) / 100) * 10) / 10).toFixed(1));

    // Each whole score bucket of the distribution chart holds the reports with that score.
    const bars = part('distribution-chart').locator('g[data-value]');
    expect(await bars.count()).toBe(11);
    for (let score = 0; score <= 10; score += 1) {
      const expected = candidates.filter((candidate) => Math.min(10, Math.floor(candidate.overall_score)) === score).length;
      expect(await bars.nth(score).getAttribute('data-value')).toBe(String(expected));
    }
    // Empty bins are the baseline only: no bar, no grey block that reads like data.
    for (let score = 0; score <= 10; score += 1) {
      const empty = (await bars.nth(score).getAttribute('data-value')) === '0';
      expect(await bars.nth(score).locator('rect').count()).toBe(empty ? 0 : 1);
    }
    expect(await part('distribution-chart').locator('line.baseline').count()).toBe(1);
    // Labels at least 12 px on screen, and the axis and values in the accessible name.
    const labelHeights = await part('distribution-chart')
      .locator('text.axis')
      .evaluateAll((texts) =>
        texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * ((text as SVGTextElement).ownerSVGElement?.getScreenCTM()?.a ?? 1)),
      );
    expect(Math.min(...labelHeights)).toBeGreaterThanOrEqual(12);
    const distributionName = (await part('distribution-chart').getAttribute('aria-label')) ?? '';
    expect(distributionName).toContain('Reports per whole score, from 0 to 10');
    expect(distributionName).toMatch(/\b10: \d+ reports/);
    const weeks = part('weekly-chart').locator('g[data-value]');
    expect(await weeks.count()).toBe(12);
    expect(await weeks.last().getAttribute('data-value')).toBe(String(total));
    expect(await part('weekly-chart').getAttribute('aria-label')).toContain(`${total} reports`);

    // The page holds a token, never the secret key, and nothing is stored.
    const state = await page.evaluate(() => ({
      token: (document.querySelector('coach-recruiter-dashboard') as unknown as { token: string | null }).token,
      input: (document.getElementById('secret-key') as HTMLInputElement).value,
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    }));
    expect(state.token).toBeTruthy();
    expect(state.token).not.toBe(server.secretKey);
    expect(state.input).toBe('');
    expect(state.storage).not.toContain(server.secretKey);
    // The tab keeps the token (only the token), so a reload stays signed in.
    expect(state.storage).toContain(state.token as string);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.reload();
    await expect.poll(() => shownNames()).toHaveLength(20);
    expect(await page.locator('#sign-in').isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.querySelector('coach-recruiter-dashboard') as unknown as { token: string | null }).token)).toBe(state.token);
    expect(sentAuthorizations.length).toBeGreaterThan(0);
    expect(sentAuthorizations.every((header) => header === `Bearer ${state.token}`)).toBe(true);

    // Candidate text is rendered as text: markup in a name stays visible characters.
    await part('search').fill('Eve Markup');
    await expect.poll(() => shownNames()).toEqual([MARKUP_NAME]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await dashboard().locator('img').count()).toBe(0);
    await part('clear-filters-button').click();
    await expect.poll(() => shownNames()).toHaveLength(20);
    await shot('02-signed-in-statistics');
  });

  it('should filter by search, decision, role and minimum score, and sort by score', async () => {
    const expectNames = (list: readonly Candidate[]) => list.map(nameOf).sort();
    const sortedShown = async () => (await shownNames()).sort();

    const query = 'dijkstra';
    await part('search').fill(query);
    const searched = candidates.filter((candidate) =>
      `${candidate.candidate_name} ${candidate.candidate_email} ${candidate.role}`.toLowerCase().includes(query),
    );
    expect(searched.length).toBeGreaterThan(0);
    await expect.poll(sortedShown).toEqual(expectNames(searched));
    await shot('03-filter-search');

    await part('clear-filters-button').click();
    await part('decision-filter').selectOption('Declined');
    await expect.poll(sortedShown).toEqual(expectNames(candidates.filter((candidate) => candidate.decision === 'Declined')));
    await shot('04-filter-decision');

    await part('decision-filter').selectOption('');
    await part('role-filter').selectOption('Data Scientist');
    // Typing is enough, as in the search box: no Enter, no leaving the field.
    await part('min-score-filter').fill('5');
    const roleAndScore = candidates.filter((candidate) => candidate.role === 'Data Scientist' && candidate.overall_score >= 5);
    expect(roleAndScore.length).toBeGreaterThan(0);
    await expect.poll(sortedShown).toEqual(expectNames(roleAndScore));
    await shot('05-filter-role-min-score');

    await part('clear-filters-button').click();
    await part('sort').selectOption('score');
    // Highest first; the order among equal scores is the server's to choose.
    const scoreOf = new Map(candidates.map((candidate) => [nameOf(candidate), candidate.overall_score]));
    const topScores = candidates
      .map((candidate) => candidate.overall_score)
      .sort((a, b) => b - a)
      .slice(0, 20);
    await expect.poll(async () => (await shownNames()).map((name) => scoreOf.get(name))).toEqual(topScores);
    const scores = (await part('score-cell').allTextContents()).map(Number);
    expect(scores).toEqual(topScores.map((score) => Math.round(score * 10) / 10));
    expect(await dashboard().locator('th[aria-sort="descending"]').textContent()).toBe('Score');
    await shot('06-sort-score');

    await part('sort').selectOption('newest');
    await part('clear-filters-button').waitFor({ state: 'hidden' });
    // Newest first: the seeds in reverse order of creation.
    await expect.poll(() => shownNames()).toEqual([...candidates].reverse().slice(0, 20).map(nameOf));
  });

  it('should paginate and keep its page when coming back from a report', async () => {
    await expect.poll(() => shownNames()).toHaveLength(20);
    const firstPage = await shownNames();
    await part('next-button').click();
    const rest = candidates.length - 20;
    await expect.poll(() => shownNames()).toHaveLength(rest);
    const secondPage = await shownNames();
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    expect(await part('page-number').textContent()).toBe('Page 2');
    expect(await part('next-button').isDisabled()).toBe(true);
    await shot('07-page-two');

    const target = secondPage[1] as string;
    await part('open-button').filter({ hasText: target }).first().click();
    await expect.poll(() => part('report-heading').textContent()).toBe(target);
    await expect.poll(() => focusedPart(page)).toBe('report-heading');
    await backToList();
    expect(await part('page-number').textContent()).toBe('Page 2');
    await expect.poll(() => shownNames()).toEqual(secondPage);
    await expect.poll(() => focusedPart(page)).toBe('open-button');
    expect(
      await page.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent;
      }),
    ).toBe(target);

    await part('previous-button').click();
    await expect.poll(() => shownNames()).toEqual(firstPage);
    expect(await part('page-number').textContent()).toBe('Page 1');
    const opened = (await recordedEvents(page)).filter((event) => event.type === 'coach-report-open');
    expect(opened.at(-1)?.detail['reportId']).toBe(candidates.find((candidate) => nameOf(candidate) === target)?.id);
  });

  it('should show one report in full: answers, scores, feedback, evidence, the DSA round, the resume summary and the history', async () => {
    const { body: report } = await api<{
      questions: { question: string; answer: string; evidence: string[] }[];
      dsa: { problem_title: string; conversation: { role: string; text: string }[] } | null;
      resume_summary: string | null;
      summary: string;
    }>(`/api/reports/${sessionReport.id}/`);
    await openReportOf({ id: sessionReport.id, candidate_name: sessionReport.name, candidate_email: sessionReport.email });
    expect(await part('report-meta').textContent()).toContain(sessionReport.email);
    expect(await part('report-question').count()).toBe(report.questions.length);
    expect(await part('answer').first().textContent()).toBe(report.questions[0]?.answer);
    expect(await part('evidence').count()).toBe(report.questions.reduce((sum, question) => sum + question.evidence.length, 0));
    expect(await part('evidence').count()).toBeGreaterThan(0);
    // Shown to the recruiter in the third person.
    expect(await part('report-summary').textContent()).toContain(toThirdPerson(report.summary));
    expect(report.dsa).not.toBeNull();
    expect(await part('report-dsa').locator('h3').textContent()).toContain(report.dsa?.problem_title);
    expect(await part('dsa-message').count()).toBe(report.dsa?.conversation.length);
    expect(await part('dsa-message-candidate').count()).toBe(report.dsa?.conversation.filter((message) => message.role === 'candidate').length);
    expect(await part('dsa-score').textContent()).toMatch(/^\d+\.\d$/);
    if (report.resume_summary) expect(await part('report-resume').textContent()).toContain(report.resume_summary);
    expect(report.resume_summary).toMatch(/Skills for the .+ role: /);
    // For a recruiter: header with the scores, then the résumé, then the verdict, then the transcript.
    expect(await part('report-scores').locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Behavioral', 'Technical', 'DSA']));
    const order = await dashboard().evaluate((element) =>
      ['report-scores', 'report-resume', 'report-summary', 'report-questions', 'report-dsa'].map((name) => {
        const all = [...(element.shadowRoot?.querySelectorAll('*') ?? [])];
        return all.findIndex((node) => node.getAttribute('part')?.split(' ').includes(name));
      }),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Strengths and concerns are about the candidate, not to them.
    // (Quoted words, such as a question, stay as they were asked.)
    expect(((await part('report-summary').textContent()) ?? '').replace(/"[^"]*"|“[^”]*”/g, '')).not.toMatch(/\b[Yy]our?\b/);
    await part('back-button').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifactsDir}/08b-report-top.png` });
    // Each question is collapsed until opened.
    const firstQuestion = part('report-question').first();
    expect(await firstQuestion.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await part('answer').first().isVisible()).toBe(false);
    await firstQuestion.locator('summary').click();
    expect(await part('answer').first().isVisible()).toBe(true);
    expect(await part('report-history').textContent()).toContain('No decision has been made yet.');
    await shot('08-report-in-full');
    await backToList();
  });

  it('should show the code round of the DSA report: language, tests passed of total and why the large tests failed', async () => {
    const { body: report } = await api<CoachSchemas['ReportDetails']>(`/api/reports/${sessionReport.id}/`);
    const code = report.dsa?.code;
    if (!code) throw new Error('The session report has no code submission.');
    // The submission passes exactly the small tests and runs out of time on the large ones.
    const smallTests = [...sessionReport.problem.examples, ...sessionReport.problem.hidden].filter((test) => !/\blarge\b/i.test(test.name)).length;
    expect(code).toMatchObject({
      language: 'javascript',
      tests_passed: smallTests,
      tests_total: sessionReport.problem.examples.length + sessionReport.problem.hidden.length,
    });
    expect(code.timing_note).toMatch(/large inputs ran out of time/);
    await openReportOf({ id: sessionReport.id, candidate_name: sessionReport.name, candidate_email: sessionReport.email });
    const round = part('dsa-code');
    expect(await round.getAttribute('data-status')).toBe(code.status);
    expect(await part('code-language').textContent()).toBe('JavaScript');
    expect(await part('code-tests').textContent()).toBe(`${code.tests_passed} of ${code.tests_total} passed`);
    expect(await part('code-note').textContent()).toBe(code.timing_note);
    // Inside the DSA round, after its evaluation; the code itself stays folded until asked for.
    expect(await part('report-dsa').locator('[part~="dsa-code"]').count()).toBe(1);
    expect(await part('code').isVisible()).toBe(false);
    await round.locator('summary').click();
    expect(await part('code').textContent()).toBe(code.code);
    await round.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifactsDir}/08c-report-code-round.png` });
    await backToList();
  });

  it('should accept after a confirmation that can be cancelled, and show that the invite was sent exactly once', async () => {
    const candidate = candidates[1] as Candidate;
    const name = nameOf(candidate);
    await openReportOf(candidate);

    // Before the dialog opens, the dashboard asks the server whether an invite could go out.
    const blockedReason = 'No mail server is configured (set SMTP_URL); the invite is queued and will be sent once one is.';
    let detailRequests = 0;
    await page.route(`**/api/reports/${candidate.id}/`, async (route) => {
      detailRequests += 1;
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, invite_blocked_reason: blockedReason } });
    });
    await part('accept-button').click();
    await expect.poll(() => part('dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    expect(detailRequests).toBe(1);
    expect(await part('dialog').getAttribute('data-invite-blocked')).toBe('true');
    expect(await part('dialog-body').textContent()).toContain(blockedReason);
    expect(await part('dialog-body').textContent()).not.toContain('emailed to');
    expect(await part('confirm-button').textContent()).toBe('Accept and queue the invite');
    await part('dialog').screenshot({ path: `${artifactsDir}/09b-accept-dialog-no-mail-server.png` });
    await part('cancel-button').click();
    await page.unroute(`**/api/reports/${candidate.id}/`);

    // With mail ready (as this server is), the dialog says the email goes out now.
    await part('accept-button').click();
    await expect.poll(() => part('dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    expect(await part('dialog').getAttribute('data-invite-blocked')).toBe('false');
    expect(await part('dialog-title').textContent()).toBe(`Accept ${name}?`);
    expect(await part('dialog-body').textContent()).toContain(`emailed to ${candidate.candidate_email} right away`);
    await expect.poll(() => focusedPart(page)).toContain('cancel-button');
    await shot('09-accept-dialog');
    await part('cancel-button').click();
    await expect.poll(() => part('dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect((await api<{ decision: string }>(`/api/reports/${candidate.id}/`)).body.decision).toBe('Pending');
    expect(smtp.messages).toHaveLength(0);

    await part('accept-button').click();
    await part('confirm-button').click();
    await expect.poll(() => part('decision-notice').getAttribute('data-invite-status')).toBe('sent');
    expect(await part('decision-notice').getAttribute('data-email-sent')).toBe('true');
    expect(await part('decision-notice').textContent()).toContain('Decision saved: Accepted.');
    expect(await part('decision-notice').textContent()).toContain(candidate.candidate_email);
    await expect.poll(() => focusedPart(page)).toContain('decision-notice');
    expect(await part('accept-button').isDisabled()).toBe(true);
    expect(await part('report-overall').locator('[part~="badge"]').textContent()).toBe('Accepted');
    expect(await part('history-entry').textContent()).toContain(`Pending → Accepted by ${SIGNED_IN_AS}`);
    await shot('10-accepted-invite-sent');

    const mails = smtp.messages.filter((mail) => mail.envelopeTo.includes(candidate.candidate_email));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.headers.get('to')).toContain(candidate.candidate_email);
    expect(mail?.envelopeFrom).toBe(SENDER_EMAIL);
    expect(mail?.text).toContain(MEETING_LINK);
    expect(mail?.text).toContain(RECRUITER_NAME);
    expect(mail?.text).toContain(candidate.candidate_name);
    expect(smtp.messages).toHaveLength(1);

    const change = (await recordedEvents(page)).filter((event) => event.type === 'coach-decision-change').at(-1);
    expect(change?.detail).toMatchObject({ reportId: candidate.id, decision: 'Accepted', previous: 'Pending', emailSent: true, inviteStatus: 'sent' });
    await backToList();
    await expect.poll(() => stat('accepted')).toBe('1');

    // Coming back later, the report says where the invite stands.
    await openReportOf(candidate);
    expect(await part('invite').getAttribute('data-status')).toBe('sent');
    expect(await part('invite').textContent()).toContain(`Invite sent to ${candidate.candidate_email} on `);
    expect(await part('check-invite-button').count()).toBe(0);
    await backToList();
    expect(smtp.messages).toHaveLength(1);
  });

  it('should say plainly when the invite could not be sent yet and will be retried', async () => {
    const candidate = candidates[3] as Candidate;
    smtp.deferRecipients.add(candidate.candidate_email);
    await openReportOf(candidate);
    await part('accept-button').click();
    await part('confirm-button').click();
    await expect.poll(() => part('decision-notice').getAttribute('data-invite-status')).toBe('queued');
    expect(await part('decision-notice').getAttribute('data-email-sent')).toBe('false');
    expect(await part('decision-notice').textContent()).toContain('will be retried');
    await shot('11-accepted-invite-retried');
    // "Check again" reloads the stored invite: still waiting, with the reason and the next attempt.
    await part('check-invite-button').click();
    await expect.poll(() => part('invite').getAttribute('data-status')).toBe('queued');
    expect(await part('decision-notice').count()).toBe(0);
    const line = (await part('invite').textContent()) ?? '';
    expect(line).toContain(`Sending the invite to ${candidate.candidate_email} failed (`);
    expect(line).toContain('451');
    expect(line).toContain('it will be retried at ');
    await expect.poll(() => focusedPart(page)).toBe('invite');
    expect(smtp.messages.filter((mail) => mail.envelopeTo.includes(candidate.candidate_email))).toHaveLength(0);
    await shot('12-invite-retry-checked');
    await backToList();
  });

  it('should decline another candidate without sending an email', async () => {
    const candidate = candidates[5] as Candidate;
    const mailsBefore = smtp.messages.length;
    const declinedBefore = Number(await stat('declined'));
    await openReportOf(candidate);
    await part('decline-button').click();
    expect(await part('dialog-title').textContent()).toBe(`Decline ${nameOf(candidate)}?`);
    await part('confirm-button').click();
    await expect.poll(() => part('report-overall').locator('[part~="badge"]').textContent()).toBe('Declined');
    expect(await part('decision-notice').getAttribute('data-email-sent')).toBe('false');
    expect(await part('decline-button').isDisabled()).toBe(true);
    expect((await api<{ decision: string }>(`/api/reports/${candidate.id}/`)).body.decision).toBe('Declined');
    await shot('13-declined');
    await backToList();
    await expect.poll(() => stat('declined')).toBe(String(declinedBefore + 1));
    expect(smtp.messages.length).toBe(mailsBefore);
  });

  it('should delete a report after confirmation, removing it from the list and the statistics', async () => {
    const candidate = candidates[7] as Candidate;
    const name = nameOf(candidate);
    const totalBefore = Number(await stat('total'));
    await openReportOf(candidate);
    await part('delete-button').click();
    expect(await part('dialog-title').textContent()).toBe(`Delete the report of ${name}?`);
    await shot('14-delete-dialog');
    await part('confirm-button').click();
    await expect.poll(() => part('notice').textContent()).toContain(`The report of ${name} was deleted.`);
    await expect.poll(() => focusedPart(page)).toContain('notice');
    await expect.poll(() => stat('total')).toBe(String(totalBefore - 1));
    await expect.poll(() => shownNames()).not.toContain(name);
    expect((await api(`/api/reports/${candidate.id}/`)).status).toBe(404);
    const deleted = (await recordedEvents(page)).filter((event) => event.type === 'coach-report-delete');
    expect(deleted.map((event) => event.detail['reportId'])).toEqual([candidate.id]);
    await shot('15-deleted');
    candidates = candidates.filter((entry) => entry.id !== candidate.id);
    await part('clear-filters-button').click();
  });

  it('should renew an expired token through getToken on an embedding page of another origin', async () => {
    const embedding = await context.newPage();
    watchAuthorization(embedding);
    const statuses: number[] = [];
    embedding.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/reports/')) statuses.push(response.status());
    });
    const past = new Date(Date.now() - 60 * 60 * 1000);
    const expired = (await createRecruiterTokens(server.secretKey).mint({ subject: 'host-portal', ttlSeconds: 60, now: past })).token;
    await embedding.addInitScript((token: string) => Object.assign(window, { initialToken: token }), expired);
    await embedding.exposeFunction('mintRecruiterToken', () => mintToken());
    await embedding.goto(`${host.origin}/?token=expired`);
    await expect.poll(() => shownNames(embedding)).toHaveLength(20);
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(200);
    // The list and the statistics both hit the 401 at once, yet one fresh token serves both.
    expect(await embedding.evaluate(() => (window as unknown as { tokenRequests: number }).tokenRequests)).toBe(1);
    expect(await stat('total', embedding)).toBe(String(candidates.length));
    expect(await part('error', embedding).count()).toBe(0);
    expect((await recordedEvents(embedding)).filter((event) => event.type === 'coach-error')).toEqual([]);

    // The host page's theme reaches inside through the custom properties and parts.
    const accent = await part('distribution-chart', embedding)
      .locator('.bar')
      .first()
      .evaluate((bar) => getComputedStyle(bar).fill);
    expect(accent).toBe('rgb(109, 40, 217)');
    expect(await part('page-number', embedding).evaluate((element) => getComputedStyle(element).letterSpacing)).toBe('3px');
    await shot('16-embedded-token-renewed', embedding);

    // The dark scheme is one attribute away.
    await embedding.evaluate(() => {
      (document.querySelector('coach-recruiter-dashboard') as unknown as { theme: string }).theme = 'dark';
    });
    expect(await dashboard(embedding).getAttribute('theme')).toBe('dark');
    await expect.poll(() => part('base', embedding).evaluate((base) => getComputedStyle(base).backgroundColor)).toBe('rgb(17, 24, 39)');
    await shot('16b-embedded-dark', embedding);
    await embedding.close();
  });

  it('should ask to sign in again when the token expired and no getToken is set', async () => {
    const embedding = await context.newPage();
    const expired = (await createRecruiterTokens(server.secretKey).mint({ subject: 'host-portal', ttlSeconds: 60, now: new Date(Date.now() - 3_600_000) }))
      .token;
    await embedding.addInitScript((token: string) => Object.assign(window, { initialToken: token }), expired);
    await embedding.goto(`${host.origin}/?token=expired&renew=off`);
    await part('error', embedding).waitFor();
    expect(await part('error', embedding).textContent()).toContain('Your sign-in has expired');
    expect(await part('error', embedding).getAttribute('data-code')).toBe('UNAUTHORIZED');
    expect(await part('open-button', embedding).count()).toBe(0);
    const errors = (await recordedEvents(embedding)).filter((event) => event.type === 'coach-error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.detail).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    await shot('17-expired-no-renewal', embedding);

    // A fresh token from the host brings the data back.
    const fresh = await mintToken();
    await embedding.evaluate((token) => {
      (document.querySelector('coach-recruiter-dashboard') as unknown as { token: string }).token = token;
    }, fresh);
    await expect.poll(() => shownNames(embedding)).toHaveLength(20);
    expect(await part('error', embedding).count()).toBe(0);
    await embedding.close();
  });

  it('should work with the keyboard alone: filter, open, accept with the dialog, confirm and return', async () => {
    const keyboard = await context.newPage();
    watchAuthorization(keyboard);
    await keyboard.exposeFunction('mintRecruiterToken', () => mintToken());
    await keyboard.goto(host.origin);
    await expect.poll(() => shownNames(keyboard)).toHaveLength(20);
    const candidate = candidates[9] as Candidate;
    const name = nameOf(candidate);

    await tabTo(keyboard, 'search');
    await keyboard.keyboard.type(candidate.candidate_email);
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => shownNames(keyboard)).toEqual([name]);
    await tabTo(keyboard, 'decision-filter');
    await keyboard.keyboard.press('ArrowDown');
    await expect.poll(() => part('decision-filter', keyboard).inputValue()).toBe('Pending');
    await expect.poll(() => shownNames(keyboard)).toEqual([name]);
    await shot('18-keyboard-filtered', keyboard);
    // Back to any decision, so that the accepted candidate stays in the list.
    await keyboard.keyboard.press('ArrowUp');
    await expect.poll(() => part('decision-filter', keyboard).inputValue()).toBe('');

    await tabTo(keyboard, 'open-button');
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => focusedPart(keyboard)).toBe('report-heading');
    expect(await part('report-heading', keyboard).textContent()).toBe(name);

    await tabTo(keyboard, 'accept-button');
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => focusedPart(keyboard)).toBe('button cancel-button');
    await keyboard.keyboard.press('Escape');
    await expect.poll(() => part('dialog', keyboard).evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    await expect.poll(() => focusedPart(keyboard)).toBe('button accept-button');
    expect((await api<{ decision: string }>(`/api/reports/${candidate.id}/`)).body.decision).toBe('Pending');

    await keyboard.keyboard.press('Enter');
    await expect.poll(() => focusedPart(keyboard)).toBe('button cancel-button');
    // Tab stays inside the modal dialog.
    await keyboard.keyboard.press('Tab');
    await expect.poll(() => focusedPart(keyboard)).toBe('button confirm-button');
    await shot('19-keyboard-dialog', keyboard);
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => focusedPart(keyboard)).toBe('notice decision-notice');
    expect(await part('decision-notice', keyboard).getAttribute('data-invite-status')).toBe('sent');
    expect(smtp.messages.filter((mail) => mail.envelopeTo.includes(candidate.candidate_email))).toHaveLength(1);
    await shot('20-keyboard-accepted', keyboard);

    await tabTo(keyboard, 'back-button', { backwards: true });
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => focusedPart(keyboard)).toBe('open-button');
    expect(
      await keyboard.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('data-report-id');
      }),
    ).toBe(candidate.id);
    await shot('21-keyboard-back', keyboard);
    await keyboard.close();

    // No page ever sent the secret key to the report routes.
    expect(sentAuthorizations.length).toBeGreaterThan(10);
    expect(sentAuthorizations.some((header) => header.includes(server.secretKey))).toBe(false);
  });

  it('should forget every candidate when the recruiter signs out of /recruiter', async () => {
    expect((await shownNames()).length).toBeGreaterThan(0);
    await page.locator('#sign-out').click();
    await expect.poll(() => shownNames()).toEqual([]);
    expect(await part('stats').count()).toBe(0);
    expect(await part('signed-out').count()).toBe(1);
    expect(await page.evaluate(() => (document.querySelector('coach-recruiter-dashboard') as unknown as { token: string | null }).token)).toBeNull();
    await expect.poll(() => page.locator('#sign-in').isVisible()).toBe(true);
    // Signing out forgets the tab's token too: a reload asks to sign in again.
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).toBe('{}');
    await page.reload();
    await expect.poll(() => page.locator('#sign-in').isVisible()).toBe(true);
    expect(await part('open-button').count()).toBe(0);
    await shot('22-signed-out');
  });
});
