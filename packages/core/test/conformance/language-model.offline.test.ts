import { createOfflineInterviewer } from '../../src/adapters/offline/index.js';
import { describeLanguageModelConformance } from '../../src/testing/conformance/language-model-conformance.js';

describeLanguageModelConformance({ name: 'offline', create: () => createOfflineInterviewer() });
