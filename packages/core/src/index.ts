// Public API of @coach/core. Adapters other than the defaults live on subpaths
// (`@coach/core/storage/kysely`, `/gemini`, `/openai-compatible`, `/elevenlabs`,
// `/email/nodemailer`, `/ocr/tesseract`, `/testing`) so that importing core loads none of them.

export { createCoach, DEFAULT_SETTINGS, type Coach, type CreateCoachOptions } from './create-coach.js';
export type { CoachSettings } from './internal/context.js';
export { createJsonLogger, hashForLog, silentLogger, type Logger } from './internal/logger.js';
export { systemClock } from './internal/clock.js';

export {
  ERROR_CODES,
  CoachError,
  ValidationError,
  NotFoundError,
  ConflictError,
  PermissionError,
  ProviderError,
  StorageError,
  UnsupportedFeatureError,
  isRetryableStatus,
  type CoachErrorCode,
  type CoachErrorOptions,
  type ValidationIssue,
} from './errors/index.js';

export {
  DECISIONS,
  type Provenance,
  type EvidenceStatus,
  type AnswerEvaluation,
  type InterviewTemplate,
  type TemplateAuthoring,
  type TemplateQuestion,
  type TemplateLevel,
  type TemplateDsaDifficulty,
  type TemplateAuditEntry,
  type Invitation,
  type InvitationStatus,
  type ResumeProfile,
  type DetectedRole,
  type QuestionKind,
  type SessionState,
  type FinalFeedback,
  type InterviewSession,
  type InterviewTurn,
  type DsaProblem,
  type DsaMessage,
  type DsaEvaluation,
  type DsaRound,
  type DsaCodeSubmission,
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
  type ReportStatistics,
  type InviteStatus,
  type Invite,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  type WebhookDeliveryEventType,
  type WebhookEndpoint,
  type WebhookDeliveryStatus,
  type WebhookDelivery,
  type WebhookAttempt,
} from './domain/index.js';

export type * from './ports/index.js';

export type { ResumeFile, ResumeText, ResumeInput } from './resume/resume-types.js';
export { DOCUMENT_LIMITS, type DocumentLimits } from './resume/document-limits.js';
export type {
  StartInterviewOptions,
  StartInterviewResult,
  SubmitAnswerOptions,
  SubmitAnswerResult,
  FinalFeedbackResult,
  InterviewState,
  InterviewService,
} from './interview/interview-types.js';
export type {
  StartDsaResult,
  SubmitPseudocodeResult,
  ContinueDsaResult,
  DsaService,
  DsaCodeOptions,
  RunCodeResult,
  SubmitCodeResult,
} from './dsa/dsa-service-types.js';
export { MAX_CODE_LENGTH, scoreCodeTests, blendCodeScore } from './dsa/dsa-service.js';
export type { CombinedReportResult, CreateReportInput, ReportDetails, DecideResult, ReportService } from './report/report-service-types.js';
export type { ProcessInvitesResult, InviteService } from './invite/invite-service-types.js';
export type { SpeechResult, SpeechService } from './tts/speech-service-types.js';
export type { TemplateService } from './templates/template-service-types.js';
export type { InvitationService, InvitationView, InvitationLookup } from './invitations/invitation-service-types.js';
export type { TemplateCreateInput, TemplateChangeInput } from './templates/template-input.js';
export { MAX_FIXED_QUESTIONS, MAX_QUESTION_COUNT } from './templates/template-input.js';
export type { RateLimitService } from './operations/rate-limit-service.js';
export type { StoredValueService } from './operations/stored-value-service.js';
export type { HealthResult } from './operations/health-check.js';

export type { PromptTask } from './prompts/task-types.js';

export { createOfflineInterviewer, type OfflineInterviewerOptions } from './adapters/offline/index.js';
export type { DsaBankProblem, BankQuestion } from './catalog/index.js';
export { STARTER_TEMPLATES, DEFAULT_TEMPLATE_ID } from './templates/starter-templates.js';
export { COMBINED_REPORT_WEIGHTS } from './report/build-report.js';
export type { MaintenanceService, MaintenanceRunResult } from './maintenance/maintenance-service.js';
export { createOfflineSpeech, isOfflineSpeechAvailable, type OfflineSpeechOptions } from './adapters/speech-offline/index.js';
export { combineCodeRunners } from './code-runner/combine-code-runners.js';
export { DEFAULT_CODE_RUN_LIMITS } from './code-runner/code-run-limits.js';
export {
  evaluateCode,
  redactHiddenCase,
  type CodeEvaluation,
  type CodeEvaluationStatus,
  type EvaluatedCase,
  type EvaluateCodeOptions,
  type RedactedCase,
} from './code-runner/evaluate-code.js';
export type { WebhookService, WebhookEndpointView, WebhookEndpointWithSecret, DeliverWebhooksResult, WebhookWorker } from './webhooks/webhook-service-types.js';
export { WEBHOOK_RETRY_SCHEDULE_MS, WEBHOOK_SECRET_OVERLAP_MS, WEBHOOK_GONE_REASON } from './webhooks/webhook-service.js';
export { enqueueWebhookEvent, MAX_WEBHOOK_PAYLOAD_BYTES, type WebhookEventDataMap, type WebhookPayload } from './webhooks/webhook-events.js';
export { signWebhook, generateWebhookSecret, type WebhookSignatureHeaders } from './webhooks/webhook-signature.js';
export { isPrivateAddress, checkWebhookUrl, type WebhookTargetPolicy } from './webhooks/webhook-target.js';
