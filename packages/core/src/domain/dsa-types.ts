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

/** A runnable solution the candidate submitted, and how it did against the tests. */
export interface DsaCodeSubmission {
  id: string;
  language: 'javascript' | 'python';
  code: string;
  /** `passed`, `failed`, `error`, `timeout` or `memory_limit`. */
  status: 'passed' | 'failed' | 'error' | 'timeout' | 'memory_limit';
  /** Tests passed, of `total` (visible examples and hidden tests). */
  passed: number;
  total: number;
  /** 0–10: correctness first, then complexity, then the discussion (see the DSA service). */
  score: number;
  /** Set when the small tests pass but the large inputs ran out of time. */
  timingNote: string | null;
  createdAt: string;
}

/** The DSA round of a session: one problem and the conversation about it. */
export interface DsaRound {
  sessionId: string;
  problem: DsaProblem;
  messages: DsaMessage[];
  /** Number of submissions so far (pseudocode or runnable code). */
  submissions: number;
  /** Runnable code submitted and run against every test, oldest first. */
  codeSubmissions: DsaCodeSubmission[];
  evaluation: DsaEvaluation | null;
  /** The interviewer (or the turn limit) ended the discussion. */
  done: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
