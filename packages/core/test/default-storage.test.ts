import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoach } from '../src/create-coach.js';

describe('createCoach without storage', () => {
  const previous = process.cwd();
  let directory = '';
  afterEach(() => {
    process.chdir(previous);
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('should say where it created the SQLite file, once', async () => {
    directory = mkdtempSync(join(tmpdir(), 'coach-default-db-'));
    process.chdir(directory);
    const logged: { message: string; fields?: Record<string, unknown> }[] = [];
    const logger = { debug() {}, info: (message: string, fields?: Record<string, unknown>) => logged.push({ message, fields }), warn() {}, error() {} };

    const first = await createCoach({ logger, speechModel: null, textRecognizer: null });
    await first.close();
    const second = await createCoach({ logger, speechModel: null, textRecognizer: null });
    await second.close();

    const creations = logged.filter((entry) => entry.message.includes('created its SQLite database'));
    expect(creations).toHaveLength(1);
    expect(creations[0]?.fields?.path).toBe(join(process.cwd(), 'coach.db'));
  });

  it('should warn through the process when no logger was given', async () => {
    directory = mkdtempSync(join(tmpdir(), 'coach-default-db-'));
    process.chdir(directory);
    const warnings: Error[] = [];
    const listener = (warning: Error) => warnings.push(warning);
    process.on('warning', listener);
    try {
      const coach = await createCoach({ speechModel: null, textRecognizer: null });
      await coach.close();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings.map((warning) => (warning as Error & { code?: string }).code)).toContain('COACH_DEFAULT_DATABASE');
  });
});
