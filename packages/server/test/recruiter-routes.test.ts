import { createMockMailer, type MockMailer } from '@coach/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, postJson, SECRET_KEY, type TestApp } from './test-app.js';

const auth = (credential: string) => ({ authorization: `Bearer ${credential}` });

function createReport(t: TestApp, body: Record<string, unknown>, credential = SECRET_KEY) {
  return postJson(t.app, '/api/reports/create/', body, auth(credential));
}

async function mintToken(
  t: TestApp,
  body: Record<string, unknown> | undefined = undefined,
): Promise<{ token: string; expires_at: string; expires_in: number }> {
  const response = await t.app.request('/api/recruiter-tokens/', {
    method: 'POST',
    headers: { ...auth(SECRET_KEY), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { token: string; expires_at: string; expires_in: number };
}

const CANDIDATES = [
  { candidate_name: 'Ada Park', candidate_email: 'ada@example.com', role: 'Backend Engineer', overall_score: 8.5 },
  { candidate_name: 'Ben Ortiz', candidate_email: 'ben@example.com', role: 'Backend Engineer', overall_score: 6 },
  { candidate_name: 'Chloé Ng', candidate_email: 'chloe@example.com', role: 'Data Scientist', overall_score: 9.1 },
  { candidate_name: 'Dev Rao', candidate_email: 'dev@example.com', role: 'Frontend Engineer', overall_score: 4.2 },
  { candidate_name: 'Eve Stone', candidate_email: 'eve@example.com', role: 'Data Scientist', overall_score: 7 },
];

describe('recruiter auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('should answer 401 without credentials, with a wrong key and with a forged token', async () => {
    for (const headers of [
      {},
      auth('not-the-secret-key-at-all'),
      auth('ct1.eyJzdWIiOiJ4In0.AAAA'),
      { authorization: SECRET_KEY },
      { authorization: 'Basic Zm9vOmJhcg==' },
    ]) {
      const response = await t.app.request('/api/reports/', { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await errorOf(response)).code).toBe('UNAUTHORIZED');
    }
  });

  it('should accept the secret key and a minted token, and refuse the token once expired', async () => {
    expect((await t.app.request('/api/reports/', { headers: auth(SECRET_KEY) })).status).toBe(200);
    const { token, expires_at, expires_in } = await mintToken(t);
    expect(expires_in).toBe(900);
    expect(Date.parse(expires_at)).toBeGreaterThan(Date.now());
    expect((await t.app.request('/api/reports/', { headers: auth(token) })).status).toBe(200);
    t.advance(901_000);
    const expired = await t.app.request('/api/reports/', { headers: auth(token) });
    expect(expired.status).toBe(401);
    expect((await errorOf(expired)).message).toMatch(/expired/);
  });

  it('should mint tokens only for the secret key, within the lifetime bounds', async () => {
    const { token } = await mintToken(t, { subject: 'Dana', ttl_seconds: 120 });
    const withToken = await t.app.request('/api/recruiter-tokens/', { method: 'POST', headers: auth(token) });
    expect(withToken.status).toBe(401);
    expect((await t.app.request('/api/recruiter-tokens/', { method: 'POST' })).status).toBe(401);
    for (const ttl of [5, 10 ** 9, 1.5]) {
      const response = await postJson(t.app, '/api/recruiter-tokens/', { ttl_seconds: ttl }, auth(SECRET_KEY));
      expect(response.status, String(ttl)).toBe(400);
    }
    const text = await t.app.request('/api/recruiter-tokens/', {
      method: 'POST',
      headers: { ...auth(SECRET_KEY), 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);
  });

  it('should refuse tokens signed by a server with another secret key', async () => {
    const other = await createTestApp({ app: { secretKey: 'another-secret-key-0123456789' } });
    try {
      const response = await other.app.request('/api/recruiter-tokens/', { method: 'POST', headers: auth('another-secret-key-0123456789') });
      const { token } = (await response.json()) as { token: string };
      expect((await t.app.request('/api/reports/', { headers: auth(token) })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('recruiter reports', () => {
  let t: TestApp;
  let token: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    token = (await mintToken(t, { subject: 'dashboard' })).token;
    for (const candidate of CANDIDATES) {
      const response = await createReport(t, {
        ...candidate,
        summary: `Summary of ${candidate.candidate_name}.`,
        strengths: ['Clear'],
        improvements: ['Depth'],
        questions: [{ question: 'Why us?', answer: 'Because.', score: 5, feedback: 'Thin.' }],
      });
      expect(response.status).toBe(201);
      const report = (await response.json()) as { id: string; decision: string; candidate_name: string; questions: unknown[] };
      expect(report).toMatchObject({ candidate_name: candidate.candidate_name, decision: 'Pending' });
      expect(report.questions).toHaveLength(1);
      ids.push(report.id);
    }
  });
  afterAll(() => t.close());

  it('should refuse invalid reports', async () => {
    for (const body of [
      { ...CANDIDATES[0], overall_score: 11 },
      { ...CANDIDATES[0], candidate_email: 'not an email' },
      { ...CANDIDATES[0], candidate_name: '' },
      { candidate_name: 'No role' },
      [],
    ]) {
      const response = await createReport(t, body as Record<string, unknown>);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).code).toBe('VALIDATION_FAILED');
    }
  });

  it('should list, filter, search, sort and page', async () => {
    const list = async (query: string) => {
      const response = await t.app.request(`/api/reports/${query}`, { headers: auth(token) });
      expect(response.status, query).toBe(200);
      return (await response.json()) as {
        reports: { id: string; candidate_name: string; role: string; overall_score: number; decision: string; created_at: string; candidate_email: string }[];
        next_cursor: string | null;
      };
    };
    const all = await list('');
    expect(all.reports).toHaveLength(CANDIDATES.length);
    expect(all.next_cursor).toBeNull();
    expect((await list('?role=Data%20Scientist')).reports.map((row) => row.candidate_name).sort()).toEqual(['Chloé Ng', 'Eve Stone']);
    expect((await list('?min_score=8')).reports.map((row) => row.candidate_name).sort()).toEqual(['Ada Park', 'Chloé Ng']);
    expect((await list('?q=ORTIZ')).reports.map((row) => row.candidate_name)).toEqual(['Ben Ortiz']);
    expect((await list('?sort=score')).reports.map((row) => row.overall_score)).toEqual([9.1, 8.5, 7, 6, 4.2]);
    expect((await list('?decision=Accepted')).reports).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.reports.length).toBeLessThanOrEqual(2);
      seen.push(...page.reports.map((row) => row.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('should refuse bad list queries with 400', async () => {
    for (const query of ['?min_score=abc', '?min_score=11', '?limit=0', '?limit=1000', '?decision=Maybe', '?sort=random', '?cursor=garbage']) {
      const response = await t.app.request(`/api/reports/${query}`, { headers: auth(token) });
      expect(response.status, query).toBe(400);
    }
  });

  it('should give details and statistics', async () => {
    const response = await t.app.request(`/api/reports/${ids[2]}/`, { headers: auth(token) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: ids[2],
      candidate_name: 'Chloé Ng',
      summary: 'Summary of Chloé Ng.',
      questions: [{ question: 'Why us?', answer: 'Because.', score: 5, feedback: 'Thin.' }],
      dsa: null,
      decision_history: [],
      invite: null,
    });
    const statistics = await t.app.request('/api/reports/statistics/', { headers: auth(token) });
    expect(statistics.status).toBe(200);
    const body = (await statistics.json()) as {
      total: number;
      by_decision: Record<string, number>;
      average_score: number;
      by_role: { role: string; count: number }[];
      score_distribution: number[];
    };
    expect(body.total).toBe(5);
    expect(body.by_decision).toEqual({ Pending: 5, Accepted: 0, Declined: 0 });
    expect(body.average_score).toBeCloseTo((8.5 + 6 + 9.1 + 4.2 + 7) / 5, 5);
    expect(body.by_role.find((row) => row.role === 'Data Scientist')?.count).toBe(2);
    expect(body.score_distribution.reduce((sum, count) => sum + count, 0)).toBe(5);
  });

  it('should record decisions with the actor and explain that no mail server is configured', async () => {
    // Before the decision, the report already says that an invite could not go out now.
    const before = (await (await t.app.request(`/api/reports/${ids[0]}/`, { headers: auth(token) })).json()) as {
      invite: unknown;
      invite_blocked_reason: string | null;
    };
    expect(before).toMatchObject({ invite: null, invite_blocked_reason: expect.stringMatching(/SMTP_URL/) });
    const response = await t.app.request(`/api/reports/${ids[0]}/decision/`, {
      method: 'PATCH',
      headers: { ...auth(token), 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'Accepted' }),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      success: boolean;
      changed: boolean;
      email_sent: boolean;
      email_message: string;
      report: { decision: string; decision_history: { from: string; to: string; actor: string }[]; invite: { status: string } | null };
    };
    expect(result).toMatchObject({ success: true, changed: true, email_sent: false, report: { decision: 'Accepted' } });
    expect(result.email_message).toBeTruthy();
    expect(result.report.decision_history).toEqual([expect.objectContaining({ from: 'Pending', to: 'Accepted', actor: 'token:dashboard' })]);
    // The report keeps saying why the invite waits, not only the answer to the decision.
    const details = (await (await t.app.request(`/api/reports/${ids[0]}/`, { headers: auth(token) })).json()) as {
      invite: { status: string; last_error: string | null; blocked_reason: string | null };
    };
    expect(details.invite).toMatchObject({ status: 'queued', last_error: null, blocked_reason: expect.stringMatching(/SMTP_URL/) });

    const declined = await t.app.request(`/api/reports/${ids[1]}/decision/`, {
      method: 'PATCH',
      headers: { ...auth(SECRET_KEY), 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'Declined' }),
    });
    expect(((await declined.json()) as typeof result).report.decision_history[0]).toMatchObject({ to: 'Declined', actor: 'secret-key' });

    const bad = await t.app.request(`/api/reports/${ids[0]}/decision/`, {
      method: 'PATCH',
      headers: { ...auth(token), 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'Hired' }),
    });
    expect(bad.status).toBe(400);
  });

  it('should delete a report once and then answer 404', async () => {
    const id = ids[4] as string;
    const deleted = await t.app.request(`/api/reports/${id}/delete/`, { method: 'DELETE', headers: auth(token) });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    for (const [method, path] of [
      ['GET', `/api/reports/${id}/`],
      ['DELETE', `/api/reports/${id}/delete/`],
    ] as const) {
      const response = await t.app.request(path, { method, headers: auth(token) });
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('NOT_FOUND');
    }
    const decision = await t.app.request(`/api/reports/${id}/decision/`, {
      method: 'PATCH',
      headers: { ...auth(token), 'content-type': 'application/json' },
      body: '{"decision":"Accepted"}',
    });
    expect(decision.status).toBe(404);
  });
});

describe('recruiter decisions with a mail server', () => {
  let t: TestApp;
  let mailer: MockMailer;
  beforeAll(async () => {
    mailer = createMockMailer();
    t = await createTestApp({ coach: { mailer, settings: { meetingLink: 'https://meet.example.com/acme', recruiterName: 'Dana' } } });
  });
  afterAll(() => t.close());

  it('should send one invite on accept, never a second one, and report a mail outage without losing the decision', async () => {
    const created = (await (await createReport(t, CANDIDATES[0] as Record<string, unknown>)).json()) as { id: string };
    const decide = (id: string, decision: string) =>
      t.app.request(`/api/reports/${id}/decision/`, {
        method: 'PATCH',
        headers: { ...auth(SECRET_KEY), 'content-type': 'application/json' },
        body: JSON.stringify({ decision }),
      });

    const first = (await (await decide(created.id, 'Accepted')).json()) as {
      email_sent: boolean;
      changed: boolean;
      report: { invite: { status: string; to_email: string } | null };
    };
    expect(first).toMatchObject({ email_sent: true, changed: true, report: { invite: { status: 'sent', to_email: 'ada@example.com' } } });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to.email).toBe('ada@example.com');
    expect(mailer.sent[0]?.text).toContain('https://meet.example.com/acme');

    const again = (await (await decide(created.id, 'Accepted')).json()) as { email_sent: boolean; changed: boolean };
    expect(again).toMatchObject({ changed: false, email_sent: true });
    await decide(created.id, 'Pending');
    await decide(created.id, 'Accepted');
    expect(mailer.sent).toHaveLength(1);

    mailer.fail();
    const other = (await (await createReport(t, CANDIDATES[2] as Record<string, unknown>)).json()) as { id: string };
    const outage = await decide(other.id, 'Accepted');
    expect(outage.status).toBe(200);
    const body = (await outage.json()) as { email_sent: boolean; email_message: string; report: { decision: string; invite: { status: string } } };
    expect(body).toMatchObject({ email_sent: false, report: { decision: 'Accepted', invite: { status: 'queued', blocked_reason: null } } });
    mailer.recover();
    t.advance(24 * 3600_000);
    await t.coach.maintenance.runOnce();
    expect(mailer.sent.map((mail) => mail.to.email)).toEqual(['ada@example.com', 'chloe@example.com']);
  });
});
