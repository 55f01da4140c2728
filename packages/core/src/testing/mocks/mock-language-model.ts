import type {
  DescribeImageOptions,
  DescribeImageResult,
  GenerateObjectOptions,
  GenerateObjectResult,
  LanguageModel,
  StreamTextOptions,
  StreamTextResult,
} from '../../ports/language-model.js';
import { raceAbort, throwIfAborted } from '../../language-model/abort.js';
import { defaultMockResponse } from './default-responses.js';

/** Options of `createMockLanguageModel`. */
export interface MockLanguageModelOptions {
  /**
   * Computes the parsed JSON reply of `generateObject`. Throw a `ProviderError` to simulate a
   * provider failure. @default a deterministic, schema-valid reply for every built-in task
   */
  respond?: (options: GenerateObjectOptions) => unknown | Promise<unknown>;
  /** @default 'mock' */
  provider?: string;
  /** @default 'mock-model' */
  modelId?: string;
  /** Declares vision and adds `describeImage`. @default false */
  vision?: boolean;
  /** Declares streaming and adds `streamText`. @default true */
  streaming?: boolean;
  /** The text `describeImage` returns. @default a fixed resume transcription */
  describeImage?: (options: DescribeImageOptions) => string | Promise<string>;
}

/** One recorded call of the mock. */
export type MockLanguageModelCall =
  | { method: 'generateObject'; options: GenerateObjectOptions }
  | { method: 'streamText'; options: StreamTextOptions }
  | { method: 'describeImage'; options: DescribeImageOptions };

/** A `LanguageModel` for tests that records every call. */
export interface MockLanguageModel extends LanguageModel {
  /** Every call in order, with the options it received. */
  readonly calls: MockLanguageModelCall[];
}

const DEFAULT_TRANSCRIPTION = 'Jordan Example\nSoftware Engineer\nExperience: 5 years building web services with TypeScript and PostgreSQL.';

/**
 * Creates a language model for tests. It passes the language-model conformance suite: its
 * default replies are schema-valid and deterministic, and it honours `abortSignal`.
 *
 * @example
 * ```ts
 * import { createMockLanguageModel } from '@coach/core/testing';
 * import { ProviderError } from '@coach/core';
 * // Default replies: deterministic and schema-valid for every task.
 * const languageModel = createMockLanguageModel();
 * const coach = await createCoach({ languageModel });
 * expect(languageModel.calls.some((call) => call.method === 'generateObject' && call.options.task.name === 'detect-role')).toBe(true);
 *
 * // Simulate an outage of the provider.
 * const failing = createMockLanguageModel({
 *   respond: () => {
 *     throw new ProviderError({ message: 'Unavailable', provider: 'mock', statusCode: 503 });
 *   },
 * });
 * ```
 */
export function createMockLanguageModel(options: MockLanguageModelOptions = {}): MockLanguageModel {
  const calls: MockLanguageModelCall[] = [];
  const respond = options.respond ?? defaultMockResponse;
  const vision = options.vision ?? false;
  const streaming = options.streaming ?? true;

  const model: MockLanguageModel = {
    specificationVersion: 'v1',
    provider: options.provider ?? 'mock',
    modelId: options.modelId ?? 'mock-model',
    capabilities: { vision, streaming },
    calls,
    async generateObject(callOptions: GenerateObjectOptions): Promise<GenerateObjectResult> {
      calls.push({ method: 'generateObject', options: callOptions });
      throwIfAborted(callOptions.abortSignal);
      const pending = Promise.resolve().then(() => respond(callOptions));
      const object = await (callOptions.abortSignal ? raceAbort(pending, callOptions.abortSignal) : pending);
      return { object, rawText: JSON.stringify(object) ?? '', finishReason: 'stop', warnings: [] };
    },
  };

  if (streaming) {
    model.streamText = async (callOptions: StreamTextOptions): Promise<StreamTextResult> => {
      calls.push({ method: 'streamText', options: callOptions });
      throwIfAborted(callOptions.abortSignal);
      const generateOptions: GenerateObjectOptions = { ...callOptions, schema: {}, schemaName: callOptions.task.name };
      const text = JSON.stringify(await respond(generateOptions)) ?? '';
      const signal = callOptions.abortSignal;
      async function* chunks(): AsyncGenerator<string> {
        for (let index = 0; index < text.length; index += 16) {
          throwIfAborted(signal);
          yield text.slice(index, index + 16);
        }
      }
      return { textStream: chunks(), warnings: [] };
    };
  }

  if (vision) {
    const describe = options.describeImage ?? (() => DEFAULT_TRANSCRIPTION);
    model.describeImage = async (callOptions: DescribeImageOptions): Promise<DescribeImageResult> => {
      calls.push({ method: 'describeImage', options: callOptions });
      throwIfAborted(callOptions.abortSignal);
      const pending = Promise.resolve().then(() => describe(callOptions));
      const text = await (callOptions.abortSignal ? raceAbort(pending, callOptions.abortSignal) : pending);
      return { text, warnings: [] };
    };
  }

  return model;
}
