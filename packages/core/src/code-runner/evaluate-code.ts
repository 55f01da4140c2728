import type { CodeLanguage, CodeRunLimits, CodeRunner } from '../ports/code-runner.js';
import type { RunnableProblem, RunnableTestCase } from '../catalog/runnable-problem-types.js';
import { resultsMatch } from '../catalog/compare-result.js';

/** How a run or submission went, as the HTTP API reports it. */
export type CodeEvaluationStatus = 'passed' | 'failed' | 'error' | 'timeout' | 'memory_limit';

/** One test's outcome. Hidden tests carry only `name`, `hidden`, `passed` and `timeMs` once redacted. */
export interface EvaluatedCase {
  name: string;
  hidden: boolean;
  passed: boolean;
  /** `wrong_answer` when the code returned something else; `not_run` when the run stopped first. */
  status: 'ok' | 'wrong_answer' | 'error' | 'timeout' | 'memory_limit' | 'not_run';
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  error?: string;
  stdout?: string;
  timeMs: number;
}

export interface CodeEvaluation {
  status: CodeEvaluationStatus;
  /** Why the code did not load or the run stopped. */
  message?: string;
  /** 1-based line of a load error. */
  line?: number;
  passed: number;
  total: number;
  /** Share of tests passed, 0 to 1: what the score weighs first. */
  correctness: number;
  /** Set when the large tests ran out of time while every other test passed: correct but too slow. */
  timingNote?: string;
  cases: EvaluatedCase[];
}

export interface EvaluateCodeOptions {
  codeRunner: CodeRunner;
  problem: RunnableProblem;
  language: CodeLanguage;
  code: string;
  /** `examples`: the visible examples only (Run); `all`: examples then hidden tests (Submit). */
  tests: 'examples' | 'all';
  limits?: CodeRunLimits;
  abortSignal?: AbortSignal;
}

// Test names say when an input is large: they start with "large" and give its size in
// parentheses (`large input (n = 100000)`, `large workload: many operations (30000, …)`), which is
// how a timeout there is told apart from a timeout everywhere ("large magnitudes" is not one).
const LARGE_TEST = /^large\b.*\(/i;

/** Whether a test is one of the problem's large inputs, which only an efficient solution finishes in time. */
export function isLargeTest(name: string): boolean {
  return LARGE_TEST.test(name);
}

/**
 * Runs candidate code against a runnable problem's tests in the sandbox and compares each
 * result with the expected value under the problem's comparator, outside the sandbox.
 */
export async function evaluateCode(options: EvaluateCodeOptions): Promise<CodeEvaluation> {
  const { problem } = options;
  const tests: (RunnableTestCase & { hidden: boolean })[] = [
    ...problem.examples.map((test) => ({ ...test, hidden: false })),
    ...(options.tests === 'all' ? problem.hidden.map((test) => ({ ...test, hidden: true })) : []),
  ];
  const result = await options.codeRunner.run({
    language: options.language,
    code: options.code,
    entry: problem.entry[options.language],
    cases: tests.map((test) => ({ name: test.name, args: test.args })),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
  });

  const cases: EvaluatedCase[] = tests.map((test, index) => {
    const outcome = result.cases[index];
    const base = { name: test.name, hidden: test.hidden, input: test.args, expected: test.expected };
    if (!outcome) return { ...base, passed: false, status: 'not_run', timeMs: 0 };
    const withOutput = { ...base, timeMs: outcome.timeMs, ...(outcome.stdout ? { stdout: outcome.stdout } : {}) };
    if (outcome.status !== 'ok') return { ...withOutput, passed: false, status: outcome.status, ...(outcome.error ? { error: outcome.error } : {}) };
    const passed = resultsMatch(problem.comparator, outcome.actual, test.expected);
    return { ...withOutput, passed, status: passed ? 'ok' : 'wrong_answer', actual: outcome.actual };
  });

  const passed = cases.filter((c) => c.passed).length;
  const total = cases.length;
  const evaluation: CodeEvaluation = {
    status: statusOf(result.status, cases),
    passed,
    total,
    correctness: total === 0 ? 0 : passed / total,
    cases,
  };
  if (result.message) evaluation.message = result.message;
  if (result.line) evaluation.line = result.line;
  if (result.status === 'error') evaluation.correctness = 0;

  const large = cases.filter((c) => LARGE_TEST.test(c.name));
  const small = cases.filter((c) => !LARGE_TEST.test(c.name));
  if (small.length > 0 && small.every((c) => c.passed) && large.some((c) => c.status === 'timeout' || c.status === 'not_run')) {
    evaluation.timingNote = 'Every small test passes but the large inputs ran out of time: the approach is correct but slower than the expected complexity.';
  }
  return evaluation;
}

function statusOf(runStatus: 'ok' | 'error' | 'timeout' | 'memory_limit', cases: EvaluatedCase[]): CodeEvaluationStatus {
  if (runStatus !== 'ok') return runStatus;
  if (cases.every((c) => c.passed)) return 'passed';
  // A wrong answer says most about the code; errors, then limits, follow.
  if (cases.some((c) => c.status === 'wrong_answer')) return 'failed';
  if (cases.some((c) => c.status === 'error')) return 'error';
  if (cases.some((c) => c.status === 'timeout')) return 'timeout';
  if (cases.some((c) => c.status === 'memory_limit')) return 'memory_limit';
  return 'failed';
}

/** A hidden test as the candidate sees it. */
export interface RedactedCase {
  name: string;
  hidden: true;
  passed: boolean;
}

/** What a candidate may see of a case: hidden tests show only their name and whether they passed. */
export function redactHiddenCase(evaluated: EvaluatedCase): EvaluatedCase | RedactedCase {
  if (!evaluated.hidden) return evaluated;
  return { name: evaluated.name, hidden: true, passed: evaluated.passed };
}
