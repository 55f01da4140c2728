// The client against the real @coach/server over HTTP on loopback: SQLite, the offline
// interviewer, the starter interviews. Only the failure cases that need a misbehaving server
// (a hanging one, an HTML page) use a tiny node:http server instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoachClientError, createCoachClient, type CoachClient, type CoachSchemas } from '@coach/client';
import { DEFAULT_RESUME_EMAIL, DEFAULT_RESUME_NAME, makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { findRunnableProblem } from '../../core/src/catalog/runnable/index.js';
import { serve, type RunningServer } from '../../server/src/node.js';
import { createTestApp, SECRET_KEY, type TestApp } from '../../server/test/test-app.js';

const ANSWER =
  'At my last company I led the move of our billing system to Go services. I planned the milestones, measured ' +
  'p99 latency before and after (900 ms down to 180 ms) and kept every payment idempotent with request keys. ' +
  'The result: no double charges and a team that ships twice a week.';

/** The error a call throws, or a failure when it resolves. */
async function failureOf(call: Promise<unknown>): Promise<CoachClientError> {
  try {
    await call;
  } catch (error) {
    expect(CoachClientError.isInstance(error), String(error)).toBe(true);
    return error as CoachClientError;
  }
  return expect.fail('the call should have failed');
}

/** A loopback server answering every request with `handler`. */
async function startRawServer(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('createCoachClient against @coach/server', () => {
  let t: TestApp;
  let running: RunningServer;
  let admin: CoachClient;

  beforeAll(async () => {
    t = await createTestApp();
    running = await serve(t.app, { port: 0, hostname: '127.0.0.1', coach: t.coach, handleSignals: false, maintenanceIntervalMs: 0 });
    admin = createCoachClient({ baseUrl: running.url, token: SECRET_KEY });
  });

  afterAll(async () => {
    await running?.close();
    await t?.close();
  });

  it('should run the candidate flow: demos, resume upload, answers, final feedback, DSA round, combined report', async () => {
    const coach = createCoachClient({ baseUrl: `${running.url}/api/` });
    const demos = await coach.listDemos();
    expect(demos.map((demo) => demo.id)).toContain('software-engineer');

    const resume = new Blob([(await makeResumePdf()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    const started = await coach.uploadResume({ resume, file_name: 'resume.pdf', demo_id: 'software-engineer', job_description: 'Backend: Go, PostgreSQL.' });
    expect(started.candidate).toEqual({ name: DEFAULT_RESUME_NAME, email: DEFAULT_RESUME_EMAIL });
    expect(started.question_number).toBe(1);
    const session_id = started.session_id;

    const state = await coach.getSession(session_id);
    expect(state).toMatchObject({ session_id, state: 'interviewing', question: { id: started.question.id } });

    let question: CoachSchemas['Question'] | null = started.question;
    let answered = 0;
    while (question) {
      const result = await coach.submitAnswer({ session_id, question_id: question.id, answer: ANSWER });
      expect(result.evaluation.score).toBeGreaterThanOrEqual(0);
      expect(result.evaluation.score).toBeLessThanOrEqual(10);
      expect(result.is_final).toBe(result.next_question === null);
      answered += 1;
      // The server's 409 arrives as its code.
      const again = await failureOf(coach.submitAnswer({ session_id, question_id: question.id, answer: 'Another answer.' }));
      expect([again.code, again.status]).toEqual(['QUESTION_ALREADY_ANSWERED', 409]);
      question = result.next_question;
      expect(answered).toBeLessThan(30);
    }

    const feedback = await coach.getFinalFeedback({ session_id });
    expect(feedback.questions).toHaveLength(answered);
    expect(feedback.report_id).toBeTruthy();

    const dsa = await coach.getDsaQuestion({ session_id });
    expect(dsa.question.examples.length).toBeGreaterThan(0);
    expect(dsa.question.languages).toContain('javascript');
    const runnable = findRunnableProblem(dsa.question.id)!;
    const ran = await coach.runCode({ session_id, language: 'javascript', code: runnable.references.javascript });
    expect(ran.status).toBe('passed');
    expect(ran.tests.total).toBe(runnable.examples.length);
    const wrong = await coach.submitCode({ session_id, language: 'javascript', code: dsa.question.signatures.javascript! });
    expect(wrong.score).toBeLessThanOrEqual(4);
    expect(wrong.tests.total).toBe(runnable.examples.length + runnable.hidden.length);
    expect((await failureOf(coach.runCode({ session_id, language: 'cobol', code: 'x' }))).code).toBe('UNSUPPORTED_LANGUAGE');
    const submitted = await coach.submitPseudocode({
      session_id,
      pseudocode: 'seen = empty map\nfor i, x in nums:\n  if target - x in seen: return [seen[target - x], i]\n  seen[x] = i\nreturn []\nO(n) time and space.',
    });
    expect(submitted.score).toBeGreaterThanOrEqual(0);
    let done = submitted.done;
    for (let turn = 0; !done && turn < 10; turn += 1) {
      done = (await coach.continuePseudocode({ session_id, message: 'An empty array returns an empty list; lookups are O(1) on average.' })).done;
    }

    const combined = await coach.getCombinedReport({ session_id });
    expect(combined.report_id).toBe(feedback.report_id);
    expect(combined.behavioral.questions).toHaveLength(answered);
    expect(combined.dsa?.problem_title).toBe(dsa.question.title);
    expect(combined.overall_score).toBeGreaterThanOrEqual(0);

    // The same routes through the typed GET/POST.
    const viaPost = await coach.POST('/api/get-combined-report/', { body: { session_id } });
    expect(viaPost.report_id).toBe(combined.report_id);
    const viaGet = await coach.GET('/api/sessions/{id}/', { params: { path: { id: session_id } } });
    expect(viaGet.report_id).toBe(combined.report_id);
  });

  it('should run the recruiter flow: token, reports, statistics, decision, delete', async () => {
    const created = await admin.createReport({
      candidate_name: 'Ada Lovelace',
      candidate_email: 'ada@example.com',
      role: 'Backend Engineer',
      overall_score: 8.5,
    });
    const { token, expires_in } = await admin.createRecruiterToken({ subject: 'Grace' });
    expect(expires_in).toBe(900);
    const recruiter = createCoachClient({ baseUrl: running.url, token: () => token });

    const page = await recruiter.listReports({ q: 'Lovelace', sort: 'score' });
    expect(page.reports.map((report) => report.id)).toEqual([created.id]);
    const statistics = await recruiter.getStatistics();
    expect(statistics.total).toBeGreaterThanOrEqual(1);
    expect(statistics.by_decision.Pending).toBeGreaterThanOrEqual(1);

    const decided = await recruiter.setDecision(created.id, 'Declined');
    expect(decided).toMatchObject({ success: true, changed: true, report: { id: created.id, decision: 'Declined' } });
    const report = await recruiter.getReport(created.id);
    expect(report.decision_history.at(-1)).toMatchObject({ from: 'Pending', to: 'Declined', actor: 'token:Grace' });
    expect((await recruiter.listReports({ decision: 'Declined' })).reports.map((row) => row.id)).toContain(created.id);

    await recruiter.deleteReport(created.id);
    const missing = await failureOf(recruiter.getReport(created.id));
    expect([missing.code, missing.status]).toEqual(['NOT_FOUND', 404]);
    expect(missing.requestId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(missing.isRetryable).toBe(false);
  });

  it("should turn the server's errors into CoachClientError with its code, status and message", async () => {
    const anonymous = createCoachClient({ baseUrl: running.url });
    const unauthorized = await failureOf(anonymous.getStatistics());
    expect([unauthorized.code, unauthorized.status]).toEqual(['UNAUTHORIZED', 401]);
    expect(unauthorized.message).toBeTruthy();
    expect(unauthorized).toBeInstanceOf(Error);
    expect(unauthorized.name).toBe('CoachClientError');

    const unknownSession = await failureOf(anonymous.getFinalFeedback({ session_id: 'no-such-session-0123456789' }));
    expect([unknownSession.code, unknownSession.status]).toEqual(['NOT_FOUND', 404]);
    const invalid = await failureOf(anonymous.POST('/api/get-final-feedback/', { body: {} as { session_id: string } }));
    expect([invalid.code, invalid.status]).toEqual(['VALIDATION_FAILED', 400]);
    // The secret key alone mints tokens: a recruiter token may not.
    const { token } = await admin.createRecruiterToken();
    const forbidden = await failureOf(createCoachClient({ baseUrl: running.url, token }).createRecruiterToken());
    expect(forbidden.status).toBe(401);
  });

  it('should speak text as audio', async () => {
    const audio = await createCoachClient({ baseUrl: running.url }).textToSpeech({ text: 'Tell me about a project you led.' });
    expect(audio).toBeInstanceOf(Blob);
    expect(audio.type).toMatch(/^audio\//);
    expect(audio.size).toBeGreaterThan(1000);
  });

  it('should renew an expired token through onUnauthorized and send the request once more', async () => {
    const { token: expiring } = await admin.createRecruiterToken({ subject: 'Expiring', ttl_seconds: 60 });
    t.advance(61_000);
    const renewals: (string | undefined)[] = [];
    const recruiter = createCoachClient({
      baseUrl: running.url,
      token: expiring,
      onUnauthorized: async ({ token, response }) => {
        expect(response.status).toBe(401);
        renewals.push(token);
        return (await admin.createRecruiterToken({ subject: 'Renewed' })).token;
      },
    });
    const report = await admin.createReport({ candidate_name: 'Alan Turing', candidate_email: 'alan@example.com', role: 'Researcher', overall_score: 9 });
    // Three requests at once see the same expired token: one renewal, each retried with its body.
    const [decided, statistics, page] = await Promise.all([
      recruiter.setDecision(report.id, 'Accepted'),
      recruiter.getStatistics(),
      recruiter.listReports({ q: 'Turing' }),
    ]);
    expect(renewals).toEqual([expiring]);
    expect(decided.report.decision_history.at(-1)).toMatchObject({ to: 'Accepted', actor: 'token:Renewed' });
    expect(statistics.total).toBeGreaterThanOrEqual(1);
    expect(page.reports.map((row) => row.id)).toEqual([report.id]);
    // The renewed token replaced the string token: no renewal for the next request.
    await recruiter.getReport(report.id);
    expect(renewals).toHaveLength(1);
  });

  it('should give up after one renewal, and when the hook has no token', async () => {
    let calls = 0;
    const wrong = createCoachClient({
      baseUrl: running.url,
      token: 'not-a-valid-token',
      onUnauthorized: () => {
        calls += 1;
        return `still-wrong-${calls}`;
      },
    });
    const error = await failureOf(wrong.getStatistics());
    expect([error.code, error.status, calls]).toEqual(['UNAUTHORIZED', 401, 1]);
    const noToken = createCoachClient({ baseUrl: running.url, onUnauthorized: () => null });
    expect((await failureOf(noToken.getStatistics())).code).toBe('UNAUTHORIZED');
    const failing = createCoachClient({ baseUrl: running.url, token: () => Promise.reject(new Error('signed out')) });
    expect((await failureOf(failing.getStatistics())).code).toBe('TOKEN_UNAVAILABLE');
  });

  it('should send the configured headers and fetch settings, and its own headers per request', async () => {
    const seen: Headers[] = [];
    const settings: Pick<Request, 'cache' | 'credentials'>[] = [];
    const coach = createCoachClient({
      baseUrl: running.url,
      headers: { 'x-tenant': 'acme' },
      requestInit: { credentials: 'omit', cache: 'no-store' },
      fetch: (request) => {
        seen.push(new Headers(request.headers));
        settings.push({ cache: request.cache, credentials: request.credentials });
        return fetch(request);
      },
    });
    await coach.listDemos({ headers: { 'x-trace': 'one' } });
    expect(settings).toEqual([{ cache: 'no-store', credentials: 'omit' }]);
    expect(seen[0]?.get('x-tenant')).toBe('acme');
    expect(seen[0]?.get('x-trace')).toBe('one');
    expect(seen[0]?.has('authorization')).toBe(false);
  });
});

describe('createCoachClient failures without a Coach answer', () => {
  it('should reject with ABORTED when the signal fires while the server is still answering', async () => {
    let received = 0;
    const { url, server } = await startRawServer(() => {
      received += 1; // never answers
    });
    try {
      const controller = new AbortController();
      const call = createCoachClient({ baseUrl: url }).listDemos({ signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toBe(1);
      controller.abort();
      const error = await failureOf(call);
      expect([error.code, error.status, error.isRetryable]).toEqual(['ABORTED', 0, false]);
      const already = await failureOf(createCoachClient({ baseUrl: url }).getSession('x', { signal: AbortSignal.abort() }));
      expect(already.code).toBe('ABORTED');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('should reject with NETWORK_ERROR when nothing listens', async () => {
    const { url, server } = await startRawServer(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    const error = await failureOf(createCoachClient({ baseUrl: url }).listDemos());
    expect([error.code, error.status, error.isRetryable]).toEqual(['NETWORK_ERROR', 0, true]);
  });

  it('should reject with INVALID_RESPONSE for a 2xx that is not JSON, and keep the status of an HTML error page', async () => {
    const { url, server } = await startRawServer((request, response) => {
      if (request.url === '/api/demos/') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Welcome to the proxy</html>');
      } else {
        response.writeHead(502, { 'content-type': 'text/html', 'retry-after': '7' }).end('<html>Bad gateway</html>');
      }
    });
    try {
      const coach = createCoachClient({ baseUrl: url });
      const invalid = await failureOf(coach.listDemos());
      expect([invalid.code, invalid.status]).toEqual(['INVALID_RESPONSE', 200]);
      const gateway = await failureOf(coach.getStatistics());
      expect([gateway.code, gateway.status, gateway.retryAfter, gateway.isRetryable]).toEqual(['SERVER_ERROR', 502, 7, true]);
    } finally {
      server.close();
    }
  });
});

describe('CoachClientError.isInstance', () => {
  it('should recognise an error from another copy of the package by its registry symbol', () => {
    const copy = Object.assign(new Error('from another bundle'), { [Symbol.for('coach.error.CoachClientError')]: true });
    expect(CoachClientError.isInstance(copy)).toBe(true);
    expect(CoachClientError.isInstance(Object.assign(new Error('look-alike'), { name: 'CoachClientError', code: 'X' }))).toBe(false);
    expect(CoachClientError.isInstance(null)).toBe(false);
  });
});

// Type checks (run by `npm run typecheck`): wrong paths, bodies and ids do not compile.
export function typeChecks(coach: CoachClient): void {
  // @ts-expect-error: not a route of the API
  void coach.GET('/api/nope/');
  // @ts-expect-error: a POST route has no GET
  void coach.GET('/api/get-final-feedback/');
  // @ts-expect-error: question_id is required
  void coach.submitAnswer({ session_id: 's', answer: 'a' });
  // @ts-expect-error: not a decision
  void coach.setDecision('id', 'Maybe');
  // @ts-expect-error: the path parameter is required
  void coach.GET('/api/reports/{id}/');
}
