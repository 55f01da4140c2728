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
interface Question { id: string; text: string; is_follow_up: boolean }

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
    const edited = await send('PATCH', `/api/templates/${template.id}/`, { version: 2, questions: [{ text: 'A replacement question for new candidates?', kind: 'technical' }] });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ version: 3, questions: [{ text: 'A replacement question for new candidates?' }] });

    // Thin answers would earn follow-ups; this template turns them off.
    const second = await answer(session.session_id, session.question, "I don't know.");
    expect(second).toMatchObject({ text: FIXED[1]!.text, is_follow_up: false });
    const third = await answer(session.session_id, second!, "I don't know.");
    expect(third).toMatchObject({ is_follow_up: false });
    expect(FIXED.map((question) => question.text)).not.toContain(third!.text);
    expect(await answer(session.session_id, third!, "I don't know.")).toBeNull();
    const dsa = await app.request('/api/get-dsa-question/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session_id: session.session_id }) });
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
    const short = await send('POST', '/api/templates/', { title: 'Short', role: 'SRE', level: 'mid', questions: [{ text: 'Why?', kind: 'technical' }], question_count: 2 });
    expect(short.status).toBe(400);
    expect((await errorOf(short)).message).toBeTruthy();
    const count = await send('POST', '/api/templates/', { title: 'Count', role: 'SRE', level: 'mid', questions: FIXED, question_count: 1 });
    expect(count.status).toBe(400);
    expect((await send('PATCH', '/api/templates/software-engineer/', { version: 1, title: 'Mine now' })).status).toBe(400);
    expect((await send('GET', '/api/templates/no-such-template/')).status).toBe(404);
  });
});
