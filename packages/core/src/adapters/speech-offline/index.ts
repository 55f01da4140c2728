export { createOfflineSpeech, type OfflineSpeechOptions } from './offline-speech.js';
