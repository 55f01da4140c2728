import { isLargeTest } from '../../code-runner/evaluate-code.js';
import { describe, expect, it } from 'vitest';
import type { CodeEntry, CodeValueKind } from '../../ports/code-runner.js';
import { resultsMatch } from '../compare-result.js';
import { EASY_PROBLEMS } from '../dsa/easy-problems.js';
import { HARD_PROBLEMS } from '../dsa/hard-problems.js';
import type { DsaBankProblem } from '../dsa/dsa-problem-types.js';
import type { RunnableProblem, RunnableTestCase } from '../runnable-problem-types.js';
import { RUNNABLE_EASY } from './easy.js';
import { RUNNABLE_HARD } from './hard.js';
import { findRunnableProblem, RUNNABLE_PROBLEMS } from './index.js';
import { treeFromLevelOrder, treeToLevelOrder } from './problem-builders.js';

const GROUPS: [string, readonly RunnableProblem[], readonly DsaBankProblem[]][] = [
  ['easy', RUNNABLE_EASY, EASY_PROBLEMS],
  ['hard', RUNNABLE_HARD, HARD_PROBLEMS],
];

// Problems whose brute force is quadratic or worse while the optimum is not: each needs a test
// large enough that the brute force cannot finish within the time limit.
const NEEDS_LARGE_INPUT = [
  'two-sum',
  'valid-parentheses',
  'best-time-to-buy-and-sell-stock',
  'contains-duplicate',
  'valid-anagram',
  'linked-list-cycle',
  'climbing-stairs',
  'majority-element',
  'merge-k-sorted-lists',
  'trapping-rain-water',
  'find-median-from-data-stream',
  'edit-distance',
  'word-ladder',
  'sliding-window-maximum',
  'minimum-window-substring',
];

const allCases = (problem: RunnableProblem): RunnableTestCase[] => [...problem.examples, ...problem.hidden];

/** How a plain value of this kind is written in a problem statement, without spaces. */
function statementForm(kind: CodeValueKind, value: unknown): string[] {
  const list = (values: unknown[]): string => (values.length === 0 ? 'empty' : values.join('→'));
  switch (kind) {
    case 'linked-list':
      return [list(value as unknown[])];
    case 'linked-list-cycle':
      return [list((value as { values: unknown[] }).values)];
    case 'list-of-linked-lists':
      return (value as unknown[][]).length === 0 ? ['[]'] : (value as unknown[][]).map(list);
    default:
      return [JSON.stringify(value)];
  }
}

/** The value of a statement example's output, in the plain form of the entry's result. */
function statementOutput(entry: CodeEntry, example: RunnableTestCase, output: string): unknown {
  if (entry.kind === 'round-trip') return example.args[0];
  if (entry.kind === 'class') return JSON.parse(`[${output}]`);
  if (entry.returns !== 'linked-list') return JSON.parse(output);
  return output === 'empty list' ? [] : output.split('→').map((value) => JSON.parse(value.trim()));
}

const compact = (text: string): string => text.replace(/\s+/g, '');

describe.each(GROUPS)('runnable %s problems', (_difficulty, runnable, bank) => {
  it('should cover every bank problem of the difficulty exactly once', () => {
    expect(runnable.map((problem) => problem.problemId).sort()).toEqual(bank.map((problem) => problem.id).sort());
  });

  describe.each(runnable.map((problem) => [problem.problemId, problem] as const))('%s', (_id, problem) => {
    const statement = bank.find((candidate) => candidate.id === problem.problemId) as DsaBankProblem;

    it('should have at least 8 hidden tests and unique case names', () => {
      expect(problem.hidden.length).toBeGreaterThanOrEqual(8);
      const names = allCases(problem).map((testCase) => testCase.name);
      expect(new Set(names).size).toBe(names.length);
    });

    it("should have the statement's examples, with the same arguments and results", () => {
      expect(problem.examples).toHaveLength(statement.examples.length);
      const entry = problem.entry.javascript;
      problem.examples.forEach((example, index) => {
        const text = statement.examples[index] as { input: string; output: string };
        const input = compact(text.input);
        const forms =
          entry.kind === 'function'
            ? example.args.flatMap((arg, position) => statementForm(entry.parameters[position]?.kind ?? 'json', arg))
            : entry.kind === 'class'
              ? [
                  (example.args[1] as unknown[][])
                    .slice(1)
                    .map((args, call) => `${(example.args[0] as string[])[call + 1]}(${args.join(',')})`)
                    .join(';'),
                ]
              : statementForm(entry.value, example.args[0]);
        for (const form of forms) expect(input).toContain(compact(form));
        const expected = entry.kind === 'class' ? (example.expected as unknown[]).filter((result) => result !== null) : example.expected;
        expect(resultsMatch(problem.comparator, statementOutput(entry, example, text.output), expected)).toBe(true);
      });
    });

    it('should name the same entry in both languages, in the signatures and in the references', () => {
      const { javascript, python } = problem.entry;
      expect(python.kind).toBe(javascript.kind);
      if (javascript.kind === 'function' && python.kind === 'function') {
        expect(javascript.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(python.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(python.parameters.map((parameter) => parameter.kind)).toEqual(javascript.parameters.map((parameter) => parameter.kind));
        expect(python.returns).toBe(javascript.returns);
        expect(problem.signatures.javascript).toContain(
          `function ${javascript.name}(${javascript.parameters.map((parameter) => parameter.name).join(', ')}) {`,
        );
        expect(problem.signatures.python).toContain(`def ${python.name}(${python.parameters.map((parameter) => parameter.name).join(', ')}):`);
        expect(problem.references.javascript).toContain(`function ${javascript.name}(`);
        expect(problem.references.python).toContain(`def ${python.name}(`);
        for (const testCase of allCases(problem)) expect(testCase.args).toHaveLength(javascript.parameters.length);
      }
      if (javascript.kind === 'class' && python.kind === 'class') {
        expect(python.name).toBe(javascript.name);
        expect(Object.keys(python.methods)).toEqual(Object.keys(javascript.methods));
        for (const [language, entry] of [
          ['javascript', javascript],
          ['python', python],
        ] as const) {
          expect(problem.signatures[language]).toContain(`class ${entry.name}`);
          expect(problem.references[language]).toContain(`class ${entry.name}`);
          for (const method of Object.values(entry.methods)) {
            expect(problem.signatures[language]).toContain(`${method}(`);
            expect(problem.references[language]).toContain(`${method}(`);
          }
        }
        for (const testCase of allCases(problem)) {
          const [operations, argumentLists] = testCase.args as [string[], unknown[][]];
          expect(operations[0]).toBe(javascript.name);
          expect(argumentLists).toHaveLength(operations.length);
          expect(testCase.expected).toHaveLength(operations.length);
          for (const operation of operations.slice(1)) expect(Object.keys(javascript.methods)).toContain(operation);
        }
      }
      if (javascript.kind === 'round-trip' && python.kind === 'round-trip') {
        expect(python).toEqual(javascript);
        for (const language of ['javascript', 'python'] as const) {
          for (const name of [javascript.encode, javascript.decode]) {
            expect(problem.signatures[language]).toMatch(new RegExp(`(function|def) ${name}\\(`));
            expect(problem.references[language]).toMatch(new RegExp(`(function|def) ${name}\\(`));
          }
        }
      }
    });

    it('should explain ListNode or TreeNode in the starting code when the problem uses them', () => {
      const kinds = JSON.stringify(problem.entry.javascript);
      const node = /linked-list/.test(kinds) ? 'ListNode' : /"tree"/.test(kinds) ? 'TreeNode' : null;
      for (const language of ['javascript', 'python'] as const) {
        if (node) expect(problem.signatures[language].split('\n')[0]).toContain(node);
        else expect(problem.signatures[language]).not.toMatch(/ListNode|TreeNode/);
      }
    });

    it('should hold plain JSON data, with trees in canonical level order and cycles inside the list', () => {
      const entry = problem.entry.javascript;
      for (const testCase of allCases(problem)) {
        expect(JSON.parse(JSON.stringify(testCase))).toEqual(testCase);
        const kinds: [CodeValueKind, unknown][] =
          entry.kind === 'function'
            ? testCase.args.map((arg, index) => [entry.parameters[index]?.kind ?? 'json', arg])
            : entry.kind === 'round-trip'
              ? [
                  [entry.value, testCase.args[0]],
                  [entry.value, testCase.expected],
                ]
              : [];
        if (entry.kind === 'function') kinds.push([entry.returns, testCase.expected]);
        for (const [kind, value] of kinds) {
          if (kind === 'tree') expect(treeToLevelOrder(treeFromLevelOrder(value as (number | null)[]))).toEqual(value);
          if (kind === 'linked-list-cycle') {
            const { values, pos } = value as { values: unknown[]; pos: number };
            expect(pos >= -1 && pos < values.length).toBe(true);
          }
        }
      }
    });

    it('should build the same hidden tests on every read', () => {
      expect(problem.hidden).toBe(problem.hidden);
      expect(JSON.stringify(problem.hidden)).toBe(JSON.stringify(findRunnableProblem(problem.problemId)?.hidden));
    });

    it.runIf(NEEDS_LARGE_INPUT.includes(problem.problemId))('should include a large input that a brute force cannot finish', () => {
      const sizes = problem.hidden.map((testCase) => JSON.stringify(testCase.args).length);
      // Brute forces of climbing-stairs and edit-distance are exponential, of word-ladder
      // quadratic in the dictionary's size: moderate inputs suffice there.
      const threshold = { 'climbing-stairs': 0, 'edit-distance': 600, 'word-ladder': 20_000 }[problem.problemId] ?? 50_000;
      expect(Math.max(...sizes)).toBeGreaterThan(threshold);
      // Named as such, so a timeout there reads as "too slow" and a pass there as "fast enough".
      expect(problem.hidden.filter((testCase) => isLargeTest(testCase.name)).length, problem.problemId).toBeGreaterThan(0);
      if (problem.problemId === 'climbing-stairs') expect(Math.max(...problem.hidden.map((testCase) => testCase.args[0] as number))).toBeGreaterThanOrEqual(45);
    });
  });
});

describe('RUNNABLE_PROBLEMS', () => {
  it('should find a problem by id, and nothing for an unknown id', () => {
    expect(findRunnableProblem('two-sum')?.problemId).toBe('two-sum');
    expect(findRunnableProblem('serialize-binary-tree')?.entry.python.kind).toBe('round-trip');
    expect(findRunnableProblem('no-such-problem')).toBeNull();
  });

  it('should list each problem once', () => {
    const ids = RUNNABLE_PROBLEMS.map((problem) => problem.problemId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...EASY_PROBLEMS, ...HARD_PROBLEMS].map((problem) => problem.id)));
  });
});
