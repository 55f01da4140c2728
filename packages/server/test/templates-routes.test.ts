import { createCoach, type Coach } from '@coach/core';
import { createTestPostgresStorage, createTestSqliteStorage, shouldRunPostgresTests, type TestStorage } from '@coach/core/testing';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { createApp } from '../src/index.js';
import { errorOf, SECRET_KEY, uploadResume } from './test-app.js';

const runPostgres = await shouldRunPostgresTests();
const AUTH = { authorization: `Bearer ${SECRET_KEY}` };
const FIXED = [
  { text: 'Walk us through the last production incident you owned.', kind: 'behavioral', key_points: ['timeline', 'postmortem'] },
  { text: 'How would you shard a Postgres table that outgrew one node?', kind: 'technical', key_points: ['shard key'] },
];

interface TemplateBody {
  id: string;
  version: number;
  published: boolean;
  archived_at: string | null;
  starter: boolean;
  questions: { text: string }[];
  question_count: number;
  dsa: { enabled: boolean };
}
interface Question {
  id: string;
  text: string;
  is_follow_up: boolean;
}

describe.each([
  { name: 'SQLite', create: () => createTestSqliteStorage(), skip: false },
  { name: 'PostgreSQL', create: () => createTestPostgresStorage(), skip: !runPostgres },
])('interview templates over HTTP ($name)', ({ create, skip }) => {
  let testStorage: TestStorage;
  let coach: Coach;
  let app: ReturnType<typeof createApp>;
  let offset = 0;
  let pdf: Uint8Array;

  beforeAll(async () => {
    pdf = await makeResumePdf();
  });
  beforeEach(async () => {
    if (skip) return;
    testStorage = await create();
    const now = () => new Date(Date.now() + offset);
    coach = await createCoach({ storage: testStorage.storage, textRecognizer: null, now, migrate: false });
    await coach.templates.seedStarterTemplates();
    app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false, now });
  });
  afterEach(() => testStorage?.cleanup());

  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, { method, headers: { ...AUTH, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  // The demo list is cached for a few seconds; moving the clock past that reads it afresh.
  const demoIds = async () => {
    offset += 60_000;
    return ((await (await app.request('/api/demos/')).json()) as { id: string }[]).map((demo) => demo.id);
  };
  const answer = async (sessionId: string, question: Question, text: string) => {
    const response = await app.request('/api/submit-answer-and-get-next/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session_id: sessionId, question_id: question.id, answer: text }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { next_question: Question | null }).next_question;
  };

  it.skipIf(skip)('should need recruiter auth', async () => {
    expect((await app.request('/api/templates/')).status).toBe(401);
    expect((await app.request('/api/templates/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it.skipIf(skip)('should hand out no coding round for a starter interview without one, and one for a starter with one', async () => {
    for (const [demoId, status] of [
      ['engineering-manager', 409],
      ['backend-engineer', 200],
    ] as const) {
      const started = await uploadResume(app, { bytes: pdf }, { demo_id: demoId });
      const session = (await started.json()) as { session_id: string; question: Question; include_dsa: boolean };
      expect(session.include_dsa).toBe(status === 200);
      let current: Question | null = session.question;
      while (current) current = await answer(session.session_id, current, 'I would measure first, then change one thing at a time and check the result.');
      const dsa = await app.request('/api/get-dsa-question/', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ session_id: session.session_id }),
      });
      expect(dsa.status).toBe(status);
      if (status === 409) expect((await errorOf(dsa)).code).toBe('DSA_NOT_IN_TEMPLATE');
    }
  });

  it.skipIf(skip)('should author, publish, edit and archive an interview whose fixed questions come first, in order', async () => {
    const created = await send('POST', '/api/templates/', {
      title: 'Platform Engineer',
      role: 'Platform Engineer',
      level: 'senior',
      job_description: 'Own the build farm.',
      questions: FIXED,
      question_count: 3,
      follow_ups: false,
      dsa: { enabled: false },
    });
    expect(created.status).toBe(201);
    const template = (await created.json()) as TemplateBody;
    expect(template).toMatchObject({ version: 1, published: false, starter: false, question_count: 3, dsa: { enabled: false }, archived_at: null });
    expect(template.questions.map((question) => question.text)).toEqual(FIXED.map((question) => question.text));

    // A draft is listed to recruiters, not to candidates, and cannot be started.
    const listed = (await (await send('GET', '/api/templates/')).json()) as { templates: TemplateBody[] };
    expect(listed.templates.map((each) => each.id)).toContain(template.id);
    expect(listed.templates.find((each) => each.id === 'software-engineer')).toMatchObject({ starter: true, published: true });
    expect(await demoIds()).not.toContain(template.id);
    expect((await uploadResume(app, { bytes: pdf }, { demo_id: template.id })).status).toBe(404);

    const published = await send('PATCH', `/api/templates/${template.id}/`, { version: 1, published: true });
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ version: 2, published: true });
    expect(await demoIds()).toContain(template.id);

    const started = await uploadResume(app, { bytes: pdf }, { demo_id: template.id });
    expect(started.status).toBe(200);
    const session = (await started.json()) as { session_id: string; question: Question; total_questions: number; include_dsa: boolean };
    expect(session).toMatchObject({ total_questions: 3, include_dsa: false, question: { text: FIXED[0]!.text } });

    // Editing the template mid-interview changes nothing for this candidate.
    const stale = await send('PATCH', `/api/templates/${template.id}/`, { version: 1, title: 'Stale' });
    expect(stale.status).toBe(409);
    const edited = await send('PATCH', `/api/templates/${template.id}/`, {
      version: 2,
      questions: [{ text: 'A replacement question for new candidates?', kind: 'technical' }],
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ version: 3, questions: [{ text: 'A replacement question for new candidates?' }] });

    // Thin answers would earn follow-ups; this template turns them off.
    const second = await answer(session.session_id, session.question, "I don't know.");
    expect(second).toMatchObject({ text: FIXED[1]!.text, is_follow_up: false });
    const third = await answer(session.session_id, second!, "I don't know.");
    expect(third).toMatchObject({ is_follow_up: false });
    expect(FIXED.map((question) => question.text)).not.toContain(third!.text);
    expect(await answer(session.session_id, third!, "I don't know.")).toBeNull();
    const dsa = await app.request('/api/get-dsa-question/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session_id: session.session_id }),
    });
    expect(dsa.status).toBe(409);
    expect((await errorOf(dsa)).code).toBe('DSA_NOT_IN_TEMPLATE');

    const archived = await send('DELETE', `/api/templates/${template.id}/`);
    expect(archived.status).toBe(200);
    expect(await archived.json()).toMatchObject({ version: 4, archived_at: expect.any(String) });
    expect(await demoIds()).not.toContain(template.id);
    const afterArchive = await uploadResume(app, { bytes: pdf }, { demo_id: template.id });
    expect(afterArchive.status).toBe(409);
    expect((await errorOf(afterArchive)).code).toBe('TEMPLATE_ARCHIVED');
    const visible = (await (await send('GET', '/api/templates/')).json()) as { templates: TemplateBody[] };
    expect(visible.templates.map((each) => each.id)).not.toContain(template.id);
    const all = (await (await send('GET', '/api/templates/?include_archived=true')).json()) as { templates: TemplateBody[] };
    expect(all.templates.map((each) => each.id)).toContain(template.id);
    expect((await send('GET', `/api/templates/${template.id}/`)).status).toBe(200);
    expect((await coach.templates.history({ id: template.id })).map((entry) => entry.action)).toEqual(['created', 'updated', 'updated', 'archived']);
  });

  it.skipIf(skip)('should refuse invalid templates with 400 and starter edits', async () => {
    const tooMany = Array.from({ length: 21 }, (_, index) => ({ text: `Fixed question number ${index}?`, kind: 'technical' }));
    const response = await send('POST', '/api/templates/', { title: 'Too long', role: 'SRE', level: 'mid', questions: tooMany, question_count: 25 });
    expect(response.status).toBe(400);
    const short = await send('POST', '/api/templates/', {
      title: 'Short',
      role: 'SRE',
      level: 'mid',
      questions: [{ text: 'Why?', kind: 'technical' }],
      question_count: 2,
    });
    expect(short.status).toBe(400);
    expect((await errorOf(short)).message).toBeTruthy();
    const count = await send('POST', '/api/templates/', { title: 'Count', role: 'SRE', level: 'mid', questions: FIXED, question_count: 1 });
    expect(count.status).toBe(400);
    expect((await send('PATCH', '/api/templates/software-engineer/', { version: 1, title: 'Mine now' })).status).toBe(400);
    expect((await send('GET', '/api/templates/no-such-template/')).status).toBe(404);
  });
  it.skipIf(skip)('should send a candidate to an interview with a personal link that works once', async () => {
    const template = (await (
      await send('POST', '/api/templates/', {
        title: 'Private SRE loop',
        role: 'SRE',
        level: 'mid',
        questions: FIXED.slice(0, 1),
        question_count: 1,
        follow_ups: false,
      })
    ).json()) as TemplateBody;
    expect((await app.request('/api/invitations/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);

    const { endpoint } = await coach.webhooks.createEndpoint({ url: 'https://ats.example.com/coach', events: ['invitation.completed'] });
    const created = await send('POST', '/api/invitations/', { template_id: template.id, candidate_name: 'Ada Lovelace', candidate_email: 'ada@example.com' });
    expect(created.status).toBe(201);
    const invitation = (await created.json()) as { id: string; token: string; url: string; status: string; expires_at: string | null };
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(invitation).toMatchObject({ status: 'created', expires_at: null, url: `http://localhost/?invitation=${invitation.token}` });
    // Only the hash is stored.
    expect(JSON.stringify(await testStorage.storage.invitations.get({ id: invitation.id }))).not.toContain(invitation.token);

    // The candidate's page looks the link up without credentials; the (unpublished) template is still theirs.
    const lookup = await app.request(`/api/invitations/${invitation.token}/public/`);
    expect(lookup.status).toBe(200);
    expect(await lookup.json()).toMatchObject({
      template_title: 'Private SRE loop',
      candidate_name: 'Ada Lovelace',
      recruiter_name: 'The Hiring Team',
      status: 'opened',
      usable: true,
      message: null,
    });
    expect((await app.request('/api/invitations/not-a-real-token-000000/public/')).status).toBe(404);

    const started = await uploadResume(app, { bytes: pdf }, { invitation: invitation.token, demo_id: 'software-engineer' });
    expect(started.status).toBe(200);
    const session = (await started.json()) as { session_id: string; demo_id: string; question: Question };
    expect(session).toMatchObject({ demo_id: template.id, question: { text: FIXED[0]!.text } });
    const again = await uploadResume(app, { bytes: pdf }, { invitation: invitation.token });
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toMatchObject({ code: 'INVITATION_USED', message: expect.stringContaining('already been used') });

    expect(await answer(session.session_id, session.question, 'I led the rollback within ten minutes and wrote the postmortem.')).toBeNull();
    const feedback = await app.request('/api/get-final-feedback/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session_id: session.session_id }),
    });
    expect(feedback.status).toBe(200);
    const listed = (await (await send('GET', `/api/invitations/?template_id=${template.id}`)).json()) as {
      invitations: { id: string; status: string; report_id: string | null }[];
    };
    expect(listed.invitations).toEqual([expect.objectContaining({ id: invitation.id, status: 'completed', report_id: expect.any(String) })]);
    const report = await testStorage.storage.reports.get({ id: listed.invitations[0]!.report_id! });
    // Queued with the report, in the same transaction (the delivery worker is not running here).
    const deliveries = await coach.webhooks.listDeliveries({ endpointId: endpoint.id });
    expect(deliveries.deliveries.map((delivery) => JSON.parse(delivery.payload) as unknown)).toEqual([
      expect.objectContaining({
        type: 'invitation.completed',
        data: {
          invitation_id: invitation.id,
          report_id: listed.invitations[0]!.report_id,
          session_id: session.session_id,
          template_id: template.id,
          candidate: { name: 'Ada Lovelace', email: 'ada@example.com' },
        },
      }),
    ]);
    expect(report).toMatchObject({ candidateName: 'Ada Lovelace', candidateEmail: 'ada@example.com' });
    const shown = await send('GET', `/api/reports/${report!.id}/`);
    expect(await shown.json()).toMatchObject({
      candidate_name: 'Ada Lovelace',
      origin: { template_id: template.id, template_version: 1, invitation_id: invitation.id },
    });
    const byTemplate = (await (await send('GET', `/api/reports/?template_id=${template.id}`)).json()) as { reports: { id: string }[] };
    expect(byTemplate.reports.map((each) => each.id)).toEqual([report!.id]);
    const otherTemplate = (await (await send('GET', '/api/reports/?template_id=software-engineer')).json()) as { reports: { id: string }[] };
    expect(otherTemplate.reports).toEqual([]);
    expect((await send('DELETE', `/api/invitations/${invitation.id}/`)).status).toBe(409);
    const afterCompletion = await uploadResume(app, { bytes: pdf }, { invitation: invitation.token });
    expect((await errorOf(afterCompletion)).code).toBe('INVITATION_USED');

    // Two tabs starting with one fresh link at once: exactly one interview begins.
    const raced = (await (
      await send('POST', '/api/invitations/', { template_id: template.id, candidate_name: 'Eve', candidate_email: 'eve@example.com' })
    ).json()) as { token: string };
    const both = await Promise.all([
      uploadResume(app, { bytes: pdf }, { invitation: raced.token }),
      uploadResume(app, { bytes: pdf }, { invitation: raced.token }),
    ]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 409]);

    // Revoked and expired links are refused with 410 and a message the widget shows.
    const revocable = (await (
      await send('POST', '/api/invitations/', { template_id: template.id, candidate_name: 'Bo', candidate_email: 'bo@example.com' })
    ).json()) as { id: string; token: string };
    const revoked = await send('DELETE', `/api/invitations/${revocable.id}/`);
    expect(await revoked.json()).toMatchObject({ status: 'revoked' });
    expect(await (await app.request(`/api/invitations/${revocable.token}/public/`)).json()).toMatchObject({
      usable: false,
      status: 'revoked',
      message: expect.stringContaining('withdrawn'),
    });
    const refused = await uploadResume(app, { bytes: pdf }, { invitation: revocable.token });
    expect(refused.status).toBe(410);
    expect((await errorOf(refused)).code).toBe('INVITATION_EXPIRED');

    const expiresAt = new Date(Date.now() + offset + 3_600_000).toISOString();
    const expiring = (await (
      await send('POST', '/api/invitations/', { template_id: template.id, candidate_name: 'Cy', candidate_email: 'cy@example.com', expires_at: expiresAt })
    ).json()) as { id: string; token: string };
    offset += 2 * 3_600_000;
    const late = await uploadResume(app, { bytes: pdf }, { invitation: expiring.token });
    expect(late.status).toBe(410);
    const expired = (await (await send('GET', '/api/invitations/?status=expired')).json()) as { invitations: { id: string }[] };
    expect(expired.invitations.map((each) => each.id)).toEqual([expiring.id]);
    const past = await send('POST', '/api/invitations/', {
      template_id: template.id,
      candidate_name: 'Di',
      candidate_email: 'di@example.com',
      expires_at: '2001-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    const badEmail = await send('POST', '/api/invitations/', { template_id: template.id, candidate_name: 'Di', candidate_email: 'not an email' });
    expect(badEmail.status).toBe(400);
  });
});
