import type { DsaRound, Report } from '../domain/index.js';
import type { CoachContext } from '../internal/context.js';
import { ensureFinalFeedback } from '../interview/ensure-final-feedback.js';
import { runTask } from '../language-model/run-task.js';
import { combinedFeedbackTask } from '../prompts/tasks.js';
import { buildReport, combineScores, COMBINED_REPORT_WEIGHTS, questionOnlyWeights, questionScores } from './build-report.js';
import type { CombinedReportResult } from './report-service-types.js';

/** Options of the combined report. */
export interface CombinedReportOptions {
  sessionId: string;
  abortSignal?: AbortSignal;
}

/**
 * Merges the interview questions and the DSA round (if any) into the session's one report:
 * makes sure the final feedback exists (computing it like `interviews.getFinalFeedback`),
 * combines the part scores with {@link COMBINED_REPORT_WEIGHTS} renormalised over the parts
 * present, asks the model for the combined summary, and updates the report (its decision is
 * kept). When the stored report already combines the current state of the DSA round it is
 * returned without another model call.
 *
 * @throws ConflictError `INTERVIEW_NOT_FINISHED` while interview questions remain.
 */
export async function generateCombinedReport(context: CoachContext, options: CombinedReportOptions): Promise<CombinedReportResult> {
  const final = await ensureFinalFeedback(context, options);
  const { session, feedback, turns } = final;
  const round = await context.storage.dsa.get({ sessionId: session.id });
  const dsaEvaluation = round?.evaluation ?? null;
  if (isCombinedUpToDate(final.report, round)) return { report: final.report };

  const scores = questionScores(turns);
  // Without a DSA round the overall is the questions' score itself (the mean over every
  // answered turn), not a re-weighting of the behavioral and technical means.
  const { overallScore, weights } = dsaEvaluation
    ? combineScores({ behavioral: scores.behavioral, technical: scores.technical, dsa: dsaEvaluation.score }, COMBINED_REPORT_WEIGHTS)
    : { overallScore: feedback.overallScore, weights: questionOnlyWeights(scores) };
  const { output, provenance } = await runTask(
    context,
    combinedFeedbackTask,
    {
      role: session.role,
      overallScore,
      behavioral: { score: feedback.overallScore, summary: feedback.summary, strengths: feedback.strengths, improvements: feedback.improvements },
      dsa: dsaEvaluation
        ? {
            score: dsaEvaluation.score,
            feedback: dsaEvaluation.feedback,
            approach: dsaEvaluation.approach,
            strengths: dsaEvaluation.strengths,
            improvements: dsaEvaluation.improvements,
          }
        : null,
    },
    { abortSignal: options.abortSignal },
  );
  const report = buildReport({
    session,
    turns,
    dsa: round,
    overallScore,
    weights,
    summary: output.summary,
    strengths: output.strengths,
    improvements: output.improvements,
    provenance: [feedback.provenance, provenance],
    existing: final.report,
    now: context.now().toISOString(),
  });
  return { report: await context.storage.reports.update({ report }) };
}

/**
 * Creates the `reports.combined` operation for a context.
 *
 * @example
 * ```ts
 * const combined = createCombinedReport(context);
 * const { report } = await combined({ sessionId });
 * ```
 */
export function createCombinedReport(context: CoachContext): (options: CombinedReportOptions) => Promise<CombinedReportResult> {
  return (options) => generateCombinedReport(context, options);
}

/** Whether `report` is already the combined report of the round in its current state. */
function isCombinedUpToDate(report: Report, round: DsaRound | null): boolean {
  if (!report.provenance.some((entry) => entry.task === combinedFeedbackTask.name)) return false;
  const evaluation = round?.evaluation ?? null;
  if (!evaluation || !round) return report.dsa === null;
  return report.dsa !== null && report.dsa.conversation.length === round.messages.length && report.dsaScore === evaluation.score;
}
