import type { Provenance } from './evaluation-types.js';

/** A DSA problem as the candidate sees it. */
export interface DsaProblem {
  id: string;
  title: string;
  prompt: string;
  examples: { input: string; output: string; explanation?: string }[];
  difficulty: 'easy' | 'medium' | 'hard';
  topics: string[];
}

export interface DsaMessage {
  role: 'candidate' | 'interviewer';
  kind: 'pseudocode' | 'message' | 'feedback' | 'follow_up';
  text: string;
  at: string;
}

/** The judgment of the DSA discussion so far. */
export interface DsaEvaluation {
  score: number;
  feedback: string;
  /** The approach recognised, e.g. `hash map`, `two pointers`, `brute force`. */
  approach: string | null;
  /** Estimated time complexity, e.g. `O(n)`. */
  timeComplexity: string | null;
  spaceComplexity: string | null;
  /** Edge cases the candidate handled, and ones missed. */
  edgeCasesHandled: string[];
  edgeCasesMissed: string[];
  strengths: string[];
  improvements: string[];
  provenance: Provenance;
}

/** The DSA round of a session: one problem and the conversation about it. */
export interface DsaRound {
  sessionId: string;
  problem: DsaProblem;
  messages: DsaMessage[];
  /** Number of pseudocode submissions so far. */
  submissions: number;
  evaluation: DsaEvaluation | null;
  /** The interviewer (or the turn limit) ended the discussion. */
  done: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
