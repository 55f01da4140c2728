import { GoogleGenAI } from '@google/genai';
import { ValidationError } from '../../errors/index.js';
import type { LanguageModel } from '../../ports/language-model.js';
import { createGeminiLanguageModel, type FetchFunction, type GeminiLanguageModelSettings } from './gemini-language-model.js';

/** Options of `createGemini`. */
export interface GeminiProviderSettings {
  /** A Gemini API key (Google AI Studio). */
  apiKey: string;
  /** The API root, without the version. @default 'https://generativelanguage.googleapis.com' */
  baseURL?: string;
  /** @default 'v1beta' */
  apiVersion?: string;
  /** Used for every request. @default globalThis.fetch, looked up at call time */
  fetch?: FetchFunction;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** A configured Gemini account that hands out language models. */
export interface GeminiProvider {
  /** A language model. @default modelId 'gemini-2.5-flash' */
  languageModel(modelId?: string, settings?: GeminiLanguageModelSettings): LanguageModel;
}

/** The model used when none is named. */
export const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';

/**
 * Creates a Gemini provider backed by `@google/genai`. Retries, timeouts and output
 * validation are Coach's (`runTask`), so the SDK's own retries stay off.
 *
 * @throws ValidationError `INVALID_CONFIG` when the key is missing or `baseURL` is not a URL.
 *
 * @example
 * ```ts
 * import { createCoach } from '@coach/core';
 * import { createGemini } from '@coach/core/gemini';
 * const gemini = createGemini({ apiKey: process.env.GEMINI_API_KEY! });
 * const coach = await createCoach({ languageModel: gemini.languageModel('gemini-2.5-flash', { thinkingBudget: 0 }) });
 * ```
 */
export function createGemini(settings: GeminiProviderSettings): GeminiProvider {
  const apiKey = typeof settings?.apiKey === 'string' ? settings.apiKey.trim() : '';
  if (!apiKey) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: 'Gemini needs an API key.',
      issues: [{ path: 'apiKey', message: 'is required' }],
    });
  }
  const baseURL = (settings.baseURL ?? 'https://generativelanguage.googleapis.com').replace(/\/+$/, '');
  if (!URL.canParse(baseURL)) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: 'Gemini baseURL is not a valid URL.',
      issues: [{ path: 'baseURL', message: 'must be a URL' }],
    });
  }
  // Looked up per call, so that a fetch patched later (e.g. by a test's HTTP mock) is used.
  const fetch: FetchFunction = settings.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = new GoogleGenAI({
    vertexai: false,
    apiKey,
    apiVersion: settings.apiVersion ?? 'v1beta',
    httpOptions: { baseUrl: baseURL, ...(settings.headers ? { headers: { ...settings.headers } } : {}), fetch },
  });
  return {
    languageModel(modelId = DEFAULT_GEMINI_MODEL, modelSettings = {}) {
      if (typeof modelId !== 'string' || modelId.trim() === '') {
        throw new ValidationError({
          code: 'INVALID_CONFIG',
          message: 'Gemini model id must not be empty.',
          issues: [{ path: 'modelId', message: 'is required' }],
        });
      }
      return createGeminiLanguageModel({ client, modelId, apiKey, fetch, settings: modelSettings });
    },
  };
}
