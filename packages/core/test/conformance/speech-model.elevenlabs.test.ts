import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createElevenLabs } from '../../src/adapters/elevenlabs/index.js';
import { INVALID_API_KEY_BODY, TOO_MANY_CONCURRENT_REQUESTS_BODY, makeMp3 } from '../../src/adapters/elevenlabs/__fixtures__/elevenlabs-responses.js';
import { describeSpeechModelConformance } from '../../src/testing/conformance/speech-model-conformance.js';

const API_KEY = 'test-elevenlabs-key';
const ENDPOINT = 'https://api.elevenlabs.io/v1/text-to-speech/:voiceId';

/** Every request the simulated API received. */
const received: { voiceId: string; apiKey: string | null; accept: string | null; body: Record<string, unknown> }[] = [];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  received.length = 0;
});
afterAll(() => server.close());

/** Answers like ElevenLabs, after checking the request carries what the real API requires. */
function simulate(respond: () => Response | Promise<Response>) {
  return http.post(ENDPOINT, async ({ request, params }) => {
    const body = (await request.json()) as Record<string, unknown>;
    received.push({ voiceId: String(params.voiceId), apiKey: request.headers.get('xi-api-key'), accept: request.headers.get('accept'), body });
    if (request.headers.get('xi-api-key') !== API_KEY) return HttpResponse.json(INVALID_API_KEY_BODY, { status: 401 });
    if (typeof body.text !== 'string' || typeof body.model_id !== 'string') {
      return HttpResponse.json({ detail: [{ loc: ['body', 'text'], msg: 'field required', type: 'value_error.missing' }] }, { status: 422 });
    }
    return respond();
  });
}

const mp3 = () => new HttpResponse(makeMp3(), { status: 200, headers: { 'content-type': 'audio/mpeg' } });

describeSpeechModelConformance({
  name: 'elevenlabs',
  create: () => createElevenLabs({ apiKey: API_KEY }).speechModel(),
  prepare: (scenario) => {
    switch (scenario) {
      case 'success':
        server.use(simulate(mp3));
        return;
      case 'unauthorized':
        server.use(simulate(() => HttpResponse.json(INVALID_API_KEY_BODY, { status: 401 })));
        return;
      case 'rate-limited':
        server.use(simulate(() => HttpResponse.json(TOO_MANY_CONCURRENT_REQUESTS_BODY, { status: 429, headers: { 'retry-after': '7' } })));
        return;
      case 'server-error':
        server.use(simulate(() => HttpResponse.json({ detail: { status: 'internal_error', message: 'Internal server error' } }, { status: 500 })));
        return;
      case 'hang':
        server.use(
          simulate(async () => {
            await delay('infinite');
            return mp3();
          }),
        );
        return;
    }
  },
});

describe('ElevenLabs request shape', () => {
  it('should POST the text, model and voice settings to the voice’s endpoint with the key header', async () => {
    server.use(simulate(mp3));
    const model = createElevenLabs({ apiKey: API_KEY }).speechModel();
    await model.synthesize({ text: 'Why do you want this role?' });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.voiceId).toBe('21m00Tcm4TlvDq8ikWAM');
    expect(request!.apiKey).toBe(API_KEY);
    expect(request!.accept).toBe('audio/mpeg');
    expect(request!.body).toEqual({
      text: 'Why do you want this role?',
      model_id: 'eleven_multilingual_v2',
      voice_settings: { stability: 0.5, similarity_boost: 0.75 },
    });
  });
});
