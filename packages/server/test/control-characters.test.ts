// NUL and other control characters in ids and filters are bad input: 400 with our own words,
// never a 5xx carrying the database driver's message, and never a filter matching everything.
import { createCoach, type Coach } from '@coach/core';
import { createTestPostgresStorage, createTestSqliteStorage, shouldRunPostgresTests, type TestStorage } from '@coach/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { SECRET_KEY } from './test-app.js';

const runPostgres = await shouldRunPostgresTests();
const auth = { authorization: `Bearer ${SECRET_KEY}` };

for (const variant of [
  { name: 'SQLite', create: createTestSqliteStorage, skip: false },
  { name: 'PostgreSQL', create: () => createTestPostgresStorage(), skip: !runPostgres },
]) {
  describe.skipIf(variant.skip)(`control characters in ids and filters (${variant.name})`, () => {
    let testStorage: TestStorage;
    let coach: Coach;
    let app: ReturnType<typeof createApp>;

    beforeAll(async () => {
      testStorage = await variant.create();
      coach = await createCoach({ storage: testStorage.storage, textRecognizer: null, migrate: false });
      await coach.templates.seedStarterTemplates();
      app = createApp(coach, { secretKey: SECRET_KEY, rateLimit: false, pages: false });
      for (const name of ['Ada Lovelace', 'Grace Hopper']) {
        await coach.reports.create({
          input: { candidateName: name, candidateEmail: `${name.split(' ')[0]!.toLowerCase()}@example.com`, role: 'Backend Engineer', overallScore: 7 },
        });
      }
    });
    afterAll(() => testStorage.cleanup());

    async function expectBadInput(response: Response) {
      const text = await response.text();
      expect(response.status, text).toBe(400);
      const body = JSON.parse(text) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.message).not.toMatch(/0x00|invalid byte sequence|UTF8|sqlite|syntax|postgres/i);
    }

    it.each(['%00', 'a%00b', '%00a', '%01', '%1b%5b31m', '%7f', '%c2%85'])('should refuse q=%s and role=%s with 400', async (value) => {
      await expectBadInput(await app.request(`/api/reports/?q=${value}`, { headers: auth }));
      await expectBadInput(await app.request(`/api/reports/?role=${value}`, { headers: auth }));
      await expectBadInput(await app.request(`/api/reports/?cursor=${value}`, { headers: auth }));
    });

    it.each(['%00', 'abcdefghij%00klmnopqrstu', '%00abcdefghijklmnopqrstu'])('should refuse the report id %s with 400 on every report route', async (id) => {
      await expectBadInput(await app.request(`/api/reports/${id}/`, { headers: auth }));
      await expectBadInput(await app.request(`/api/reports/${id}/delete/`, { method: 'DELETE', headers: auth }));
      await expectBadInput(
        await app.request(`/api/reports/${id}/decision/`, {
          method: 'PATCH',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ decision: 'Accepted' }),
        }),
      );
    });

    it('should refuse a session id with NUL with 400', async () => {
      await expectBadInput(await app.request('/api/sessions/abcdefghij%00klmnopqrstu/'));
      await expectBadInput(
        await app.request('/api/get-final-feedback/', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ session_id: 'abcdefghij\u0000klmnopqrstu' }),
        }),
      );
    });

    it('should refuse a demo_id with NUL with 400', async () => {
      const form = new FormData();
      form.set('resume', new File(['Ada Lovelace\nada@example.com\nBackend engineer with TypeScript and PostgreSQL.'], 'resume.txt', { type: 'text/plain' }));
      form.set('demo_id', 'software-engineer\u0000');
      await expectBadInput(await app.request('/api/upload-resume/', { method: 'POST', body: form }));
    });

    it('should still find reports by an ordinary q', async () => {
      const answer = await app.request('/api/reports/?q=ada', { headers: auth });
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { reports: { candidate_name: string }[] };
      expect(body.reports.map((report) => report.candidate_name)).toEqual(['Ada Lovelace']);
    });
  });
}

describe('report service (defence in depth)', () => {
  let testStorage: TestStorage;
  let coach: Coach;
  beforeAll(async () => {
    testStorage = await createTestSqliteStorage();
    coach = await createCoach({ storage: testStorage.storage, textRecognizer: null, migrate: false });
    await coach.reports.create({ input: { candidateName: 'Ada Lovelace', candidateEmail: 'ada@example.com', role: 'Backend Engineer', overallScore: 7 } });
  });
  afterAll(() => testStorage.cleanup());

  it('should refuse NUL in a query, a role, a cursor and an id with ValidationError', async () => {
    for (const call of [
      () => coach.reports.list({ filter: { query: '\u0000a' } }),
      () => coach.reports.list({ filter: { role: 'Backend\u0000' } }),
      () => coach.reports.list({ cursor: '\u0000' }),
      () => coach.reports.get({ id: 'abc\u0000' }),
      () => coach.reports.delete({ id: 'abc\u0000' }),
      () => coach.reports.decide({ id: 'abc\u0000', decision: 'Accepted', actor: 'test' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
});
