import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIUM_PROBLEMS } from '../dsa/medium-problems.js';
import { resultsMatch } from '../compare-result.js';
import type { RunnableProblem, RunnableTestCase } from '../runnable-problem-types.js';
import type { CodeEntry, CodeLanguage, CodeRunner } from '../../ports/code-runner.js';
import { createQuickJsCodeRunner } from '../../adapters/code-runner-quickjs/index.js';
import { createPyodideCodeRunner } from '../../adapters/code-runner-pyodide/index.js';
import { RUNNABLE_MEDIUM } from './medium.js';
import * as oracle from './medium-oracles.js';

// Trusted solutions per problem: every hand-written expected value must agree with them.
const ORACLES: Record<string, (...args: never[]) => unknown> = {
  'longest-substring-without-repeating': oracle.lengthOfLongestSubstring,
  'group-anagrams': oracle.groupAnagrams,
  'top-k-frequent-elements': oracle.topKFrequent,
  'product-of-array-except-self': oracle.productExceptSelf,
  'three-sum': oracle.threeSum,
  'container-with-most-water': oracle.maxArea,
  'search-in-rotated-sorted-array': oracle.searchRotated,
  'number-of-islands': oracle.numIslands,
  'course-schedule': oracle.findOrder,
  'merge-intervals': oracle.mergeIntervals,
  'kth-largest-element': oracle.findKthLargest,
  'coin-change': oracle.coinChange,
  'longest-increasing-subsequence': oracle.lengthOfLIS,
  'validate-binary-search-tree': oracle.isValidBST,
  'lru-cache': oracle.lruCache,
  subsets: oracle.subsets,
  'implement-trie': oracle.trie,
  'unique-paths': oracle.uniquePaths,
  'daily-temperatures': oracle.dailyTemperatures,
  'rotting-oranges': oracle.orangesRotting,
  'meeting-rooms-ii': oracle.minMeetingRooms,
  'jump-game': oracle.canJump,
  'number-of-connected-components': oracle.countComponents,
};

const LANGUAGES: CodeLanguage[] = ['javascript', 'python'];
const allCases = (problem: RunnableProblem): RunnableTestCase[] => [...problem.examples, ...problem.hidden];
// camelCase to snake_case, keeping acronyms together: lengthOfLIS → length_of_lis.
const snake = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

/** The names a language's code must define for this entry. */
function definedNames(entry: CodeEntry): string[] {
  switch (entry.kind) {
    case 'function':
      return [entry.name];
    case 'class':
      return [entry.name, ...Object.values(entry.methods)];
    case 'round-trip':
      return [entry.encode, entry.decode];
  }
}

/** `nums = [1, 2], k = 2` as `{ nums: [1, 2], k: 2 }`. */
function parseStatementInput(text: string): Record<string, unknown> {
  return JSON.parse(`{${text.replace(/(^|, )([A-Za-z_]\w*) = /g, (_, separator: string, name: string) => `${separator}"${name}": `)}}`) as Record<
    string,
    unknown
  >;
}

describe('RUNNABLE_MEDIUM', () => {
  it('should make every medium problem of the bank runnable, once each', () => {
    expect(RUNNABLE_MEDIUM.map((problem) => problem.problemId)).toEqual(MEDIUM_PROBLEMS.map((problem) => problem.id));
  });

  describe.each(RUNNABLE_MEDIUM.map((problem) => [problem.problemId, problem] as const))('%s', (problemId, problem) => {
    const statement = MEDIUM_PROBLEMS.find((candidate) => candidate.id === problemId)!;

    it('should have at least 8 hidden tests and unique test names', () => {
      expect(problem.hidden.length).toBeGreaterThanOrEqual(8);
      const names = allCases(problem).map((testCase) => testCase.name);
      expect(new Set(names).size).toBe(names.length);
    });

    it('should name the entry in each language, in its casing, in the signature and the reference', () => {
      const [javascript, python] = [problem.entry.javascript, problem.entry.python];
      expect(python.kind).toBe(javascript.kind);
      if (javascript.kind === 'function' && python.kind === 'function') {
        expect(python.name).toBe(snake(javascript.name));
        expect(python.parameters).toEqual(javascript.parameters.map((parameter) => ({ ...parameter, name: snake(parameter.name) })));
        expect(problem.signatures.javascript).toContain(`function ${javascript.name}(${javascript.parameters.map((p) => p.name).join(', ')}) {`);
        expect(problem.signatures.python).toContain(`def ${python.name}(${python.parameters.map((p) => p.name).join(', ')}):`);
        expect(problem.references.javascript).toContain(`function ${javascript.name}(`);
        expect(problem.references.python).toContain(`def ${python.name}(`);
        const usesTree = javascript.parameters.some((parameter) => parameter.kind === 'tree');
        expect(problem.signatures.javascript.includes('TreeNode')).toBe(usesTree);
        expect(problem.signatures.python.includes('TreeNode')).toBe(usesTree);
      } else if (javascript.kind === 'class' && python.kind === 'class') {
        expect(python.name).toBe(javascript.name);
        expect(Object.keys(python.methods)).toEqual(Object.keys(javascript.methods));
        for (const [key, name] of Object.entries(python.methods)) expect(name).toBe(snake(javascript.methods[key]!));
      }
      for (const language of LANGUAGES) {
        for (const name of definedNames(problem.entry[language])) {
          expect(problem.signatures[language]).toContain(name);
          expect(problem.references[language]).toContain(name);
        }
      }
    });

    it("should hold the statement's examples, with the same inputs and outputs", () => {
      expect(problem.examples).toHaveLength(statement.examples.length);
      const entry = problem.entry.javascript;
      problem.examples.forEach((example, index) => {
        const shown = statement.examples[index]!;
        expect(example.name).toBe(shown.input);
        if (entry.kind === 'function') {
          const input = parseStatementInput(shown.input);
          expect(Object.keys(input)).toEqual(entry.parameters.map((parameter) => parameter.name));
          expect(Object.values(input)).toEqual(example.args);
          expect(resultsMatch(problem.comparator, example.expected, JSON.parse(shown.output))).toBe(true);
        } else {
          // Design problems show the results of the calls that return something: `get(1) → 1, get(2) → -1`.
          const shownResults = shown.output.split(', ').map((part) => JSON.parse(part.split('→ ').pop()!) as unknown);
          expect((example.expected as unknown[]).filter((result) => result !== null)).toEqual(shownResults);
        }
      });
    });

    it('should expect what the trusted solution computes, in every test', () => {
      const solve = ORACLES[problemId]!;
      for (const testCase of allCases(problem)) {
        const computed = solve(...(structuredClone(testCase.args) as never[]));
        expect(resultsMatch(problem.comparator, computed, testCase.expected), testCase.name).toBe(true);
      }
    });

    it('should not be passable with one constant answer', () => {
      const distinct = new Set(allCases(problem).map((testCase) => JSON.stringify(testCase.expected)));
      expect(distinct.size).toBeGreaterThanOrEqual(2);
    });
  });
});

// The references through the real sandboxes. Limits are generous because test machines are
// shared; the large inputs are sized for the default limits on an idle machine.
const RUN_LIMITS = { caseTimeMs: 20_000, wallTimeMs: 120_000, memoryMb: 256 };

function describeReferences(language: CodeLanguage, makeRunner: () => CodeRunner | Promise<CodeRunner>): void {
  describe(`reference solutions in ${language}`, () => {
    let runner: CodeRunner;
    beforeAll(async () => {
      runner = await makeRunner();
      // Python needs bubblewrap; a machine without it must say so rather than skip silently.
      expect(runner.unavailable?.[language], `${language} is unavailable`).toBeUndefined();
    }, 60_000);
    afterAll(() => runner?.close?.());

    it.each(RUNNABLE_MEDIUM.map((problem) => [problem.problemId, problem] as const))(
      '%s passes every example and hidden test',
      async (_, problem) => {
        const cases = allCases(problem);
        const result = await runner.run({
          language,
          code: problem.references[language],
          entry: problem.entry[language],
          cases: cases.map(({ name, args }) => ({ name, args })),
          limits: RUN_LIMITS,
        });
        expect(result.status, result.message).toBe('ok');
        const failures = result.cases.flatMap((outcome, index) => {
          const expected = cases[index]!.expected;
          if (outcome.status === 'ok' && resultsMatch(problem.comparator, outcome.actual, expected)) return [];
          return [`${outcome.name}: ${outcome.status} ${outcome.error ?? JSON.stringify(outcome.actual)?.slice(0, 200)}`];
        });
        expect(failures).toEqual([]);
        expect(result.cases).toHaveLength(cases.length);
      },
      180_000,
    );
  });
}

describeReferences('javascript', () => createQuickJsCodeRunner({ concurrency: 1 }));
describeReferences('python', () => createPyodideCodeRunner({ concurrency: 1, spares: 1, startTimeoutMs: 60_000 }));
