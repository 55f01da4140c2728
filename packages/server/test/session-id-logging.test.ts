// The session id is the candidate's capability: whoever reads it can answer for them. Logs
// are read by more people than the database, so they hold a short hash of it instead.
import { createHash } from 'node:crypto';
import type { Logger } from '@coach/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { createTestApp, postJson, uploadResume, type TestApp } from './test-app.js';

describe('logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  const capture = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(JSON.stringify({ level, message, ...fields }));
  const logger: Logger = { debug: capture('debug'), info: capture('info'), warn: capture('warn'), error: capture('error') };

  beforeEach(async () => {
    lines.length = 0;
    t = await createTestApp({ coach: { logger } });
  });
  afterEach(() => t.close());

  it('should never hold a session id, only its short hash', async () => {
    const started = (await (await uploadResume(t.app, { bytes: await makeResumePdf() })).json()) as { session_id: string; question: { id: string } };
    const sessionId = started.session_id;
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect((await t.app.request(`/api/sessions/${sessionId}/`)).status).toBe(200);
    await postJson(t.app, '/api/submit-answer-and-get-next/', {
      session_id: sessionId,
      question_id: started.question.id,
      answer: 'I led a migration and measured the result.',
    });

    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).not.toContain(sessionId);
    const hash = createHash('sha256').update(sessionId).digest('hex').slice(0, 12);
    expect(lines.some((line) => line.includes(`/api/sessions/#${hash}/`))).toBe(true);
    expect(lines.some((line) => line.includes('interview started') && line.includes(hash))).toBe(true);
  });
});
