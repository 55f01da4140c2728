import type { DsaProblem, DsaRound } from '../domain/index.js';

export interface StartDsaResult {
  round: DsaRound;
  problem: DsaProblem;
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
}
