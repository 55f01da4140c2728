// @coach/core/testing: the conformance suites every adapter of a port must pass, test
// storages, and mocks for users' own tests. Vitest is a peer of this entry point only.

export { describeStorageConformance, type StorageConformanceOptions } from './conformance/storage-conformance.js';
export { describeLanguageModelConformance, type LanguageModelConformanceOptions } from './conformance/language-model-conformance.js';
export { describeSpeechModelConformance, type SpeechModelConformanceOptions } from './conformance/speech-model-conformance.js';
export { describeMailerConformance, type MailerConformanceOptions } from './conformance/mailer-conformance.js';
export { createTestSqliteStorage, createTestPostgresStorage, TEST_PG_URL, type TestStorage } from './test-storage.js';
export { createMockLanguageModel, type MockLanguageModelOptions } from './mocks/mock-language-model.js';
export { createMockMailer, type MockMailer } from './mocks/mock-mailer.js';
