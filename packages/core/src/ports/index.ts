export type * from './storage.js';
export type * from './language-model.js';
export type * from './speech-model.js';
export type * from './mailer.js';
export type * from './text-recognizer.js';
export type * from './code-runner.js';
