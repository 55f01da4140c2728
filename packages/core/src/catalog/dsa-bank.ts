import type { DetectedRole, DsaProblem } from '../domain/index.js';
import { ConflictError } from '../errors/index.js';
import type { DsaProblemBrief } from '../prompts/tasks.js';
import { EASY_PROBLEMS } from './dsa/easy-problems.js';
import { MEDIUM_PROBLEMS } from './dsa/medium-problems.js';
import { HARD_PROBLEMS } from './dsa/hard-problems.js';
import { publicPart, type DsaBankProblem } from './dsa/dsa-problem-types.js';
import { isRoleFamily, type RoleFamily } from './taxonomy.js';
import { seededUnit } from '../internal/text-matching.js';

export type { DsaApproach, DsaBankProblem, DsaEdgeCase } from './dsa/dsa-problem-types.js';

/** Every problem of the offline DSA bank. */
export const DSA_BANK: readonly DsaBankProblem[] = [...EASY_PROBLEMS, ...MEDIUM_PROBLEMS, ...HARD_PROBLEMS];

const BY_ID = new Map(DSA_BANK.map((problem) => [problem.id, problem]));

/** The bank problem with this id, if any. */
export function findDsaProblem(id: string): DsaBankProblem | null {
  return BY_ID.get(id) ?? null;
}

/** Topics that suit each role family's day-to-day work, used to prefer relevant problems. */
const FAMILY_TOPICS: Readonly<Record<RoleFamily, readonly string[]>> = {
  backend: ['hashing', 'graphs', 'design', 'intervals', 'heaps', 'linked lists', 'sliding window'],
  frontend: ['strings', 'trees', 'stacks', 'hashing', 'design'],
  fullstack: ['hashing', 'strings', 'design', 'trees', 'intervals'],
  data: ['sorting', 'heaps', 'hashing', 'intervals', 'sliding window', 'dynamic programming', 'data streams'],
  ml: ['dynamic programming', 'heaps', 'arrays', 'hashing', 'matrices', 'data streams'],
  mobile: ['arrays', 'strings', 'linked lists', 'trees', 'design'],
  devops: ['graphs', 'topological sort', 'intervals', 'queues', 'heaps', 'bfs'],
  security: ['strings', 'hashing', 'graphs', 'tries'],
  qa: ['strings', 'arrays', 'stacks', 'hashing'],
  management: ['arrays', 'hashing', 'greedy', 'intervals'],
  product: ['arrays', 'hashing', 'strings', 'greedy'],
  design: ['arrays', 'strings', 'two pointers', 'hashing'],
  general: ['arrays', 'hashing', 'strings', 'two pointers', 'trees'],
};

const NON_ENGINEERING: ReadonlySet<RoleFamily> = new Set(['management', 'product', 'design']);

function difficultiesFor(family: RoleFamily, seniority: DetectedRole['seniority']): DsaProblem['difficulty'][] {
  if (NON_ENGINEERING.has(family)) return seniority === 'senior' || seniority === 'lead' ? ['easy', 'medium'] : ['easy'];
  switch (seniority) {
    case 'junior':
      return ['easy'];
    case 'mid':
      return ['medium'];
    default:
      return ['medium', 'hard'];
  }
}

/** What {@link chooseDsaProblem} chooses by. */
export interface ChooseDsaProblemOptions {
  roleFamily: string;
  seniority: DetectedRole['seniority'];
  /** A deterministic seed, such as the session id. */
  seed: string;
  /** Problems already used (never chosen again). */
  excludeIds?: readonly string[];
  /** A difficulty the hiring site chose for its interview; otherwise it follows the role and seniority. */
  difficulty?: DsaProblem['difficulty'];
}

/**
 * Chooses a DSA problem for a candidate: easy for juniors, medium for mid-level, medium or
 * hard for senior and lead engineers (easier for non-engineering roles), preferring topics
 * that suit the role family, deterministic for the same seed, never one in `excludeIds`.
 * When no problem of the right difficulty is left, any unused problem is chosen.
 *
 * @throws ConflictError when every problem of the bank is excluded.
 */
export function chooseDsaProblem(options: ChooseDsaProblemOptions): DsaBankProblem {
  const family: RoleFamily = isRoleFamily(options.roleFamily) ? options.roleFamily : 'general';
  const excluded = new Set(options.excludeIds ?? []);
  const difficulties = options.difficulty ? [options.difficulty] : difficultiesFor(family, options.seniority);
  const topics = FAMILY_TOPICS[family];
  const available = DSA_BANK.filter((problem) => !excluded.has(problem.id));
  const fitting = available.filter((problem) => difficulties.includes(problem.difficulty));
  const pool = fitting.length > 0 ? fitting : available;
  if (pool.length === 0) throw new ConflictError({ message: 'Every problem of the DSA bank has already been used.' });

  const ranked = pool
    .map((problem) => {
      const overlap = problem.topics.filter((topic) => topics.includes(topic)).length;
      return { problem, score: Math.min(overlap, 2) * 0.75 + seededUnit(options.seed, problem.id) * 2 };
    })
    .sort((a, b) => b.score - a.score || a.problem.id.localeCompare(b.problem.id));
  // `pool` is non-empty, so `ranked` has a first element.
  return (ranked[0] as { problem: DsaBankProblem }).problem;
}

/** The interviewer's brief of a bank problem, as the `dsa-feedback` task takes it. */
export function toProblemBrief(problem: DsaBankProblem): DsaProblemBrief {
  return {
    id: problem.id,
    title: problem.title,
    prompt: problem.prompt,
    expectedApproaches: problem.approaches.map(
      (approach) => `${approach.name}${approach.optimal ? ' (optimal)' : ''}: ${approach.description} ${approach.time} time, ${approach.space} space.`,
    ),
    optimalTimeComplexity: problem.optimalTimeComplexity,
    optimalSpaceComplexity: problem.optimalSpaceComplexity,
    edgeCases: problem.edgeCases.map((edgeCase) => edgeCase.label),
    followUps: [...problem.followUps],
  };
}

/** The candidate-facing problem (no approaches, complexities or edge cases). */
export function toPublicProblem(problem: DsaBankProblem): DsaProblem {
  return publicPart(problem);
}
