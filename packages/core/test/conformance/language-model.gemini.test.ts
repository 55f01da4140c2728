import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGemini } from '../../src/adapters/gemini/index.js';
import { geminiSimulationHandler } from '../../src/adapters/gemini/__fixtures__/gemini-wire.js';
import { createOfflineInterviewer } from '../../src/adapters/offline/index.js';
import { describeLanguageModelConformance } from '../../src/testing/conformance/language-model-conformance.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The mocked endpoint answers as a model would, with the offline interviewer's judgment.
const simulate = createOfflineInterviewer();

describeLanguageModelConformance({
  name: 'gemini',
  simulate,
  prepare: (model) => server.use(geminiSimulationHandler(model)),
  create: () => createGemini({ apiKey: 'test-gemini-key' }).languageModel('gemini-2.5-flash'),
});
