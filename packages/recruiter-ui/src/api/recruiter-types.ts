/** The recruiter API's shapes (snake_case, as served by `@coach/server`). */

export type Decision = 'Pending' | 'Accepted' | 'Declined';

export interface ReportRow {
  id: string;
  candidate_name: string;
  candidate_email: string;
  role: string;
  overall_score: number;
  decision: Decision;
  created_at: string;
}

export interface ReportPage {
  reports: ReportRow[];
  next_cursor: string | null;
}

export interface ReportQuestion {
  question: string;
  kind?: string;
  answer: string;
  score: number;
  feedback: string;
  evidence?: string[];
  evidence_status?: string;
}

export interface DsaMessage {
  role: 'candidate' | 'interviewer';
  kind?: string;
  text: string;
  at?: string;
}

export interface ReportDsa {
  problem_title: string;
  problem_prompt?: string;
  score: number;
  feedback: string;
  approach?: string | null;
  time_complexity?: string | null;
  conversation: DsaMessage[];
}

export interface DecisionChange {
  from: Decision;
  to: Decision;
  actor: string;
  at: string;
}

export interface InviteStatus {
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
}

export interface ReportDetails extends ReportRow {
  behavioral_score: number | null;
  technical_score: number | null;
  dsa_score: number | null;
  summary: string;
  strengths: string[];
  improvements: string[];
  questions: ReportQuestion[];
  dsa: ReportDsa | null;
  resume_summary: string | null;
  decision_history: DecisionChange[];
  invite: InviteStatus | null;
  updated_at?: string;
}

export interface Statistics {
  total: number;
  by_decision: Record<Decision, number>;
  average_score: number | null;
  score_distribution: number[];
  by_role: { role: string; count: number; average_score: number }[];
  per_week: { week_start: string; count: number }[];
}

export interface DecisionResult {
  success: boolean;
  report: ReportDetails;
  email_sent: boolean;
  email_message: string;
}

export interface ReportQuery {
  q?: string;
  decision?: Decision | '';
  role?: string;
  min_score?: number | null;
  sort?: 'newest' | 'score';
  limit?: number;
  cursor?: string | null;
}
