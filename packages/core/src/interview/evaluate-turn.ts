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
    },
    { abortSignal },
  );
  return { ...output, provenance };
}
