import type { GenerateContentResponse, GoogleGenAI } from '@google/genai';
import { z } from 'zod';
import { ProviderError } from '../../errors/index.js';
import { parseModelJson } from '../../language-model/parse-model-json.js';
import type {
  DescribeImageOptions,
  DescribeImageResult,
  GenerateObjectOptions,
  GenerateObjectResult,
  LanguageModel,
  LanguageModelWarning,
  StreamTextOptions,
  StreamTextResult,
} from '../../ports/language-model.js';
import { GEMINI_PROVIDER, geminiRefusal, isGeminiRefusal, mapGeminiError } from './gemini-error.js';
import { toGeminiJsonSchema } from './gemini-json-schema.js';

/** A `fetch`-compatible function. */
export type FetchFunction = typeof globalThis.fetch;

/** Per-model settings of `createGemini(...).languageModel(id, settings)`. */
export interface GeminiLanguageModelSettings {
  /**
   * Tokens the model may spend thinking before it answers; 0 turns thinking off (faster and
   * cheaper for Coach's short structured tasks on 2.5 Flash), -1 lets the model decide.
   * @default the model's own default
   */
  thinkingBudget?: number;
}

/** Per-call `providerOptions.gemini`, validated. */
const geminiCallOptions = z.object({ thinkingBudget: z.number().int().min(-1).optional() }).catchall(z.unknown());

interface GeminiModelConfig {
  client: GoogleGenAI;
  modelId: string;
  apiKey: string;
  fetch: FetchFunction;
  settings: GeminiLanguageModelSettings;
}

/** Records the last HTTP response of one call, so error mapping can read its headers. */
function captureFetch(base: FetchFunction): { fetch: FetchFunction; last: { response?: Response } } {
  const last: { response?: Response } = {};
  const fetch: FetchFunction = async (input, init) => {
    const response = await base(input, init);
    last.response = response;
    return response;
  };
  return { fetch, last };
}

function candidateText(response: GenerateContentResponse): string {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return parts
    .filter((part) => typeof part.text === 'string' && part.thought !== true)
    .map((part) => part.text)
    .join('');
}

function usageOf(response: GenerateContentResponse): GenerateObjectResult['usage'] {
  const usage = response.usageMetadata;
  if (!usage) return undefined;
  return {
    ...(usage.promptTokenCount !== undefined ? { inputTokens: usage.promptTokenCount } : {}),
    ...(usage.candidatesTokenCount !== undefined ? { outputTokens: usage.candidatesTokenCount } : {}),
  };
}

/** Throws `PROVIDER_REFUSED` when Gemini blocked the prompt or the reply. */
function assertNotBlocked(response: GenerateContentResponse): void {
  const blockReason = response.promptFeedback?.blockReason;
  if (blockReason) throw geminiRefusal(blockReason, 'prompt');
  const finishReason = response.candidates?.[0]?.finishReason;
  if (isGeminiRefusal(finishReason)) throw geminiRefusal(finishReason!, 'reply');
}

/** Creates the Gemini implementation of the language-model port for one model. */
export function createGeminiLanguageModel(config: GeminiModelConfig): LanguageModel {
  const { client, modelId, apiKey } = config;

  function thinkingConfig(budget: number | undefined) {
    return budget === undefined ? {} : { thinkingConfig: { thinkingBudget: budget } };
  }

  // Retries live in Coach's runTask only: the SDK's own retries are off unless retryOptions
  // is set (it is not), and automatic continuation and function calling are switched off.
  const common = { automaticContinuation: false, automaticFunctionCalling: { disable: true } } as const;

  return {
    specificationVersion: 'v1',
    provider: GEMINI_PROVIDER,
    modelId,
    capabilities: { vision: true, streaming: true },

    async generateObject(options: GenerateObjectOptions): Promise<GenerateObjectResult> {
      const warnings: LanguageModelWarning[] = [];
      const callOptions = geminiCallOptions.safeParse(options.providerOptions?.gemini ?? {});
      if (!callOptions.success) {
        warnings.push({ type: 'other', feature: 'providerOptions.gemini', details: 'Ignored: not valid Gemini options.' });
      } else {
        for (const key of Object.keys(callOptions.data).filter((name) => name !== 'thinkingBudget')) {
          warnings.push({ type: 'unsupported', feature: `providerOptions.gemini.${key}`, details: 'Not used by the Gemini adapter.' });
        }
      }
      const budget = (callOptions.success ? callOptions.data.thinkingBudget : undefined) ?? config.settings.thinkingBudget;
      const { fetch, last } = captureFetch(config.fetch);
      let response: GenerateContentResponse;
      try {
        response = await client.models.generateContent({
          model: modelId,
          contents: [{ role: 'user', parts: [{ text: options.prompt }] }],
          config: {
            ...common,
            systemInstruction: options.system,
            responseMimeType: 'application/json',
            responseJsonSchema: toGeminiJsonSchema(options.schema),
            ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
            ...(options.maxOutputTokens !== undefined ? { maxOutputTokens: options.maxOutputTokens } : {}),
            ...thinkingConfig(budget),
            ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
            httpOptions: { fetch },
          },
        });
      } catch (error) {
        throw mapGeminiError(error, {
          ...(last.response ? { response: last.response } : {}),
          apiKey,
          ...(options.abortSignal ? { signal: options.abortSignal } : {}),
        });
      }
      assertNotBlocked(response);
      const finishReason = response.candidates?.[0]?.finishReason;
      const rawText = candidateText(response);
      const parsed = parseModelJson(rawText);
      const usage = usageOf(response);
      if (finishReason === 'MAX_TOKENS') {
        // Truncated JSON rarely parses; runTask re-asks for a shorter reply.
        return { object: parsed.ok ? parsed.value : undefined, rawText, finishReason: 'length', ...(usage ? { usage } : {}), warnings };
      }
      if (!parsed.ok) {
        throw new ProviderError({
          code: 'INVALID_MODEL_OUTPUT',
          message: 'Gemini replied with text that is not JSON.',
          provider: GEMINI_PROVIDER,
          isRetryable: false,
          responseBody: rawText,
        });
      }
      return {
        object: parsed.value,
        rawText,
        finishReason: finishReason === undefined || finishReason === 'STOP' ? 'stop' : 'other',
        ...(usage ? { usage } : {}),
        warnings,
      };
    },

    async streamText(options: StreamTextOptions): Promise<StreamTextResult> {
      const { fetch, last } = captureFetch(config.fetch);
      const errorContext = () => ({
        ...(last.response ? { response: last.response } : {}),
        apiKey,
        ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      });
      let stream: AsyncGenerator<GenerateContentResponse>;
      try {
        stream = await client.models.generateContentStream({
          model: modelId,
          contents: [{ role: 'user', parts: [{ text: options.prompt }] }],
          config: {
            ...common,
            systemInstruction: options.system,
            ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
            ...thinkingConfig(config.settings.thinkingBudget),
            ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
            httpOptions: { fetch },
          },
        });
      } catch (error) {
        throw mapGeminiError(error, errorContext());
      }
      async function* deltas(): AsyncGenerator<string> {
        try {
          for await (const chunk of stream) {
            assertNotBlocked(chunk);
            const text = candidateText(chunk);
            if (text) yield text;
          }
        } catch (error) {
          throw mapGeminiError(error, errorContext());
        }
      }
      return { textStream: deltas(), warnings: [] };
    },

    async describeImage(options: DescribeImageOptions): Promise<DescribeImageResult> {
      const { fetch, last } = captureFetch(config.fetch);
      let response: GenerateContentResponse;
      try {
        response = await client.models.generateContent({
          model: modelId,
          contents: [
            {
              role: 'user',
              parts: [{ inlineData: { mimeType: options.mediaType, data: Buffer.from(options.image).toString('base64') } }, { text: options.prompt }],
            },
          ],
          config: {
            ...common,
            temperature: 0,
            ...thinkingConfig(config.settings.thinkingBudget),
            ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
            httpOptions: { fetch },
          },
        });
      } catch (error) {
        throw mapGeminiError(error, {
          ...(last.response ? { response: last.response } : {}),
          apiKey,
          ...(options.abortSignal ? { signal: options.abortSignal } : {}),
        });
      }
      assertNotBlocked(response);
      return { text: candidateText(response), warnings: [] };
    },
  };
}
