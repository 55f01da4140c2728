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
import {
  mapOpenAICompatibleError,
  mapOpenAICompatibleResponseError,
  openAICompatibleRefusal,
  type OpenAICompatibleErrorContext,
} from './openai-compatible-error.js';
import { serverSentEventData } from './server-sent-events.js';

/** A `fetch`-compatible function. */
export type FetchFunction = typeof globalThis.fetch;

/**
 * How structured output is requested: `json_schema` sends the task's JSON Schema (OpenAI,
 * vLLM, llama.cpp, recent Ollama); `json_object` asks only for JSON and puts the schema in the
 * system prompt, for servers without `json_schema` support.
 */
export type OpenAICompatibleResponseFormat = 'json_schema' | 'json_object';

/** Per-model settings of `createOpenAICompatible(...).languageModel(id, settings)`. */
export interface OpenAICompatibleLanguageModelSettings {
  /** The model accepts images (`image_url` content parts). @default the provider's `vision`, else false */
  vision?: boolean;
  /** @default 'json_schema' */
  responseFormat?: OpenAICompatibleResponseFormat;
}

/** Per-call `providerOptions[<name>]`, validated. */
const callOptionsSchema = z.object({ responseFormat: z.enum(['json_schema', 'json_object']).optional() }).catchall(z.unknown());

interface ChatCompletion {
  choices?: {
    message?: { content?: string | { type?: string; text?: string }[] | null; refusal?: string | null };
    delta?: { content?: string | null };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
  error?: { message?: string; code?: unknown } | string;
}

/** Everything one model needs from its provider. */
export interface OpenAICompatibleModelConfig {
  provider: string;
  label: string;
  modelId: string;
  baseURL: string;
  apiKey: string | undefined;
  headers: Record<string, string>;
  fetch: FetchFunction;
  settings: OpenAICompatibleLanguageModelSettings;
}

function contentText(content: string | { type?: string; text?: string }[] | null | undefined): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
  return '';
}

/** Creates the OpenAI-compatible implementation of the language-model port for one model. */
export function createOpenAICompatibleLanguageModel(config: OpenAICompatibleModelConfig): LanguageModel {
  const { provider, modelId } = config;
  const vision = config.settings.vision ?? false;
  const url = `${config.baseURL}/chat/completions`;

  function errorContext(signal: AbortSignal | undefined): OpenAICompatibleErrorContext {
    return { provider, label: config.label, apiKey: config.apiKey, ...(signal ? { signal } : {}) };
  }

  async function post(body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<Response> {
    let response: Response;
    try {
      response = await config.fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: body.stream ? 'text/event-stream' : 'application/json',
          ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
          ...config.headers,
        },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw mapOpenAICompatibleError(error, errorContext(signal));
    }
    if (!response.ok) throw await mapOpenAICompatibleResponseError(response, errorContext(signal));
    return response;
  }

  async function completion(body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<ChatCompletion> {
    const response = await post(body, signal);
    let json: ChatCompletion;
    try {
      json = (await response.json()) as ChatCompletion;
    } catch (error) {
      if (signal?.aborted) throw mapOpenAICompatibleError(error, errorContext(signal));
      throw new ProviderError({
        message: `${config.label} returned a response that is not a chat completion.`,
        provider,
        statusCode: response.status,
        isRetryable: false,
        cause: error,
      });
    }
    if (json.error !== undefined && json.error !== null) {
      // Some servers report failures inside a 200 body.
      const message = typeof json.error === 'string' ? json.error : (json.error.message ?? 'unknown error');
      const code = typeof json.error === 'object' && typeof json.error.code === 'number' ? json.error.code : undefined;
      throw await mapOpenAICompatibleResponseError(
        new Response(JSON.stringify({ error: { message } }), { status: code && code >= 400 && code < 600 ? code : 502 }),
        errorContext(signal),
      );
    }
    return json;
  }

  const model: LanguageModel = {
    specificationVersion: 'v1',
    provider,
    modelId,
    capabilities: { vision, streaming: true },

    async generateObject(options: GenerateObjectOptions): Promise<GenerateObjectResult> {
      const warnings: LanguageModelWarning[] = [];
      const raw = options.providerOptions?.[provider] ?? options.providerOptions?.['openai-compatible'] ?? {};
      const callOptions = callOptionsSchema.safeParse(raw);
      if (!callOptions.success) {
        warnings.push({ type: 'other', feature: `providerOptions.${provider}`, details: 'Ignored: not valid options for this adapter.' });
      } else {
        for (const key of Object.keys(callOptions.data).filter((name) => name !== 'responseFormat')) {
          warnings.push({ type: 'unsupported', feature: `providerOptions.${provider}.${key}`, details: 'Not used by the OpenAI-compatible adapter.' });
        }
      }
      const format = (callOptions.success ? callOptions.data.responseFormat : undefined) ?? config.settings.responseFormat ?? 'json_schema';
      const system =
        format === 'json_object' ? `${options.system}\n\nThe JSON object MUST satisfy this JSON Schema:\n${JSON.stringify(options.schema)}` : options.system;
      const json = await completion(
        {
          model: modelId,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: options.prompt },
          ],
          ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
          ...(options.maxOutputTokens !== undefined ? { max_tokens: options.maxOutputTokens } : {}),
          response_format:
            format === 'json_object'
              ? { type: 'json_object' }
              : { type: 'json_schema', json_schema: { name: options.schemaName, schema: options.schema, strict: false } },
          stream: false,
        },
        options.abortSignal,
      );
      const choice = json.choices?.[0];
      if (choice?.finish_reason === 'content_filter') throw openAICompatibleRefusal(errorContext(options.abortSignal));
      if (choice?.message?.refusal) throw openAICompatibleRefusal(errorContext(options.abortSignal), choice.message.refusal);
      const rawText = contentText(choice?.message?.content);
      const parsed = parseModelJson(rawText);
      const usage =
        json.usage && (json.usage.prompt_tokens !== undefined || json.usage.completion_tokens !== undefined)
          ? {
              ...(json.usage.prompt_tokens !== undefined ? { inputTokens: json.usage.prompt_tokens } : {}),
              ...(json.usage.completion_tokens !== undefined ? { outputTokens: json.usage.completion_tokens } : {}),
            }
          : undefined;
      if (choice?.finish_reason === 'length') {
        // Truncated JSON rarely parses; runTask re-asks for a shorter reply.
        return { object: parsed.ok ? parsed.value : undefined, rawText, finishReason: 'length', ...(usage ? { usage } : {}), warnings };
      }
      if (!parsed.ok) {
        throw new ProviderError({
          code: 'INVALID_MODEL_OUTPUT',
          message: `${config.label} replied with text that is not JSON.`,
          provider,
          isRetryable: false,
          responseBody: rawText,
        });
      }
      return {
        object: parsed.value,
        rawText,
        finishReason: choice?.finish_reason === 'stop' || !choice?.finish_reason ? 'stop' : 'other',
        ...(usage ? { usage } : {}),
        warnings,
      };
    },

    async streamText(options: StreamTextOptions): Promise<StreamTextResult> {
      const response = await post(
        {
          model: modelId,
          messages: [
            { role: 'system', content: options.system },
            { role: 'user', content: options.prompt },
          ],
          ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
          stream: true,
        },
        options.abortSignal,
      );
      const body = response.body;
      const context = errorContext(options.abortSignal);
      async function* deltas(): AsyncGenerator<string> {
        if (!body) return;
        try {
          for await (const data of serverSentEventData(body)) {
            if (data.trim() === '[DONE]') return;
            let chunk: ChatCompletion;
            try {
              chunk = JSON.parse(data) as ChatCompletion;
            } catch {
              continue; // keep-alive or vendor comment lines
            }
            if (chunk.error !== undefined && chunk.error !== null) {
              const message = typeof chunk.error === 'string' ? chunk.error : (chunk.error.message ?? 'stream error');
              throw new ProviderError({ message: `${config.label} failed while streaming: ${message}`, provider, isRetryable: false });
            }
            const choice = chunk.choices?.[0];
            if (choice?.finish_reason === 'content_filter') throw openAICompatibleRefusal(context);
            const text = choice?.delta?.content;
            if (text) yield text;
          }
        } catch (error) {
          throw mapOpenAICompatibleError(error, context);
        }
      }
      return { textStream: deltas(), warnings: [] };
    },
  };

  if (vision) {
    model.describeImage = async (options: DescribeImageOptions): Promise<DescribeImageResult> => {
      const dataUrl = `data:${options.mediaType};base64,${Buffer.from(options.image).toString('base64')}`;
      const json = await completion(
        {
          model: modelId,
          messages: [
            {
              role: 'user',
              content: [
                { type: 'text', text: options.prompt },
                { type: 'image_url', image_url: { url: dataUrl } },
              ],
            },
          ],
          temperature: 0,
          stream: false,
        },
        options.abortSignal,
      );
      const choice = json.choices?.[0];
      if (choice?.finish_reason === 'content_filter') throw openAICompatibleRefusal(errorContext(options.abortSignal));
      if (choice?.message?.refusal) throw openAICompatibleRefusal(errorContext(options.abortSignal), choice.message.refusal);
      return { text: contentText(choice?.message?.content), warnings: [] };
    };
  }

  return model;
}
