import { describe, expect, it } from 'vitest';
import { ConfigError, loadServerConfig } from './server-config.js';
import { createCodeRunner, describeCodeRunner } from './create-coach-from-config.js';

describe('code runner settings', () => {
  it('should default to 2 s per test, 5 s per run, 64 MB, 2 at once, Python on', () => {
    expect(loadServerConfig({}).code).toEqual({ caseTimeMs: 2000, wallTimeMs: 5000, memoryMb: 64, concurrency: 2, python: true });
  });

  it('should read COACH_CODE_* and refuse nonsense', () => {
    const config = loadServerConfig({
      COACH_CODE_CASE_TIME_MS: '1500',
      COACH_CODE_WALL_TIME_MS: '8000',
      COACH_CODE_MEMORY_MB: '128',
      COACH_CODE_CONCURRENCY: '4',
      COACH_CODE_PYTHON: 'off',
    });
    expect(config.code).toEqual({ caseTimeMs: 1500, wallTimeMs: 8000, memoryMb: 128, concurrency: 4, python: false });
    let problems: string[] = [];
    try {
      loadServerConfig({ COACH_CODE_MEMORY_MB: 'lots', COACH_CODE_PYTHON: 'maybe' });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['COACH_CODE_PYTHON', 'COACH_CODE_MEMORY_MB']);
  });

  it('should run JavaScript with the configured limits and say why Python is off', async () => {
    const runner = await createCodeRunner(loadServerConfig({ COACH_CODE_PYTHON: 'off', COACH_CODE_CASE_TIME_MS: '200' }));
    try {
      expect(runner.languages).toEqual(['javascript']);
      expect(describeCodeRunner(runner)).toBe('JavaScript · Python unavailable: switched off with COACH_CODE_PYTHON=off');
      const result = await runner.run({
        language: 'javascript',
        code: 'function f() { while (true) {} }',
        entry: { kind: 'function', name: 'f', parameters: [], returns: 'json' },
        cases: [{ name: 'loop', args: [] }],
      });
      expect(result.cases[0]).toMatchObject({ status: 'timeout', error: 'the case ran longer than 200 ms' });
      await expect(
        runner.run({ language: 'python', code: '', entry: { kind: 'function', name: 'f', parameters: [], returns: 'json' }, cases: [] }),
      ).rejects.toMatchObject({ code: 'UNSUPPORTED_FEATURE' });
    } finally {
      await runner.close?.();
    }
  });
});
