export { createOfflineSpeech, isOfflineSpeechAvailable, type OfflineSpeechOptions } from './offline-speech.js';
