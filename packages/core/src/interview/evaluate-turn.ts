import type { AnswerEvaluation, InterviewSession, InterviewTurn } from '../domain/index.js';
import type { CoachContext } from '../internal/context.js';
import { runTask } from '../language-model/run-task.js';
import { evaluateAnswerTask } from '../prompts/tasks.js';

/** Evaluates the stored answer of `turn` through the `evaluate-answer` task (not saved here). */
export async function evaluateTurn(
  context: CoachContext,
  options: { session: InterviewSession; turn: InterviewTurn; abortSignal?: AbortSignal },
): Promise<AnswerEvaluation> {
  const { session, turn, abortSignal } = options;
  // The key points of the hiring site's own question (follow-ups are judged as before).
  const keyPoints = turn.followUpOf === null ? session.plan.fixedQuestions?.find((fixed) => fixed.text === turn.question)?.keyPoints : undefined;
  const { output, provenance } = await runTask(
    context,
    evaluateAnswerTask,
    {
      kind: turn.kind,
      question: turn.question,
      questionKey: turn.questionKey,
      answer: turn.answer ?? '',
      role: session.role,
      jobDescription: session.jobDescription,
      ...(keyPoints?.length ? { keyPoints } : {}),
    },
    { abortSignal },
  );
  return { ...output, provenance };
}
