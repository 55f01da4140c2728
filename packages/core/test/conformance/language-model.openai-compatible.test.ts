import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createOpenAICompatible } from '../../src/adapters/openai-compatible/index.js';
import { openAICompatibleSimulationHandler, TEST_BASE_URL } from '../../src/adapters/openai-compatible/__fixtures__/openai-compatible-wire.js';
import { createOfflineInterviewer } from '../../src/adapters/offline/index.js';
import { describeLanguageModelConformance } from '../../src/testing/conformance/language-model-conformance.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The mocked endpoint answers as a model would, with the offline interviewer's judgment.
const simulate = createOfflineInterviewer();

describeLanguageModelConformance({
  name: 'openai-compatible (json_schema, vision)',
  simulate,
  prepare: (model) => server.use(openAICompatibleSimulationHandler(model)),
  create: () => createOpenAICompatible({ baseURL: TEST_BASE_URL, apiKey: 'sk-test-key', vision: true }).languageModel('gpt-4o-mini'),
});

describeLanguageModelConformance({
  name: 'openai-compatible (json_object, no vision)',
  simulate,
  prepare: (model) => server.use(openAICompatibleSimulationHandler(model)),
  create: () => createOpenAICompatible({ baseURL: TEST_BASE_URL, name: 'ollama' }).languageModel('qwen2.5:7b', { responseFormat: 'json_object' }),
});
