import type { CodeEntry, CodeLanguage } from '../ports/code-runner.js';

/**
 * How a returned value is compared with the expected one:
 * - `exact`: deep equality;
 * - `unordered`: the same elements in any order (a list);
 * - `unordered-nested`: a list of lists, equal when each inner list and the outer list are
 *   compared as multisets (`group-anagrams`, `subsets`, `three-sum`);
 * - `float`: numbers equal within 1e-5 (also element-wise in lists, `find-median-from-data-stream`).
 */
export type RunnableComparator = 'exact' | 'unordered' | 'unordered-nested' | 'float';

/** One test: plain-data arguments and the expected plain-data result. */
export interface RunnableTestCase {
  /** Short and readable, e.g. `empty array`, `duplicates`, `large input (n = 100000)`. */
  name: string;
  args: unknown[];
  expected: unknown;
}

/**
 * A problem of the DSA bank made runnable: what candidates write in each language, the
 * visible examples and the hidden tests, and a reference solution per language.
 */
export interface RunnableProblem {
  /** The id of the problem in the DSA bank. */
  problemId: string;
  entry: Record<CodeLanguage, CodeEntry>;
  /** The starting code the editor shows, per language. */
  signatures: Record<CodeLanguage, string>;
  comparator: RunnableComparator;
  /** The visible examples, the same as the problem statement's, as plain data. */
  examples: RunnableTestCase[];
  /** At least 8 hidden tests covering the problem's edge cases and, where the optimum beats a quadratic solution, a large input. */
  hidden: RunnableTestCase[];
  /** Correct, idiomatic solutions that pass every test. */
  references: Record<CodeLanguage, string>;
}
