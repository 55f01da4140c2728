import { describe, expect, it } from 'vitest';
import type { DetectedRole, QuestionKind } from '../../domain/index.js';
import { ProviderError, UnsupportedFeatureError } from '../../errors/index.js';
import type { LanguageModel } from '../../ports/language-model.js';
import { TASKS, type EvaluateAnswerOutput, type GenerateQuestionInput, type GenerateQuestionOutput } from '../../prompts/tasks.js';
import { SAMPLE_INPUTS } from '../../testing/conformance/language-model-samples.js';
import { createOfflineInterviewer, OFFLINE_TASKS } from './offline-interviewer.js';
import { checkGrammar } from '../../internal/grammar-check.js';

async function call(model: LanguageModel, name: string, input: unknown, abortSignal?: AbortSignal) {
  const task = TASKS[name as keyof typeof TASKS];
  return model.generateObject({
    task: { name, version: task?.version ?? 1 },
    input,
    system: task?.system ?? '',
    prompt: 'ignored by the offline interviewer',
    schema: task?.jsonSchema ?? {},
    schemaName: name,
    ...(abortSignal ? { abortSignal } : {}),
  });
}

describe('createOfflineInterviewer', () => {
  const model = createOfflineInterviewer();

  it('should identify itself as the offline provider without vision or streaming', () => {
    expect(model).toMatchObject({
      specificationVersion: 'v1',
      provider: 'offline',
      modelId: 'coach-offline-1',
      capabilities: { vision: false, streaming: false },
    });
    expect(model.describeImage).toBeUndefined();
    expect(model.streamText).toBeUndefined();
    expect(createOfflineInterviewer({ modelId: 'coach-offline-custom' }).modelId).toBe('coach-offline-custom');
  });

  it('should run every built-in task with schema-valid output and its raw JSON', async () => {
    expect([...OFFLINE_TASKS].sort()).toEqual(Object.keys(TASKS).sort());
    for (const [name, task] of Object.entries(TASKS)) {
      const result = await call(model, name, SAMPLE_INPUTS[name]);
      const parsed = task.schema.safeParse(result.object);
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(result).toMatchObject({ rawText: JSON.stringify(result.object), finishReason: 'stop', warnings: [] });
    }
  });

  it('should give the same output for the same input, for every task', async () => {
    for (const name of Object.keys(TASKS)) {
      const first = await call(createOfflineInterviewer(), name, SAMPLE_INPUTS[name]);
      const second = await call(createOfflineInterviewer(), name, structuredClone(SAMPLE_INPUTS[name]));
      expect(second, name).toEqual(first);
    }
  });

  it('should reject an unknown task with UnsupportedFeatureError', async () => {
    const error = await call(model, 'summarise-resume', {}).catch((caught: unknown) => caught);
    expect(UnsupportedFeatureError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FEATURE', feature: 'task:summarise-resume' });
  });

  it('should reject a task without its structured input as a non-retryable provider error', async () => {
    const error = await call(model, 'evaluate-answer', null).catch((caught: unknown) => caught);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: 'offline', isRetryable: false });
  });

  it('should honour an aborted signal', async () => {
    const error = await call(model, 'evaluate-answer', SAMPLE_INPUTS['evaluate-answer'], AbortSignal.abort()).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
  });

  it('should run a whole interview: detect the role, ask, evaluate, follow up and sum up', async () => {
    const resumeText = [
      'Alex Rivera — Senior Backend Engineer',
      'Acme Payments, Jan 2018 - Present: Go services on Kubernetes, PostgreSQL, Kafka; led the move from MySQL to PostgreSQL.',
      'Skills: Go, PostgreSQL, Kafka, Redis, gRPC, Docker',
    ].join('\n');
    const role = (await call(model, 'detect-role', { resumeText, skills: [], yearsOfExperience: 7, roleFocus: null, jobDescription: null }))
      .object as DetectedRole;
    expect(role).toMatchObject({ family: 'backend', seniority: 'senior' });

    const asked: GenerateQuestionInput['previousQuestions'] = [];
    const turns: { question: string; kind: QuestionKind; answer: string; score: number; feedback: string; strengths: string[]; improvements: string[] }[] = [];
    const answers = [
      'I have seven years of backend experience. Most recently I led the PostgreSQL migration at Acme, which cut our p95 latency by 40%. I enjoy owning reliability end to end, and I am looking for a team where I can mentor engineers.',
      'I would start with EXPLAIN ANALYZE to read the query plan, then add a composite index because the filter columns are selective, and check statistics with ANALYZE.',
      "I don't know.",
    ];
    for (const [index, answer] of answers.entries()) {
      const kind: QuestionKind = index === 1 ? 'technical' : 'behavioral';
      const question = (
        await call(model, 'generate-question', {
          kind,
          role,
          skills: ['Go', 'PostgreSQL', 'Kafka'],
          resumeText,
          jobDescription: null,
          previousQuestions: asked,
          questionNumber: index + 1,
          totalQuestions: 3,
          followUpTo: null,
          seed: 'session-xyz',
        })
      ).object as GenerateQuestionOutput;
      asked.push({ question: question.question, kind, questionKey: question.questionKey });
      const evaluation = (
        await call(model, 'evaluate-answer', { kind, question: question.question, questionKey: question.questionKey, answer, role, jobDescription: null })
      ).object as EvaluateAnswerOutput;
      turns.push({
        question: question.question,
        kind,
        answer,
        score: evaluation.score,
        feedback: evaluation.feedback,
        strengths: evaluation.strengths,
        improvements: evaluation.improvements,
      });
    }
    expect(new Set(asked.map((entry) => entry.questionKey)).size).toBe(3);
    expect(turns[2]!.score).toBeLessThanOrEqual(2);

    const followUp = (
      await call(model, 'generate-question', {
        kind: 'behavioral',
        role,
        skills: [],
        resumeText,
        jobDescription: null,
        previousQuestions: asked,
        questionNumber: 4,
        totalQuestions: 3,
        followUpTo: { question: turns[2]!.question, answer: turns[2]!.answer, feedback: turns[2]!.feedback, questionKey: asked[2]!.questionKey },
        seed: 'session-xyz',
      })
    ).object as GenerateQuestionOutput;
    expect(followUp.questionKey).toBe(`${asked[2]!.questionKey}#follow-up:restart`);

    const overallScore = Math.round((turns.reduce((sum, turn) => sum + turn.score, 0) / turns.length) * 10) / 10;
    const final = (await call(model, 'final-feedback', { role, turns, overallScore, jobDescription: null })).object as { summary: string };
    expect(TASKS['final-feedback']!.schema.safeParse(final).success).toBe(true);
    expect(final.summary).toContain(`${overallScore}/10`);
  });

  // Regression: a technical follow-up read "What do you know about concurrency model".
  it('should put generated text through the grammar check, with articles before singular concept labels', async () => {
    const role: DetectedRole = { title: 'Backend Engineer', family: 'backend', seniority: 'mid', matchedSkills: ['Go'] };
    const question = 'How does Go handle concurrency, and what mistakes do you see developers make with it?';
    const followUp = (
      await call(model, 'generate-question', {
        kind: 'technical',
        role,
        skills: ['Go'],
        resumeText: '',
        jobDescription: null,
        previousQuestions: [{ question, kind: 'technical', questionKey: 'be-concurrency-model' }],
        questionNumber: 2,
        totalQuestions: 3,
        followUpTo: { question, answer: "I don't know.", feedback: '', questionKey: 'be-concurrency-model' },
        seed: 's',
      })
    ).object as GenerateQuestionOutput;
    expect(followUp.question).toMatch(/What do you know about the concurrency model/);
    expect(checkGrammar(followUp.question)).toEqual([]);
    const evaluation = (
      await call(model, 'evaluate-answer', {
        kind: 'technical',
        question,
        questionKey: 'be-concurrency-model',
        answer: 'Goroutines and channels. A mutex protects shared maps.',
        role,
        jobDescription: null,
      })
    ).object as EvaluateAnswerOutput;
    for (const text of [evaluation.feedback, ...evaluation.strengths, ...evaluation.improvements]) expect(checkGrammar(text)).toEqual([]);
  });
});
