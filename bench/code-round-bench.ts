// The code round: how fast correct solutions of a medium problem run against every test
// (examples and hidden tests, what `submit-code` runs), in JavaScript (QuickJS) and Python
// (Pyodide in bubblewrap, when available), cold and warm; and the health route's p99 while 4
// submissions run at once through the HTTP API. Figures only, never asserted.
// Run with `npx tsx bench/code-round-bench.ts`.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { combineCodeRunners, createCoach, evaluateCode, type CodeLanguage, type CodeRunner } from '../packages/core/src/index.js';
import { createQuickJsCodeRunner } from '../packages/core/src/adapters/code-runner-quickjs/index.js';
import { RUNNABLE_MEDIUM, findRunnableProblem } from '../packages/core/src/catalog/runnable/index.js';
import { createTestSqliteStorage } from '../packages/core/src/testing/test-storage.js';
import { strongAnswerFor, TEXT_RESUME } from '../packages/core/test/support/candidate-flow-context.js';
import { createApp } from '../packages/server/src/index.js';

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] as number;
}
const round = (value: number) => Math.round(value * 10) / 10;

async function createRunner(): Promise<CodeRunner> {
  const runners: CodeRunner[] = [createQuickJsCodeRunner()];
  if (['/usr/bin/bwrap', '/bin/bwrap'].some((path) => existsSync(path))) {
    const { createPyodideCodeRunner } = await import('../packages/core/src/adapters/code-runner-pyodide/index.js');
    runners.push(await createPyodideCodeRunner());
  } else {
    console.log('bubblewrap is missing: Python is not measured');
  }
  return combineCodeRunners(runners);
}

export async function runCodeRoundBench(options: { runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 20;
  const codeRunner = await createRunner();
  try {
    const problem = RUNNABLE_MEDIUM[0]!;
    console.log(`problem: ${problem.problemId} (${problem.examples.length + problem.hidden.length} tests per submission)`);
    for (const language of codeRunner.languages as CodeLanguage[]) {
      const evaluate = () => evaluateCode({ codeRunner, problem, language, code: problem.references[language], tests: 'all' });
      const coldStart = performance.now();
      const cold = await evaluate();
      const coldMs = performance.now() - coldStart;
      const samples: number[] = [];
      const wallStart = performance.now();
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        const result = await evaluate();
        samples.push(performance.now() - start);
        if (result.status !== 'passed') throw new Error(`The ${language} reference did not pass: ${result.status}`);
      }
      const perSecond = runs / ((performance.now() - wallStart) / 1000);
      samples.sort((a, b) => a - b);
      console.log(
        `${language.padEnd(10)} cold ${round(coldMs)} ms (${cold.status}) · warm: ${round(perSecond)} submissions/s, median ${round(percentile(samples, 0.5))} ms, p95 ${round(percentile(samples, 0.95))} ms`,
      );
    }
    await healthWhileSubmitting(codeRunner);
  } finally {
    await codeRunner.close?.();
  }
}

/** The health route's latency while 4 correct JavaScript submissions run at once through the HTTP API. */
async function healthWhileSubmitting(codeRunner: CodeRunner): Promise<void> {
  const testStorage = await createTestSqliteStorage();
  const coach = await createCoach({ storage: testStorage.storage, textRecognizer: null, speechModel: null, codeRunner, migrate: false });
  try {
    await coach.templates.seedStarterTemplates();
    const app = createApp(coach, { secretKey: 'bench-secret-key-0123456789abcdef', rateLimit: false });
    const sessions: { id: string; code: string }[] = [];
    for (let index = 0; index < 4; index += 1) {
      const { session, question } = await coach.interviews.start({ resume: TEXT_RESUME, templateId: 'quick-practice' });
      let current: typeof question | null = question;
      while (current)
        current = (await coach.interviews.submitAnswer({ sessionId: session.id, questionId: current.id, answer: strongAnswerFor(current) })).nextQuestion;
      const { round: dsa } = await coach.dsa.start({ sessionId: session.id });
      sessions.push({ id: session.id, code: findRunnableProblem(dsa.problem.id)!.references.javascript });
    }
    let running = true;
    const latencies: number[] = [];
    const probe = (async () => {
      while (running) {
        const start = performance.now();
        await app.request('/api/health');
        latencies.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const start = performance.now();
    const answers = await Promise.all(
      sessions.map((session) =>
        app.request('/api/submit-code/', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ session_id: session.id, language: 'javascript', code: session.code }),
        }),
      ),
    );
    const elapsed = performance.now() - start;
    running = false;
    await probe;
    latencies.sort((a, b) => a - b);
    console.log(
      `4 JavaScript submissions at once: ${round(elapsed)} ms (${answers.map((answer) => answer.status).join(', ')}) · /api/health meanwhile: ${latencies.length} requests, median ${round(percentile(latencies, 0.5))} ms, p99 ${round(percentile(latencies, 0.99))} ms`,
    );
  } finally {
    await testStorage.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runCodeRoundBench();
