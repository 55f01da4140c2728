import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RESUME_EMAIL, DEFAULT_RESUME_NAME, makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { createTestApp, errorOf, postJson, uploadResume, type TestApp } from './test-app.js';

interface Question {
  id: string;
  text: string;
  kind: 'behavioral' | 'technical';
  is_follow_up: boolean;
}

const ANSWER =
  'At Streamline Payments I led the migration of our billing monolith to Go services. I wrote the plan, ' +
  'split the work into milestones, measured p99 latency before and after (900 ms down to 180 ms), and ' +
  'ran weekly reviews with the team. The hardest part was keeping payments idempotent, which I solved with ' +
  'an event log keyed by payment id. I learned to ship in small reversible steps.';

describe('candidate routes', () => {
  let t: TestApp;
  let resume: Uint8Array;

  beforeAll(async () => {
    t = await createTestApp();
    resume = await makeResumePdf();
  });
  afterAll(() => t.close());

  it('should list the demos', async () => {
    const response = await t.app.request('/api/demos/');
    expect(response.status).toBe(200);
    const demos = (await response.json()) as { id: string; title: string; description: string; include_dsa: boolean }[];
    expect(demos.length).toBeGreaterThan(0);
    expect(demos.map((demo) => demo.id)).toContain('software-engineer');
    for (const demo of demos) {
      expect(demo.title).toBeTruthy();
      expect(typeof demo.description).toBe('string');
    }
  });

  it('should reuse the demo list for a few seconds, then see new templates', async () => {
    const before = (await (await t.app.request('/api/demos/')).json()) as { id: string }[];
    const now = new Date().toISOString();
    await t.testStorage.storage.templates.upsert({
      template: {
        id: 'staff-engineer-test',
        title: 'Staff Engineer (test)',
        description: 'Added later.',
        roleFocus: null,
        behavioralQuestions: 2,
        technicalQuestions: 2,
        includeDsa: false,
        authoring: null,
        published: true,
        archivedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
    });
    const cached = await t.app.request('/api/demos/');
    expect(cached.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(((await cached.json()) as { id: string }[]).length).toBe(before.length);
    t.advance(5_000);
    const fresh = (await (await t.app.request('/api/demos/')).json()) as { id: string; include_dsa: boolean }[];
    expect(fresh.find((demo) => demo.id === 'staff-engineer-test')).toMatchObject({ include_dsa: false });
  });

  it('should run a whole interview: upload, answers, final feedback, DSA round, combined report', async () => {
    const upload = await uploadResume(t.app, { bytes: resume }, { demo_id: 'software-engineer', job_description: 'Backend role: Go, Kafka, PostgreSQL.' });
    expect(upload.status).toBe(200);
    const started = (await upload.json()) as {
      session_id: string;
      role: string;
      candidate: { name: string; email: string };
      question: Question;
      question_number: number;
      total_questions: number;
      include_dsa: boolean;
    };
    expect(started.session_id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(started.candidate).toEqual({ name: DEFAULT_RESUME_NAME, email: DEFAULT_RESUME_EMAIL });
    expect(started.role).toBeTruthy();
    expect(started.question_number).toBe(1);
    expect(started.total_questions).toBeGreaterThan(1);
    expect(['behavioral', 'technical']).toContain(started.question.kind);
    const sessionId = started.session_id;

    const state = await t.app.request(`/api/sessions/${sessionId}/`);
    expect(state.status).toBe(200);
    expect(await state.json()).toMatchObject({
      session_id: sessionId,
      state: 'interviewing',
      question: { id: started.question.id },
      question_number: 1,
      turns: [{ answer: null }],
    });

    let question: Question | null = started.question;
    let answered = 0;
    let planned = 1;
    while (question) {
      const response = await postJson(t.app, '/api/submit-answer-and-get-next/', { session_id: sessionId, question_id: question.id, answer: ANSWER });
      expect(response.status).toBe(200);
      const result = (await response.json()) as {
        evaluation: { score: number; feedback: string; evidence: string[]; evidence_status: string };
        next_question: Question | null;
        is_final: boolean;
        question_number: number;
      };
      expect(result.evaluation.score).toBeGreaterThanOrEqual(0);
      expect(result.evaluation.score).toBeLessThanOrEqual(10);
      expect(result.evaluation.feedback).toBeTruthy();
      expect(result.is_final).toBe(result.next_question === null);
      answered += 1;

      const again = await postJson(t.app, '/api/submit-answer-and-get-next/', {
        session_id: sessionId,
        question_id: question.id,
        answer: 'A different second answer.',
      });
      expect(again.status).toBe(409);
      expect((await errorOf(again)).code).toBe('QUESTION_ALREADY_ANSWERED');

      // Numbers count planned questions: a follow-up keeps the number of the question it follows.
      if (result.next_question) {
        planned += result.next_question.is_follow_up ? 0 : 1;
        expect(result.question_number).toBe(planned);
      }
      question = result.next_question;
      expect(answered).toBeLessThan(30);
    }

    const feedbackResponse = await postJson(t.app, '/api/get-final-feedback/', { session_id: sessionId });
    expect(feedbackResponse.status).toBe(200);
    const feedback = (await feedbackResponse.json()) as {
      overall_score: number;
      summary: string;
      questions: unknown[];
      report_id: string;
      strengths: string[];
    };
    expect(feedback.overall_score).toBeGreaterThanOrEqual(0);
    expect(feedback.overall_score).toBeLessThanOrEqual(10);
    expect(feedback.summary).toBeTruthy();
    expect(feedback.questions).toHaveLength(answered);
    expect(feedback.report_id).toBeTruthy();
    const feedbackAgain = await postJson(t.app, '/api/get-final-feedback/', { session_id: sessionId });
    expect(await feedbackAgain.json()).toEqual(feedback);

    const dsaResponse = await postJson(t.app, '/api/get-dsa-question/', { session_id: sessionId });
    expect(dsaResponse.status).toBe(200);
    const dsa = (await dsaResponse.json()) as { question: { id: string; title: string; prompt: string; examples: { input: string; output: string }[] } };
    expect(dsa.question.title).toBeTruthy();
    expect(dsa.question.prompt).toBeTruthy();
    expect(dsa.question.examples.length).toBeGreaterThan(0);
    const dsaAgain = (await (await postJson(t.app, '/api/get-dsa-question/', { session_id: sessionId })).json()) as typeof dsa;
    expect(dsaAgain.question.id).toBe(dsa.question.id);

    const submitted = await postJson(t.app, '/api/submit-pseudocode/', {
      session_id: sessionId,
      pseudocode:
        'seen = empty hash map\nfor i, x in nums:\n  if target - x in seen: return [seen[target - x], i]\n  seen[x] = i\nreturn []\nO(n) time, O(n) space; handles duplicates and no-answer case.',
    });
    expect(submitted.status).toBe(200);
    const pseudocode = (await submitted.json()) as { feedback: string; score: number; follow_up: string | null; done: boolean };
    expect(pseudocode.feedback).toBeTruthy();
    expect(pseudocode.score).toBeGreaterThanOrEqual(0);

    let done = pseudocode.done;
    for (let turn = 0; !done && turn < 10; turn += 1) {
      const response = await postJson(t.app, '/api/continue-pseudocode/', {
        session_id: sessionId,
        message: 'With an empty array I return an empty list; the hash map makes lookups O(1) on average.',
      });
      expect(response.status).toBe(200);
      const reply = (await response.json()) as { reply: string; done: boolean };
      expect(reply.reply).toBeTruthy();
      done = reply.done;
    }
    expect(done).toBe(true);
    const afterDone = await postJson(t.app, '/api/continue-pseudocode/', { session_id: sessionId, message: 'One more thing.' });
    expect(afterDone.status).toBe(409);
    expect((await errorOf(afterDone)).code).toBe('DSA_ALREADY_DONE');

    const combinedResponse = await postJson(t.app, '/api/get-combined-report/', { session_id: sessionId });
    expect(combinedResponse.status).toBe(200);
    const combined = (await combinedResponse.json()) as {
      report_id: string;
      overall_score: number;
      behavioral: { questions: unknown[] };
      dsa: { problem_title: string; score: number } | null;
    };
    expect(combined.report_id).toBe(feedback.report_id);
    expect(combined.dsa?.problem_title).toBe(dsa.question.title);
    expect(combined.behavioral.questions).toHaveLength(answered);

    const finalState = (await (await t.app.request(`/api/sessions/${sessionId}/`)).json()) as {
      state: string;
      question: unknown;
      turns: { answer: string | null; evaluation: unknown }[];
      dsa: { done: boolean } | null;
      report_id: string;
    };
    expect(finalState.state).toBe('completed');
    expect(finalState.question).toBeNull();
    expect(finalState.turns).toHaveLength(answered);
    expect(finalState.turns.every((turn) => turn.answer !== null && turn.evaluation !== null)).toBe(true);
    expect(finalState.dsa?.done).toBe(true);
    expect(finalState.report_id).toBe(feedback.report_id);
  });

  it('should refuse the DSA round and final feedback before the questions are done', async () => {
    const started = (await (await uploadResume(t.app, { bytes: resume })).json()) as { session_id: string };
    for (const path of ['/api/get-final-feedback/', '/api/get-dsa-question/']) {
      const response = await postJson(t.app, path, { session_id: started.session_id });
      expect(response.status, path).toBe(409);
      expect((await errorOf(response)).code).toBe('INTERVIEW_NOT_FINISHED');
    }
    const pseudocode = await postJson(t.app, '/api/submit-pseudocode/', { session_id: started.session_id, pseudocode: 'loop' });
    expect(pseudocode.status).toBe(409);
  });

  it('should speak text as WAV with the offline voice', async () => {
    const response = await postJson(t.app, '/api/text-to-speech/', { text: 'Tell me about a project you are proud of.' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('RIFF');
    expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength);
  });

  it('should refuse empty and too long texts for speech', async () => {
    const empty = await postJson(t.app, '/api/text-to-speech/', { text: '   ' });
    expect(empty.status).toBe(400);
    const long = await postJson(t.app, '/api/text-to-speech/', { text: 'word '.repeat(2000) });
    expect(long.status).toBe(413);
    expect((await errorOf(long)).code).toBe('TEXT_TOO_LONG');
  });
});

describe('candidate routes without speech', () => {
  it('should answer 501 NOT_CONFIGURED for text-to-speech', async () => {
    const t = await createTestApp({ coach: { speechModel: null } });
    try {
      const response = await postJson(t.app, '/api/text-to-speech/', { text: 'Hello.' });
      expect(response.status).toBe(501);
      expect((await errorOf(response)).code).toBe('NOT_CONFIGURED');
    } finally {
      await t.close();
    }
  });
});

describe('idle sessions', () => {
  it('should answer 409 SESSION_EXPIRED after the idle time', async () => {
    const t = await createTestApp({ coach: { settings: { sessionIdleMinutes: 30 } } });
    try {
      const started = (await (await uploadResume(t.app, { bytes: await makeResumePdf() })).json()) as { session_id: string; question: Question };
      t.advance(31 * 60_000);
      const response = await postJson(t.app, '/api/submit-answer-and-get-next/', {
        session_id: started.session_id,
        question_id: started.question.id,
        answer: ANSWER,
      });
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe('SESSION_EXPIRED');
    } finally {
      await t.close();
    }
  });
});
