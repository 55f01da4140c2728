/** Who produced a judgment, so a report can be explained and re-checked later. */
export interface Provenance {
  /** Adapter provider id, e.g. `offline`, `gemini`, `openai-compatible`. */
  provider: string;
  modelId: string;
  /** The prompt task name, e.g. `evaluate-answer`. */
  task: string;
  promptVersion: number;
}

/**
 * `sufficient`: the score is backed by quotes from the candidate's own words.
 * `insufficient_evidence`: there was nothing to judge (empty, off-topic, "I don't know");
 * the score is then low and the feedback says why, never praise.
 */
export type EvidenceStatus = 'sufficient' | 'insufficient_evidence';

/** The judgment of one answer. Scores are 0–10. */
export interface AnswerEvaluation {
  score: number;
  /** Two or three sentences to the candidate, as a coach would say them. */
  feedback: string;
  /** How the score was reached, one line per criterion with its points. Absent in older evaluations and when a model leaves it out. */
  scoring?: string[];
  strengths: string[];
  improvements: string[];
  /** Short verbatim quotes from the candidate's answer that support the score. */
  evidence: string[];
  evidenceStatus: EvidenceStatus;
  provenance: Provenance;
}
