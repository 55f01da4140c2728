import { once } from 'node:events';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError, ValidationError } from '../../errors/index.js';
import { runTask, runVision, streamTask, type TaskContext } from '../../language-model/run-task.js';
import type { LanguageModel } from '../../ports/language-model.js';
import { evaluateAnswerTask, type EvaluateAnswerInput } from '../../prompts/tasks.js';
import { createOpenAICompatible } from './index.js';
import {
  CHAT_COMPLETIONS_URL,
  chatCompletion,
  chatCompletionStream,
  openAIErrorResponse,
  openAIFixture,
  readChatRequest,
  TEST_BASE_URL,
  type OpenAICompatibleRequest,
} from './__fixtures__/openai-compatible-wire.js';

const API_KEY = 'sk-proj-TestKey0123456789abcdefghij';
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
const VALID_REPLY = openAIFixture<{ choices: { message: { content: string } }[] }>('chat-completion-ok').choices[0]!.message.content;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers successive requests with the given responses (the last one repeats) and records them. */
function respondWith(...responses: (() => Response | Promise<Response>)[]) {
  const requests: OpenAICompatibleRequest[] = [];
  server.use(
    http.post(CHAT_COMPLETIONS_URL, async ({ request }) => {
      requests.push(await readChatRequest(request.clone()));
      return responses[Math.min(requests.length - 1, responses.length - 1)]!();
    }),
  );
  return requests;
}

const ok =
  (text = VALID_REPLY) =>
  () =>
    HttpResponse.json(chatCompletion(text));

function model(settings: Parameters<ReturnType<typeof createOpenAICompatible>['languageModel']>[1] = {}): LanguageModel {
  return createOpenAICompatible({ baseURL: `${TEST_BASE_URL}/`, apiKey: API_KEY, headers: { 'x-coach-test': 'yes' } }).languageModel('gpt-4o-mini', settings);
}

function context(languageModel: LanguageModel, settings: Partial<TaskContext['settings']> = {}): TaskContext {
  return { languageModel, settings: { modelTimeoutMs: 5_000, modelMaxAttempts: 3, ...settings } };
}

describe('createOpenAICompatible', () => {
  it('should throw INVALID_CONFIG at creation for a missing or non-http baseURL', () => {
    for (const baseURL of ['', 'localhost:11434', 'file:///tmp/x', undefined]) {
      const error = (() => {
        try {
          createOpenAICompatible({ baseURL: baseURL as string });
        } catch (e) {
          return e;
        }
      })();
      expect(ValidationError.isInstance(error), String(baseURL)).toBe(true);
      expect((error as ValidationError).code).toBe('INVALID_CONFIG');
    }
  });

  it('should throw INVALID_CONFIG for an empty model id', () => {
    expect(() => createOpenAICompatible({ baseURL: TEST_BASE_URL }).languageModel('')).toThrow(ValidationError);
  });

  it('should name the provider and declare vision only when configured', () => {
    const plain = createOpenAICompatible({ baseURL: TEST_BASE_URL }).languageModel('m');
    expect(plain.provider).toBe('openai-compatible');
    expect(plain.capabilities).toEqual({ vision: false, streaming: true });
    expect(plain.describeImage).toBeUndefined();
    const named = createOpenAICompatible({ baseURL: TEST_BASE_URL, name: 'ollama', vision: true }).languageModel('llava');
    expect(named.provider).toBe('ollama');
    expect(named.capabilities.vision).toBe(true);
    expect(typeof named.describeImage).toBe('function');
    expect(createOpenAICompatible({ baseURL: TEST_BASE_URL, vision: true }).languageModel('m', { vision: false }).capabilities.vision).toBe(false);
  });
});

describe('OpenAI-compatible language model', () => {
  it('should POST one chat completion with system and user messages and a json_schema response format', async () => {
    const requests = respondWith(ok());
    const { output, provenance, usage } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
    expect(provenance).toEqual({ provider: 'openai-compatible', modelId: 'gpt-4o-mini', task: 'evaluate-answer', promptVersion: evaluateAnswerTask.version });
    expect(usage).toEqual({ inputTokens: 402, outputTokens: 68 });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers.get('x-coach-test')).toBe('yes');
    expect(request!.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: evaluateAnswerTask.system },
        { role: 'user', content: evaluateAnswerTask.render(INPUT) },
      ],
      temperature: 0.2,
      response_format: { type: 'json_schema', json_schema: { name: 'evaluate-answer', schema: evaluateAnswerTask.jsonSchema, strict: false } },
      stream: false,
    });
  });

  it('should send no Authorization header without an API key', async () => {
    const requests = respondWith(ok());
    await runTask(context(createOpenAICompatible({ baseURL: TEST_BASE_URL }).languageModel('qwen2.5:7b')), evaluateAnswerTask, INPUT);
    expect(requests[0]!.headers.get('authorization')).toBeNull();
  });

  it('should switch to json_object with the schema in the system prompt, by setting or per call', async () => {
    const requests = respondWith(ok());
    await runTask(context(model({ responseFormat: 'json_object' })), evaluateAnswerTask, INPUT);
    await runTask(context(model()), evaluateAnswerTask, INPUT, { providerOptions: { 'openai-compatible': { responseFormat: 'json_object' } } });
    for (const request of requests) {
      expect(request.body.response_format).toEqual({ type: 'json_object' });
      expect(request.system.startsWith(evaluateAnswerTask.system)).toBe(true);
      expect(request.system).toContain(JSON.stringify(evaluateAnswerTask.jsonSchema));
    }
  });

  it('should read JSON wrapped in a code fence or after a thinking block', async () => {
    respondWith(ok(`<think>The answer is specific.</think>\n\`\`\`json\n${VALID_REPLY}\n\`\`\``));
    const { output } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
  });

  it('should map a lasting 429 to PROVIDER_RATE_LIMITED with the server message', async () => {
    respondWith(() => openAIErrorResponse('error-429-rate-limit', 429, { 'retry-after-ms': '1500' }));
    const error = await runTask(context(model(), { modelMaxAttempts: 2 }), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROVIDER_RATE_LIMITED', statusCode: 429, isRetryable: true, retryAfterSeconds: 1.5 });
    expect((error as ProviderError).message).toMatch(/^The OpenAI-compatible server rate limit or quota exceeded \(HTTP 429\): Rate limit reached/);
  });

  it('should time out a slow reply with PROVIDER_TIMEOUT on every attempt', async () => {
    const requests: unknown[] = [];
    server.use(
      http.post(CHAT_COMPLETIONS_URL, async ({ request }) => {
        requests.push(request.url);
        await Promise.race([delay(3_000), once(request.signal, 'abort')]);
        return HttpResponse.json(chatCompletion(VALID_REPLY));
      }),
    );
    const error = await runTask(context(model(), { modelTimeoutMs: 50, modelMaxAttempts: 2 }), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'PROVIDER_TIMEOUT', isRetryable: true });
    expect(requests).toHaveLength(2);
  });

  it('should repair a reply that is not JSON', async () => {
    const requests = respondWith(ok('The candidate did well, I would give 8/10.'), ok());
    const { output } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
    expect(requests[1]!.prompt).toContain('The candidate did well, I would give 8/10.');
  });

  it('should repair a reply cut off by finish_reason length', async () => {
    const requests = respondWith(() => HttpResponse.json(openAIFixture('chat-completion-ollama-length')), ok());
    const { output } = await runTask(context(model()), evaluateAnswerTask, INPUT);
    expect(output.score).toBe(8);
    expect(requests[1]!.prompt).toContain('cut off');
  });

  it('should throw INVALID_MODEL_OUTPUT with the raw text when the reply stays truncated', async () => {
    const truncated = openAIFixture<{ choices: { message: { content: string } }[] }>('chat-completion-ollama-length');
    respondWith(() => HttpResponse.json(truncated));
    const error = await runTask(context(model()), evaluateAnswerTask, INPUT).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_MODEL_OUTPUT', isRetryable: false, responseBody: truncated.choices[0]!.message.content });
  });

  it('should map a content_filter finish and a refusal to PROVIDER_REFUSED without retrying', async () => {
    const requests = respondWith(() => HttpResponse.json(openAIFixture('chat-completion-content-filter')));
    const filtered = await runTask(context(model()), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch((e: unknown) => e);
    expect(filtered).toMatchObject({ code: 'PROVIDER_REFUSED', isRetryable: false });
    expect(requests).toHaveLength(1);

    const refusal = chatCompletion('') as { choices: { message: { content: string | null; refusal: string | null } }[] };
    refusal.choices[0]!.message.content = null;
    refusal.choices[0]!.message.refusal = "I'm sorry, I can't help with that.";
    respondWith(() => HttpResponse.json(refusal));
    const refused = await runTask(context(model()), evaluateAnswerTask, INPUT).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'PROVIDER_REFUSED', message: "The OpenAI-compatible server declined: I'm sorry, I can't help with that." });
  });

  it('should map a 401 to a non-retryable error whose message hides the echoed key', async () => {
    const requests = respondWith(() => openAIErrorResponse('error-401-invalid-api-key', 401));
    const error = (await runTask(context(model()), evaluateAnswerTask, INPUT, { sleep: async () => {} }).catch((e: unknown) => e)) as ProviderError;
    expect(error).toMatchObject({ name: 'ProviderError', statusCode: 401, isRetryable: false });
    expect(error.message).toMatch(
      /^The OpenAI-compatible server rejected the API key or its permissions \(HTTP 401\): Incorrect API key provided: \[redacted\]/,
    );
    expect(error.message).not.toMatch(/sk-/);
    expect(error.responseBody).not.toMatch(/sk-proj-\*/);
    expect(requests).toHaveLength(1);
  });

  it('should read the error messages of Ollama and vLLM', async () => {
    respondWith(() => openAIErrorResponse('error-404-ollama-model', 404));
    const missing = (await runTask(
      context(createOpenAICompatible({ baseURL: TEST_BASE_URL, name: 'ollama' }).languageModel('llama3.3:70b')),
      evaluateAnswerTask,
      INPUT,
    ).catch((e: unknown) => e)) as ProviderError;
    expect(missing.message).toBe('ollama model or endpoint not found (HTTP 404): model "llama3.3:70b" not found, try pulling it first');
    expect(missing.isRetryable).toBe(false);

    respondWith(() => openAIErrorResponse('error-400-vllm', 400));
    const tooLong = (await runTask(context(model()), evaluateAnswerTask, INPUT).catch((e: unknown) => e)) as ProviderError;
    expect(tooLong.message).toMatch(/^The OpenAI-compatible server rejected the request \(HTTP 400\): This model's maximum context length is 8192 tokens/);
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
      http.post(CHAT_COMPLETIONS_URL, async ({ request }) => {
        requests.push(request.url);
        controller.abort();
        await Promise.race([delay(3_000), once(request.signal, 'abort')]);
        return HttpResponse.json(chatCompletion(VALID_REPLY));
      }),
    );
    const error = await runTask(context(model()), evaluateAnswerTask, INPUT, { abortSignal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(requests).toHaveLength(1);
  });

  it('should send an image as an image_url data URL when vision is on', async () => {
    const requests = respondWith(ok('Alex Rivera\nBackend Engineer'));
    const { text } = await runVision(context(model({ vision: true })), { image: new Uint8Array([1, 2, 3, 4]), mediaType: 'image/png' });
    expect(text).toBe('Alex Rivera\nBackend Engineer');
    const content = requests[0]!.body.messages[0]!.content;
    expect(Array.isArray(content) && content[1]).toEqual({ type: 'image_url', image_url: { url: 'data:image/png;base64,AQIDBA==' } });
    expect(requests[0]!.body.response_format).toBeUndefined();
  });

  it('should stream deltas from server-sent events until [DONE]', async () => {
    const requests = respondWith(() => chatCompletionStream(['Hel', 'lo ', 'there']));
    const { textStream } = await streamTask(context(model()), evaluateAnswerTask, INPUT);
    const deltas: string[] = [];
    for await (const delta of textStream) deltas.push(delta);
    expect(deltas).toEqual(['Hel', 'lo ', 'there']);
    expect(requests[0]!.body.stream).toBe(true);
    expect(requests[0]!.headers.get('accept')).toBe('text/event-stream');
  });

  it('should surface an error event inside a stream as a ProviderError', async () => {
    respondWith(
      () =>
        new HttpResponse(
          `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: 'Hel' } }] })}\n\ndata: ${JSON.stringify({ error: { message: 'model crashed' } })}\n\n`,
          {
            headers: { 'content-type': 'text/event-stream' },
          },
        ),
    );
    const { textStream } = await streamTask(context(model()), evaluateAnswerTask, INPUT);
    const deltas: string[] = [];
    const error = await (async () => {
      for await (const delta of textStream) deltas.push(delta);
    })().catch((e: unknown) => e);
    expect(deltas).toEqual(['Hel']);
    expect(error).toMatchObject({ name: 'ProviderError', message: 'The OpenAI-compatible server failed while streaming: model crashed' });
  });
});
