import { ProviderError } from '../../errors/index.js';
import { abortReason, isAbortError } from '../../language-model/abort.js';
import { parseRetryAfter, safeProviderDetail } from '../../language-model/provider-messages.js';

/** The provider id Coach records for Gemini. */
export const GEMINI_PROVIDER = 'gemini';

/** What the adapter knows about a failed call besides the error itself. */
export interface GeminiErrorContext {
  /** The last HTTP response of the call, when one arrived (for `Retry-After`). */
  response?: Response;
  apiKey: string;
  signal?: AbortSignal;
}

interface GeminiErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: { '@type'?: string; reason?: string; retryDelay?: string }[];
  };
}

/**
 * Maps whatever `@google/genai` threw to a Coach error: the caller's abort reason when the
 * signal aborted, a `ProviderError` with status, retryability and `retryAfterSeconds` (from
 * `Retry-After` or the error's `RetryInfo`) for HTTP errors, a retryable `ProviderError` for
 * network failures. Messages never contain the API key.
 */
export function mapGeminiError(error: unknown, context: GeminiErrorContext): unknown {
  if (context.signal?.aborted) return abortReason(context.signal);
  if (ProviderError.isInstance(error)) return error;
  if (isAbortError(error)) return error;
  const status = statusOf(error);
  if (status !== undefined) return httpError(status, (error as Error).message, context);
  const detail = error instanceof Error ? safeProviderDetail(describeCause(error), [context.apiKey]) : 'unknown error';
  return new ProviderError({
    message: `Could not reach Gemini: ${detail}`,
    provider: GEMINI_PROVIDER,
    isRetryable: true,
    cause: error,
  });
}

function statusOf(error: unknown): number | undefined {
  if (!(error instanceof Error) || error.name !== 'ApiError') return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function describeCause(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

function httpError(status: number, rawMessage: string, context: GeminiErrorContext): ProviderError {
  // The SDK puts the JSON error body in the message, after a prefix for streamed errors.
  const jsonStart = rawMessage.indexOf('{');
  const rawBody = jsonStart >= 0 ? rawMessage.slice(jsonStart) : rawMessage;
  let body: GeminiErrorBody;
  try {
    body = JSON.parse(rawBody) as GeminiErrorBody;
  } catch {
    body = { error: { message: rawBody } };
  }
  const details = body.error?.details ?? [];
  const keyRejected = details.some((detail) => detail.reason === 'API_KEY_INVALID' || detail.reason === 'API_KEY_EXPIRED');
  const detail = safeProviderDetail(body.error?.message ?? `HTTP ${status}`, [context.apiKey]);
  const retryDelay = details.find((item) => item['@type']?.endsWith('google.rpc.RetryInfo'))?.retryDelay;
  const retryAfterSeconds = parseRetryAfter(context.response?.headers) ?? parseDuration(retryDelay);

  let message: string;
  if (status === 401 || status === 403 || keyRejected) message = `Gemini rejected the API key or its permissions (HTTP ${status}): ${detail}`;
  else if (status === 429) message = `Gemini rate limit or quota exceeded (HTTP 429): ${detail}`;
  else if (status === 404) message = `Gemini model or endpoint not found (HTTP 404): ${detail}`;
  else if (status >= 500) message = `Gemini is unavailable (HTTP ${status}): ${detail}`;
  else message = `Gemini rejected the request (HTTP ${status}): ${detail}`;

  return new ProviderError({
    code: status === 429 ? 'PROVIDER_RATE_LIMITED' : status === 408 || status === 504 ? 'PROVIDER_TIMEOUT' : 'PROVIDER_ERROR',
    message,
    provider: GEMINI_PROVIDER,
    statusCode: status,
    responseBody: safeProviderDetail(rawBody, [context.apiKey]),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}

// google.protobuf.Duration in JSON: "17s", "0.5s", "1.250s".
function parseDuration(value: string | undefined): number | undefined {
  const match = value ? /^(\d+(?:\.\d+)?)s$/.exec(value.trim()) : null;
  return match?.[1] !== undefined ? Number(match[1]) : undefined;
}

/** Finish reasons and block reasons that mean Gemini refused for safety or policy. */
const REFUSALS = new Set(['SAFETY', 'PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII', 'IMAGE_SAFETY', 'IMAGE_PROHIBITED_CONTENT', 'RECITATION', 'MODEL_ARMOR']);

/** True when a finish or block reason is a safety or policy refusal. */
export function isGeminiRefusal(reason: string | undefined): boolean {
  return reason !== undefined && REFUSALS.has(reason);
}

/** The error for a request Gemini blocked. */
export function geminiRefusal(reason: string, where: 'prompt' | 'reply'): ProviderError {
  return new ProviderError({
    code: 'PROVIDER_REFUSED',
    message: `Gemini blocked the ${where} (${reason.toLowerCase().replace(/_/g, ' ')}).`,
    provider: GEMINI_PROVIDER,
    isRetryable: false,
  });
}
