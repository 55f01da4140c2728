import { describe, expect, it } from 'vitest';
import { DSA_BANK } from '../dsa-bank.js';
import { findRunnableProblem, RUNNABLE_PROBLEMS } from './index.js';

describe('RUNNABLE_PROBLEMS', () => {
  it('should make every problem of the DSA bank runnable, once', () => {
    expect(RUNNABLE_PROBLEMS.map((problem) => problem.problemId).sort()).toEqual(DSA_BANK.map((problem) => problem.id).sort());
    for (const problem of DSA_BANK) expect(findRunnableProblem(problem.id)?.problemId).toBe(problem.id);
    expect(findRunnableProblem('no-such-problem')).toBeNull();
  });
});
