import { once } from 'node:events';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError, ValidationError } from '../../errors/index.js';
import { runTask, runVision, streamTask, type TaskContext } from '../../language-model/run-task.js';
import type { LanguageModel } from '../../ports/language-model.js';
import { evaluateAnswerTask, type EvaluateAnswerInput } from '../../prompts/tasks.js';
import { toGeminiJsonSchema } from './gemini-json-schema.js';
import { createGemini } from './index.js';
import {
  GEMINI_ENDPOINT,
  geminiErrorResponse,
  geminiFixture,
  geminiStreamResponse,
  geminiTextResponse,
  readGeminiRequest,
  type GeminiRequest,
} from './__fixtures__/gemini-wire.js';

const API_KEY = 'AIzaSyTestKey0123456789abcdefghijklmno';
const ANSWER =
  'During our spring sale the checkout service kept timing out. I profiled the Go service and found an N+1 query against PostgreSQL. ' +
  'As a result p95 latency dropped from 1.8 s to 220 ms.';
const INPUT: EvaluateAnswerInput = {
  kind: 'behavioral',
  question: 'Tell me about a performance problem you solved.',
  questionKey: null,
  answer: ANSWER,
  role: { title: 'Backend Engineer', family: 'backend', seniority: 'senior', matchedSkills: ['Go'] },
  jobDescription: null,
};
const VALID_REPLY = geminiFixture<{ candidates: { content: { parts: { text: string }[] } }[] }>('generate-content-ok').candidates[0]!.content.parts[0]!.text;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers successive requests with the given responses (the last one repeats) and records them. */
function respondWith(...responses: (() => Response | Promise<Response>)[]) {
  const requests: GeminiRequest[] = [];
  server.use(
    http.post(GEMINI_ENDPOINT, async ({ request, params }) => {
      requests.push(await readGeminiRequest(request.clone(), String(params.modelAndMethod)));
      return responses[Math.min(requests.length - 1, responses.length - 1)]!();
    }),
  );
  return requests;
}

const ok =
  (text = VALID_REPLY) =>
  () =>
    HttpResponse.json(geminiTextResponse(text));

function model(): LanguageModel {
  return createGemini({ apiKey: API_KEY, headers: { 'x-coach-test': 'yes' } }).languageModel();
}

function context(languageModel: LanguageModel, settings: Partial<TaskContext['settings']> = {}): TaskContext {
  return { languageModel, settings: { modelTimeoutMs: 5_000, modelMaxAttempts: 3, ...settings } };
}

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('createGemini', () => {
  it('should throw INVALID_CONFIG at creation when the API key is missing', () => {
    for (const apiKey of ['', '   ', undefined]) {
      const error = (() => {
        try {
          createGemini({ apiKey: apiKey as string });
        } catch (e) {
          return e;
        }
      })();
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).code).toBe('INVALID_CONFIG');
    }
  });

  it('should throw INVALID_CONFIG for a baseURL that is not a URL', () => {
    expect(() => createGemini({ apiKey: API_KEY, baseURL: 'not a url' })).toThrow(/baseURL/);
  });

  it('should default to gemini-2.5-flash and declare vision and streaming', () => {
    const languageModel = model();
    expect(languageModel.provider).toBe('gemini');
    expect(languageModel.modelId).toBe('gemini-2.5-flash');
    expect(languageModel.capabilities).toEqual({ vision: true, streaming: true });
  });
});

describe('toGeminiJsonSchema', () => {
  it('should keep the supported keywords and turn string lengths into a description', () => {
    const schema = toGeminiJsonSchema(evaluateAnswerTask.jsonSchema);
    expect(schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['score', 'evidence']),
      additionalProperties: false,
      properties: {
        score: { type: 'number', minimum: 0, maximum: 10 },
        feedback: { type: 'string', description: 'at most 1500 characters' },
        evidence: { type: 'array', maxItems: 6, items: { type: 'string', description: 'at most 300 characters' } },
        evidenceStatus: { type: 'string', enum: ['sufficient', 'insufficient_evidence'] },
      },
    });
    expect(JSON.stringify(schema)).not.toMatch(/maxLength|minLength|\$schema/);
  });

  it('should keep nullable unions', () => {
    expect(toGeminiJsonSchema({ anyOf: [{ type: 'string', maxLength: 80 }, { type: 'null' }] })).toEqual({
      anyOf: [{ type: 'string', description: 'at most 80 characters' }, { type: 'null' }],
    });
  });
});

describe('Gemini language model', () => {
  it('should send one generateContent request with the JSON schema, system instruction and key header', async () => {
    const requests = respondWith(ok());
    const { output, provenance } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
    expect(output.evidence).toEqual(['I profiled the Go service and found an N+1 query against PostgreSQL.']);
    expect(provenance).toEqual({ provider: 'gemini', modelId: 'gemini-2.5-flash', task: 'evaluate-answer', promptVersion: evaluateAnswerTask.version });

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.model).toBe('gemini-2.5-flash');
    expect(request!.method).toBe('generateContent');
    expect(request!.apiKey).toBe(API_KEY);
    expect(request!.headers.get('x-coach-test')).toBe('yes');
    expect(request!.system).toBe(evaluateAnswerTask.system);
    expect(request!.prompt).toBe(evaluateAnswerTask.render(INPUT));
    expect(request!.body.generationConfig).toEqual({
      responseMimeType: 'application/json',
      responseJsonSchema: toGeminiJsonSchema(evaluateAnswerTask.jsonSchema),
      temperature: 0.2,
    });
    // Client-side switches must not leak into the request.
    expect(Object.keys(request!.body).sort()).toEqual(['contents', 'generationConfig', 'systemInstruction']);
  });

  it('should pass thinkingBudget from model settings and let providerOptions override it', async () => {
    const requests = respondWith(ok());
    const languageModel = createGemini({ apiKey: API_KEY }).languageModel('gemini-2.5-flash', { thinkingBudget: 0 });
    await runTask(context(languageModel), evaluateAnswerTask, INPUT);
    await runTask(context(languageModel), evaluateAnswerTask, INPUT, { providerOptions: { gemini: { thinkingBudget: 512, unknownOption: true } } });
    expect(requests[0]!.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: 0 });
    expect(requests[1]!.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: 512 });
  });

  it('should report an unknown provider option as a warning instead of failing', async () => {
    respondWith(ok());
    const { warnings } = await runTask(context(model()), evaluateAnswerTask, INPUT, { providerOptions: { gemini: { candidateCount: 2 } } });
    expect(warnings).toEqual([{ type: 'unsupported', feature: 'providerOptions.gemini.candidateCount', details: expect.any(String) }]);
  });

  it('should use an injected fetch', async () => {
    respondWith(ok());
    const urls: string[] = [];
    const languageModel = createGemini({
      apiKey: API_KEY,
      fetch: (input, init) => {
        urls.push(String(input instanceof Request ? input.url : input));
        return globalThis.fetch(input, init);
      },
    }).languageModel();
    await runTask(context(languageModel), evaluateAnswerTask, INPUT);
    expect(urls).toEqual(['https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent']);
  });

  it('should read the retry delay from RetryInfo when there is no Retry-After header', async () => {
    const requests = respondWith(() => geminiErrorResponse('error-429-resource-exhausted'));
    const { delays, sleep } = recordingSleep();
    const error = await runTask(context(model(), { modelMaxAttempts: 2 }), evaluateAnswerTask, INPUT, { sleep }).catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'PROVIDER_RATE_LIMITED', statusCode: 429, isRetryable: true, retryAfterSeconds: 7, provider: 'gemini' });
    expect((error as ProviderError).message).toMatch(/^Gemini rate limit or quota exceeded \(HTTP 429\)/);
    expect(requests).toHaveLength(2);
    expect(delays).toEqual([7000]);
  });

  it('should time out a slow reply with PROVIDER_TIMEOUT on every attempt', async () => {
    const requests: unknown[] = [];
    server.use(
      http.post(GEMINI_ENDPOINT, async ({ request }) => {
        requests.push(request.url);
        await Promise.race([delay(3_000), once(request.signal, 'abort')]);
        return HttpResponse.json(geminiTextResponse(VALID_REPLY));
      }),
    );
    const error = await runTask(context(model(), { modelTimeoutMs: 50, modelMaxAttempts: 2 }), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'PROVIDER_TIMEOUT', isRetryable: true, provider: 'gemini' });
    expect(requests).toHaveLength(2);
  });

  it('should repair a reply that is not JSON', async () => {
    const requests = respondWith(ok('Sure! The candidate deserves an 8 out of 10.'), ok());
    const { output } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.prompt).toContain('Sure! The candidate deserves an 8 out of 10.');
    expect(requests[1]!.prompt).toContain('not valid JSON');
  });

  it('should repair a reply truncated at MAX_TOKENS', async () => {
    const truncated = geminiFixture('generate-content-max-tokens');
    const requests = respondWith(() => HttpResponse.json(truncated), ok());
    const { output } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
    expect(requests[1]!.prompt).toContain('cut off');
  });

  it('should throw INVALID_MODEL_OUTPUT with the raw text when the reply stays truncated', async () => {
    const truncated = geminiFixture<{ candidates: { content: { parts: { text: string }[] } }[] }>('generate-content-max-tokens');
    const requests = respondWith(() => HttpResponse.json(truncated));
    const error = await runTask(context(model()), evaluateAnswerTask, INPUT).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_MODEL_OUTPUT', isRetryable: false, responseBody: truncated.candidates[0]!.content.parts[0]!.text });
    expect(requests).toHaveLength(2);
  });

  it('should map a blocked prompt to PROVIDER_REFUSED without retrying', async () => {
    const requests = respondWith(() => HttpResponse.json(geminiFixture('generate-content-prompt-blocked')));
    const error = await runTask(context(model()), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROVIDER_REFUSED', isRetryable: false, message: 'Gemini blocked the prompt (prohibited content).' });
    expect(requests).toHaveLength(1);
  });

  it('should map a SAFETY finish to PROVIDER_REFUSED', async () => {
    respondWith(() => HttpResponse.json(geminiFixture('generate-content-safety')));
    const error = await runTask(context(model()), evaluateAnswerTask, INPUT).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROVIDER_REFUSED', isRetryable: false });
  });

  it('should map a rejected key to a non-retryable error with a clear message and no key in it', async () => {
    for (const fixture of ['error-401-unauthenticated', 'error-400-api-key-invalid']) {
      const requests = respondWith(() => geminiErrorResponse(fixture));
      const error = await runTask(context(model()), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ProviderError', isRetryable: false, provider: 'gemini' });
      expect((error as ProviderError).message).toMatch(/^Gemini rejected the API key or its permissions \(HTTP 40[01]\)/);
      expect(requests).toHaveLength(1);
    }
  });

  it('should never put the API key in an error message or body, even when the provider echoes it', async () => {
    respondWith(() => HttpResponse.json({ error: { code: 400, message: `Invalid value for key=${API_KEY}`, status: 'INVALID_ARGUMENT' } }, { status: 400 }));
    const error = (await runTask(context(model()), evaluateAnswerTask, INPUT).catch((e: unknown) => e)) as ProviderError;
    expect(error.message).toMatch(/^Gemini rejected the request \(HTTP 400\)/);
    expect(error.message).not.toContain(API_KEY);
    expect(error.responseBody).not.toContain(API_KEY);
  });

  it('should map a network failure to a retryable error', async () => {
    const requests = respondWith(() => HttpResponse.error(), ok());
    const { output } = await runTask(context(model()), evaluateAnswerTask, INPUT, { sleep: async () => {} });
    expect(output.score).toBe(8);
    expect(requests).toHaveLength(2);
  });

  it('should reject with the abort reason when the caller aborts mid-request, without retrying', async () => {
    const controller = new AbortController();
    const requests: unknown[] = [];
    server.use(
      http.post(GEMINI_ENDPOINT, async ({ request }) => {
        requests.push(request.url);
        controller.abort();
        await Promise.race([delay(3_000), once(request.signal, 'abort')]);
        return HttpResponse.json(geminiTextResponse(VALID_REPLY));
      }),
    );
    const error = await runTask(context(model()), evaluateAnswerTask, INPUT, { abortSignal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(requests).toHaveLength(1);
  });

  it('should send an image as inline data for runVision', async () => {
    const requests = respondWith(ok('Alex Rivera\nBackend Engineer'));
    const image = new Uint8Array([1, 2, 3, 4]);
    const { text } = await runVision(context(model()), { image, mediaType: 'image/jpeg' });
    expect(text).toBe('Alex Rivera\nBackend Engineer');
    const parts = requests[0]!.body.contents?.[0]?.parts ?? [];
    expect(parts[0]).toEqual({ inlineData: { mimeType: 'image/jpeg', data: 'AQIDBA==' } });
    expect(requests[0]!.body.generationConfig?.responseMimeType).toBeUndefined();
  });

  it('should stream text deltas from streamGenerateContent', async () => {
    const requests = respondWith(() => geminiStreamResponse(['Hel', 'lo ', 'there']));
    const { textStream } = await streamTask(context(model()), evaluateAnswerTask, INPUT);
    const deltas: string[] = [];
    for await (const delta of textStream) deltas.push(delta);
    expect(deltas).toEqual(['Hel', 'lo ', 'there']);
    expect(requests[0]!.method).toBe('streamGenerateContent');
  });

  it('should surface an error event inside a stream as a ProviderError', async () => {
    respondWith(
      () =>
        new HttpResponse(
          `data: ${JSON.stringify(geminiTextResponse('Hel', ''))}\r\n\r\ndata: ${JSON.stringify(geminiFixture('error-503-unavailable'))}\r\n\r\n`,
          { headers: { 'content-type': 'text/event-stream' } },
        ),
    );
    const { textStream } = await streamTask(context(model()), evaluateAnswerTask, INPUT);
    const deltas: string[] = [];
    const error = await (async () => {
      for await (const delta of textStream) deltas.push(delta);
    })().catch((e: unknown) => e);
    expect(deltas).toEqual(['Hel']);
    expect(error).toMatchObject({ name: 'ProviderError', statusCode: 503, isRetryable: true });
  });
});
