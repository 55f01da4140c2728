import { ProviderError } from '../../errors/index.js';
import { abortReason, isAbortError } from '../../language-model/abort.js';
import { parseRetryAfter, safeProviderDetail } from '../../language-model/provider-messages.js';

/** What the adapter knows when mapping a failure. */
export interface OpenAICompatibleErrorContext {
  /** The provider id, e.g. `openai-compatible` or the configured name. */
  provider: string;
  /** Shown in messages, e.g. `Ollama`; defaults to the provider id. */
  label: string;
  apiKey: string | undefined;
  signal?: AbortSignal;
}

/**
 * Reads the human message out of the error bodies OpenAI-compatible servers send:
 * `{ error: { message } }` (OpenAI, Ollama, llama.cpp), `{ error: "…" }`, `{ message }`
 * (vLLM) or `{ detail }` (FastAPI-based servers).
 */
export function errorMessageOf(body: string): string | undefined {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const error = json.error;
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
    if (typeof json.message === 'string') return json.message;
    if (typeof json.detail === 'string') return json.detail;
  } catch {
    // Not JSON: the text itself is the message.
  }
  return body.trim() || undefined;
}

/** Maps a non-OK HTTP response to a `ProviderError` with status, retryability and `Retry-After`. */
export async function mapOpenAICompatibleResponseError(response: Response, context: OpenAICompatibleErrorContext): Promise<ProviderError> {
  const body = await response.text().catch(() => '');
  const status = response.status;
  const detail = safeProviderDetail(errorMessageOf(body) ?? response.statusText ?? `HTTP ${status}`, [context.apiKey]);
  const retryAfterSeconds = parseRetryAfter(response.headers);
  let message: string;
  if (status === 401 || status === 403) message = `${context.label} rejected the API key or its permissions (HTTP ${status}): ${detail}`;
  else if (status === 429) message = `${context.label} rate limit or quota exceeded (HTTP 429): ${detail}`;
  else if (status === 404) message = `${context.label} model or endpoint not found (HTTP 404): ${detail}`;
  else if (status >= 500) message = `${context.label} is unavailable (HTTP ${status}): ${detail}`;
  else message = `${context.label} rejected the request (HTTP ${status}): ${detail}`;
  return new ProviderError({
    code: status === 429 ? 'PROVIDER_RATE_LIMITED' : status === 408 || status === 504 ? 'PROVIDER_TIMEOUT' : 'PROVIDER_ERROR',
    message,
    provider: context.provider,
    statusCode: status,
    responseBody: safeProviderDetail(body, [context.apiKey]),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

/** Maps a thrown error (network failure, abort) to the caller's abort reason or a retryable `ProviderError`. */
export function mapOpenAICompatibleError(error: unknown, context: OpenAICompatibleErrorContext): unknown {
  if (context.signal?.aborted) return abortReason(context.signal);
  if (ProviderError.isInstance(error) || isAbortError(error)) return error;
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const detail = error instanceof Error ? safeProviderDetail(`${error.message}${cause}`, [context.apiKey]) : 'unknown error';
  return new ProviderError({ message: `Could not reach ${context.label}: ${detail}`, provider: context.provider, isRetryable: true, cause: error });
}

/** The error for a reply the server's content filter or the model's refusal replaced. */
export function openAICompatibleRefusal(context: OpenAICompatibleErrorContext, refusal?: string): ProviderError {
  return new ProviderError({
    code: 'PROVIDER_REFUSED',
    message: refusal ? `${context.label} declined: ${safeProviderDetail(refusal, [context.apiKey])}` : `${context.label} blocked the reply (content filter).`,
    provider: context.provider,
    isRetryable: false,
  });
}
