// Domain objects (camelCase) → the snake_case JSON of the HTTP contract. Each function's
// return type is inferred from the response schema, so the two cannot drift apart.
import { redactHiddenCase } from '@coach/core';
import type {
  AnswerEvaluation,
  CodeEvaluation,
  DsaCodeOptions,
  DsaCodeSubmission,
  EvaluatedCase,
  DecisionChange,
  DsaEvaluation,
  DsaMessage,
  DsaProblem,
  DsaRound,
  InterviewSession,
  InterviewState,
  InterviewTemplate,
  InterviewTurn,
  Invite,
  Provenance,
  Report,
  ReportDetails,
  ReportQuestion,
  ReportStatistics,
  ReportSummary,
} from '@coach/core';
import type { z } from '@hono/zod-openapi';
import type {
  CandidateSchema,
  CodeTestCaseSchema,
  CodeTestsSchema,
  DemoSchema,
  DsaCodeSubmissionSchema,
  DsaEvaluationSchema,
  DsaMessageSchema,
  DsaProblemSchema,
  DsaQuestionResponseSchema,
  FeedbackQuestionSchema,
  RoleDetailsSchema,
  SessionStateResponseSchema,
  SessionTurnSchema,
} from './schemas/candidate-schemas.js';
import type { EvaluationSchema, ProvenanceSchema, QuestionSchema } from './schemas/common-schemas.js';
import type {
  DecisionChangeSchema,
  InviteStatusSchema,
  ReportDetailsSchema,
  ReportDsaSchema,
  ReportRowSchema,
  ReportSchema,
  StatisticsSchema,
} from './schemas/report-schemas.js';

type Out<T extends z.ZodType> = z.output<T>;

export function toDemo(template: InterviewTemplate): Out<typeof DemoSchema> {
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    role_focus: template.roleFocus,
    behavioral_questions: template.behavioralQuestions,
    technical_questions: template.technicalQuestions,
    include_dsa: template.includeDsa,
  };
}

export function toQuestion(turn: InterviewTurn): Out<typeof QuestionSchema> {
  return { id: turn.id, text: turn.question, kind: turn.kind, is_follow_up: turn.followUpOf !== null };
}

export function toEvaluation(evaluation: AnswerEvaluation): Out<typeof EvaluationSchema> {
  return {
    score: evaluation.score,
    feedback: evaluation.feedback,
    scoring: evaluation.scoring ?? [],
    strengths: evaluation.strengths,
    improvements: evaluation.improvements,
    evidence: evaluation.evidence,
    evidence_status: evaluation.evidenceStatus,
  };
}

export function toCandidate(session: InterviewSession): Out<typeof CandidateSchema> {
  return { name: session.resume.name, email: session.resume.email };
}

export function toRoleDetails(session: InterviewSession): Out<typeof RoleDetailsSchema> {
  const { role } = session;
  return { title: role.title, family: role.family, seniority: role.seniority, matched_skills: role.matchedSkills };
}

/** An answered turn as a line of feedback. */
export function toFeedbackQuestion(turn: InterviewTurn): Out<typeof FeedbackQuestionSchema> {
  return {
    question: turn.question,
    kind: turn.kind,
    answer: turn.answer ?? '',
    score: turn.evaluation?.score ?? 0,
    feedback: turn.evaluation?.feedback ?? '',
    evidence: turn.evaluation?.evidence ?? [],
    evidence_status: turn.evaluation?.evidenceStatus ?? 'insufficient_evidence',
  };
}

export function toReportQuestion(question: ReportQuestion): Out<typeof FeedbackQuestionSchema> {
  return {
    question: question.question,
    kind: question.kind,
    answer: question.answer,
    score: question.score,
    feedback: question.feedback,
    evidence: question.evidence,
    evidence_status: question.evidenceStatus,
  };
}

export function toDsaProblem(problem: DsaProblem): Out<typeof DsaProblemSchema> {
  return {
    id: problem.id,
    title: problem.title,
    prompt: problem.prompt,
    examples: problem.examples.map((example) =>
      example.explanation === undefined
        ? { input: example.input, output: example.output }
        : { input: example.input, output: example.output, explanation: example.explanation },
    ),
    difficulty: problem.difficulty,
    topics: problem.topics,
  };
}

export function toDsaMessage(message: DsaMessage): Out<typeof DsaMessageSchema> {
  return { role: message.role, kind: message.kind, text: message.text, at: message.at };
}

export function toDsaEvaluation(evaluation: DsaEvaluation): Out<typeof DsaEvaluationSchema> {
  return {
    score: evaluation.score,
    feedback: evaluation.feedback,
    approach: evaluation.approach,
    time_complexity: evaluation.timeComplexity,
    space_complexity: evaluation.spaceComplexity,
    edge_cases_handled: evaluation.edgeCasesHandled,
    edge_cases_missed: evaluation.edgeCasesMissed,
    strengths: evaluation.strengths,
    improvements: evaluation.improvements,
  };
}

export function toDsaQuestion(round: DsaRound, code: DsaCodeOptions): Out<typeof DsaQuestionResponseSchema> {
  return {
    question: { ...toDsaProblem(round.problem), languages: code.languages, signatures: code.signatures },
    messages: round.messages.map(toDsaMessage),
    submissions: round.submissions,
    code_submissions: round.codeSubmissions.map(toDsaCodeSubmission),
    done: round.done,
  };
}

export function toSessionTurn(turn: InterviewTurn): Out<typeof SessionTurnSchema> {
  return {
    id: turn.id,
    number: turn.index + 1,
    kind: turn.kind,
    question: turn.question,
    is_follow_up: turn.followUpOf !== null,
    answer: turn.answer,
    answered_at: turn.answeredAt,
    evaluation: turn.evaluation ? toEvaluation(turn.evaluation) : null,
  };
}

export function toDsaCodeSubmission(submission: DsaCodeSubmission): Out<typeof DsaCodeSubmissionSchema> {
  return {
    id: submission.id,
    language: submission.language,
    code: submission.code,
    status: submission.status,
    tests_passed: submission.passed,
    tests_total: submission.total,
    score: submission.score,
    timing_note: submission.timingNote,
    created_at: submission.createdAt,
  };
}

/** A test case as the candidate sees it: hidden tests only by name and pass/fail. */
export function toCodeTestCase(evaluated: EvaluatedCase): Out<typeof CodeTestCaseSchema> {
  const shown = redactHiddenCase(evaluated);
  if ('hidden' in shown && shown.hidden && !('status' in shown)) return { name: shown.name, passed: shown.passed, hidden: true };
  const visible = shown as EvaluatedCase;
  return {
    name: visible.name,
    passed: visible.passed,
    hidden: visible.hidden,
    input: visible.input ?? [],
    expected: visible.expected ?? null,
    actual: visible.actual === undefined ? null : visible.actual,
    error: visible.error ?? null,
    time_ms: visible.timeMs,
  };
}

export function toCodeTests(evaluation: CodeEvaluation): Out<typeof CodeTestsSchema> {
  return { passed: evaluation.passed, total: evaluation.total, cases: evaluation.cases.map(toCodeTestCase) };
}

export function toSessionState(state: InterviewState, code: DsaCodeOptions | null): Out<typeof SessionStateResponseSchema> {
  const { session } = state;
  const feedback = session.finalFeedback;
  return {
    session_id: session.id,
    demo_id: session.templateId,
    state: session.state,
    role: session.role.title,
    role_details: toRoleDetails(session),
    candidate: toCandidate(session),
    include_dsa: session.plan.includeDsa,
    question: state.currentQuestion ? toQuestion(state.currentQuestion) : null,
    question_number: state.questionNumber,
    total_questions: state.totalQuestions,
    turns: state.turns.map(toSessionTurn),
    final_feedback: feedback
      ? { overall_score: feedback.overallScore, summary: feedback.summary, strengths: feedback.strengths, improvements: feedback.improvements }
      : null,
    dsa: state.dsa && code ? { ...toDsaQuestion(state.dsa, code), evaluation: state.dsa.evaluation ? toDsaEvaluation(state.dsa.evaluation) : null } : null,
    report_id: session.reportId,
    created_at: session.createdAt,
    last_activity_at: session.lastActivityAt,
  };
}

export function toReportRow(report: ReportSummary | Report): Out<typeof ReportRowSchema> {
  return {
    id: report.id,
    candidate_name: report.candidateName,
    candidate_email: report.candidateEmail,
    role: report.role,
    overall_score: report.overallScore,
    decision: report.decision,
    created_at: report.createdAt,
  };
}

export function toProvenance(provenance: Provenance): Out<typeof ProvenanceSchema> {
  return { provider: provenance.provider, model_id: provenance.modelId, task: provenance.task, prompt_version: provenance.promptVersion };
}

export function toReportDsa(dsa: NonNullable<Report['dsa']>): Out<typeof ReportDsaSchema> {
  return {
    problem_title: dsa.problemTitle,
    problem_prompt: dsa.problemPrompt,
    score: dsa.score,
    feedback: dsa.feedback,
    approach: dsa.approach,
    time_complexity: dsa.timeComplexity,
    conversation: dsa.conversation.map(toDsaMessage),
    code: dsa.code
      ? {
          language: dsa.code.language,
          status: dsa.code.status,
          tests_passed: dsa.code.testsPassed,
          tests_total: dsa.code.testsTotal,
          timing_note: dsa.code.timingNote,
          submissions: dsa.code.submissions,
          code: dsa.code.code,
        }
      : null,
  };
}

export function toReport(report: Report): Out<typeof ReportSchema> {
  return {
    ...toReportRow(report),
    session_id: report.sessionId,
    behavioral_score: report.behavioralScore,
    technical_score: report.technicalScore,
    dsa_score: report.dsaScore,
    weights: { ...report.weights },
    summary: report.summary,
    strengths: report.strengths,
    improvements: report.improvements,
    questions: report.questions.map(toReportQuestion),
    dsa: report.dsa ? toReportDsa(report.dsa) : null,
    resume_summary: report.resumeSummary,
    provenance: report.provenance.map(toProvenance),
    origin: report.origin
      ? { template_id: report.origin.templateId, template_version: report.origin.templateVersion, invitation_id: report.origin.invitationId }
      : null,
    updated_at: report.updatedAt,
  };
}

export function toDecisionChange(change: DecisionChange): Out<typeof DecisionChangeSchema> {
  return { from: change.from, to: change.to, actor: change.actor, at: change.at };
}

export function toInviteStatus(invite: Invite, blockedReason: string | null = null): Out<typeof InviteStatusSchema> {
  return {
    status: invite.status,
    to_email: invite.toEmail,
    attempts: invite.attempts,
    last_error: invite.lastError,
    next_attempt_at: invite.nextAttemptAt,
    sent_at: invite.sentAt,
    blocked_reason: blockedReason,
  };
}

export function toReportDetails(details: ReportDetails): Out<typeof ReportDetailsSchema> {
  return {
    ...toReport(details.report),
    template_title: details.templateTitle,
    invitation: details.invitation && {
      id: details.invitation.id,
      candidate_name: details.invitation.candidateName,
      candidate_email: details.invitation.candidateEmail,
      status: details.invitation.status,
      created_at: details.invitation.createdAt,
    },
    decision_history: details.decisionHistory.map(toDecisionChange),
    invite: details.invite ? toInviteStatus(details.invite, details.inviteBlocker) : null,
    invite_blocked_reason: details.sendBlocker,
  };
}

export function toStatistics(statistics: ReportStatistics): Out<typeof StatisticsSchema> {
  return {
    total: statistics.total,
    by_decision: {
      Pending: statistics.byDecision.Pending,
      Accepted: statistics.byDecision.Accepted,
      Declined: statistics.byDecision.Declined,
    },
    average_score: statistics.averageScore,
    score_distribution: statistics.scoreDistribution,
    by_role: statistics.byRole.map((row) => ({ role: row.role, count: row.count, average_score: row.averageScore })),
    per_week: statistics.perWeek.map((row) => ({ week_start: row.weekStart, count: row.count })),
  };
}
