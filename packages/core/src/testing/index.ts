// @coach/core/testing: the conformance suites every adapter of a port must pass, test
// storages, and mocks for users' own tests. Vitest is a peer of this entry point only.

export { describeStorageConformance, type StorageConformanceOptions } from './conformance/storage-conformance.js';
export {
  describeLanguageModelConformance,
  type LanguageModelConformanceOptions,
  type SimulatedFailure,
  type SimulatedModel,
  type SimulatedModelRequest,
} from './conformance/language-model-conformance.js';
export {
  describeSpeechModelConformance,
  audioFormatOf,
  type SpeechModelConformanceOptions,
  type SpeechConformanceScenario,
} from './conformance/speech-model-conformance.js';
export {
  describeTextRecognizerConformance,
  type TextRecognizerConformanceOptions,
  type TextRecognizerSample,
} from './conformance/text-recognizer-conformance.js';
export { describeCodeRunnerConformance, type CodeRunnerConformanceOptions } from './conformance/code-runner-conformance.js';
export { describeMailerConformance, type MailerConformanceOptions, type ReceivedMail } from './conformance/mailer-conformance.js';
export {
  createTestSqliteStorage,
  createTestPostgresStorage,
  isPostgresReachable,
  shouldRunPostgresTests,
  TEST_PG_URL,
  type TestStorage,
} from './test-storage.js';
export { createMockLanguageModel, type MockLanguageModel, type MockLanguageModelCall, type MockLanguageModelOptions } from './mocks/mock-language-model.js';
export { createMockMailer, type MockMailer, type MockSentMail } from './mocks/mock-mailer.js';
export { createMockTextRecognizer, type MockTextRecognizer, type MockTextRecognizerOptions } from './mocks/mock-text-recognizer.js';
