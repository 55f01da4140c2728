import { describe, expect, it } from 'vitest';
import type { SpeechModel } from '../../ports/speech-model.js';
import { ProviderError } from '../../errors/index.js';

/**
 * A situation the suite asks `prepare` to set up before creating the model, for adapters whose
 * backend can be simulated (an HTTP API behind msw):
 * - `success`: requests succeed with audio;
 * - `unauthorized`: the key is rejected (HTTP 401);
 * - `rate-limited`: HTTP 429 with `Retry-After: 7`;
 * - `server-error`: HTTP 500;
 * - `hang`: the backend never answers (until the request is aborted).
 */
export type SpeechConformanceScenario = 'success' | 'unauthorized' | 'rate-limited' | 'server-error' | 'hang';

export interface SpeechModelConformanceOptions {
  /** Shown in the suite title, e.g. `elevenlabs`. */
  name: string;
  /** Creates the model under test; called after `prepare`. */
  create: () => SpeechModel | Promise<SpeechModel>;
  /**
   * Sets up a scenario; return `false` for one the adapter's backend cannot simulate (its tests
   * are skipped with a reason). Without `prepare`, only `success` runs (a local engine).
   */
  prepare?: (scenario: SpeechConformanceScenario) => boolean | void | Promise<boolean | void>;
}

/**
 * Registers the tests every `SpeechModel` must pass: v1 identity; non-empty audio whose bytes
 * match the declared content type (RIFF/WAVE for `audio/wav`, an ID3 tag or MPEG frame sync
 * for `audio/mpeg`); text that looks like a command-line flag spoken as text; concurrent calls;
 * aborts before and during a call; and failures mapped to `ProviderError` with the right
 * `isRetryable` and `retryAfterSeconds`.
 *
 * @example
 * ```ts
 * describeSpeechModelConformance({ name: 'offline', create: () => createOfflineSpeech() });
 * ```
 */
export function describeSpeechModelConformance(options: SpeechModelConformanceOptions): void {
  describe(`SpeechModel conformance: ${options.name}`, () => {
    /** Prepares `scenario` and creates the model, or returns null when it cannot be simulated. */
    const modelFor = async (scenario: SpeechConformanceScenario): Promise<SpeechModel | null> => {
      if (!options.prepare) return scenario === 'success' ? options.create() : null;
      if ((await options.prepare(scenario)) === false) return null;
      return options.create();
    };
    const cannotSimulate = (scenario: SpeechConformanceScenario) => `${options.name}: the "${scenario}" scenario cannot be simulated for this adapter`;

    it('should declare specification v1, a provider and a voice', async () => {
      const model = (await modelFor('success'))!;
      expect(model.specificationVersion).toBe('v1');
      expect(model.provider).toMatch(/\S/);
      expect(model.voiceId).toMatch(/\S/);
    });

    it('should return non-empty audio whose bytes match the declared content type', async () => {
      const model = (await modelFor('success'))!;
      const result = await model.synthesize({ text: 'Tell me about a project you are proud of.' });
      expect(result.audio).toBeInstanceOf(Uint8Array);
      expect(result.audio.byteLength).toBeGreaterThan(0);
      expect(['audio/wav', 'audio/mpeg']).toContain(result.contentType);
      expect(audioFormatOf(result.audio)).toBe(result.contentType);
      expect(Array.isArray(result.warnings)).toBe(true);
    });

    it('should speak text that starts with "-" instead of reading it as an option', async () => {
      const model = (await modelFor('success'))!;
      const result = await model.synthesize({ text: '--help -v xx -w /tmp/out.wav' });
      expect(audioFormatOf(result.audio)).toBe(result.contentType);
    });

    it('should serve concurrent calls independently', async () => {
      const model = (await modelFor('success'))!;
      const texts = ['What is a hash map?', 'Explain database indexes.', 'Describe a difficult bug you fixed.'];
      const results = await Promise.all(texts.map((text) => model.synthesize({ text })));
      for (const result of results) expect(audioFormatOf(result.audio)).toBe(result.contentType);
    });

    it('should reject without audio when the signal is already aborted', async () => {
      const model = (await modelFor('success'))!;
      const controller = new AbortController();
      const reason = new DOMException('The candidate left.', 'AbortError');
      controller.abort(reason);
      const error = await model.synthesize({ text: 'Hello.', abortSignal: controller.signal }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(isAbort(error, reason), `expected an abort, got ${String(error)}`).toBe(true);
    });

    it('should stop waiting when the signal aborts during a call', async (context) => {
      const model = await modelFor('hang');
      context.skip(model === null, cannotSimulate('hang'));
      const controller = new AbortController();
      const reason = new DOMException('The candidate left.', 'AbortError');
      const pending = model!.synthesize({ text: 'Hello.', abortSignal: controller.signal }).then(
        () => null,
        (caught: unknown) => caught,
      );
      // Let the request start before aborting it.
      await new Promise((resolve) => setImmediate(resolve));
      controller.abort(reason);
      const error = await pending;
      expect(isAbort(error, reason), `expected an abort, got ${String(error)}`).toBe(true);
    });

    it('should map a rejected key to a non-retryable ProviderError', async (context) => {
      const model = await modelFor('unauthorized');
      context.skip(model === null, cannotSimulate('unauthorized'));
      const error = await failure(model!);
      expect(error.statusCode).toBe(401);
      expect(error.isRetryable).toBe(false);
      expect(error.provider).toBe(model!.provider);
    });

    it('should map rate limiting to a retryable ProviderError that carries Retry-After', async (context) => {
      const model = await modelFor('rate-limited');
      context.skip(model === null, cannotSimulate('rate-limited'));
      const error = await failure(model!);
      expect(error.statusCode).toBe(429);
      expect(error.code).toBe('PROVIDER_RATE_LIMITED');
      expect(error.isRetryable).toBe(true);
      expect(error.retryAfterSeconds).toBe(7);
    });

    it('should map a server error to a retryable ProviderError', async (context) => {
      const model = await modelFor('server-error');
      context.skip(model === null, cannotSimulate('server-error'));
      const error = await failure(model!);
      expect(error.statusCode).toBe(500);
      expect(error.isRetryable).toBe(true);
    });
  });
}

/** The content type that audio bytes really are, from their magic numbers; null if neither. */
export function audioFormatOf(audio: Uint8Array): 'audio/wav' | 'audio/mpeg' | null {
  const ascii = (start: number, end: number) => String.fromCharCode(...audio.subarray(start, end));
  if (audio.byteLength >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (audio.byteLength >= 3 && ascii(0, 3) === 'ID3') return 'audio/mpeg';
  // An MPEG audio frame starts with 11 set bits (frame sync).
  if (audio.byteLength >= 2 && audio[0] === 0xff && ((audio[1] ?? 0) & 0xe0) === 0xe0) return 'audio/mpeg';
  return null;
}

async function failure(model: SpeechModel): Promise<ProviderError> {
  const error = await model.synthesize({ text: 'Hello.' }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(ProviderError.isInstance(error), `expected a ProviderError, got ${String(error)}`).toBe(true);
  return error as ProviderError;
}

function isAbort(error: unknown, reason: unknown): boolean {
  return error === reason || (error instanceof Error && error.name === 'AbortError');
}
