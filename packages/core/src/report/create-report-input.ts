import { z } from 'zod';
import { DECISIONS, type Decision, type Report, type ReportQuestion, type ReportWeights } from '../domain/index.js';
import { ValidationError, type ValidationIssue } from '../errors/index.js';
import { createId } from '../internal/ids.js';
import { isValidEmailAddress } from '../internal/mail-header.js';
import type { CreateReportInput } from './report-service-types.js';

const score = z.number().min(0, 'must be from 0 to 10').max(10, 'must be from 0 to 10');
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must be one line without control characters');
const decisionSchema = z.enum(DECISIONS as [Decision, ...Decision[]]);

/** The zod schema of `CreateReportInput`. */
export const createReportInputSchema = z.object({
  candidateName: line(200),
  candidateEmail: z.string().trim().max(254).refine(isValidEmailAddress, 'must be a single email address'),
  role: line(120),
  overallScore: score,
  summary: z.string().max(5000).optional(),
  strengths: z.array(z.string().trim().min(1).max(300)).max(30).optional(),
  improvements: z.array(z.string().trim().min(1).max(300)).max(30).optional(),
  questions: z
    .array(
      z.object({
        question: z.string().trim().min(1).max(2000),
        kind: z.enum(['behavioral', 'technical']).optional(),
        answer: z.string().max(8000),
        score,
        feedback: z.string().max(4000),
      }),
    )
    .max(100)
    .optional(),
  decision: decisionSchema.optional(),
});

/** Validates a report created directly; throws `ValidationError` listing every problem. */
export function parseCreateReportInput(input: unknown): CreateReportInput {
  const parsed = createReportInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError({ message: 'The report is not valid.', issues: zodIssues(parsed.error, 'input') });
  }
  return parsed.data;
}

/**
 * The stored form of a report created directly: no session, no DSA part, no provenance (a
 * person or another system judged it), part scores as the mean of the questions of each kind,
 * and weights in proportion to the number of questions of each kind. Questions without a
 * kind count as technical.
 */
export function reportFromInput(input: CreateReportInput, now: string): Report {
  const questions: ReportQuestion[] = (input.questions ?? []).map((question) => ({
    question: question.question,
    kind: question.kind ?? 'technical',
    answer: question.answer,
    score: question.score,
    feedback: question.feedback,
    evidence: [],
    evidenceStatus: question.answer.trim() ? 'sufficient' : 'insufficient_evidence',
  }));
  const partScore = (kind: ReportQuestion['kind']) => {
    const scores = questions.filter((question) => question.kind === kind).map((question) => question.score);
    return scores.length ? Math.round((scores.reduce((sum, value) => sum + value, 0) / scores.length) * 10) / 10 : null;
  };
  return {
    id: createId(),
    sessionId: null,
    candidateName: input.candidateName,
    candidateEmail: input.candidateEmail,
    role: input.role,
    overallScore: input.overallScore,
    behavioralScore: partScore('behavioral'),
    technicalScore: partScore('technical'),
    dsaScore: null,
    weights: weightsOf(questions),
    summary: input.summary ?? '',
    strengths: input.strengths ?? [],
    improvements: input.improvements ?? [],
    questions,
    dsa: null,
    resumeSummary: null,
    decision: input.decision ?? 'Pending',
    provenance: [],
    createdAt: now,
    updatedAt: now,
  };
}

function weightsOf(questions: ReportQuestion[]): ReportWeights {
  const behavioral = questions.filter((question) => question.kind === 'behavioral').length;
  const technical = questions.length - behavioral;
  if (questions.length === 0) return { behavioral: 0.5, technical: 0.5, dsa: 0 };
  return { behavioral: behavioral / questions.length, technical: technical / questions.length, dsa: 0 };
}

/** Turns zod issues into Coach validation issues, with paths under `prefix`. */
export function zodIssues(error: z.ZodError, prefix: string): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
