import { afterAll, describe, expect, it } from 'vitest';
import { createPyodideCodeRunner } from '../../adapters/code-runner-pyodide/index.js';
import { createQuickJsCodeRunner } from '../../adapters/code-runner-quickjs/index.js';
import type { CodeLanguage, CodeRunner } from '../../ports/code-runner.js';
import { resultsMatch } from '../compare-result.js';
import { RUNNABLE_EASY } from './easy.js';
import { RUNNABLE_HARD } from './hard.js';

// Every reference solution, in both languages, against every example and hidden test through
// the real sandboxes. Time limits are generous here because test machines are shared and
// loaded; the references are sized to finish each case well within the default 2 s.
const LIMITS = { caseTimeMs: 15_000, wallTimeMs: 120_000 };
const TEST_TIMEOUT_MS = 300_000;

const javascript = createQuickJsCodeRunner({ concurrency: 2 });
// Pyodide takes ~2 s to load on an idle machine, far longer on a loaded one.
const python = await createPyodideCodeRunner({ concurrency: 2, limits: LIMITS, startTimeoutMs: 150_000 });
const pythonMissing = python.unavailable?.python;
if (pythonMissing && !process.env.CI) {
  console.warn(`\n!!! SKIPPING the Python references: the Python sandbox is unavailable (${pythonMissing}).\n`);
}

afterAll(async () => {
  await javascript.close?.();
  await python.close?.();
});

const RUNNERS: [CodeLanguage, CodeRunner, boolean][] = [
  ['javascript', javascript, false],
  // Under CI an unavailable sandbox is a failure, never a skip.
  ['python', python, Boolean(pythonMissing) && !process.env.CI],
];

describe.each(RUNNERS)('%s references', (language, runner, skip) => {
  it.skipIf(skip).each([...RUNNABLE_EASY, ...RUNNABLE_HARD].map((problem) => [problem.problemId, problem] as const))(
    'should pass every test of %s',
    async (_id, problem) => {
      const cases = [...problem.examples, ...problem.hidden];
      const result = await runner.run({
        language,
        code: problem.references[language],
        entry: problem.entry[language],
        cases: cases.map(({ name, args }) => ({ name, args })),
        limits: LIMITS,
      });
      expect(result.message).toBeUndefined();
      expect(result.status).toBe('ok');
      expect(result.cases.map((outcome) => outcome.name)).toEqual(cases.map((testCase) => testCase.name));
      const failures = result.cases.flatMap((outcome, index) => {
        const expected = cases[index]?.expected;
        if (outcome.status === 'ok' && resultsMatch(problem.comparator, outcome.actual, expected)) return [];
        const got = outcome.status === 'ok' ? JSON.stringify(outcome.actual)?.slice(0, 200) : `${outcome.status}: ${outcome.error}`;
        return [`${outcome.name}: got ${got}, expected ${JSON.stringify(expected).slice(0, 200)}`];
      });
      expect(failures).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
