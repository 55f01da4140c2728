import { describeLanguageModelConformance } from '../../src/testing/conformance/language-model-conformance.js';
import { createMockLanguageModel } from '../../src/testing/mocks/mock-language-model.js';

describeLanguageModelConformance({ name: 'mock', create: () => createMockLanguageModel() });

describeLanguageModelConformance({
  name: 'mock with vision, without streaming',
  create: () => createMockLanguageModel({ vision: true, streaming: false, provider: 'mock-vision', modelId: 'mock-vision-1' }),
});
