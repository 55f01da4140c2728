// Third-party providers (Gemini, ElevenLabs) failing or answering, mocked at the HTTP level
// with msw in their real shapes: the server answers 502/503 (with Retry-After when the
// provider said when to come back) and the right audio type.
import { createGemini } from '@coach/core/gemini';
import { createElevenLabs } from '@coach/core/elevenlabs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeMp3, INVALID_API_KEY_BODY, TOO_MANY_CONCURRENT_REQUESTS_BODY } from '../../core/src/adapters/elevenlabs/__fixtures__/elevenlabs-responses.js';
import { GEMINI_ENDPOINT, geminiErrorResponse } from '../../core/src/adapters/gemini/__fixtures__/gemini-wire.js';
import { makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { createTestApp, errorOf, postJson, uploadResume, type TestApp } from './test-app.js';

const ELEVENLABS_ENDPOINT = 'https://api.elevenlabs.io/v1/text-to-speech/:voiceId';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('provider failures', () => {
  let t: TestApp;
  let pdf: Uint8Array;

  beforeAll(async () => {
    pdf = await makeResumePdf();
    t = await createTestApp({
      coach: {
        languageModel: createGemini({ apiKey: 'AIzaSyTestKey0123456789abcdefghijklmno' }).languageModel(),
        speechModel: createElevenLabs({ apiKey: 'el-test-key' }).speechModel(),
        settings: { modelMaxAttempts: 1 },
      },
    });
  });
  afterAll(() => t.close());

  it('should answer 502 when the language model is down', async () => {
    server.use(http.post(GEMINI_ENDPOINT, () => geminiErrorResponse('error-500-internal')));
    const response = await uploadResume(t.app, { bytes: pdf });
    expect(response.status).toBe(502);
    const error = await errorOf(response);
    expect(error.code).toBe('PROVIDER_ERROR');
    expect(error.message).not.toContain('AIzaSy');
  });

  it('should answer 503 with Retry-After when the language model is rate limited', async () => {
    server.use(http.post(GEMINI_ENDPOINT, () => geminiErrorResponse('error-429-resource-exhausted')));
    const response = await uploadResume(t.app, { bytes: pdf });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    expect((await errorOf(response)).code).toBe('PROVIDER_RATE_LIMITED');
  });

  it('should serve ElevenLabs audio as audio/mpeg', async () => {
    const mp3 = makeMp3();
    server.use(http.post(ELEVENLABS_ENDPOINT, () => new HttpResponse(mp3, { headers: { 'content-type': 'audio/mpeg' } })));
    const response = await postJson(t.app, '/api/text-to-speech/', { text: 'Welcome to your interview.' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(mp3);
  });

  it('should answer 502 for a rejected speech key and 503 with Retry-After when speech is busy', async () => {
    server.use(http.post(ELEVENLABS_ENDPOINT, () => HttpResponse.json(INVALID_API_KEY_BODY, { status: 401 })));
    const rejected = await postJson(t.app, '/api/text-to-speech/', { text: 'A different sentence, not cached.' });
    expect(rejected.status).toBe(502);
    expect((await errorOf(rejected)).message).not.toContain('el-test-key');

    server.use(http.post(ELEVENLABS_ENDPOINT, () => HttpResponse.json(TOO_MANY_CONCURRENT_REQUESTS_BODY, { status: 429, headers: { 'retry-after': '3' } })));
    const busy = await postJson(t.app, '/api/text-to-speech/', { text: 'Yet another sentence.' });
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('3');
  });
});
