// Builds OpenAI-compatible wire responses from the trimmed fixtures beside this file and reads
// the requests the adapter sends, for the adapter's msw tests and its conformance run.
import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import type { SimulatedFailure, SimulatedModel, SimulatedModelRequest } from '../../../testing/conformance/language-model-conformance.js';

/** Where the tests point the adapter (a local server, as with Ollama). */
export const TEST_BASE_URL = 'http://127.0.0.1:11434/v1';
export const CHAT_COMPLETIONS_URL = `${TEST_BASE_URL}/chat/completions`;

/** A fixture file of this folder, parsed. */
export function openAIFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as T;
}

/** A chat completion whose assistant message is `content`. */
export function chatCompletion(content: string, finishReason = 'stop'): Record<string, unknown> {
  const body = openAIFixture<{ choices: { message: { content: string | null }; finish_reason: string }[] }>('chat-completion-ok');
  body.choices[0]!.message.content = content;
  body.choices[0]!.finish_reason = finishReason;
  return body;
}

/** An error response as these servers send it, from a fixture. */
export function openAIErrorResponse(name: string, status: number, headers?: Record<string, string>): Response {
  return HttpResponse.json(openAIFixture(name), { status, ...(headers ? { headers } : {}) });
}

/** A `stream: true` response carrying `chunks` as successive deltas, ended by `[DONE]`. */
export function chatCompletionStream(chunks: string[]): Response {
  const base = {
    id: 'chatcmpl-stream',
    object: 'chat.completion.chunk',
    created: 1745323104,
    model: 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_0392822090',
  };
  const events = [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }] },
    ...chunks.map((content) => ({ ...base, choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }] })),
    { ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }] },
  ].map((event) => `data: ${JSON.stringify(event)}\n\n`);
  return new HttpResponse(`${events.join('')}data: [DONE]\n\n`, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

type ContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

/** The JSON body the adapter sent. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string | ContentPart[] }[];
  temperature?: number;
  max_tokens?: number;
  response_format?: Record<string, unknown>;
  stream?: boolean;
}

/** What one intercepted request asked for. */
export interface OpenAICompatibleRequest extends SimulatedModelRequest {
  body: ChatRequestBody;
  headers: Headers;
}

/** Reads an intercepted chat-completions request. */
export async function readChatRequest(request: Request): Promise<OpenAICompatibleRequest> {
  const body = (await request.json()) as ChatRequestBody;
  const textOf = (content: string | ContentPart[]) =>
    typeof content === 'string' ? content : content.map((part) => (part.type === 'text' ? part.text : '')).join('');
  const system = body.messages
    .filter((message) => message.role === 'system')
    .map((message) => textOf(message.content))
    .join('\n');
  const user = body.messages.filter((message) => message.role === 'user');
  const imageUrl = user
    .flatMap((message) => (typeof message.content === 'string' ? [] : message.content))
    .find((part): part is Extract<ContentPart, { type: 'image_url' }> => part.type === 'image_url')?.image_url.url;
  const image = imageUrl ? /^data:([^;]+);base64,(.*)$/.exec(imageUrl) : null;
  return {
    body,
    headers: request.headers,
    system,
    prompt: user.map((message) => textOf(message.content)).join('\n'),
    ...(image ? { image: { mediaType: image[1]!, data: image[2]! } } : {}),
    ...(body.stream ? { stream: true } : {}),
  };
}

/** A handler answering every chat completion through a simulated model, as such a server would. */
const ERROR_FIXTURES: Record<number, string> = {
  400: 'error-400-vllm',
  401: 'error-401-invalid-api-key',
  429: 'error-429-rate-limit',
  500: 'error-500-server',
};

/** The server's answer for a simulated failure: the recorded error for that status, else one of the same shape. */
export function openAIFailureResponse(failure: SimulatedFailure): Response {
  const name = ERROR_FIXTURES[failure.status];
  const headers = failure.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(failure.retryAfterSeconds) };
  if (name) return openAIErrorResponse(name, failure.status, headers);
  const body = { error: { message: `Simulated HTTP ${failure.status}.`, type: 'server_error', param: null, code: null } };
  return HttpResponse.json(body, { status: failure.status, ...(headers ? { headers } : {}) });
}

export function openAICompatibleSimulationHandler(model: SimulatedModel) {
  return http.post(CHAT_COMPLETIONS_URL, async ({ request }) => {
    const failure = model.takeFailure();
    if (failure) return openAIFailureResponse(failure);
    const { body: _body, headers: _headers, ...simulated } = await readChatRequest(request);
    const text = await model.reply(simulated);
    if (simulated.stream) {
      const size = Math.max(1, Math.ceil(text.length / 3));
      return chatCompletionStream([text.slice(0, size), text.slice(size, 2 * size), text.slice(2 * size)]);
    }
    return HttpResponse.json(chatCompletion(text));
  });
}
