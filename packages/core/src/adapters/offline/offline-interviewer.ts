import type { DetectedRole } from '../../domain/index.js';
import { ProviderError, UnsupportedFeatureError } from '../../errors/index.js';
import type { GenerateObjectOptions, GenerateObjectResult, LanguageModel } from '../../ports/language-model.js';
import type {
  CombinedFeedbackInput,
  DetectRoleInput,
  DetectRoleOutput,
  DsaFeedbackInput,
  EvaluateAnswerInput,
  FinalFeedbackInput,
  GenerateQuestionInput,
  InviteEmailInput,
} from '../../prompts/tasks.js';
import { analyzeDsa } from './dsa-analyzer.js';
import { writeCombinedFeedback, writeFinalFeedback, writeInviteEmail } from './feedback-writer.js';
import { createFollowUpQuestion } from './follow-up-question.js';
import { chooseQuestion } from '../../catalog/question-bank.js';
import { evaluateAnswer } from './rubric.js';
import { detectRole, extractSkills, isRoleFamily } from '../../catalog/taxonomy.js';
import { clip } from '../../internal/text-matching.js';
import { tidyGeneratedText } from '../../internal/grammar-check.js';

/** Options of {@link createOfflineInterviewer}. */
export interface OfflineInterviewerOptions {
  /**
   * The model id reported in provenance.
   * @default 'coach-offline-1'
   */
  modelId?: string;
}

type TaskHandler = (input: unknown) => unknown;

function requireObject(task: string, input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null) {
    // The port reports model failures as ProviderError; a missing input is not worth retrying.
    throw new ProviderError({ provider: 'offline', isRetryable: false, message: `The offline interviewer needs the structured input of the "${task}" task.` });
  }
  return input as Record<string, unknown>;
}

function detectRoleTask(raw: unknown): DetectRoleOutput {
  const input = requireObject('detect-role', raw) as unknown as DetectRoleInput;
  const text = [input.resumeText ?? '', input.jobDescription ?? ''].join('\n');
  const skills = input.skills?.length ? input.skills : extractSkills(input.resumeText ?? '');
  const role = detectRole({ skills, text, yearsOfExperience: input.yearsOfExperience ?? null, roleFocus: input.roleFocus ?? null });
  return {
    title: clip(role.title, 80),
    family: isRoleFamily(role.family) ? role.family : 'general',
    seniority: role.seniority,
    matchedSkills: role.matchedSkills.slice(0, 30).map((skill) => clip(skill, 60)),
  };
}

function generateQuestionTask(raw: unknown) {
  const input = requireObject('generate-question', raw) as unknown as GenerateQuestionInput;
  const normalized: GenerateQuestionInput = {
    ...input,
    role: input.role ?? ({ title: 'Software Engineer', family: 'general', seniority: 'mid', matchedSkills: [] } satisfies DetectedRole),
    skills: input.skills ?? [],
    previousQuestions: input.previousQuestions ?? [],
    seed: input.seed ?? '',
    questionNumber: input.questionNumber ?? (input.previousQuestions?.length ?? 0) + 1,
  };
  return normalized.followUpTo ? createFollowUpQuestion(normalized, normalized.followUpTo) : chooseQuestion(normalized);
}

/**
 * Runs the grammar and punctuation check over the generated prose fields of a result.
 * Evidence quotes and scores are left alone: quotes must stay verbatim.
 */
function tidy<T extends object>(result: T, fields: readonly (keyof T)[]): T {
  const copy = { ...result };
  for (const field of fields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = tidyGeneratedText(value) as T[keyof T];
    else if (Array.isArray(value)) copy[field] = value.map((item) => (typeof item === 'string' ? tidyGeneratedText(item) : item)) as T[keyof T];
  }
  return copy;
}

const HANDLERS: Readonly<Record<string, TaskHandler>> = {
  'detect-role': detectRoleTask,
  'generate-question': (input) => tidy(generateQuestionTask(input), ['question']),
  'evaluate-answer': (input) =>
    tidy(evaluateAnswer(requireObject('evaluate-answer', input) as unknown as EvaluateAnswerInput), ['feedback', 'strengths', 'improvements']),
  'final-feedback': (input) =>
    tidy(writeFinalFeedback(requireObject('final-feedback', input) as unknown as FinalFeedbackInput), ['summary', 'strengths', 'improvements']),
  'dsa-feedback': (input) =>
    tidy(analyzeDsa(requireObject('dsa-feedback', input) as unknown as DsaFeedbackInput), ['reply', 'strengths', 'improvements', 'followUp']),
  'combined-feedback': (input) =>
    tidy(writeCombinedFeedback(requireObject('combined-feedback', input) as unknown as CombinedFeedbackInput), ['summary', 'strengths', 'improvements']),
  'invite-email': (input) => writeInviteEmail(requireObject('invite-email', input) as unknown as InviteEmailInput),
};

/** The tasks the offline interviewer can compute. */
export const OFFLINE_TASKS: readonly string[] = Object.keys(HANDLERS);

/**
 * Creates the built-in offline interviewer: a deterministic, rule-based `LanguageModel` that
 * needs no network or API key. It ignores the rendered prompt and computes each task's result
 * from its structured input: role detection from a skill taxonomy, questions from curated
 * banks, answers scored with a transparent rubric (STAR, specificity, ownership, key
 * concepts), DSA pseudocode analysed for approach, complexity and edge cases, and templated
 * feedback and invite emails. The same input always gives the same output.
 *
 * @example
 * ```ts
 * const coach = createCoach({ languageModel: createOfflineInterviewer() });
 * ```
 */
export function createOfflineInterviewer(options: OfflineInterviewerOptions = {}): LanguageModel {
  const modelId = options.modelId ?? 'coach-offline-1';
  return {
    specificationVersion: 'v1',
    provider: 'offline',
    modelId,
    capabilities: { vision: false, streaming: false },
    async generateObject(request: GenerateObjectOptions): Promise<GenerateObjectResult> {
      request.abortSignal?.throwIfAborted();
      const handler = HANDLERS[request.task.name];
      if (!handler) {
        throw new UnsupportedFeatureError({
          feature: `task:${request.task.name}`,
          message: `The offline interviewer cannot run the "${request.task.name}" task. Configure a language model provider for it.`,
        });
      }
      const object = handler(request.input);
      return { object, rawText: JSON.stringify(object), finishReason: 'stop', warnings: [] };
    },
  };
}
