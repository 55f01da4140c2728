import type { RunnableProblem } from '../runnable-problem-types.js';
import { RUNNABLE_EASY } from './easy.js';
import { RUNNABLE_HARD } from './hard.js';
import { RUNNABLE_MEDIUM } from './medium.js';

/** Every runnable problem of the DSA bank: signatures, examples, hidden tests and references. */
export const RUNNABLE_PROBLEMS: readonly RunnableProblem[] = [...RUNNABLE_EASY, ...RUNNABLE_MEDIUM, ...RUNNABLE_HARD];

const BY_ID = new Map(RUNNABLE_PROBLEMS.map((problem) => [problem.problemId, problem]));

/** The runnable form of a bank problem, or `null` when it has none. */
export function findRunnableProblem(problemId: string): RunnableProblem | null {
  return BY_ID.get(problemId) ?? null;
}

export { RUNNABLE_EASY, RUNNABLE_HARD, RUNNABLE_MEDIUM };
