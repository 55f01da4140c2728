import type { DsaMessage } from './dsa-types.js';
import type { EvidenceStatus, Provenance } from './evaluation-types.js';
import type { QuestionKind } from './interview-types.js';

export type Decision = 'Pending' | 'Accepted' | 'Declined';
export const DECISIONS: readonly Decision[] = ['Pending', 'Accepted', 'Declined'];

export interface ReportQuestion {
  question: string;
  kind: QuestionKind;
  answer: string;
  score: number;
  feedback: string;
  evidence: string[];
  evidenceStatus: EvidenceStatus;
}

export interface ReportDsa {
  problemTitle: string;
  problemPrompt: string;
  score: number;
  feedback: string;
  approach: string | null;
  timeComplexity: string | null;
  conversation: DsaMessage[];
  /** The latest runnable code submission, when the candidate ran code (absent in reports from before code rounds). */
  code?: ReportDsaCode | null;
}

/** What a report shows of the candidate's runnable code: the latest submission. */
export interface ReportDsaCode {
  language: 'javascript' | 'python';
  status: 'passed' | 'failed' | 'error' | 'timeout' | 'memory_limit';
  testsPassed: number;
  testsTotal: number;
  timingNote: string | null;
  /** How many code submissions the candidate made. */
  submissions: number;
  code: string;
}

/** Weights used to combine the parts into the overall score (they sum to 1). */
export interface ReportWeights {
  behavioral: number;
  technical: number;
  dsa: number;
}

/** A candidate's report, as recruiters see it. */
export interface Report {
  id: string;
  sessionId: string | null;
  candidateName: string;
  candidateEmail: string;
  role: string;
  overallScore: number;
  behavioralScore: number | null;
  technicalScore: number | null;
  dsaScore: number | null;
  weights: ReportWeights;
  summary: string;
  strengths: string[];
  improvements: string[];
  questions: ReportQuestion[];
  dsa: ReportDsa | null;
  resumeSummary: string | null;
  decision: Decision;
  /** Which models and prompts produced the judgments in this report. */
  provenance: Provenance[];
  /** The interview template (and version) and the personal link the report came from; absent for reports stored by hand. */
  origin?: ReportOrigin | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a report came from. */
export interface ReportOrigin {
  templateId: string;
  /** The version of an authored template the interview started with; null for starter templates. */
  templateVersion: number | null;
  invitationId: string | null;
}

/** One change of a report's decision, for the audit trail. */
export interface DecisionChange {
  id: string;
  reportId: string;
  from: Decision;
  to: Decision;
  /** Who decided, as the caller identified them (e.g. `secret-key`, a recruiter token subject). */
  actor: string;
  at: string;
}

export interface ReportFilter {
  decision?: Decision;
  role?: string;
  minScore?: number;
  /** Case-insensitive text search over candidate name, email and role. */
  query?: string;
  /** Only reports of interviews built from this template. */
  templateId?: string;
}

export type ReportSort = 'newest' | 'score';

/** A row of the report list. */
export interface ReportSummary {
  id: string;
  candidateName: string;
  candidateEmail: string;
  role: string;
  overallScore: number;
  decision: Decision;
  createdAt: string;
}

export interface ReportStatistics {
  total: number;
  byDecision: Record<Decision, number>;
  /** Mean overall score, or null with no reports. */
  averageScore: number | null;
  /** Count of reports per whole score 0..10 (index = floor(score), 10 included in the last). */
  scoreDistribution: number[];
  byRole: { role: string; count: number; averageScore: number }[];
  /** Reports per ISO week (Monday, `YYYY-MM-DD`), oldest first, last 12 weeks that have reports. */
  perWeek: { weekStart: string; count: number }[];
}
