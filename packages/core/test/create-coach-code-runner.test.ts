import { describe, expect, it } from 'vitest';
import { createCoach, type CodeRunner } from '../src/index.js';
import { createSqliteStorage } from '../src/adapters/storage-kysely/index.js';

describe('createCoach codeRunner', () => {
  it('should default to JavaScript in QuickJS and close it with the coach', async () => {
    const coach = await createCoach({ storage: createSqliteStorage({ filename: ':memory:' }), speechModel: null, textRecognizer: null });
    expect(coach.codeRunner?.adapterId).toBe('quickjs');
    expect(coach.codeRunner?.languages).toEqual(['javascript']);
    await coach.close();
    await expect(
      coach.codeRunner!.run({ language: 'javascript', code: '', entry: { kind: 'function', name: 'f', parameters: [], returns: 'json' }, cases: [] }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FEATURE' });
  });

  it('should take the given runner, or none with null', async () => {
    let closed = false;
    const runner: CodeRunner = {
      specificationVersion: 'v1',
      adapterId: 'given',
      languages: ['python'],
      run: async () => ({ status: 'ok', cases: [] }),
      close: async () => {
        closed = true;
      },
    };
    const coach = await createCoach({ storage: createSqliteStorage({ filename: ':memory:' }), speechModel: null, textRecognizer: null, codeRunner: runner });
    expect(coach.codeRunner).toBe(runner);
    await coach.close();
    expect(closed).toBe(true);
    const none = await createCoach({ storage: createSqliteStorage({ filename: ':memory:' }), speechModel: null, textRecognizer: null, codeRunner: null });
    expect(none.codeRunner).toBeNull();
    await none.close();
  });
});
