export type { Provenance, EvidenceStatus, AnswerEvaluation } from './evaluation-types.js';
export type { InterviewTemplate, TemplateAuthoring, TemplateQuestion, TemplateLevel, TemplateDsaDifficulty, TemplateAuditEntry } from './template-types.js';
export type { ResumeProfile, DetectedRole } from './resume-types.js';
export type { QuestionKind, SessionState, FinalFeedback, InterviewSession, InterviewTurn } from './interview-types.js';
export type { DsaProblem, DsaMessage, DsaEvaluation, DsaRound, DsaCodeSubmission } from './dsa-types.js';
export {
  DECISIONS,
  type Decision,
  type ReportQuestion,
  type ReportDsa,
  type ReportDsaCode,
  type ReportWeights,
  type Report,
  type DecisionChange,
  type ReportFilter,
  type ReportSort,
  type ReportSummary,
  type ReportOrigin,
  type ReportStatistics,
} from './report-types.js';
export type { InviteStatus, Invite } from './invite-types.js';
export type { InvitationStatus, Invitation } from './invitation-types.js';
export {
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  type WebhookDeliveryEventType,
  type WebhookEndpoint,
  type WebhookDeliveryStatus,
  type WebhookDelivery,
  type WebhookAttempt,
} from './webhook-types.js';
