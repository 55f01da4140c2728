// Guards ADR 0007: the server is built from Hono's public middleware and core's public API.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the server source', () => {
  const files = sourceFiles(SOURCE).map((file) => ({ file: file.slice(SOURCE.length), text: readFileSync(file, 'utf8') }));

  it('should be found', () => {
    expect(files.map((entry) => entry.file)).toContain('create-app.ts');
  });

  it('should import nothing from inside Hono or its router implementations', () => {
    const offending = files.filter(({ text }) => /from '(hono\/dist|hono\/router)[^']*'/.test(text)).map(({ file }) => file);
    expect(offending).toEqual([]);
  });

  it("should not reach into the Coach's internals", () => {
    expect(files.filter(({ text }) => /\bcoach\.context\b/.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
