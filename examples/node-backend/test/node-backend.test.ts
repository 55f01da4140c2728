// The node-backend example run as its README says (tsx src/server.ts, a child process), driven
// over HTTP: a candidate's interview through the mounted Coach API (with @coach/client, as any
// Node program would call it), the site's reaction to the
// new report (log line and webhook), and a recruiter who signs in to the site and gets a
// recruiter token that works on Coach's report routes — while the secret key never leaves.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoachClient, type CoachSchemas } from '@coach/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../../packages/core/test/fixtures/make-resume-pdf.js';
import { isBuilt } from '../../../test/packaging/helpers/built.js';
import { cleanEnv, freePort, startProcess, type RunningProcess } from '../../../test/packaging/helpers/processes.js';

const BUILT = isBuilt('the node-backend example test');
const EXAMPLE = fileURLToPath(new URL('..', import.meta.url));
const SECRET_KEY = 'node-backend-example-secret-0123456789';
const RECRUITER = { email: 'ana@acme.example', password: 'correct-horse-battery' };
const ANSWER =
  'At my last company I owned our checkout API. I profiled the slow endpoints, added a Redis cache and an index on the ' +
  'orders table, and we cut p95 latency from 1.2 s to 240 ms; I also wrote the load test that now runs in CI.';

describe.skipIf(!BUILT)('examples/node-backend', () => {
  let directory: string;
  let site: RunningProcess;
  let origin: string;
  let webhook: Server;
  const webhookCalls: { text: string; report: { id: string; candidateName: string } }[] = [];
  /** Every body and header the site sent back, to check that the secret key is in none. */
  const seen: string[] = [];

  const record = async (response: Response): Promise<Response> => {
    seen.push(await response.clone().text(), JSON.stringify([...response.headers]));
    return response;
  };
  /** The site's own routes (sign-in, tokens, the page). */
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => record(await fetch(`${origin}${path}`, init));
  /** Coach's API where the site mounts it, recorded like every other answer. */
  const coachApi = (token?: string) =>
    createCoachClient({ baseUrl: `${origin}/coach`, fetch: async (request) => record(await fetch(request)), ...(token ? { token } : {}) });
  const json = async <T>(response: Response, status = 200): Promise<T> => {
    const text = await response.text();
    expect(response.status, `${response.url}: ${text}`).toBe(status);
    return JSON.parse(text) as T;
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'coach-node-backend-'));
    webhook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        webhookCalls.push(JSON.parse(body) as (typeof webhookCalls)[number]);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const port = await freePort();
    site = startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: EXAMPLE,
      env: cleanEnv({
        PORT: String(port),
        HOST: '127.0.0.1',
        COACH_SQLITE_FILE: join(directory, 'hiring-site.db'),
        COACH_SECRET_KEY: SECRET_KEY,
        REPORT_POLL_INTERVAL_MS: '200',
        NEW_REPORT_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/new-report`,
      }),
    });
    const match = await site.waitFor(/Acme Careers is running at (http:\/\/\S+?)\/ /, 120_000);
    origin = match[1] as string;
  }, 180_000);

  afterAll(async () => {
    await site?.stop();
    await new Promise((resolve) => webhook?.close(resolve));
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  let reportId: string;

  it('should serve its page with both widgets loaded from the mounted Coach', async () => {
    const page = await call('/');
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<coach-interview api-base="/coach">');
    expect(html).toContain('<coach-recruiter-dashboard api-base="/coach">');
    for (const bundle of ['/coach/widget/coach-interview.js', '/coach/widget/coach-recruiter-dashboard.js']) {
      expect(html).toContain(bundle);
      const response = await call(bundle);
      expect(response.status, bundle).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
    }
  });

  it('should run a candidate interview through the Coach API mounted under /coach, and react to the new report', async () => {
    const candidate = coachApi();
    const demos = await candidate.listDemos();
    expect(demos.map((demo) => demo.id)).toContain('quick-practice');

    const resume = new Blob([(await makeResumePdf()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const started = await candidate.uploadResume({ resume, file_name: 'resume.pdf', demo_id: 'quick-practice' });
    expect(started.candidate.name).toBe('Jordan Avery Smith');

    let question: CoachSchemas['Question'] | null = started.question;
    while (question) {
      const step = await candidate.submitAnswer({ session_id: started.session_id, question_id: question.id, answer: ANSWER });
      question = step.is_final ? null : step.next_question;
    }
    const feedback = await candidate.getFinalFeedback({ session_id: started.session_id });
    reportId = feedback.report_id;

    // The site's watcher notices the report: a log line, then the webhook.
    await site.waitFor(new RegExp(`New interview report: Jordan Avery Smith <[^>]+> for .+ scored [\\d.]+/10 \\(report ${reportId}\\)`), 30_000);
    await expect.poll(() => webhookCalls.map((entry) => entry.report.id), { timeout: 30_000 }).toEqual([reportId]);
    expect(webhookCalls[0]?.report.candidateName).toBe('Jordan Avery Smith');
  });

  it("should mint recruiter tokens only for the site's signed-in recruiters", async () => {
    expect((await call('/me/recruiter-token')).status).toBe(401);
    expect((await post('/login', { email: RECRUITER.email, password: 'not-the-password' })).status).toBe(401);

    const login = await post('/login', RECRUITER);
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    expect(cookie).toMatch(/^acme_session=.+/);
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/i);

    const { token, expires_at: expiresAt } = await json<{ token: string; expires_at: string }>(
      await call('/me/recruiter-token', { headers: { cookie: cookie as string } }),
    );
    expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());

    // The token opens Coach's recruiter routes…
    const recruiter = coachApi(token);
    const page = await recruiter.listReports();
    expect(page.reports.map((report) => report.id)).toContain(reportId);
    const details = await recruiter.getReport(reportId);
    expect(details.candidate_name).toBe('Jordan Avery Smith');
    // …but is not the secret key: it cannot mint tokens itself.
    await expect(recruiter.createRecruiterToken()).rejects.toMatchObject({ name: 'CoachClientError', status: 401 });
    // Without it, the reports stay closed.
    await expect(coachApi().listReports()).rejects.toMatchObject({ name: 'CoachClientError', status: 401 });

    const { notifications } = await json<{ notifications: string[] }>(await call('/me/notifications', { headers: { cookie: cookie as string } }));
    expect(notifications).toEqual([expect.stringContaining(`(report ${reportId})`)]);

    expect((await call('/logout', { method: 'POST', headers: { cookie: cookie as string } })).status).toBe(204);
    expect((await call('/me/recruiter-token', { headers: { cookie: cookie as string } })).status).toBe(401);
  });

  it('should never send the secret key to a browser, nor print it', () => {
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((text) => text.includes(SECRET_KEY))).toEqual([]);
    expect(site.output()).not.toContain(SECRET_KEY);
  });

  it('should shut down cleanly on SIGTERM', async () => {
    expect(await site.stop()).toBe(0);
  });
});
