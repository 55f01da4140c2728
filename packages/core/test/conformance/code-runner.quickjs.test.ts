import { createQuickJsCodeRunner } from '../../src/adapters/code-runner-quickjs/index.js';
import { describeCodeRunnerConformance } from '../../src/testing/conformance/code-runner-conformance.js';

describeCodeRunnerConformance({
  name: 'quickjs',
  language: 'javascript',
  concurrency: 2,
  create: () => createQuickJsCodeRunner({ concurrency: 2 }),
});
