import { createOfflineInterviewer } from '../../src/adapters/offline/index.js';
import { rubricFor } from '../../src/catalog/question-bank.js';
import type { InterviewTurn } from '../../src/domain/index.js';
import type { CoachContext } from '../../src/internal/context.js';
import { silentLogger } from '../../src/internal/logger.js';
import { DEFAULT_SETTINGS } from '../../src/create-coach.js';
import type { LanguageModel } from '../../src/ports/language-model.js';
import type { Storage } from '../../src/ports/storage.js';
import { createTestSqliteStorage, type TestStorage } from '../../src/testing/test-storage.js';
import { createMockLanguageModel, type MockLanguageModel } from '../../src/testing/mocks/mock-language-model.js';
import { createTemplateService } from '../../src/templates/template-service.js';
import { createTestClock, type TestClock } from './test-clock.js';

/** A service context on real SQLite with the offline interviewer (or the given model) and a hand-moved clock. */
export interface CandidateFlowContext {
  context: CoachContext;
  clock: TestClock;
  testStorage: TestStorage;
  cleanup(): Promise<void>;
}

export async function createCandidateFlowContext(
  options: { languageModel?: LanguageModel; storage?: TestStorage; settings?: Partial<CoachContext['settings']> } = {},
): Promise<CandidateFlowContext> {
  const testStorage = options.storage ?? (await createTestSqliteStorage());
  const clock = createTestClock();
  const context = contextFor(testStorage.storage, {
    languageModel: options.languageModel ?? createOfflineInterviewer(),
    now: clock.now,
    settings: options.settings ?? {},
  });
  await createTemplateService(context).seedStarterTemplates();
  await seedQuickCodingTemplate(testStorage.storage);
  return { context, clock, testStorage, cleanup: () => testStorage.cleanup() };
}

/** The id of `seedQuickCodingTemplate`'s template. */
export const QUICK_CODING_TEMPLATE_ID = 'quick-coding';

/**
 * Quick Practice (three questions) with a coding round, for tests that reach the DSA round
 * quickly; the starter templates with a round ask six questions first. Needs the starters seeded.
 */
export async function seedQuickCodingTemplate(storage: Storage): Promise<string> {
  const quick = await storage.templates.get({ id: 'quick-practice' });
  if (!quick) throw new Error('seed the starter templates first');
  await storage.templates.upsert({
    template: { ...quick, id: QUICK_CODING_TEMPLATE_ID, title: 'Quick Coding', description: 'Quick Practice, then a coding round.', includeDsa: true },
  });
  return QUICK_CODING_TEMPLATE_ID;
}

/** A context over `storage`, e.g. a peer connection of the same database. */
export function contextFor(
  storage: Storage,
  options: { languageModel: LanguageModel; now: () => Date; settings?: Partial<CoachContext['settings']> },
): CoachContext {
  return {
    storage,
    languageModel: options.languageModel,
    speechModel: null,
    mailer: null,
    textRecognizer: null,
    settings: { ...DEFAULT_SETTINGS, modelMaxAttempts: 1, ...options.settings },
    now: options.now,
    logger: silentLogger,
  };
}

/** A plain-text resume (parsing files is tested elsewhere; the end-to-end test uses a real PDF). */
export const TEXT_RESUME = {
  text: [
    'Jordan Avery Smith',
    'Senior Software Engineer',
    'jordan.smith@example.com | +1 (415) 555-0134',
    'SUMMARY',
    'Backend-leaning software engineer with 7 years of experience building distributed systems and APIs.',
    'SKILLS',
    'TypeScript, Python, Go, PostgreSQL, Redis, Kafka, Kubernetes, AWS, React',
    'EXPERIENCE',
    'Senior Software Engineer, Streamline Payments - March 2021 - Present',
    '- Led the migration of the billing monolith to 12 Go microservices, cutting p99 latency from 900 ms to 180 ms.',
    'Software Engineer, Brightlane Analytics - June 2017 - February 2021',
    '- Built a React dashboard used by 2,000 customers.',
  ].join('\n'),
};

/** A detailed STAR answer the offline rubric scores well. */
export const STRONG_BEHAVIORAL_ANSWER =
  'In 2022 our checkout service at Streamline Payments had a p99 latency of 900 ms during peak sales (situation). ' +
  'I was responsible for bringing it under 250 ms before Black Friday (task). ' +
  'I profiled the service, found N+1 queries against PostgreSQL, added a Redis cache for the product catalogue, ' +
  'and I personally led a team of 4 engineers to split the billing logic into Go microservices with idempotent Kafka consumers (action). ' +
  'As a result p99 latency fell to 180 ms, conversion rose by 3%, and we handled 40 million events per day without an incident (result). ' +
  'I learned to measure first and to agree on the target metric with product before optimising.';

/**
 * A strong answer to `turn` for the offline rubric: the STAR story for behavioral questions,
 * and for technical ones an explanation that covers every key concept of the question's
 * rubric, with trade-offs and a measured example.
 */
export function strongAnswerFor(turn: Pick<InterviewTurn, 'kind' | 'question' | 'questionKey'>): string {
  if (turn.kind === 'behavioral') return STRONG_BEHAVIORAL_ANSWER;
  const { concepts } = rubricFor({ kind: turn.kind, question: turn.question, questionKey: turn.questionKey });
  const points = concepts.map((concept) => `For ${concept.label.toLowerCase()} I would use ${concept.cues.slice(0, 3).join(', ')}`).join('. ');
  return (
    `${points}. The trade-off is complexity against latency: for example at Streamline Payments I measured p99 latency of 180 ms ` +
    'at 40 million events per day, and I would monitor it in production with alerts.'
  );
}

/** A technical answer covering general concepts, trade-offs and an example (not tailored to a question). */
export const STRONG_TECHNICAL_ANSWER =
  'I would start from the access patterns and the consistency requirements. For reads I would add a cache-aside layer in Redis with a TTL ' +
  'and explicit invalidation on writes, because that keeps PostgreSQL as the source of truth. For writes I would use idempotency keys and ' +
  'a transactional outbox so events reach Kafka exactly once from the consumer point of view. The trade-off is extra latency on writes and ' +
  'operational complexity; I would measure p99 latency and error rates with Prometheus, load test with k6, and roll out behind a feature flag. ' +
  'For example at Streamline Payments this design handled 40M events per day, and the complexity is O(1) per lookup with O(n) memory for the cache.';

/** A scripted failure: the next call of `task` throws `error` (or replies with `reply` instead). */
export interface ScriptedFault {
  task: string;
  error?: Error;
  reply?: unknown;
}

/**
 * A recording mock model that answers like the offline interviewer, except for scripted
 * faults, which it applies once each, in order, to the first matching call.
 */
export function createScriptedModel(): { model: MockLanguageModel; fail(fault: ScriptedFault): void; count(task: string): number } {
  const offline = createOfflineInterviewer();
  const faults: ScriptedFault[] = [];
  const model = createMockLanguageModel({
    provider: offline.provider,
    modelId: offline.modelId,
    async respond(options) {
      const index = faults.findIndex((fault) => fault.task === options.task.name);
      if (index >= 0) {
        const [fault] = faults.splice(index, 1);
        if (fault?.error) throw fault.error;
        return fault?.reply;
      }
      return (await offline.generateObject(options)).object;
    },
  });
  return {
    model,
    fail: (fault) => faults.push(fault),
    count: (task) => model.calls.filter((call) => call.method === 'generateObject' && call.options.task.name === task).length,
  };
}
