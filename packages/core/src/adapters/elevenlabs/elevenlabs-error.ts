import { CoachError, ProviderError } from '../../errors/index.js';
import { parseRetryAfter, safeProviderDetail } from '../../language-model/provider-messages.js';

const PROVIDER = 'elevenlabs';

/**
 * Reads ElevenLabs' error body. Its API answers `{ "detail": { "status", "message" } }` for
 * account errors (`invalid_api_key`, `quota_exceeded`, `voice_not_found`…) and FastAPI's
 * `{ "detail": [{ "loc", "msg", "type" }] }` for request validation errors.
 */
export function parseElevenLabsErrorBody(body: string): { status: string | undefined; message: string | undefined } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: undefined, message: undefined };
  }
  const detail = (parsed as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string') return { status: undefined, message: detail };
  if (Array.isArray(detail)) {
    const messages = detail.map((issue) => (issue as { msg?: unknown } | null)?.msg).filter((message): message is string => typeof message === 'string');
    return { status: 'validation_error', message: messages.length ? messages.join('; ') : undefined };
  }
  if (typeof detail === 'object' && detail !== null) {
    const { status, message } = detail as { status?: unknown; message?: unknown };
    return {
      status: typeof status === 'string' ? status : undefined,
      message: typeof message === 'string' ? message : undefined,
    };
  }
  return { status: undefined, message: undefined };
}

/**
 * Maps a non-2xx ElevenLabs response to a `ProviderError`: 429 is `PROVIDER_RATE_LIMITED` and
 * retryable (with `Retry-After`), an exhausted quota (which ElevenLabs reports as 401) is
 * `PROVIDER_RATE_LIMITED` but not retryable, 408/409/5xx are retryable `PROVIDER_ERROR`s, and
 * anything else (bad key, unknown voice, invalid request) is a non-retryable `PROVIDER_ERROR`.
 * The key never appears in the message.
 */
export function mapElevenLabsResponseError(response: { status: number; headers: Headers }, body: string, apiKey: string): ProviderError {
  const { status, message } = parseElevenLabsErrorBody(body);
  const detail = safeProviderDetail(message ?? (body.trim() || `HTTP ${response.status}`), [apiKey]);
  const retryAfterSeconds = parseRetryAfter(response.headers);
  const common = {
    provider: PROVIDER,
    statusCode: response.status,
    responseBody: safeProviderDetail(body, [apiKey]),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
  if (status === 'quota_exceeded') {
    return new ProviderError({ ...common, code: 'PROVIDER_RATE_LIMITED', isRetryable: false, message: `ElevenLabs quota exceeded: ${detail}` });
  }
  if (response.status === 429) {
    return new ProviderError({ ...common, code: 'PROVIDER_RATE_LIMITED', message: `ElevenLabs is rate limiting requests: ${detail}` });
  }
  if (response.status === 401 || response.status === 403) {
    return new ProviderError({ ...common, message: `ElevenLabs rejected the API key: ${detail}` });
  }
  return new ProviderError({ ...common, message: `ElevenLabs request failed (HTTP ${response.status}): ${detail}` });
}

/** Maps a failure to reach ElevenLabs at all (DNS, connection reset…); such failures are worth a retry. */
export function mapElevenLabsNetworkError(error: unknown): CoachError {
  if (CoachError.isInstance(error)) return error;
  return new ProviderError({
    provider: PROVIDER,
    isRetryable: true,
    message: `Could not reach ElevenLabs${error instanceof Error && error.message ? ` (${safeProviderDetail(error.message)})` : ''}.`,
    cause: error,
  });
}
