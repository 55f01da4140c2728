import type { Generated } from 'kysely';

/**
 * The tables Coach stores, as Kysely sees them. Nested structures are JSON text (`data`,
 * `evaluation`); columns the recruiter queries filter, sort or group on are real columns.
 * Timestamps are ISO-8601 UTC strings, which sort chronologically as text.
 */
export interface CoachDatabase {
  coach_templates: TemplateRow;
  coach_template_audit: TemplateAuditRow;
  coach_invitations: InvitationRow;
  coach_sessions: SessionRow;
  coach_turns: TurnRow;
  coach_dsa_rounds: DsaRoundRow;
  coach_dsa_code_submissions: DsaCodeSubmissionRow;
  coach_reports: ReportRow & { /** SQLite only: the rowid the search index refers to. */ seq: Generated<number> };
  coach_report_stats: ReportStatRow;
  coach_decision_changes: DecisionChangeRow;
  coach_invites: InviteRow;
  coach_speech_cache: SpeechCacheRow;
  coach_rate_limits: RateLimitRow;
  coach_settings: SettingRow;
  coach_webhook_endpoints: WebhookEndpointRow;
  coach_webhook_deliveries: WebhookDeliveryRow;
  coach_webhook_attempts: WebhookAttemptRow;
}

export interface TemplateRow {
  id: string;
  title: string;
  description: string;
  role_focus: string | null;
  behavioral_questions: number;
  technical_questions: number;
  /** 0 or 1. */
  include_dsa: number;
  /** JSON `TemplateAuthoring`, null for starter templates. */
  authoring: string | null;
  /** 0 or 1. */
  published: number;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface InvitationRow {
  id: string;
  template_id: string;
  candidate_name: string;
  candidate_email: string;
  token_hash: string;
  status: string;
  expires_at: string | null;
  session_id: string | null;
  report_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TemplateAuditRow {
  id: string;
  template_id: string;
  version: number;
  action: string;
  /** JSON `InterviewTemplate`. */
  snapshot: string;
  created_at: string;
}

export interface SessionRow {
  id: string;
  template_id: string;
  state: string;
  report_id: string | null;
  /** JSON of `SessionData`. */
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
}

export interface TurnRow {
  id: string;
  session_id: string;
  turn_index: number;
  kind: string;
  question: string;
  question_key: string | null;
  follow_up_of: string | null;
  answer: string | null;
  answered_at: string | null;
  /** JSON of `AnswerEvaluation`. */
  evaluation: string | null;
  created_at: string;
}

export interface DsaRoundRow {
  session_id: string;
  /** JSON of `DsaRoundData`. */
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DsaCodeSubmissionRow {
  id: string;
  session_id: string;
  language: string;
  code: string;
  status: string;
  passed: number;
  total: number;
  score: number;
  timing_note: string | null;
  created_at: string;
}

export interface ReportRow {
  id: string;
  session_id: string | null;
  candidate_name: string;
  candidate_email: string;
  role: string;
  overall_score: number;
  decision: string;
  /** The template of the interview, for the filter; null for reports stored by hand. */
  template_id: string | null;
  /** Lower-cased name, email and role, one per line, for substring search. */
  search_text: string;
  /** JSON of `ReportData`. */
  data: string;
  created_at: string;
  /** Monday (`YYYY-MM-DD`) of the ISO week of `created_at`, for weekly statistics. */
  created_week: string;
  updated_at: string;
}

/**
 * Running totals of reports per dimension value, kept by triggers on `coach_reports` so the
 * statistics read a few dozen rows instead of every report.
 */
export interface ReportStatRow {
  /** `decision`, `role`, `bucket` (whole score 0..10) or `week` (ISO week Monday). */
  dimension: string;
  value: string;
  report_count: number;
  score_sum: number;
}

export interface DecisionChangeRow {
  id: string;
  report_id: string;
  from_decision: string;
  to_decision: string;
  actor: string;
  at: string;
  /** 1, 2, … per report, in the order the changes were applied. */
  seq: Generated<number>;
}

export interface InviteRow {
  id: string;
  report_id: string | null;
  invitation_id: string | null;
  to_email: string;
  to_name: string;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  locked_until: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SpeechCacheRow {
  key: string;
  content_type: string;
  audio: Uint8Array;
  created_at: string;
}

export interface RateLimitRow {
  key: string;
  window_start: string;
  count: number;
  reset_at: string;
}

export interface SettingRow {
  key: string;
  value: string;
}

export interface WebhookEndpointRow {
  id: string;
  url: string;
  description: string | null;
  /** JSON array of event types. */
  events: string;
  /** 0 or 1. */
  enabled: number;
  disabled_reason: string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  report_id: string | null;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface WebhookAttemptRow {
  id: string;
  delivery_id: string;
  endpoint_id: string;
  attempt_number: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  response_body: string | null;
  error: string | null;
  /** 0 or 1. */
  succeeded: number;
}
