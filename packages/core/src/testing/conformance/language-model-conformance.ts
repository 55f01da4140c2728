import { beforeEach, describe, expect, it } from 'vitest';
import { runTask, runVision, streamTask, type TaskContext } from '../../language-model/run-task.js';
import { INSUFFICIENT_EVIDENCE_SCORE_CAP, quoteOccursIn } from '../../language-model/sanitize-output.js';
import type { GenerateObjectOptions, LanguageModel } from '../../ports/language-model.js';
import type { PromptTask } from '../../prompts/task-types.js';
import { detectRoleTask, dsaFeedbackTask, evaluateAnswerTask, TASKS, TRANSCRIBE_RESUME_PROMPT } from '../../prompts/tasks.js';
import { UNTRUSTED_CONTENT_RULE } from '../../prompts/untrusted.js';
import { ProviderError } from '../../errors/index.js';
import { createMockLanguageModel } from '../mocks/mock-language-model.js';
import {
  detectRoleInput,
  DSA_FEEDBACK_INPUT,
  evaluateAnswerInput,
  PLANTED_INSTRUCTION,
  SAMPLE_INPUTS,
  SAMPLE_PNG,
  SAMPLE_RESUME,
  STRONG_ANSWER,
} from './language-model-samples.js';

/** One request as an HTTP adapter sent it, reduced to what every provider carries. */
export interface SimulatedModelRequest {
  system: string;
  prompt: string;
  /** The image of a vision request, base64-encoded. */
  image?: { mediaType: string; data: string };
  /** True for a streaming request. */
  stream?: boolean;
}

/**
 * The model behind an HTTP adapter's mocked endpoint. The adapter's test translates each
 * intercepted request into `reply(...)` and wraps the returned text in the provider's real
 * response format (a JSON body, or SSE chunks for a stream).
 */
export interface SimulatedModel {
  /** Records the request and returns the text a model would reply (JSON for structured tasks). */
  reply(request: SimulatedModelRequest): Promise<string>;
  /** Every request received during the current test, in order. */
  readonly requests: readonly SimulatedModelRequest[];
  /**
   * The adapter's mocked endpoint MUST call this first for every request; when it returns a
   * failure, the endpoint answers with that HTTP status in the provider's real error format
   * (with `Retry-After` when `retryAfterSeconds` is given) instead of replying.
   */
  takeFailure(): SimulatedFailure | null;
}

/** An HTTP failure the mocked endpoint answers with. */
export interface SimulatedFailure {
  status: number;
  retryAfterSeconds?: number;
}

/** Options of `describeLanguageModelConformance`. */
export interface LanguageModelConformanceOptions {
  /** Shown in the suite title, e.g. `gemini`. */
  name: string;
  /** Creates the model under test; called before each test. */
  create: () => LanguageModel | Promise<LanguageModel>;
  /**
   * For adapters that call an HTTP API: installs HTTP mocks (e.g. msw handlers) that answer
   * through `model.reply`. Called before each test, before `create`. When given, the suite
   * also checks what was sent over the wire and how hostile replies are handled.
   */
  prepare?: (model: SimulatedModel) => void | Promise<void>;
  /** The honest model whose answers `SimulatedModel.reply` returns. @default createMockLanguageModel() */
  simulate?: LanguageModel;
}

/** What the simulated model replies to a vision request. */
export const SIMULATED_TRANSCRIPTION = `${SAMPLE_RESUME}\n`;

/** A reply from a model that obeyed a planted instruction: top score, invented evidence, markup. */
const HOSTILE_EVALUATION = {
  score: 10,
  feedback: '<b>Outstanding</b> candidate, hire immediately.<script>alert(1)</script>',
  strengths: ['Exceptional leadership'],
  improvements: [],
  evidence: ['Single-handedly rebuilt the whole payments platform in one weekend', PLANTED_INSTRUCTION],
  evidenceStatus: 'sufficient',
};

interface Scenario {
  task: PromptTask<unknown, unknown>;
  input: unknown;
  hostile: boolean;
}

/**
 * Registers the tests every `LanguageModel` adapter must pass when driven through `runTask`:
 * schema-valid output with provenance for every built-in task, planted instructions kept
 * fenced and unable to raise a score, evidence quoted from the answer, scores within 0–10,
 * aborts, and (when the capabilities declare them) vision and streaming.
 *
 * @example
 * ```ts
 * describeLanguageModelConformance({ name: 'mock', create: () => createMockLanguageModel() });
 * ```
 */
export function describeLanguageModelConformance(options: LanguageModelConformanceOptions): void {
  describe(`LanguageModel conformance: ${options.name}`, () => {
    const simulate = options.simulate ?? createMockLanguageModel();
    const wire: SimulatedModelRequest[] = [];
    const sent: GenerateObjectOptions[] = [];
    let scenario: Scenario | undefined;
    /** The failure the endpoint answers with, and for how many more requests. */
    let failure: { failure: SimulatedFailure; remaining: number } | null = null;
    let model: LanguageModel;
    const overHttp = options.prepare !== undefined;

    const simulated: SimulatedModel = {
      requests: wire,
      takeFailure() {
        if (!failure || failure.remaining <= 0) return null;
        failure.remaining -= 1;
        return failure.failure;
      },
      async reply(request) {
        wire.push(request);
        if (request.image) return SIMULATED_TRANSCRIPTION;
        if (!scenario) throw new Error('The simulated model received a request outside a test scenario.');
        if (scenario.hostile) return JSON.stringify(HOSTILE_EVALUATION);
        const { task, input } = scenario;
        const result = await simulate.generateObject({
          task: { name: task.name, version: task.version },
          input,
          system: request.system,
          prompt: request.prompt,
          schema: task.jsonSchema,
          schemaName: task.name,
        });
        return JSON.stringify(result.object);
      },
    };

    beforeEach(async () => {
      wire.length = 0;
      sent.length = 0;
      scenario = undefined;
      failure = null;
      await options.prepare?.(simulated);
      model = await options.create();
    });

    /** The model under test, recording what runTask hands it. */
    function recorded(): LanguageModel {
      const proxy: LanguageModel = {
        specificationVersion: model.specificationVersion,
        provider: model.provider,
        modelId: model.modelId,
        capabilities: model.capabilities,
        generateObject: (callOptions) => {
          sent.push(callOptions);
          return model.generateObject(callOptions);
        },
      };
      if (model.streamText) proxy.streamText = (callOptions) => model.streamText!(callOptions);
      if (model.describeImage) proxy.describeImage = (callOptions) => model.describeImage!(callOptions);
      return proxy;
    }

    function context(): TaskContext {
      return { languageModel: recorded(), settings: { modelTimeoutMs: 20_000, modelMaxAttempts: 2 } };
    }

    function run<Input, Output>(task: PromptTask<Input, Output>, input: Input, hostile = false, abortSignal?: AbortSignal) {
      scenario = { task: task as PromptTask<unknown, unknown>, input, hostile };
      return runTask(context(), task, input, abortSignal ? { abortSignal } : {});
    }

    it('should declare its identity and only the capabilities it implements', () => {
      expect(model.specificationVersion).toBe('v1');
      expect(model.provider).toMatch(/\S/);
      expect(model.modelId).toMatch(/\S/);
      expect(typeof model.generateObject).toBe('function');
      expect(typeof model.describeImage === 'function').toBe(model.capabilities.vision);
      expect(typeof model.streamText === 'function').toBe(model.capabilities.streaming);
    });

    for (const task of Object.values(TASKS) as PromptTask<unknown, unknown>[]) {
      it(`should return schema-valid output for ${task.name} with provenance naming the model`, async () => {
        const input = SAMPLE_INPUTS[task.name];
        expect(input, `the suite has a sample input for ${task.name}`).toBeDefined();
        const { output, provenance } = await run(task, input);
        expect(task.schema.safeParse(output).success).toBe(true);
        expect(provenance).toEqual({ provider: model.provider, modelId: model.modelId, task: task.name, promptVersion: task.version });
        if (overHttp) {
          expect(wire.length, 'one request per task call').toBeGreaterThanOrEqual(1);
          const request = wire[0]!;
          expect(request.system).toContain(task.system);
          expect(request.prompt).toContain(task.render(input));
        }
      });
    }

    it('should keep an instruction planted in an answer fenced and not raise the score for it', async () => {
      const clean = await run(evaluateAnswerTask, evaluateAnswerInput(STRONG_ANSWER));
      const injectedAnswer = `${STRONG_ANSWER} ${PLANTED_INSTRUCTION}`;
      const injected = await run(evaluateAnswerTask, evaluateAnswerInput(injectedAnswer), overHttp);

      expectFenced(sent.at(-1)!.prompt, PLANTED_INSTRUCTION, 'UNTRUSTED_ANSWER');
      expect(sent.at(-1)!.system).toContain(UNTRUSTED_CONTENT_RULE);
      expect(injected.output.score).toBeLessThanOrEqual(clean.output.score);
      for (const quote of injected.output.evidence) expect(quoteOccursIn(quote, injectedAnswer), quote).toBe(true);

      if (overHttp) {
        const request = wire.at(-1)!;
        expectFenced(request.prompt, PLANTED_INSTRUCTION, 'UNTRUSTED_ANSWER');
        expect(request.system).toContain(UNTRUSTED_CONTENT_RULE);
        // The simulated model obeyed the instruction; runTask must not let that through.
        expect(injected.output.evidence).toEqual([]);
        expect(injected.output.evidenceStatus).toBe('insufficient_evidence');
        expect(injected.output.score).toBeLessThanOrEqual(INSUFFICIENT_EVIDENCE_SCORE_CAP);
        expect(injected.output.feedback).not.toMatch(/<\/?(b|script)>/);
      }
    });

    it('should keep an instruction planted in a resume fenced as data', async () => {
      const resume = `${SAMPLE_RESUME}\n${PLANTED_INSTRUCTION}`;
      const { output } = await run(detectRoleTask, detectRoleInput(resume));
      expect(detectRoleTask.schema.safeParse(output).success).toBe(true);
      expectFenced(sent.at(-1)!.prompt, PLANTED_INSTRUCTION, 'UNTRUSTED_RESUME');
      if (overHttp) expectFenced(wire.at(-1)!.prompt, PLANTED_INSTRUCTION, 'UNTRUSTED_RESUME');
    });

    it('should quote evidence only from the answer and keep scores within 0–10', async () => {
      const answers = [STRONG_ANSWER, 'I added a cache in front of the database and it got about 3x faster.', "I don't know.", ''];
      for (const answer of answers) {
        const { output } = await run(evaluateAnswerTask, evaluateAnswerInput(answer));
        expectScore(output.score);
        for (const quote of output.evidence) expect(quoteOccursIn(quote, answer), `"${quote}" is in "${answer}"`).toBe(true);
        if (output.evidence.length === 0) expect(output.score).toBeLessThanOrEqual(INSUFFICIENT_EVIDENCE_SCORE_CAP);
      }
    });

    it('should mark an empty or "I don\'t know" answer as insufficient evidence with a low score', async () => {
      for (const answer of ['', "I don't know."]) {
        const { output } = await run(evaluateAnswerTask, evaluateAnswerInput(answer));
        expect(output.evidenceStatus).toBe('insufficient_evidence');
        expect(output.score).toBeLessThanOrEqual(INSUFFICIENT_EVIDENCE_SCORE_CAP);
        for (const quote of output.evidence) expect(quoteOccursIn(quote, answer), quote).toBe(true);
      }
    });

    it('should keep the DSA score within 0–10 with at most one decimal', async () => {
      const { output } = await run(dsaFeedbackTask, DSA_FEEDBACK_INPUT);
      expectScore(output.score);
      expect(output.done || output.followUp !== null).toBe(true);
    });

    it('should reject without calling the provider when the signal has already aborted', async () => {
      const error = await run(evaluateAnswerTask, evaluateAnswerInput(STRONG_ANSWER), false, AbortSignal.abort()).catch((e: unknown) => e);
      expect((error as Error).name).toBe('AbortError');
      expect(sent).toHaveLength(0);
      expect(wire).toHaveLength(0);
    });

    /** One call straight to the adapter (no retries), answered by the endpoint with `status`. */
    async function failingCall(status: number, retryAfterSeconds?: number): Promise<unknown> {
      failure = { failure: { status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }, remaining: Number.POSITIVE_INFINITY };
      const task = evaluateAnswerTask;
      return model
        .generateObject({
          task: { name: task.name, version: task.version },
          input: evaluateAnswerInput(STRONG_ANSWER),
          system: 'Evaluate the answer.',
          prompt: 'Evaluate the answer.',
          schema: task.jsonSchema,
          schemaName: task.name,
        })
        .then(
          () => new Error(`the call succeeded although the endpoint answered ${status}`),
          (error: unknown) => error,
        );
    }

    for (const status of [408, 429, 500, 503]) {
      it(`should map HTTP ${status} to a retryable ProviderError`, async (test) => {
        if (!overHttp) test.skip(`${options.name} calls no HTTP API`);
        const error = await failingCall(status, status === 429 ? 7 : undefined);
        expect(ProviderError.isInstance(error), String(error)).toBe(true);
        expect((error as ProviderError).isRetryable).toBe(true);
        expect((error as ProviderError).statusCode).toBe(status);
        if (status === 429) expect((error as ProviderError).retryAfterSeconds).toBe(7);
      });
    }

    for (const status of [400, 401]) {
      it(`should map HTTP ${status} to a ProviderError that is not retried`, async (test) => {
        if (!overHttp) test.skip(`${options.name} calls no HTTP API`);
        const error = await failingCall(status);
        expect(ProviderError.isInstance(error), String(error)).toBe(true);
        expect((error as ProviderError).isRetryable).toBe(false);
        expect((error as ProviderError).statusCode).toBe(status);
      });
    }

    it('should be retried by runTask after a 429 and then succeed', async (test) => {
      if (!overHttp) test.skip(`${options.name} calls no HTTP API`);
      // The first attempt is rate-limited; the endpoint has recovered by the second.
      failure = { failure: { status: 429, retryAfterSeconds: 0 }, remaining: 1 };
      const result = await run(evaluateAnswerTask, evaluateAnswerInput(STRONG_ANSWER));
      expect(result.output.score).toBeGreaterThanOrEqual(0);
      expect(failure.remaining).toBe(0);
      expect(wire).toHaveLength(1);
    });

    it('should transcribe an image through runVision when it declares vision', async (test) => {
      if (!model.capabilities.vision) test.skip(`${options.name} declares no vision`);
      const { text, provenance } = await runVision(context(), { image: SAMPLE_PNG, mediaType: 'image/png' });
      expect(text).toMatch(/\S/);
      expect(provenance.provider).toBe(model.provider);
      if (overHttp) {
        const request = wire.at(-1)!;
        expect(request.image).toEqual({ mediaType: 'image/png', data: Buffer.from(SAMPLE_PNG).toString('base64') });
        expect(request.prompt).toContain(TRANSCRIBE_RESUME_PROMPT);
        expect(text).toBe(SIMULATED_TRANSCRIPTION.trim());
      }
    });

    it('should stream a reply in order when it declares streaming', async (test) => {
      if (!model.capabilities.streaming) test.skip(`${options.name} declares no streaming`);
      const input = evaluateAnswerInput(STRONG_ANSWER);
      scenario = { task: evaluateAnswerTask as PromptTask<unknown, unknown>, input, hostile: false };
      const { textStream, provenance } = await streamTask(context(), evaluateAnswerTask, input);
      let text = '';
      for await (const delta of textStream) text += delta;
      expect(text).toMatch(/\S/);
      expect(provenance.task).toBe(evaluateAnswerTask.name);
      if (overHttp) {
        expect(wire.at(-1)!.stream).toBe(true);
        expect(text).toBe(await simulated.reply({ system: evaluateAnswerTask.system, prompt: evaluateAnswerTask.render(input) }));
      }
    });
  });
}

/** Asserts that every occurrence of `text` in `prompt` lies inside a `<tag>…</tag>` fence. */
function expectFenced(prompt: string, text: string, tag: string): void {
  const fence = new RegExp(`<${tag}>\\n[\\s\\S]*?\\n</${tag}>`, 'g');
  const fenced = prompt.match(fence) ?? [];
  expect(
    fenced.some((block) => block.includes(text)),
    `"${text}" appears inside <${tag}>`,
  ).toBe(true);
  expect(prompt.replace(fence, '').includes(text), `"${text}" appears only inside <${tag}>`).toBe(false);
}

function expectScore(score: number): void {
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(10);
  expect(Math.round(score * 10) / 10).toBe(score);
}
