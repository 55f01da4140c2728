import { describeSpeechModelConformance } from '../../src/testing/conformance/speech-model-conformance.js';
import { createOfflineSpeech } from '../../src/adapters/speech-offline/index.js';

describeSpeechModelConformance({
  name: 'offline',
  create: () => createOfflineSpeech(),
});
