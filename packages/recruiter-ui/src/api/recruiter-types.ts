/** The recruiter API's shapes (snake_case, as `@coach/server` serves them). */

/** A recruiter's decision on a candidate. */
export type Decision = 'Pending' | 'Accepted' | 'Declined';

/** One line of `GET /api/reports/`. */
export interface ReportRow {
  id: string;
  candidate_name: string;
  candidate_email: string;
  role: string;
  overall_score: number;
  decision: Decision;
  created_at: string;
}

/** One page of `GET /api/reports/`. */
export interface ReportPage {
  reports: ReportRow[];
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

/** One answered question of a report. */
export interface ReportQuestion {
  question: string;
  kind: 'behavioral' | 'technical';
  answer: string;
  score: number;
  feedback: string;
  /** Quotes from the answer that back the score. */
  evidence: string[];
  evidence_status: 'sufficient' | 'insufficient_evidence';
}

/** One message of the DSA conversation. */
export interface DsaMessage {
  role: 'candidate' | 'interviewer';
  kind: 'pseudocode' | 'message' | 'feedback' | 'follow_up';
  text: string;
  at: string;
}

/** The DSA round of a report: the problem, its evaluation and the conversation. */
export interface ReportDsa {
  problem_title: string;
  problem_prompt: string;
  score: number;
  feedback: string;
  approach: string | null;
  time_complexity: string | null;
  conversation: DsaMessage[];
}

/** Which model produced a part of the report. */
export interface Provenance {
  provider: string;
  model_id: string;
  task: string;
  prompt_version: number;
}

/** One entry of a report's decision history. */
export interface DecisionChange {
  from: Decision;
  to: Decision;
  /** Who decided: `secret-key` or `token:<subject>`. */
  actor: string;
  at: string;
}

/** Where the invite of an accepted candidate stands. */
export interface InviteStatus {
  /** `queued` with a `last_error` means a failed attempt that will be retried; `failed` is final. */
  status: 'queued' | 'sending' | 'sent' | 'failed';
  to_email: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  sent_at: string | null;
  /** Why a queued invite cannot be sent as the server is configured; absent from servers before it was added. */
  blocked_reason?: string | null;
}

/** `GET /api/reports/{id}/`: the whole report. */
export interface ReportDetails extends ReportRow {
  session_id: string | null;
  behavioral_score: number | null;
  technical_score: number | null;
  dsa_score: number | null;
  weights: { behavioral: number; technical: number; dsa: number };
  summary: string;
  strengths: string[];
  improvements: string[];
  questions: ReportQuestion[];
  dsa: ReportDsa | null;
  resume_summary: string | null;
  provenance: Provenance[];
  updated_at: string;
  decision_history: DecisionChange[];
  invite: InviteStatus | null;
  /** Why an invite sent now could not go out, or null; absent from servers before it was added. */
  invite_blocked_reason?: string | null;
}

/** `GET /api/reports/statistics/`. */
export interface Statistics {
  total: number;
  by_decision: Record<Decision, number>;
  average_score: number | null;
  /** Reports per whole score, index 0 to 10. */
  score_distribution: number[];
  by_role: { role: string; count: number; average_score: number }[];
  /** Weeks (ISO, starting Monday) that have reports, oldest first. */
  per_week: { week_start: string; count: number }[];
}

/** `PATCH /api/reports/{id}/decision/`. */
export interface DecisionResult {
  success: true;
  /** False when the report already had this decision. */
  changed: boolean;
  report: ReportDetails;
  /** Whether the invite has been handed to the mail server. */
  email_sent: boolean;
  /** What happened to the invite, for a person. */
  email_message: string;
}

/** Sort orders of the report list. */
export type ReportSort = 'newest' | 'score';

/** Filters and paging of `GET /api/reports/`. */
export interface ReportQuery {
  /** Searches candidate name, email and role. */
  q?: string;
  decision?: Decision | '';
  /** Exact role title. */
  role?: string;
  min_score?: number | null;
  sort?: ReportSort;
  limit?: number;
  cursor?: string | null;
}
