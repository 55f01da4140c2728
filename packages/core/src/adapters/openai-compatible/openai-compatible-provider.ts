import { ValidationError } from '../../errors/index.js';
import type { LanguageModel } from '../../ports/language-model.js';
import { createOpenAICompatibleLanguageModel, type FetchFunction, type OpenAICompatibleLanguageModelSettings } from './openai-compatible-language-model.js';

/** Options of `createOpenAICompatible`. */
export interface OpenAICompatibleProviderSettings {
  /** The API root that `/chat/completions` is appended to, e.g. `http://127.0.0.1:11434/v1`. */
  baseURL: string;
  /** Sent as `Authorization: Bearer …` when given; local servers usually need none. */
  apiKey?: string;
  /** Used for every request. @default globalThis.fetch, looked up at call time */
  fetch?: FetchFunction;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * The provider id recorded in provenance and the `providerOptions` key, e.g. `ollama`.
   * @default 'openai-compatible'
   */
  name?: string;
  /** Whether models accept images, unless a model's settings say otherwise. @default false */
  vision?: boolean;
}

/** A configured OpenAI-compatible server that hands out language models. */
export interface OpenAICompatibleProvider {
  languageModel(modelId: string, settings?: OpenAICompatibleLanguageModelSettings): LanguageModel;
}

const DEFAULT_NAME = 'openai-compatible';

/**
 * Creates a provider for any server speaking the OpenAI Chat Completions API: OpenAI,
 * Ollama, llama.cpp's server, vLLM, LM Studio and similar. Structured output uses
 * `response_format` `json_schema` (or `json_object` for servers without it); retries,
 * timeouts and validation are Coach's (`runTask`).
 *
 * @throws ValidationError `INVALID_CONFIG` when `baseURL` is missing or not an http(s) URL.
 *
 * @example
 * ```ts
 * import { createOpenAICompatible } from '@coach/core/openai-compatible';
 * const ollama = createOpenAICompatible({ baseURL: 'http://127.0.0.1:11434/v1', name: 'ollama' });
 * const coach = await createCoach({ languageModel: ollama.languageModel('qwen2.5:7b') });
 * ```
 */
export function createOpenAICompatible(settings: OpenAICompatibleProviderSettings): OpenAICompatibleProvider {
  const baseURL = typeof settings?.baseURL === 'string' ? settings.baseURL.trim().replace(/\/+$/, '') : '';
  if (!baseURL || !URL.canParse(baseURL) || !/^https?:$/.test(new URL(baseURL).protocol)) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: 'The OpenAI-compatible provider needs a baseURL such as http://127.0.0.1:11434/v1.',
      issues: [{ path: 'baseURL', message: 'must be an http(s) URL' }],
    });
  }
  const name = settings.name?.trim() || DEFAULT_NAME;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: 'The provider name may use letters, digits, ".", "_" and "-" only.',
      issues: [{ path: 'name', message: 'invalid characters' }],
    });
  }
  const apiKey = settings.apiKey?.trim() || undefined;
  const fetch: FetchFunction = settings.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const label = name === DEFAULT_NAME ? 'The OpenAI-compatible server' : name;
  return {
    languageModel(modelId, modelSettings = {}) {
      if (typeof modelId !== 'string' || modelId.trim() === '') {
        throw new ValidationError({
          code: 'INVALID_CONFIG',
          message: 'The model id must not be empty.',
          issues: [{ path: 'modelId', message: 'is required' }],
        });
      }
      return createOpenAICompatibleLanguageModel({
        provider: name,
        label,
        modelId,
        baseURL,
        apiKey,
        headers: { ...settings.headers },
        fetch,
        settings: { ...modelSettings, vision: modelSettings.vision ?? settings.vision ?? false },
      });
    },
  };
}
