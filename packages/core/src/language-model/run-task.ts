import type { Provenance } from '../domain/evaluation-types.js';
import { ProviderError, UnsupportedFeatureError, CoachError } from '../errors/index.js';
import type { CoachSettings } from '../internal/context.js';
import type { Logger } from '../internal/logger.js';
import type { GenerateObjectResult, LanguageModel, LanguageModelWarning } from '../ports/language-model.js';
import type { PromptTask } from '../prompts/task-types.js';
import { TRANSCRIBE_RESUME_PROMPT, TRANSCRIBE_RESUME_TASK } from '../prompts/tasks.js';
import { buildRepairPrompt } from './repair-prompt.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryEvent, type RetryPolicy, type Sleep } from './retry.js';
import { sanitizeOutput } from './sanitize-output.js';
import { stripHtmlDeep } from './strip-html.js';
import { callWithTimeout } from './timeout.js';

/** The part of `CoachContext` that model calls need (a `CoachContext` fits). */
export interface TaskContext {
  languageModel: LanguageModel;
  settings: Pick<CoachSettings, 'modelTimeoutMs' | 'modelMaxAttempts'>;
  logger?: Logger;
}

/** Per-call options of `runTask`, `runVision` and `streamTask`. */
export interface RunTaskOptions {
  abortSignal?: AbortSignal;
  /** Replaces the wait between attempts (tests pass one that resolves at once). */
  sleep?: Sleep;
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
  /** Overrides the backoff; `maxAttempts` always comes from `settings.modelMaxAttempts`. */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** @default the task's temperature, else 0.2 */
  temperature?: number;
  maxOutputTokens?: number;
  providerOptions?: Record<string, Record<string, unknown>>;
}

/** A validated, sanitised task result and who produced it. */
export interface RunTaskResult<Output> {
  output: Output;
  provenance: Provenance;
  /** The raw text of the reply that was used. */
  rawText: string;
  usage?: { inputTokens?: number; outputTokens?: number };
  warnings: LanguageModelWarning[];
}

const DEFAULT_TEMPERATURE = 0.2;
const MAX_REPORTED_ISSUES = 10;

type Attempt<Output> = { valid: true; output: Output; result: GenerateObjectResult } | { valid: false; rawText: string; issues: string[] };

/**
 * Runs one prompt task against the context's language model. This is the one place for
 * model resilience: every attempt has a deadline (`settings.modelTimeoutMs`; a miss is a
 * retryable `PROVIDER_TIMEOUT`), retryable provider errors are retried up to
 * `settings.modelMaxAttempts` with exponential backoff and full jitter (or the provider's
 * `Retry-After`, capped), the reply is validated against the task's schema with one repair
 * attempt, and the output is sanitised (no HTML, scores in 0–10, evidence that really
 * occurs in the candidate's words).
 *
 * @throws ProviderError `INVALID_MODEL_OUTPUT` (with the raw reply in `responseBody`) when
 *   the repaired reply is still unusable, or the provider's own error once retries are spent.
 * @throws the signal's reason when `abortSignal` aborts.
 *
 * @example
 * ```ts
 * const { output, provenance } = await runTask(context, evaluateAnswerTask, input, { abortSignal });
 * ```
 */
export async function runTask<Input, Output>(
  context: TaskContext,
  task: PromptTask<Input, Output>,
  input: Input,
  options: RunTaskOptions = {},
): Promise<RunTaskResult<Output>> {
  const model = context.languageModel;
  const prompt = task.render(input);
  const call = (currentPrompt: string) => attemptTask(context, task, input, currentPrompt, options);

  let attempt = await call(prompt);
  if (!attempt.valid) {
    context.logger?.warn('language model reply unusable; asking once more', {
      provider: model.provider,
      modelId: model.modelId,
      task: task.name,
      issues: attempt.issues.length,
    });
    attempt = await call(buildRepairPrompt(prompt, attempt.issues, attempt.rawText));
    if (!attempt.valid) {
      throw new ProviderError({
        code: 'INVALID_MODEL_OUTPUT',
        message: 'The language model replied with output that does not match the expected format.',
        provider: model.provider,
        isRetryable: false,
        responseBody: attempt.rawText,
      });
    }
  }

  const { output, adjustments } = sanitizeOutput(task, input, attempt.output);
  if (adjustments.evidenceDropped > 0 || adjustments.scoreCapped) {
    context.logger?.warn('language model evidence did not match the answer', {
      provider: model.provider,
      task: task.name,
      ...adjustments,
    });
  }
  return {
    output,
    provenance: provenanceOf(model, task),
    rawText: attempt.result.rawText,
    ...(attempt.result.usage ? { usage: attempt.result.usage } : {}),
    warnings: attempt.result.warnings,
  };
}

async function attemptTask<Input, Output>(
  context: TaskContext,
  task: PromptTask<Input, Output>,
  input: Input,
  prompt: string,
  options: RunTaskOptions,
): Promise<Attempt<Output>> {
  const model = context.languageModel;
  let result: GenerateObjectResult;
  try {
    result = await resilientCall(context, options, (abortSignal) =>
      model.generateObject({
        task: { name: task.name, version: task.version },
        input,
        system: task.system,
        prompt,
        schema: task.jsonSchema,
        schemaName: schemaNameOf(task.name),
        temperature: options.temperature ?? task.temperature ?? DEFAULT_TEMPERATURE,
        ...(options.maxOutputTokens !== undefined ? { maxOutputTokens: options.maxOutputTokens } : {}),
        ...(options.providerOptions ? { providerOptions: options.providerOptions } : {}),
        abortSignal,
      }),
    );
  } catch (error) {
    if (ProviderError.isInstance(error) && error.code === 'INVALID_MODEL_OUTPUT') {
      return { valid: false, rawText: error.responseBody ?? '', issues: ['The reply was not valid JSON.'] };
    }
    throw error;
  }

  if (result.finishReason === 'content-filter') {
    throw new ProviderError({
      code: 'PROVIDER_REFUSED',
      message: 'The language model declined to answer this request.',
      provider: model.provider,
      isRetryable: false,
    });
  }
  if (result.object === undefined) {
    const issue =
      result.finishReason === 'length'
        ? 'The reply was cut off at the output limit before the JSON was complete; answer more briefly.'
        : 'The reply contained no JSON value.';
    return { valid: false, rawText: result.rawText, issues: [issue] };
  }
  // HTML is removed before validation, so a field that was only markup fails its length rules.
  const parsed = task.schema.safeParse(stripHtmlDeep(result.object));
  if (parsed.success) return { valid: true, output: parsed.data, result };
  const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path || '(root)'}: ${issue.message}`;
  });
  if (result.finishReason === 'length') issues.push('The reply was cut off at the output limit; answer more briefly.');
  return { valid: false, rawText: result.rawText, issues };
}

/** One model call under the shared policy: deadline per attempt, retries with backoff. */
function resilientCall<T>(context: TaskContext, options: RunTaskOptions, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const model = context.languageModel;
  return withRetry(
    async () => {
      try {
        return await callWithTimeout(call, {
          timeoutMs: context.settings.modelTimeoutMs,
          provider: model.provider,
          ...(options.abortSignal ? { signal: options.abortSignal } : {}),
        });
      } catch (error) {
        throw asProviderError(error, model, options.abortSignal);
      }
    },
    {
      policy: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: context.settings.modelMaxAttempts },
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.random ? { random: options.random } : {}),
      onRetry: (event: RetryEvent) =>
        context.logger?.warn('language model call failed; retrying', {
          provider: model.provider,
          modelId: model.modelId,
          attempt: event.attempt,
          delayMs: event.delayMs,
          code: event.error.code,
          statusCode: event.error.statusCode,
        }),
    },
  );
}

// Adapters map their own errors; anything else (a bug in a custom adapter, a raw network
// error) still reaches callers as a ProviderError, while Coach errors and aborts pass through.
function asProviderError(error: unknown, model: LanguageModel, signal: AbortSignal | undefined): unknown {
  if (CoachError.isInstance(error) || signal?.aborted) return error;
  return new ProviderError({
    message: 'The language model call failed.',
    provider: model.provider,
    isRetryable: false,
    cause: error,
  });
}

/** The result of `runVision`. */
export interface RunVisionResult {
  text: string;
  provenance: Provenance;
}

/**
 * Transcribes an image (a resume photo or scan) with a vision-capable model, under the same
 * deadline and retry policy as `runTask`.
 *
 * @throws UnsupportedFeatureError `UNSUPPORTED_FEATURE` when the model has no vision.
 */
export async function runVision(
  context: TaskContext,
  image: { image: Uint8Array; mediaType: 'image/png' | 'image/jpeg' },
  options: Omit<RunTaskOptions, 'temperature' | 'maxOutputTokens' | 'providerOptions'> = {},
): Promise<RunVisionResult> {
  const model = context.languageModel;
  const describeImage = model.describeImage?.bind(model);
  if (!model.capabilities.vision || !describeImage) {
    throw new UnsupportedFeatureError({ feature: 'vision', message: 'The configured language model cannot read images.' });
  }
  const result = await resilientCall(context, options, (abortSignal) =>
    describeImage({ image: image.image, mediaType: image.mediaType, prompt: TRANSCRIBE_RESUME_PROMPT, abortSignal }),
  );
  return {
    text: unfence(result.text).trim(),
    provenance: {
      provider: model.provider,
      modelId: model.modelId,
      task: TRANSCRIBE_RESUME_TASK.name,
      promptVersion: TRANSCRIBE_RESUME_TASK.version,
    },
  };
}

/** The result of `streamTask`. */
export interface StreamTaskResult {
  /** Text deltas in order; iterating may throw `PROVIDER_TIMEOUT` when the stream stalls. */
  textStream: AsyncIterable<string>;
  provenance: Provenance;
  warnings: LanguageModelWarning[];
}

/**
 * Streams a task's reply as text. Opening the stream follows the `runTask` deadline and retry
 * policy; once open, each chunk must arrive within `settings.modelTimeoutMs` (no retry
 * mid-stream, since text was already delivered). The text is neither validated nor
 * sanitised: use it for progressive display only.
 *
 * @throws UnsupportedFeatureError `UNSUPPORTED_FEATURE` when the model cannot stream.
 */
export async function streamTask<Input, Output>(
  context: TaskContext,
  task: PromptTask<Input, Output>,
  input: Input,
  options: Omit<RunTaskOptions, 'maxOutputTokens' | 'providerOptions'> = {},
): Promise<StreamTaskResult> {
  const model = context.languageModel;
  const streamText = model.streamText?.bind(model);
  if (!model.capabilities.streaming || !streamText) {
    throw new UnsupportedFeatureError({ feature: 'streaming', message: 'The configured language model cannot stream.' });
  }
  const prompt = task.render(input);
  const timeoutMs = context.settings.modelTimeoutMs;
  const opened = await withRetry(
    async () => {
      // The stream keeps its own controller after opening, so a later stall can cancel it.
      const controller = new AbortController();
      const unlink = linkSignal(options.abortSignal, controller);
      try {
        const result = await callWithTimeout(
          (signal) => {
            signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
            return streamText({
              task: { name: task.name, version: task.version },
              input,
              system: task.system,
              prompt,
              temperature: options.temperature ?? task.temperature ?? DEFAULT_TEMPERATURE,
              abortSignal: controller.signal,
            });
          },
          { timeoutMs, provider: model.provider, ...(options.abortSignal ? { signal: options.abortSignal } : {}) },
        );
        return { result, controller, unlink };
      } catch (error) {
        unlink();
        throw asProviderError(error, model, options.abortSignal);
      }
    },
    {
      policy: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: context.settings.modelMaxAttempts },
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.random ? { random: options.random } : {}),
    },
  );
  const { result, controller, unlink } = opened;
  async function* guarded(): AsyncGenerator<string> {
    const iterator = result.textStream[Symbol.asyncIterator]();
    try {
      while (true) {
        const next = await callWithTimeout(() => iterator.next(), {
          timeoutMs,
          provider: model.provider,
          ...(options.abortSignal ? { signal: options.abortSignal } : {}),
        }).catch((error: unknown) => {
          controller.abort(error);
          throw asProviderError(error, model, options.abortSignal);
        });
        if (next.done) return;
        yield next.value;
      }
    } finally {
      unlink();
      if (!controller.signal.aborted) await iterator.return?.();
    }
  }
  return { textStream: guarded(), provenance: provenanceOf(model, task), warnings: result.warnings };
}

function linkSignal(source: AbortSignal | undefined, target: AbortController): () => void {
  if (!source) return () => {};
  const onAbort = () => target.abort(source.reason);
  if (source.aborted) onAbort();
  else source.addEventListener('abort', onAbort, { once: true });
  return () => source.removeEventListener('abort', onAbort);
}

function provenanceOf(model: LanguageModel, task: { name: string; version: number }): Provenance {
  return { provider: model.provider, modelId: model.modelId, task: task.name, promptVersion: task.version };
}

// Providers that want a schema name accept only letters, digits, `_` and `-`.
function schemaNameOf(taskName: string): string {
  return taskName.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

// Vision models sometimes wrap a transcription in a Markdown fence despite being told not to.
function unfence(text: string): string {
  const match = /^\s*```[a-z]*\s*\n([\s\S]*?)\n?\s*```\s*$/i.exec(text);
  return match?.[1] ?? text;
}
