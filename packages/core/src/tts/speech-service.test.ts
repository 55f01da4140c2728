import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoachContext, CoachSettings } from '../internal/context.js';
import type { LanguageModel } from '../ports/language-model.js';
import type { SpeechModel, SynthesizeOptions } from '../ports/speech-model.js';
import type { Storage } from '../ports/storage.js';
import { CoachError, ProviderError } from '../errors/index.js';
import { silentLogger } from '../internal/logger.js';
import { createTestSqliteStorage, type TestStorage } from '../testing/test-storage.js';
import { createSpeechService, speechCacheKey } from './speech-service.js';

const SETTINGS: CoachSettings = {
  sessionIdleMinutes: 1440,
  retentionDays: null,
  recruiterName: 'The Hiring Team',
  meetingLink: null,
  senderEmail: null,
  replyToEmail: null,
  maxResumeBytes: 10 * 1024 * 1024,
  maxResumePages: 10,
  resumeReadTimeoutMs: 15_000,
  maxAnswerLength: 8000,
  maxSpeechLength: 1000,
  maxDsaTurns: 4,
  modelTimeoutMs: 30_000,
  modelMaxAttempts: 3,
  inviteMaxAttempts: 8,
  webhookAllowPrivateTargets: false,
  webhookAllowedHttpHosts: [],
  webhookTimeoutMs: 15_000,
};

const unusedLanguageModel: LanguageModel = {
  specificationVersion: 'v1',
  provider: 'unused',
  modelId: 'unused',
  capabilities: { vision: false, streaming: false },
  async generateObject() {
    throw new Error('the speech service must not call the language model');
  },
};

/** A speech model whose every call runs `behave`, recording the texts it was asked to speak. */
function scriptedSpeech(behave: (options: SynthesizeOptions, call: number) => Promise<Uint8Array>, identity = { provider: 'scripted', voiceId: 'voice-a' }) {
  const texts: string[] = [];
  const model: SpeechModel = {
    specificationVersion: 'v1',
    ...identity,
    async synthesize(options) {
      texts.push(options.text);
      const audio = await behave(options, texts.length);
      return { audio, contentType: 'audio/wav', warnings: [] };
    },
  };
  return { model, texts };
}

const wav = (marker: number) => new Uint8Array([0x52, 0x49, 0x46, 0x46, marker, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]);

let testStorage: TestStorage;
beforeEach(async () => {
  testStorage = await createTestSqliteStorage();
});
afterEach(async () => {
  await testStorage.cleanup();
});

function contextWith(speechModel: SpeechModel | null, overrides: { settings?: Partial<CoachSettings>; storage?: Storage } = {}): CoachContext {
  return {
    storage: overrides.storage ?? testStorage.storage,
    languageModel: unusedLanguageModel,
    speechModel,
    mailer: null,
    textRecognizer: null,
    settings: { ...SETTINGS, ...overrides.settings },
    now: () => new Date('2025-06-01T00:00:00Z'),
    logger: silentLogger,
  };
}

/** Records the waits between attempts instead of waiting. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

async function failure(promise: Promise<unknown>): Promise<CoachError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(CoachError.isInstance(error), `expected a CoachError, got ${String(error)}`).toBe(true);
  return error as CoachError;
}

describe('createSpeechService', () => {
  it('should synthesize trimmed text once and serve it from the cache afterwards', async () => {
    const { model, texts } = scriptedSpeech(async () => wav(1));
    const speech = createSpeechService(contextWith(model));
    const first = await speech.synthesize({ text: '  What is a closure?\n' });
    const second = await speech.synthesize({ text: 'What is a closure?' });
    expect(first).toEqual({ audio: wav(1), contentType: 'audio/wav', cached: false });
    expect(second.cached).toBe(true);
    expect(Buffer.from(second.audio).equals(Buffer.from(wav(1)))).toBe(true);
    expect(texts).toEqual(['What is a closure?']);
    const stored = await testStorage.storage.speechCache.get({ key: speechCacheKey(model, 'What is a closure?') });
    expect(stored?.contentType).toBe('audio/wav');
  });

  it('should keep the cache across service instances (it lives in storage)', async () => {
    const { model, texts } = scriptedSpeech(async () => wav(1));
    await createSpeechService(contextWith(model)).synthesize({ text: 'Hello.' });
    const again = await createSpeechService(contextWith(model)).synthesize({ text: 'Hello.' });
    expect(again.cached).toBe(true);
    expect(texts).toHaveLength(1);
  });

  it('should key the cache by provider and voice as well as text', async () => {
    const a = scriptedSpeech(async () => wav(1), { provider: 'scripted', voiceId: 'voice-a' });
    const b = scriptedSpeech(async () => wav(2), { provider: 'scripted', voiceId: 'voice-b' });
    const c = scriptedSpeech(async () => wav(3), { provider: 'other', voiceId: 'voice-a' });
    for (const { model } of [a, b, c]) await createSpeechService(contextWith(model)).synthesize({ text: 'Same text.' });
    expect([a.texts.length, b.texts.length, c.texts.length]).toEqual([1, 1, 1]);
    expect(new Set([a, b, c].map(({ model }) => speechCacheKey(model, 'Same text.'))).size).toBe(3);
    expect(speechCacheKey({ provider: 'ab', voiceId: 'c' }, 'd')).not.toBe(speechCacheKey({ provider: 'a', voiceId: 'bc' }, 'd'));
  });

  it('should share one synthesis between concurrent requests for the same text', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { model, texts } = scriptedSpeech(async () => {
      await gate;
      return wav(1);
    });
    const speech = createSpeechService(contextWith(model));
    const pending = [speech.synthesize({ text: 'Hi.' }), speech.synthesize({ text: ' Hi. ' }), speech.synthesize({ text: 'Hi.' })];
    release();
    const results = await Promise.all(pending);
    expect(texts).toHaveLength(1);
    for (const result of results) expect(result.audio).toEqual(wav(1));
  });

  it('should reject empty text and text over the configured length', async () => {
    const { model, texts } = scriptedSpeech(async () => wav(1));
    const speech = createSpeechService(contextWith(model, { settings: { maxSpeechLength: 20 } }));
    expect((await failure(speech.synthesize({ text: ' \n\t ' }))).code).toBe('VALIDATION_FAILED');
    const tooLong = await failure(speech.synthesize({ text: 'x'.repeat(21) }));
    expect(tooLong.code).toBe('TEXT_TOO_LONG');
    expect(tooLong.message).toMatch(/at most 20/);
    // Surrounding whitespace does not count against the limit.
    await expect(speech.synthesize({ text: `  ${'x'.repeat(20)}  ` })).resolves.toMatchObject({ cached: false });
    expect(texts).toEqual(['x'.repeat(20)]);
  });

  it('should say speech is not configured when there is no speech model', async () => {
    const error = await failure(createSpeechService(contextWith(null)).synthesize({ text: 'Hello.' }));
    expect(error.code).toBe('NOT_CONFIGURED');
  });

  it('should retry retryable failures with backoff, honouring Retry-After', async () => {
    const { model, texts } = scriptedSpeech(async (_, call) => {
      if (call === 1) throw new ProviderError({ message: 'busy', provider: 'scripted', statusCode: 429, retryAfterSeconds: 7 });
      if (call === 2) throw new ProviderError({ message: 'oops', provider: 'scripted', statusCode: 503 });
      return wav(1);
    });
    const { waits, sleep } = recordingSleep();
    const result = await createSpeechService(contextWith(model), { sleep, random: () => 0.5 }).synthesize({ text: 'Hello.' });
    expect(result.cached).toBe(false);
    expect(texts).toHaveLength(3);
    expect(waits[0]).toBe(7000);
    // Second backoff: half (jitter 0.5) of a 1000 ms ceiling (500 ms doubled once).
    expect(waits[1]).toBe(500);
  });

  it('should give up after the configured attempts and not retry permanent failures', async () => {
    const always = scriptedSpeech(async () => {
      throw new ProviderError({ message: 'down', provider: 'scripted', statusCode: 500 });
    });
    const { sleep } = recordingSleep();
    const exhausted = await failure(
      createSpeechService(contextWith(always.model, { settings: { modelMaxAttempts: 2 } }), { sleep }).synthesize({ text: 'Hi.' }),
    );
    expect((exhausted as ProviderError).statusCode).toBe(500);
    expect(always.texts).toHaveLength(2);

    const refused = scriptedSpeech(async () => {
      throw new ProviderError({ message: 'bad key', provider: 'scripted', statusCode: 401 });
    });
    await failure(createSpeechService(contextWith(refused.model), { sleep }).synthesize({ text: 'Hi.' }));
    expect(refused.texts).toHaveLength(1);
  });

  it('should turn a missed deadline into a retryable PROVIDER_TIMEOUT, even if the model ignores its signal', async () => {
    const { model, texts } = scriptedSpeech(() => new Promise<Uint8Array>(() => {}));
    const { sleep } = recordingSleep();
    const error = await failure(
      createSpeechService(contextWith(model, { settings: { modelTimeoutMs: 20, modelMaxAttempts: 2 } }), { sleep }).synthesize({ text: 'Hi.' }),
    );
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect((error as ProviderError).isRetryable).toBe(true);
    expect(texts).toHaveLength(2);
  });

  it('should wrap a non-Coach failure of a custom model in a ProviderError', async () => {
    const { model } = scriptedSpeech(async () => {
      throw new RangeError('boom');
    });
    const error = await failure(createSpeechService(contextWith(model)).synthesize({ text: 'Hi.' }));
    expect(ProviderError.isInstance(error)).toBe(true);
    expect((error as ProviderError).provider).toBe('scripted');
  });

  it('should refuse an empty result instead of caching it', async () => {
    const { model } = scriptedSpeech(async () => new Uint8Array());
    const error = await failure(createSpeechService(contextWith(model, { settings: { modelMaxAttempts: 1 } })).synthesize({ text: 'Hi.' }));
    expect(error.code).toBe('INVALID_MODEL_OUTPUT');
    expect(await testStorage.storage.speechCache.get({ key: speechCacheKey(model, 'Hi.') })).toBeNull();
  });

  it('should stop waiting for the caller who aborts', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { model } = scriptedSpeech(async () => {
      await gate;
      return wav(1);
    });
    const speech = createSpeechService(contextWith(model));
    const controller = new AbortController();
    const leaving = speech.synthesize({ text: 'Hi.', abortSignal: controller.signal });
    const staying = speech.synthesize({ text: 'Hi.' });
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(leaving).rejects.toMatchObject({ name: 'AbortError' });
    release();
    await expect(staying).resolves.toMatchObject({ cached: false });
  });

  it('should still speak when the cache is unavailable', async () => {
    const broken: Storage = {
      ...testStorage.storage,
      speechCache: {
        async get() {
          throw new Error('disk on fire');
        },
        async put() {
          throw new Error('disk on fire');
        },
      },
    };
    const { model } = scriptedSpeech(async () => wav(1));
    const result = await createSpeechService(contextWith(model, { storage: broken })).synthesize({ text: 'Hi.' });
    expect(result).toMatchObject({ cached: false, contentType: 'audio/wav' });
  });
});
