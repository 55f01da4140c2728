import type {
  DetectedRole,
  DsaRound,
  InterviewSession,
  InterviewTurn,
  Provenance,
  Report,
  ReportDsaCode,
  ReportQuestion,
  ReportWeights,
  ResumeProfile,
} from '../domain/index.js';
import { createId } from '../internal/ids.js';

/**
 * The weights of the combined report: the questions split evenly between behavioral and
 * technical, and the DSA round close behind. Parts a session lacks are left out and the
 * remaining weights renormalised to sum to 1.
 */
export const COMBINED_REPORT_WEIGHTS: Readonly<ReportWeights> = { behavioral: 0.35, technical: 0.35, dsa: 0.3 };

/** Rounds a score to one decimal. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The answered and evaluated turns of a session, in order. */
export function evaluatedTurns(turns: readonly InterviewTurn[]): (InterviewTurn & { answer: string; evaluation: NonNullable<InterviewTurn['evaluation']> })[] {
  return turns.filter(
    (turn): turn is InterviewTurn & { answer: string; evaluation: NonNullable<InterviewTurn['evaluation']> } =>
      turn.answer !== null && turn.evaluation !== null,
  );
}

/** Per-kind and overall means of the evaluated turns (one decimal), null for a kind with no turn. */
export interface QuestionScores {
  behavioral: number | null;
  technical: number | null;
  /** The mean over every evaluated turn (follow-ups included). */
  overall: number | null;
  behavioralCount: number;
  technicalCount: number;
}

/** Scores of the questions part of a session. */
export function questionScores(turns: readonly InterviewTurn[]): QuestionScores {
  const evaluated = evaluatedTurns(turns);
  const scoresOf = (kind: InterviewTurn['kind']) => evaluated.filter((turn) => turn.kind === kind).map((turn) => turn.evaluation.score);
  const behavioral = scoresOf('behavioral');
  const technical = scoresOf('technical');
  const round = (value: number | null) => (value === null ? null : roundScore(value));
  return {
    behavioral: round(mean(behavioral)),
    technical: round(mean(technical)),
    overall: round(mean(evaluated.map((turn) => turn.evaluation.score))),
    behavioralCount: behavioral.length,
    technicalCount: technical.length,
  };
}

/**
 * The weights that reproduce the final-feedback score (the mean over every answered turn):
 * each kind weighs by its share of the turns.
 */
export function questionOnlyWeights(scores: QuestionScores): ReportWeights {
  const total = scores.behavioralCount + scores.technicalCount;
  if (total === 0) return { behavioral: 0, technical: 0, dsa: 0 };
  return { behavioral: scores.behavioralCount / total, technical: scores.technicalCount / total, dsa: 0 };
}

/**
 * Combines part scores with `base` weights, leaving out the parts that are null and
 * renormalising the others. Returns the overall score (one decimal) and the weights used.
 */
export function combineScores(
  parts: { behavioral: number | null; technical: number | null; dsa: number | null },
  base: Readonly<ReportWeights> = COMBINED_REPORT_WEIGHTS,
): { overallScore: number; weights: ReportWeights } {
  const keys = ['behavioral', 'technical', 'dsa'] as const;
  const present = keys.filter((key) => parts[key] !== null && base[key] > 0);
  const totalWeight = present.reduce((sum, key) => sum + base[key], 0);
  const weights: ReportWeights = { behavioral: 0, technical: 0, dsa: 0 };
  if (totalWeight === 0) return { overallScore: 0, weights };
  let overall = 0;
  for (const key of present) {
    weights[key] = base[key] / totalWeight;
    overall += weights[key] * (parts[key] ?? 0);
  }
  return { overallScore: roundScore(overall), weights };
}

/** A one-line summary of the resume for recruiters: experience and the main skills. */
export function summarizeResume(profile: ResumeProfile, role?: DetectedRole): string | null {
  // One fact per line, for a recruiter: the experience, then the skills that bear on the role, then the rest.
  const lines: string[] = [];
  if (profile.yearsOfExperience !== null) {
    const years = roundScore(profile.yearsOfExperience);
    lines.push(`${years} ${years === 1 ? 'year' : 'years'} of experience.`);
  }
  const wanted = new Set((role?.matchedSkills ?? []).map((name) => name.toLowerCase()));
  const matched = profile.skills.filter((name) => wanted.has(name.toLowerCase()));
  const others = profile.skills.filter((name) => !wanted.has(name.toLowerCase()));
  if (role && matched.length > 0) lines.push(`Skills for the ${role.title} role: ${matched.slice(0, SUMMARY_SKILLS).join(', ')}.`);
  if (others.length > 0) lines.push(`${matched.length > 0 && role ? 'Other skills' : 'Skills'}: ${others.slice(0, SUMMARY_SKILLS).join(', ')}.`);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Skills listed per line of the résumé summary; a résumé rarely has more worth reading. */
const SUMMARY_SKILLS = 20;

/** Distinct provenance entries, in first-seen order. */
export function uniqueProvenance(entries: readonly (Provenance | null | undefined)[]): Provenance[] {
  const seen = new Set<string>();
  const result: Provenance[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    const key = `${entry.provider}\u0000${entry.modelId}\u0000${entry.task}\u0000${entry.promptVersion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}

/** What a session report is built from. */
export interface BuildReportInput {
  session: InterviewSession;
  turns: readonly InterviewTurn[];
  /** The DSA round; its part is included only once it has an evaluation. */
  dsa: DsaRound | null;
  overallScore: number;
  weights: ReportWeights;
  summary: string;
  strengths: string[];
  improvements: string[];
  /** Provenance of the judgments made outside the turns and the DSA round (e.g. final feedback). */
  provenance: readonly Provenance[];
  /** The session's stored report, whose id, decision and creation time are kept. */
  existing: Report | null;
  /** ISO time of this build. */
  now: string;
}

/**
 * Builds the report of a session: candidate details from the resume, per-question feedback
 * with evidence, per-kind scores, the DSA part, the weights and every provenance behind it.
 * Used by final feedback (questions only) and by the combined report (with the DSA round).
 */
export function buildReport(input: BuildReportInput): Report {
  const { session, turns, dsa, existing, now } = input;
  const evaluated = evaluatedTurns(turns);
  const scores = questionScores(turns);
  const questions: ReportQuestion[] = evaluated.map((turn) => ({
    question: turn.question,
    kind: turn.kind,
    answer: turn.answer,
    score: turn.evaluation.score,
    feedback: turn.evaluation.feedback,
    evidence: turn.evaluation.evidence,
    evidenceStatus: turn.evaluation.evidenceStatus,
  }));
  const dsaEvaluation = dsa?.evaluation ?? null;
  return {
    id: existing?.id ?? createId(),
    sessionId: session.id,
    // A personal link names the candidate the recruiter invited; the résumé's own stay on the session.
    candidateName: session.invitation?.candidateName || session.resume.name?.trim() || 'Candidate',
    candidateEmail: session.invitation?.candidateEmail || session.resume.email?.trim() || '',
    role: session.role.title,
    origin: { templateId: session.templateId, templateVersion: session.plan?.templateVersion ?? null, invitationId: session.invitation?.id ?? null },
    overallScore: input.overallScore,
    behavioralScore: scores.behavioral,
    technicalScore: scores.technical,
    dsaScore: dsaEvaluation ? dsaEvaluation.score : null,
    weights: input.weights,
    summary: input.summary,
    strengths: input.strengths,
    improvements: input.improvements,
    questions,
    dsa:
      dsa && dsaEvaluation
        ? {
            problemTitle: dsa.problem.title,
            problemPrompt: dsa.problem.prompt,
            score: dsaEvaluation.score,
            feedback: dsaEvaluation.feedback,
            approach: dsaEvaluation.approach,
            timeComplexity: dsaEvaluation.timeComplexity,
            conversation: dsa.messages,
            code: reportCode(dsa),
          }
        : null,
    resumeSummary: summarizeResume(session.resume, session.role),
    decision: existing?.decision ?? 'Pending',
    provenance: uniqueProvenance([...evaluated.map((turn) => turn.evaluation.provenance), dsaEvaluation?.provenance, ...input.provenance]),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}

function reportCode(round: DsaRound): ReportDsaCode | null {
  const latest = round.codeSubmissions?.at(-1);
  if (!latest) return null;
  return {
    language: latest.language,
    status: latest.status,
    testsPassed: latest.passed,
    testsTotal: latest.total,
    timingNote: latest.timingNote,
    submissions: round.codeSubmissions.length,
    code: latest.code,
  };
}
