// @coach/core/code-runner/quickjs: JavaScript candidates' code in QuickJS (WebAssembly) on worker threads.
export { createQuickJsCodeRunner, type QuickJsCodeRunnerOptions } from './quickjs-runner.js';
