import { afterAll, describe, expect, it } from 'vitest';
import type { RunnableProblem } from '../catalog/runnable-problem-types.js';
import { createQuickJsCodeRunner } from '../adapters/code-runner-quickjs/index.js';
import { evaluateCode, redactHiddenCase } from './evaluate-code.js';

const LARGE = 20_000;
const largeNums = Array.from({ length: LARGE }, (_, index) => index * 2 + 1);

// A runnable problem of its own, so these tests do not depend on the bank's data.
const twoSum: RunnableProblem = {
  problemId: 'two-sum',
  entry: {
    javascript: {
      kind: 'function',
      name: 'twoSum',
      parameters: [
        { name: 'nums', kind: 'json' },
        { name: 'target', kind: 'json' },
      ],
      returns: 'json',
    },
    python: {
      kind: 'function',
      name: 'two_sum',
      parameters: [
        { name: 'nums', kind: 'json' },
        { name: 'target', kind: 'json' },
      ],
      returns: 'json',
    },
  },
  signatures: { javascript: 'function twoSum(nums, target) {\n}', python: 'def two_sum(nums, target):\n    pass' },
  comparator: 'unordered',
  examples: [
    { name: 'example 1', args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { name: 'example 2', args: [[3, 2, 4], 6], expected: [1, 2] },
  ],
  hidden: [
    { name: 'negatives', args: [[-1, -2, -3, -4], -7], expected: [2, 3] },
    { name: 'duplicates', args: [[3, 3], 6], expected: [0, 1] },
    { name: `large input (n = ${LARGE})`, args: [largeNums, largeNums[LARGE - 1]! + largeNums[LARGE - 2]!], expected: [LARGE - 2, LARGE - 1] },
  ],
  references: { javascript: '', python: '' },
};

const hashMap =
  'function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [i, seen.get(target - nums[i])];\n    seen.set(nums[i], i);\n  }\n}';
const quadratic =
  'function twoSum(nums, target) {\n  for (let i = 0; i < nums.length; i++)\n    for (let j = i + 1; j < nums.length; j++)\n      if (nums[i] + nums[j] === target) return [i, j];\n}';

describe('evaluateCode', () => {
  const codeRunner = createQuickJsCodeRunner({ concurrency: 1 });
  afterAll(() => codeRunner.close?.());
  const evaluate = (code: string, tests: 'examples' | 'all', caseTimeMs = 1000) =>
    evaluateCode({ codeRunner, problem: twoSum, language: 'javascript', code, tests, limits: { caseTimeMs, wallTimeMs: 5000 } });

  it('should pass correct code on every test, comparing with the problem comparator', async () => {
    const evaluation = await evaluate(hashMap, 'all');
    expect(evaluation).toMatchObject({ status: 'passed', passed: 5, total: 5, correctness: 1 });
    expect(evaluation.timingNote).toBeUndefined();
    // The answers come back reversed; `unordered` accepts them.
    expect(evaluation.cases[0]!.actual).toEqual([1, 0]);
  });

  it('should run only the visible examples for a run', async () => {
    const evaluation = await evaluate(hashMap, 'examples');
    expect(evaluation.total).toBe(2);
    expect(evaluation.cases.every((c) => !c.hidden)).toBe(true);
  });

  it('should fail wrong code with the share of tests passed', async () => {
    const evaluation = await evaluate('function twoSum(nums, target) {\n  return [0, 1];\n}', 'all');
    expect(evaluation.status).toBe('failed');
    expect(evaluation.passed).toBe(2);
    expect(evaluation.correctness).toBeCloseTo(2 / 5);
    expect(evaluation.cases[1]).toMatchObject({ status: 'wrong_answer', passed: false, actual: [0, 1], expected: [1, 2] });
  });

  it('should note when only the large tests run out of time', async () => {
    const evaluation = await evaluate(quadratic, 'all', 300);
    expect(evaluation.status).toBe('timeout');
    expect(evaluation.passed).toBe(4);
    expect(evaluation.timingNote).toMatch(/large inputs ran out of time/);
  });

  it('should report a syntax error with its line and no correctness', async () => {
    const evaluation = await evaluate('function twoSum(nums, target) {\n  return [;\n}', 'all');
    expect(evaluation).toMatchObject({ status: 'error', line: 2, correctness: 0, passed: 0 });
    expect(evaluation.cases.every((c) => c.status === 'not_run')).toBe(true);
  });

  it('should show only the name and pass/fail of a hidden test', async () => {
    const evaluation = await evaluate('function twoSum(nums, target) {\n  return [0, 1];\n}', 'all');
    const hidden = evaluation.cases.find((c) => c.name === 'negatives')!;
    expect(redactHiddenCase(hidden)).toEqual({ name: 'negatives', hidden: true, passed: false });
    const visible = evaluation.cases[0]!;
    expect(redactHiddenCase(visible)).toBe(visible);
  });
});
