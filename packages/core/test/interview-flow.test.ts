// End to end through the public API: a real PDF resume in, every answer, the DSA round, the
// combined report out and visible to recruiters, on real SQLite and PostgreSQL, with the
// offline interviewer and with Gemini mocked at the HTTP level.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCoach, createOfflineInterviewer, type Coach, type InterviewTurn, type LanguageModel } from '../src/index.js';
import { TASKS } from '../src/prompts/tasks.js';
import { createGemini } from '../src/adapters/gemini/index.js';
import { createSqliteStorage } from '../src/adapters/storage-kysely/index.js';
import { createTestPostgresStorage, createTestSqliteStorage, type TestStorage } from '../src/testing/index.js';
import { shouldRunPostgresTests } from '../src/testing/test-storage.js';
import { DEFAULT_RESUME_EMAIL, DEFAULT_RESUME_NAME, makeResumePdf } from './fixtures/make-resume-pdf.js';

const runPostgres = await shouldRunPostgresTests();

const BEHAVIORAL_ANSWER =
  'At Streamline Payments our checkout p99 latency was 900 ms during peak sales, and I was asked to bring it under 250 ms before Black Friday. ' +
  'I profiled the service, found N+1 queries against PostgreSQL, added a Redis cache, and I led 4 engineers to split billing into Go microservices. ' +
  'As a result p99 latency fell to 180 ms and conversion rose by 3%. I learned to agree on the target metric before optimising.';
const TECHNICAL_ANSWER =
  'I would start from the access patterns: a cache-aside layer in Redis with a TTL and invalidation on writes keeps PostgreSQL the source of truth. ' +
  'Writes use idempotency keys and a transactional outbox so Kafka consumers see each event once. The trade-off is write latency and operational ' +
  'complexity, so I would measure p99 latency with Prometheus, load test with k6, and roll out behind a feature flag; lookups are O(1) time.';
const PSEUDOCODE = [
  'function solve(values, target):',
  '  if values is empty: return none',
  '  seen = empty hash map from value to index',
  '  for i, value in values:',
  '    if target - value in seen: return (seen[target - value], i)',
  '    seen[value] = i',
  '  return none',
  'Time O(n), space O(n); handles duplicates and negative numbers.',
].join('\n');
const FOLLOW_UP_REPLY = 'Duplicates are handled because I check the map before inserting; the time stays O(n) and memory O(n). The empty input returns none.';

interface Variant {
  name: string;
  skip: boolean;
  openStorage: () => Promise<TestStorage>;
  model: 'offline' | 'gemini';
}

const variants: Variant[] = [
  { name: 'SQLite with the offline interviewer', skip: false, openStorage: createTestSqliteStorage, model: 'offline' },
  { name: 'PostgreSQL with the offline interviewer', skip: !runPostgres, openStorage: () => createTestPostgresStorage(), model: 'offline' },
  { name: 'SQLite with Gemini (HTTP mocked)', skip: false, openStorage: createTestSqliteStorage, model: 'gemini' },
  { name: 'PostgreSQL with Gemini (HTTP mocked)', skip: !runPostgres, openStorage: () => createTestPostgresStorage(), model: 'gemini' },
];

// ---------------------------------------------------------------------------------------------
// Gemini over msw. The HTTP request carries only the rendered prompt; the replies are computed
// by the offline interviewer from the structured input that prompt was rendered from, which a
// thin wrapper around the Gemini model records (keyed by the prompt text).
const GEMINI_KEY = 'test-gemini-key';
const promptInputs = new Map<string, unknown>();
const geminiRequests: { task: string; model: string }[] = [];
const offline = createOfflineInterviewer();

function textsOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textsOf).join('');
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
    if (record.parts) return textsOf(record.parts);
  }
  return '';
}

const gemini = setupServer(
  http.post('https://generativelanguage.googleapis.com/:version/models/:modelAndMethod', async ({ request, params }) => {
    if (request.headers.get('x-goog-api-key') !== GEMINI_KEY) {
      return HttpResponse.json({ error: { code: 401, message: 'API key not valid.', status: 'UNAUTHENTICATED' } }, { status: 401 });
    }
    const body = (await request.json()) as { systemInstruction?: unknown; contents?: unknown };
    const system = textsOf(body.systemInstruction);
    const prompt = textsOf(body.contents);
    const task = Object.values(TASKS).find((candidate) => candidate.system === system);
    if (!task || !promptInputs.has(prompt)) {
      return HttpResponse.json({ error: { code: 400, message: 'Unexpected request.', status: 'INVALID_ARGUMENT' } }, { status: 400 });
    }
    geminiRequests.push({ task: task.name, model: String(params.modelAndMethod) });
    const { object } = await offline.generateObject({
      task: { name: task.name, version: task.version },
      input: promptInputs.get(prompt),
      system,
      prompt,
      schema: task.jsonSchema,
      schemaName: task.name,
    });
    return HttpResponse.json({
      candidates: [{ content: { role: 'model', parts: [{ text: JSON.stringify(object) }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: Math.ceil(prompt.length / 4), candidatesTokenCount: 64, totalTokenCount: Math.ceil(prompt.length / 4) + 64 },
      modelVersion: 'gemini-2.5-flash',
      responseId: randomBytes(6).toString('hex'),
    });
  }),
);

function recordingGemini(): LanguageModel {
  const model = createGemini({ apiKey: GEMINI_KEY }).languageModel('gemini-2.5-flash');
  return {
    specificationVersion: model.specificationVersion,
    provider: model.provider,
    modelId: model.modelId,
    capabilities: model.capabilities,
    generateObject(options) {
      promptInputs.set(options.prompt, options.input);
      return model.generateObject(options);
    },
  };
}

beforeAll(() => gemini.listen({ onUnhandledRequest: 'error' }));
afterAll(() => gemini.close());

// ---------------------------------------------------------------------------------------------

function answerFor(turn: InterviewTurn): string {
  return turn.kind === 'behavioral' ? BEHAVIORAL_ANSWER : TECHNICAL_ANSWER;
}

async function runCompleteInterview(coach: Coach, expectedProvider: string): Promise<void> {
  await coach.templates.seedStarterTemplates();
  const templates = await coach.templates.list();
  expect(templates.map((template) => template.id)).toContain('software-engineer');

  const resume = await makeResumePdf();
  const started = await coach.interviews.start({ resume: { bytes: resume, fileName: 'resume.pdf', declaredType: 'application/pdf' } });
  const sessionId = started.session.id;
  expect(started.session.resume).toMatchObject({ source: 'pdf-text', pageCount: 2, name: DEFAULT_RESUME_NAME, email: DEFAULT_RESUME_EMAIL });
  expect(started.session.role.title.length).toBeGreaterThan(0);
  expect(started).toMatchObject({ questionNumber: 1, totalQuestions: 6 });
  expect(started.question.kind).toBe('behavioral');

  // The first answer is thin on purpose: it earns a follow-up. Other answers may earn one too,
  // depending on the interviewer's judgment, so the structure is checked rather than a count.
  let current: InterviewTurn | null = started.question;
  let answered = 0;
  let plannedNumber = 1;
  while (current) {
    const thin = answered === 0;
    const result = await coach.interviews.submitAnswer({
      sessionId,
      questionId: current.id,
      answer: thin ? "I'm not sure, I don't know." : answerFor(current),
    });
    expect(result.evaluation.provenance.provider).toBe(expectedProvider);
    if (thin) {
      expect(result.evaluation.evidenceStatus).toBe('insufficient_evidence');
      expect(result.nextQuestion?.followUpOf).toBe(current.id);
    }
    answered += 1;
    // Numbers count planned questions: a follow-up keeps the number of the question it follows.
    if (result.nextQuestion && result.nextQuestion.followUpOf === null) plannedNumber += 1;
    expect(result.questionNumber).toBe(plannedNumber);
    expect(result.totalQuestions).toBe(6);
    expect(result.isFinal).toBe(result.nextQuestion === null);
    current = result.nextQuestion;
  }
  const afterQuestions = await coach.interviews.getState({ sessionId });
  const turns = afterQuestions.turns;
  const planned = turns.filter((turn) => turn.followUpOf === null);
  const followUps = turns.filter((turn) => turn.followUpOf !== null);
  expect(planned.map((turn) => turn.kind)).toEqual(['behavioral', 'technical', 'behavioral', 'technical', 'behavioral', 'technical']);
  for (const followUp of followUps) {
    const of = turns.find((turn) => turn.id === followUp.followUpOf);
    // Follows the thin planned answer it probes, once, and never a follow-up.
    expect(of?.followUpOf).toBeNull();
    expect(followUp.index).toBe((of?.index ?? -2) + 1);
    expect(followUp.kind).toBe(of?.kind);
    expect(of?.evaluation?.evidenceStatus === 'insufficient_evidence' || (of?.evaluation?.score ?? 10) < 5).toBe(true);
  }
  expect(new Set(followUps.map((turn) => turn.followUpOf)).size).toBe(followUps.length);
  expect(answered).toBe(turns.length);
  expect(afterQuestions).toMatchObject({ currentQuestion: null, questionNumber: planned.length, totalQuestions: planned.length });
  expect(afterQuestions.session.state).toBe('questions_done');

  const final = await coach.interviews.getFinalFeedback({ sessionId });
  expect(final.session.state).toBe('completed');
  expect(final.report.questions).toHaveLength(turns.length);
  expect(final.feedback.summary.length).toBeGreaterThan(0);

  const { problem } = await coach.dsa.start({ sessionId });
  expect(problem.title.length).toBeGreaterThan(0);
  expect(problem.examples.length).toBeGreaterThan(0);
  let exchange = await coach.dsa.submitPseudocode({ sessionId, pseudocode: PSEUDOCODE });
  let done = exchange.done;
  let exchanges = 1;
  while (!done) {
    const reply = await coach.dsa.continue({ sessionId, message: FOLLOW_UP_REPLY });
    done = reply.done;
    exchanges += 1;
    expect(exchanges).toBeLessThanOrEqual(coach.settings.maxDsaTurns);
  }
  const state = await coach.interviews.getState({ sessionId });
  expect(state.dsa?.done).toBe(true);
  exchange = { ...exchange, round: state.dsa ?? exchange.round };

  const { report } = await coach.reports.combined({ sessionId });
  expect(report.id).toBe(final.report.id);
  expect(report).toMatchObject({ sessionId, candidateName: DEFAULT_RESUME_NAME, candidateEmail: DEFAULT_RESUME_EMAIL, decision: 'Pending' });
  expect(report.weights).toEqual({ behavioral: 0.35, technical: 0.35, dsa: 0.3 });
  expect(report.dsaScore).toBe(state.dsa?.evaluation?.score);
  const expectedOverall =
    Math.round((0.35 * (report.behavioralScore as number) + 0.35 * (report.technicalScore as number) + 0.3 * (report.dsaScore as number)) * 10) / 10;
  expect(report.overallScore).toBe(expectedOverall);
  expect(report.dsa?.conversation).toEqual(exchange.round.messages);
  expect(report.questions).toHaveLength(turns.length);
  expect(report.resumeSummary).toContain('TypeScript');
  expect(new Set(report.provenance.map((entry) => entry.task))).toEqual(new Set(['evaluate-answer', 'final-feedback', 'dsa-feedback', 'combined-feedback']));
  expect(report.provenance.every((entry) => entry.provider === expectedProvider)).toBe(true);

  const details = await coach.reports.get({ id: report.id });
  expect(details.report).toEqual(report);
  const listed = await coach.reports.list({ filter: { query: DEFAULT_RESUME_NAME } });
  expect(listed.reports.map((row) => row.id)).toEqual([report.id]);
}

describe('a complete interview through the public API', () => {
  let testStorage: TestStorage | null = null;
  let coach: Coach | null = null;

  afterEach(async () => {
    await coach?.close();
    // The coach closed the storage; cleanup removes the database.
    await testStorage?.cleanup();
    coach = null;
    testStorage = null;
    promptInputs.clear();
    geminiRequests.length = 0;
  });

  for (const variant of variants) {
    it.skipIf(variant.skip)(`should run from resume to combined report on ${variant.name}`, async () => {
      testStorage = await variant.openStorage();
      const languageModel = variant.model === 'gemini' ? recordingGemini() : createOfflineInterviewer();
      coach = await createCoach({ storage: testStorage.storage, languageModel, speechModel: null, textRecognizer: null });
      await runCompleteInterview(coach, languageModel.provider);
      if (variant.model === 'gemini') {
        const tasks = new Set(geminiRequests.map((request) => request.task));
        expect(tasks).toEqual(new Set(['detect-role', 'generate-question', 'evaluate-answer', 'final-feedback', 'dsa-feedback', 'combined-feedback']));
        expect(geminiRequests.every((request) => request.model === 'gemini-2.5-flash:generateContent')).toBe(true);
      }
    });
  }
});

describe('a session survives restarts', () => {
  const filename = join(tmpdir(), `coach-restart-${randomBytes(6).toString('hex')}.db`);
  afterAll(() => Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${filename}${suffix}`, { force: true }))));

  async function openCoach(): Promise<Coach> {
    return createCoach({ storage: createSqliteStorage({ filename }), speechModel: null, textRecognizer: null });
  }

  it('should continue the same session after the coach is closed and opened again on the same file', async () => {
    let coach = await openCoach();
    await coach.templates.seedStarterTemplates();
    const started = await coach.interviews.start({ resume: { bytes: await makeResumePdf() }, templateId: 'quick-practice' });
    const first = await coach.interviews.submitAnswer({ sessionId: started.session.id, questionId: started.question.id, answer: answerFor(started.question) });
    await coach.close();

    coach = await openCoach();
    try {
      const state = await coach.interviews.getState({ sessionId: started.session.id });
      expect(state.session).toMatchObject({ id: started.session.id, state: 'interviewing' });
      expect(state.currentQuestion).toEqual(first.nextQuestion);
      expect(state.turns[0]?.answer).toBe(answerFor(started.question));
      let current: InterviewTurn | null = state.currentQuestion;
      while (current) {
        current = (await coach.interviews.submitAnswer({ sessionId: started.session.id, questionId: current.id, answer: answerFor(current) })).nextQuestion;
      }
      const final = await coach.interviews.getFinalFeedback({ sessionId: started.session.id });
      expect(final.report.questions.length).toBeGreaterThanOrEqual(3);
      // A second answer to a question answered before the restart is still refused.
      await expect(coach.interviews.submitAnswer({ sessionId: started.session.id, questionId: started.question.id, answer: 'again' })).rejects.toMatchObject({
        code: 'INTERVIEW_ALREADY_FINISHED',
      });
    } finally {
      await coach.close();
    }
  });
});
