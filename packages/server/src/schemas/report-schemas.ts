import { z } from '@hono/zod-openapi';
import { DsaMessageSchema, FeedbackQuestionSchema } from './candidate-schemas.js';
import { nullable, plainString, ProvenanceSchema, text } from './common-schemas.js';
import { InvitationStatusSchema } from './invitation-schemas.js';

export const DecisionSchema = z.enum(['Pending', 'Accepted', 'Declined']).openapi('Decision');

export const ReportRowSchema = z
  .object({
    id: z.string(),
    candidate_name: z.string(),
    candidate_email: z.string(),
    role: z.string(),
    overall_score: z.number().min(0).max(10),
    decision: DecisionSchema,
    created_at: z.string(),
  })
  .openapi('ReportRow');

export const ReportListResponseSchema = z
  .object({
    reports: z.array(ReportRowSchema),
    next_cursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .openapi('ReportList');

export const ReportListQuerySchema = z.object({
  decision: DecisionSchema.optional(),
  role: plainString(200).optional().openapi({ description: 'Exact role title.' }),
  min_score: z.coerce.number().min(0).max(10).optional(),
  template_id: plainString(200).optional().openapi({ description: 'Only reports of interviews built from this template.' }),
  q: plainString(200)
    .transform((value) => value.trim())
    .optional()
    .openapi({ description: 'Search in candidate name, email and role.' }),
  sort: z.enum(['newest', 'score']).optional().openapi({ description: 'Newest first (default) or highest score first.' }),
  limit: z.coerce.number().int().min(1).max(100).optional().openapi({ description: '1 to 100; default 20.' }),
  cursor: plainString(1000).optional(),
});

export const ReportDsaSchema = z
  .object({
    problem_title: z.string(),
    problem_prompt: z.string(),
    score: z.number().min(0).max(10),
    feedback: z.string(),
    approach: z.string().nullable(),
    time_complexity: z.string().nullable(),
    conversation: z.array(DsaMessageSchema),
    code: z
      .object({
        language: z.enum(['javascript', 'python']),
        status: z.enum(['passed', 'failed', 'error', 'timeout', 'memory_limit']),
        tests_passed: z.number().int(),
        tests_total: z.number().int(),
        timing_note: z.string().nullable(),
        submissions: z.number().int(),
        code: z.string(),
      })
      .nullable()
      .openapi({ description: 'The latest runnable code submission: language, tests passed of total, the timing note; null when the candidate ran no code.' }),
  })
  .openapi('ReportDsa');

export const ReportSchema = ReportRowSchema.extend({
  session_id: z.string().nullable(),
  behavioral_score: z.number().nullable(),
  technical_score: z.number().nullable(),
  dsa_score: z.number().nullable(),
  weights: z.object({ behavioral: z.number(), technical: z.number(), dsa: z.number() }),
  summary: z.string(),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  questions: z.array(FeedbackQuestionSchema),
  dsa: nullable(ReportDsaSchema),
  resume_summary: z.string().nullable(),
  provenance: z.array(ProvenanceSchema),
  origin: z
    .object({
      template_id: z.string(),
      template_version: z
        .number()
        .int()
        .nullable()
        .openapi({ description: 'The authored template version the interview started with; null for starter templates.' }),
      invitation_id: z.string().nullable(),
    })
    .nullable()
    .openapi('ReportOrigin', { description: 'The interview template and personal link the report came from; null for reports stored by hand.' }),
  updated_at: z.string(),
}).openapi('Report');

export const DecisionChangeSchema = z.object({ from: DecisionSchema, to: DecisionSchema, actor: z.string(), at: z.string() }).openapi('DecisionChange');

export const InviteStatusSchema = z
  .object({
    status: z.enum(['queued', 'sending', 'sent', 'failed']),
    to_email: z.string(),
    attempts: z.number().int(),
    last_error: z.string().nullable(),
    next_attempt_at: z.string(),
    sent_at: z.string().nullable(),
    blocked_reason: z
      .string()
      .nullable()
      .openapi({ description: 'Why a queued invite cannot be sent as the server is configured (no mail server, meeting link or sender), or null.' }),
  })
  .openapi('InviteStatus');

export const ReportDetailsSchema = ReportSchema.extend({
  template_title: z.string().nullable().openapi({ description: 'The title of the interview template of `origin` as it is now; null without one.' }),
  invitation: z
    .object({ id: z.string(), candidate_name: z.string(), candidate_email: z.string(), status: InvitationStatusSchema, created_at: z.string() })
    .nullable()
    .openapi('ReportInvitation', { description: 'The personal link the candidate came through (`origin.invitation_id`); null without one.' }),
  decision_history: z.array(DecisionChangeSchema),
  invite: nullable(InviteStatusSchema),
  invite_blocked_reason: z.string().nullable().openapi({
    description: 'Why an invite sent now could not go out (no mail server, meeting link or sender), or null when accepting would email it at once.',
  }),
}).openapi('ReportDetails');

export const CreateReportBodySchema = z
  .object({
    candidate_name: text('Candidate name.').pipe(z.string().min(1).max(200)),
    candidate_email: z.string().max(254),
    role: text('Role title.').pipe(z.string().min(1).max(200)),
    overall_score: z.number().min(0).max(10),
    summary: text('Summary.').pipe(z.string().max(20_000)).optional(),
    strengths: z
      .array(text('A strength.').pipe(z.string().max(2000)))
      .max(50)
      .optional(),
    improvements: z
      .array(text('An improvement.').pipe(z.string().max(2000)))
      .max(50)
      .optional(),
    questions: z
      .array(
        z.object({
          question: text('The question.').pipe(z.string().max(5000)),
          kind: z.enum(['behavioral', 'technical']).optional(),
          answer: text('The answer.').pipe(z.string().max(20_000)),
          score: z.number().min(0).max(10),
          feedback: text('Feedback.').pipe(z.string().max(5000)),
        }),
      )
      .max(100)
      .optional(),
    decision: DecisionSchema.optional(),
  })
  .openapi('CreateReportRequest');

export const DecisionBodySchema = z.object({ decision: DecisionSchema }).openapi('DecisionRequest');

export const DecisionResponseSchema = z
  .object({
    success: z.literal(true),
    changed: z.boolean().openapi({ description: 'False when the report already had this decision.' }),
    report: ReportDetailsSchema,
    email_sent: z.boolean().openapi({ description: 'Whether the invite has been handed to the mail server.' }),
    email_message: z.string(),
  })
  .openapi('DecisionResponse');

export const StatisticsSchema = z
  .object({
    total: z.number().int(),
    by_decision: z.object({ Pending: z.number().int(), Accepted: z.number().int(), Declined: z.number().int() }),
    average_score: z.number().nullable(),
    score_distribution: z.array(z.number().int()).openapi({ description: 'Reports per whole score 0..10.' }),
    by_role: z.array(z.object({ role: z.string(), count: z.number().int(), average_score: z.number() })),
    per_week: z.array(z.object({ week_start: z.string(), count: z.number().int() })),
  })
  .openapi('Statistics');

export const CombinedReportResponseSchema = z
  .object({
    report_id: z.string(),
    overall_score: z.number().min(0).max(10),
    behavioral_score: z.number().nullable(),
    technical_score: z.number().nullable(),
    dsa_score: z.number().nullable(),
    weights: z.object({ behavioral: z.number(), technical: z.number(), dsa: z.number() }),
    behavioral: z.object({
      behavioral_score: z.number().nullable(),
      technical_score: z.number().nullable(),
      summary: z.string(),
      strengths: z.array(z.string()),
      improvements: z.array(z.string()),
      questions: z.array(FeedbackQuestionSchema),
    }),
    dsa: nullable(ReportDsaSchema),
  })
  .openapi('CombinedReport');

export const ReportIdParamsSchema = z.object({
  id: plainString(128)
    .pipe(z.string().min(1))
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Report id.' }),
});
