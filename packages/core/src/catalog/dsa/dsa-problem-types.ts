import type { DsaProblem } from '../../domain/index.js';

/**
 * A way to solve a problem, with the signature that recognises it in pseudocode. Each entry
 * of `signature` is a group of `|`-separated cues; the approach is recognised when every
 * group has at least one cue in the candidate's text (see `text-matching.ts` for cue rules).
 */
export interface DsaApproach {
  name: string;
  description: string;
  signature: readonly string[];
  time: string;
  space: string;
  /** Whether the approach reaches the optimal time complexity. */
  optimal: boolean;
  /** A nudge towards this approach that does not give it away. */
  hint?: string;
}

/** An edge case and the cues that show a solution handles it. */
export interface DsaEdgeCase {
  label: string;
  cues: readonly string[];
}

/** A problem of the offline DSA bank, with everything the interviewer needs. */
export interface DsaBankProblem extends DsaProblem {
  /** Expected approaches, optimal first, then acceptable but slower ones. */
  approaches: readonly DsaApproach[];
  /** The naive solution, for recognising and explaining brute force. */
  bruteForce: { description: string; time: string; space: string };
  optimalTimeComplexity: string;
  optimalSpaceComplexity: string;
  edgeCases: readonly DsaEdgeCase[];
  followUps: readonly string[];
}

/** Splits a `|`-separated cue group. */
export function cueGroup(group: string): string[] {
  return group
    .split('|')
    .map((cue) => cue.trim().toLowerCase())
    .filter((cue) => cue.length > 0);
}

/** Cues of a hash map or hash set in pseudocode, as one signature group. */
export const HASH_CUES = 'hash|map|dict|dictionary|hashmap|hashset|set(|new set|a set|set of|seen|lookup|counter|{}';

/** Edge-case cue sets used by many problems. */
export const EDGE = {
  emptyArray: (label = 'empty input'): DsaEdgeCase => ({
    label,
    cues: [
      'empty',
      'is empty',
      'isempty',
      'length == 0',
      'length === 0',
      'len(nums) == 0',
      'size() == 0',
      'size == 0',
      'not nums',
      'not arr',
      'n == 0',
      'n < 1',
      'length < 1',
      'no elements',
    ],
  }),
  single: (label = 'a single element'): DsaEdgeCase => ({
    label,
    cues: ['single', 'one element', 'only one', 'length == 1', 'len(nums) == 1', 'n == 1', 'n < 2', 'length < 2', 'size == 1'],
  }),
  nullNode: (label = 'an empty tree or list (null head/root)'): DsaEdgeCase => ({
    label,
    cues: ['null', 'none', 'nil', 'empty', 'not root', 'not head', 'root is', 'head is', '== null', 'is none', '!root', '!head'],
  }),
  duplicates: (label = 'duplicate values'): DsaEdgeCase => ({
    label,
    cues: ['duplicate', 'same value', 'repeated', 'equal values', 'skip same', 'while nums[i] == nums[i - 1]', 'nums[i] == nums[i-1]', 'distinct'],
  }),
  negatives: (label = 'negative numbers'): DsaEdgeCase => ({ label, cues: ['negative', '< 0', 'minus', 'abs('] }),
  overflow: (label = 'integer overflow'): DsaEdgeCase => ({
    label,
    cues: ['overflow', 'long', 'bigint', 'int64', 'max_int', 'integer.max', 'lo + (hi - lo)', 'left + (right - left)', 'low + (high - low)'],
  }),
  notFound: (label = 'no valid answer'): DsaEdgeCase => ({
    label,
    cues: [
      'not found',
      'no solution',
      'return -1',
      'return null',
      'return none',
      'return []',
      'no answer',
      'impossible',
      "doesn't exist",
      'does not exist',
      'no pair',
    ],
  }),
};

/** The candidate-facing part of a bank problem. */
export function publicPart(problem: DsaBankProblem): DsaProblem {
  return {
    id: problem.id,
    title: problem.title,
    prompt: problem.prompt,
    examples: problem.examples.map((example) => ({ ...example })),
    difficulty: problem.difficulty,
    topics: [...problem.topics],
  };
}
