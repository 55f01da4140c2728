import type { DsaCodeSubmission, DsaProblem, DsaRound } from '../domain/index.js';
import type { CodeEvaluation } from '../code-runner/evaluate-code.js';
import type { CodeLanguage } from '../ports/code-runner.js';

/** What the candidate may write the solution in for a problem: pseudocode always, runnable languages when the problem and the runner allow. */
export interface DsaCodeOptions {
  languages: ('pseudocode' | CodeLanguage)[];
  /** The starting code per runnable language offered. */
  signatures: Partial<Record<CodeLanguage, string>>;
}

export interface RunCodeResult {
  /** Visible examples only; nothing is stored. */
  evaluation: CodeEvaluation;
}

export interface SubmitCodeResult {
  round: DsaRound;
  /** Every test; hidden cases are not redacted here (the caller redacts for the candidate). */
  evaluation: CodeEvaluation;
  submission: DsaCodeSubmission;
  feedback: string;
  score: number;
  followUp: string | null;
  done: boolean;
}

export interface StartDsaResult {
  round: DsaRound;
  problem: DsaProblem;
  code: DsaCodeOptions;
}

export interface SubmitPseudocodeResult {
  round: DsaRound;
  feedback: string;
  score: number;
  followUp: string | null;
  done: boolean;
}

export interface ContinueDsaResult {
  round: DsaRound;
  reply: string;
  followUp: string | null;
  done: boolean;
}

/** The DSA round: a problem for the role and level, pseudocode in, feedback and follow-ups out. */
export interface DsaService {
  /** Idempotent: a second call returns the same problem. Needs every planned question answered. */
  start(options: { sessionId: string }): Promise<StartDsaResult>;
  submitPseudocode(options: { sessionId: string; pseudocode: string; abortSignal?: AbortSignal }): Promise<SubmitPseudocodeResult>;
  continue(options: { sessionId: string; message: string; abortSignal?: AbortSignal }): Promise<ContinueDsaResult>;
  /** The languages and starting code offered for a problem. */
  codeOptions(problemId: string): DsaCodeOptions;
  /** Runs code against the problem's visible examples. Scores and stores nothing. */
  runCode(options: { sessionId: string; language: string; code: string; abortSignal?: AbortSignal }): Promise<RunCodeResult>;
  /**
   * Runs code against every test, stores the submission, then asks the interviewer about it.
   * Resubmitting the same code as the latest submission stores nothing new.
   */
  submitCode(options: { sessionId: string; language: string; code: string; abortSignal?: AbortSignal }): Promise<SubmitCodeResult>;
}
