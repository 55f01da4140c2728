import { createHash } from 'node:crypto';
import type { CoachContext } from '../internal/context.js';
import type { SpeechModel, SynthesizeResult } from '../ports/speech-model.js';
import { CoachError, ProviderError, UnsupportedFeatureError, ValidationError } from '../errors/index.js';
import { abortReason, raceAbort, throwIfAborted } from '../language-model/abort.js';
import { DEFAULT_RETRY_POLICY, withRetry, type Sleep } from '../language-model/retry.js';
import type { SpeechResult, SpeechService } from './speech-service-types.js';

/** Test seams of {@link createSpeechService}. */
export interface SpeechServiceOptions {
  /** Replaces the wait between attempts. */
  sleep?: Sleep;
  /** Source of jitter in [0, 1). @default Math.random */
  random?: () => number;
}

/**
 * Creates the text-to-speech service. Text is trimmed and length-checked, then looked up in
 * `storage.speechCache` by a hash of provider, voice and text, so each question is synthesized
 * once per voice (concurrent requests for the same text share one synthesis). Each synthesis
 * attempt has a deadline of `settings.modelTimeoutMs`; retryable failures are retried up to
 * `settings.modelMaxAttempts` with exponential backoff and jitter, honouring `Retry-After`.
 * The cache is an optimisation: if it fails, speech still works and the failure is logged.
 */
export function createSpeechService(context: CoachContext, options: SpeechServiceOptions = {}): SpeechService {
  const inFlight = new Map<string, Promise<SpeechResult>>();

  return {
    async synthesize({ text, abortSignal }) {
      throwIfAborted(abortSignal);
      const model = context.speechModel;
      if (model === null) {
        throw new UnsupportedFeatureError({ code: 'NOT_CONFIGURED', feature: 'speech', message: 'Speech is turned off: no speech model is configured.' });
      }
      const spoken = validateText(typeof text === 'string' ? text.trim() : '', context.settings.maxSpeechLength);
      const key = speechCacheKey(model, spoken);
      let shared = inFlight.get(key);
      if (!shared) {
        // The shared work ignores any one caller's abort, so one caller leaving does not fail
        // the others; the audio still lands in the cache for the next request.
        shared = produce(context, model, key, spoken, options).finally(() => inFlight.delete(key));
        inFlight.set(key, shared);
      }
      return abortSignal ? raceAbort(shared, abortSignal) : shared;
    },
  };
}

/** The cache key of a text spoken by a model's voice: sha256 over provider, voice and text. */
export function speechCacheKey(model: Pick<SpeechModel, 'provider' | 'voiceId'>, text: string): string {
  return createHash('sha256')
    .update(JSON.stringify([model.provider, model.voiceId, text]))
    .digest('hex');
}

function validateText(text: string, maxLength: number): string {
  if (text.length === 0) {
    throw new ValidationError({ message: 'There is no text to speak.', issues: [{ path: 'text', message: 'must not be empty' }] });
  }
  if (text.length > maxLength) {
    throw new ValidationError({
      code: 'TEXT_TOO_LONG',
      message: `The text is too long to speak (${text.length} characters; at most ${maxLength}).`,
      issues: [{ path: 'text', message: `at most ${maxLength} characters` }],
    });
  }
  return text;
}

async function produce(context: CoachContext, model: SpeechModel, key: string, text: string, options: SpeechServiceOptions): Promise<SpeechResult> {
  const cached = await readCache(context, key);
  if (cached) return { audio: cached.audio, contentType: cached.contentType, cached: true };
  const result = await synthesizeWithRetry(context, model, text, options);
  try {
    await context.storage.speechCache.put({
      entry: { key, contentType: result.contentType, audio: result.audio, createdAt: context.now().toISOString() },
    });
  } catch (error) {
    context.logger.warn('Could not store synthesized speech in the cache.', { error: describeError(error) });
  }
  return { audio: result.audio, contentType: result.contentType, cached: false };
}

async function readCache(context: CoachContext, key: string) {
  try {
    return await context.storage.speechCache.get({ key });
  } catch (error) {
    context.logger.warn('Could not read the speech cache; synthesizing instead.', { error: describeError(error) });
    return null;
  }
}

function synthesizeWithRetry(context: CoachContext, model: SpeechModel, text: string, options: SpeechServiceOptions): Promise<SynthesizeResult> {
  return withRetry(() => synthesizeOnce(model, text, context.settings.modelTimeoutMs), {
    policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: context.settings.modelMaxAttempts },
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
    onRetry: (event) =>
      context.logger.warn('speech synthesis failed; retrying', {
        provider: model.provider,
        voiceId: model.voiceId,
        attempt: event.attempt,
        delayMs: event.delayMs,
        code: event.error.code,
        statusCode: event.error.statusCode,
      }),
  });
}

/** One attempt with a deadline; a miss is a retryable `PROVIDER_TIMEOUT` even if the adapter ignores its signal. */
async function synthesizeOnce(model: SpeechModel, text: string, timeoutMs: number): Promise<SynthesizeResult> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('The speech model call timed out.', 'TimeoutError')), timeoutMs);
  try {
    const result = await raceAbort(
      Promise.resolve().then(() => model.synthesize({ text, abortSignal: deadline.signal })),
      deadline.signal,
    );
    return checkResult(model, result);
  } catch (error) {
    if (deadline.signal.aborted) {
      throw new ProviderError({
        code: 'PROVIDER_TIMEOUT',
        message: `The speech model did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
        provider: model.provider,
        isRetryable: true,
        cause: error === abortReason(deadline.signal) ? undefined : error,
      });
    }
    if (CoachError.isInstance(error)) throw error;
    // A custom adapter that throws something else still reaches callers as a ProviderError.
    throw new ProviderError({ message: 'Speech synthesis failed.', provider: model.provider, isRetryable: false, cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function checkResult(model: SpeechModel, result: SynthesizeResult): SynthesizeResult {
  if (!(result?.audio instanceof Uint8Array) || result.audio.byteLength === 0 || typeof result.contentType !== 'string') {
    throw new ProviderError({
      code: 'INVALID_MODEL_OUTPUT',
      message: 'The speech model returned no audio.',
      provider: model.provider,
      isRetryable: false,
    });
  }
  return result;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
