import { describe, expect, it } from 'vitest';
import type { CodeRunner, CodeRunOptions } from '../ports/code-runner.js';
import { combineCodeRunners } from './combine-code-runners.js';

function fakeRunner(adapterId: string, language: 'javascript' | 'python', available: boolean): CodeRunner & { calls: CodeRunOptions[]; closed: boolean } {
  const runner = {
    specificationVersion: 'v1' as const,
    adapterId,
    languages: available ? [language] : [],
    ...(available ? {} : { unavailable: { [language]: `${adapterId} is missing` } }),
    calls: [] as CodeRunOptions[],
    closed: false,
    async run(options: CodeRunOptions) {
      runner.calls.push(options);
      return { status: 'ok' as const, cases: [] };
    },
    async close() {
      runner.closed = true;
    },
  };
  return runner;
}

describe('combineCodeRunners', () => {
  const entry = { kind: 'function' as const, name: 'f', parameters: [], returns: 'json' as const };

  it('should send each run to the runner of its language and close them all', async () => {
    const js = fakeRunner('quickjs', 'javascript', true);
    const py = fakeRunner('pyodide', 'python', true);
    const combined = combineCodeRunners([js, py]);
    expect(combined.languages).toEqual(['javascript', 'python']);
    await combined.run({ language: 'python', code: 'x', entry, cases: [] });
    expect(py.calls).toHaveLength(1);
    expect(js.calls).toHaveLength(0);
    await combined.close?.();
    expect(js.closed && py.closed).toBe(true);
  });

  it('should report an unavailable language with its reason and reject runs in it', async () => {
    const combined = combineCodeRunners([fakeRunner('quickjs', 'javascript', true), fakeRunner('pyodide', 'python', false)]);
    expect(combined.languages).toEqual(['javascript']);
    expect(combined.unavailable).toEqual({ python: 'pyodide is missing' });
    await expect(combined.run({ language: 'python', code: 'x', entry, cases: [] })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FEATURE',
      message: 'python is unavailable: pyodide is missing',
    });
  });
});
