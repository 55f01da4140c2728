/** A JSON Schema object (draft 2020-12 subset) describing a structured output. */
export type JsonSchema = Record<string, unknown>;

/** An adapter-reported deviation from the request that did not stop it. */
export interface LanguageModelWarning {
  type: 'unsupported' | 'other';
  feature?: string;
  details: string;
}

/**
 * A request for a structured result. Every request carries both forms of the task:
 * the rendered `system`/`prompt` text that a general model reads, and the structured
 * `input` that a rule-based model (the offline interviewer) computes from. Untrusted
 * content (resume text, answers) is inside `prompt` fenced and labelled as data.
 */
export interface GenerateObjectOptions {
  /** The named, versioned task (see `prompts/`), e.g. `{ name: 'evaluate-answer', version: 3 }`. */
  task: { name: string; version: number };
  /** The task's structured input (typed per task in `prompts/`). */
  input: unknown;
  system: string;
  prompt: string;
  /** The JSON Schema the result must satisfy. */
  schema: JsonSchema;
  /** A name for the schema, for providers that want one. */
  schemaName: string;
  temperature?: number;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
  providerOptions?: Record<string, Record<string, unknown>>;
}

export interface GenerateObjectResult {
  /** The parsed JSON value; the caller validates it against the task's schema. */
  object: unknown;
  /** The raw text the model produced, kept for diagnosis. */
  rawText: string;
  finishReason: 'stop' | 'length' | 'content-filter' | 'other';
  usage?: { inputTokens?: number; outputTokens?: number };
  warnings: LanguageModelWarning[];
}

export interface StreamTextOptions {
  system: string;
  prompt: string;
  task: { name: string; version: number };
  input: unknown;
  temperature?: number;
  abortSignal?: AbortSignal;
}

export interface StreamTextResult {
  /** Text deltas in order. */
  textStream: AsyncIterable<string>;
  warnings: LanguageModelWarning[];
}

export interface DescribeImageOptions {
  image: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  /** What to do with the image, e.g. transcribe the resume's text. */
  prompt: string;
  abortSignal?: AbortSignal;
}

export interface DescribeImageResult {
  text: string;
  warnings: LanguageModelWarning[];
}

/**
 * The language-model port. Services call it through `runTask`, which owns timeouts,
 * retries, schema validation and repair; adapters only translate one call.
 *
 * - `generateObject` MUST return the model's JSON (parsed) or throw `ProviderError`:
 *   `isRetryable` true for 408/409/429/5xx and timeouts, with `retryAfterSeconds` from
 *   `Retry-After`; code `PROVIDER_REFUSED` for safety blocks; `INVALID_MODEL_OUTPUT` with the
 *   raw text in `responseBody` when the reply is not JSON.
 * - Adapters MUST honour `abortSignal`.
 * - `describeImage` exists only when `capabilities.vision` is true.
 */
export interface LanguageModel {
  readonly specificationVersion: 'v1';
  /** e.g. `offline`, `gemini`, `openai-compatible`. */
  readonly provider: string;
  readonly modelId: string;
  readonly capabilities: { vision: boolean; streaming: boolean };
  generateObject(options: GenerateObjectOptions): Promise<GenerateObjectResult>;
  streamText?(options: StreamTextOptions): Promise<StreamTextResult>;
  describeImage?(options: DescribeImageOptions): Promise<DescribeImageResult>;
}
