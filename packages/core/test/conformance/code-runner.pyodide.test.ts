import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPyodideCodeRunner } from '../../src/adapters/code-runner-pyodide/index.js';
import { describeCodeRunnerConformance } from '../../src/testing/conformance/code-runner-conformance.js';

const hasBubblewrap = existsSync('/usr/bin/bwrap');
if (!hasBubblewrap && process.env.CI !== 'true') {
  console.warn('Skipping the Pyodide code runner conformance: bubblewrap (/usr/bin/bwrap) is not installed');
}

// Under CI a missing bubblewrap is a failure (the suite then finds no Python), never a skip.
if (hasBubblewrap || process.env.CI === 'true') {
  describeCodeRunnerConformance({
    name: 'pyodide in bubblewrap',
    language: 'python',
    concurrency: 2,
    create: () => createPyodideCodeRunner({ concurrency: 2, spares: 2 }),
  });
}

describe('createPyodideCodeRunner', () => {
  it('should offer no language and say why when bubblewrap is missing', async () => {
    const runner = await createPyodideCodeRunner({ bwrapPath: '/nonexistent/bwrap', spares: 0 });
    expect(runner.languages).toEqual([]);
    expect(runner.unavailable?.python).toMatch(/bubblewrap is not installed/);
    await expect(
      runner.run({ language: 'python', code: '', entry: { kind: 'function', name: 'f', parameters: [], returns: 'json' }, cases: [] }),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_FEATURE',
    });
  });

  it('should offer no language when the sandbox fails its self-test', async () => {
    // `true` exits at once without running Node: the self-test sees no "ok".
    const runner = await createPyodideCodeRunner({ bwrapPath: '/usr/bin/true', spares: 0 });
    expect(runner.languages).toEqual([]);
    expect(runner.unavailable?.python).toMatch(/self-test/);
  });
});
