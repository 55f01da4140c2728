import { describe, expect, it } from 'vitest';
import { CoachError, ProviderError } from '../../errors/index.js';
import { createElevenLabs } from './index.js';
import { QUOTA_EXCEEDED_BODY, VALIDATION_ERROR_BODY, VOICE_NOT_FOUND_BODY, makeMp3 } from './__fixtures__/elevenlabs-responses.js';

/** A fetch that records its calls and answers with `respond`. */
function recordingFetch(respond: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond();
  };
  return { fetch, calls };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(ProviderError.isInstance(error), `expected a ProviderError, got ${String(error)}`).toBe(true);
  return error as ProviderError;
}

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('createElevenLabs', () => {
  it('should refuse a missing or blank API key at creation', () => {
    for (const apiKey of [undefined, '', '   ']) {
      let error: unknown;
      try {
        createElevenLabs({ apiKey } as never);
      } catch (caught) {
        error = caught;
      }
      expect(CoachError.isInstance(error) && error.code).toBe('INVALID_CONFIG');
      expect(String((error as Error).message)).toMatch(/apiKey/);
    }
  });

  it('should refuse a malformed base URL, voice settings or voice id at creation', () => {
    expect(() => createElevenLabs({ apiKey: 'k', baseURL: 'not a url' })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
    expect(() => createElevenLabs({ apiKey: 'k', voiceSettings: { stability: 3 } })).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
    expect(() => createElevenLabs({ apiKey: 'k' }).speechModel('../admin')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
  });

  it('should use the base URL, model, voice settings and headers it was given', async () => {
    const { fetch, calls } = recordingFetch(() => new Response(makeMp3(), { headers: { 'content-type': 'audio/mpeg' } }));
    const model = createElevenLabs({
      apiKey: 'key-1',
      baseURL: 'https://proxy.example.com/elevenlabs/',
      modelId: 'eleven_flash_v2_5',
      voiceSettings: { stability: 0.3, speed: 1.1 },
      headers: { 'x-team': 'recruiting' },
      fetch,
    }).speechModel('pNInz6obpgDQGcFmaJgB');
    const result = await model.synthesize({ text: 'Hello.' });
    expect(model.voiceId).toBe('pNInz6obpgDQGcFmaJgB');
    expect(result.contentType).toBe('audio/mpeg');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://proxy.example.com/elevenlabs/v1/text-to-speech/pNInz6obpgDQGcFmaJgB');
    expect(calls[0]!.init.method).toBe('POST');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['xi-api-key']).toBe('key-1');
    expect(headers['x-team']).toBe('recruiting');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      text: 'Hello.',
      model_id: 'eleven_flash_v2_5',
      voice_settings: { stability: 0.3, speed: 1.1 },
    });
  });

  it('should treat an untyped binary body as MP3', async () => {
    const { fetch } = recordingFetch(() => new Response(makeMp3(), { headers: { 'content-type': 'application/octet-stream' } }));
    const result = await createElevenLabs({ apiKey: 'k', fetch }).speechModel().synthesize({ text: 'Hi.' });
    expect(result.contentType).toBe('audio/mpeg');
  });

  it('should report an exhausted quota (a 401) as a non-retryable rate limit with ElevenLabs’ message', async () => {
    const { fetch } = recordingFetch(() => json(QUOTA_EXCEEDED_BODY, 401));
    const error = await failure(createElevenLabs({ apiKey: 'k', fetch }).speechModel().synthesize({ text: 'Hi.' }));
    expect(error.code).toBe('PROVIDER_RATE_LIMITED');
    expect(error.statusCode).toBe(401);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('You have 0 credits remaining');
  });

  it('should carry the validation and unknown-voice messages', async () => {
    const validation = await failure(
      createElevenLabs({ apiKey: 'k', fetch: recordingFetch(() => json(VALIDATION_ERROR_BODY, 422)).fetch })
        .speechModel()
        .synthesize({ text: 'Hi.' }),
    );
    expect(validation.message).toContain('field required');
    expect(validation.isRetryable).toBe(false);
    const voice = await failure(
      createElevenLabs({ apiKey: 'k', fetch: recordingFetch(() => json(VOICE_NOT_FOUND_BODY, 404)).fetch })
        .speechModel('nonexistent-voice')
        .synthesize({ text: 'Hi.' }),
    );
    expect(voice.statusCode).toBe(404);
    expect(voice.message).toContain('was not found');
  });

  it('should read an HTTP-date Retry-After as seconds', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const { fetch } = recordingFetch(() => json({ detail: { status: 'system_busy', message: 'Busy' } }, 503, { 'retry-after': inTenSeconds }));
    const error = await failure(createElevenLabs({ apiKey: 'k', fetch }).speechModel().synthesize({ text: 'Hi.' }));
    expect(error.isRetryable).toBe(true);
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(10);
  });

  it('should never put the API key in an error, even when the body echoes it', async () => {
    const secret = 'sk_live_1234567890abcdef';
    const { fetch } = recordingFetch(() => json({ detail: { status: 'invalid_api_key', message: `Invalid API key ${secret}` } }, 401));
    const error = await failure(createElevenLabs({ apiKey: secret, fetch }).speechModel().synthesize({ text: 'Hi.' }));
    expect(error.message).not.toContain(secret);
    expect(error.responseBody ?? '').not.toContain(secret);
  });

  it('should map a network failure to a retryable ProviderError', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const error = await failure(createElevenLabs({ apiKey: 'k', fetch }).speechModel().synthesize({ text: 'Hi.' }));
    expect(error.provider).toBe('elevenlabs');
    expect(error.isRetryable).toBe(true);
  });

  it('should refuse a 200 answer that is not audio', async () => {
    const { fetch } = recordingFetch(() => json({ ok: true }, 200));
    const error = await failure(createElevenLabs({ apiKey: 'k', fetch }).speechModel().synthesize({ text: 'Hi.' }));
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/without audio/);
  });
});
