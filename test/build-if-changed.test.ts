import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/build-if-changed.mjs', import.meta.url));
const PACKAGES = ['core', 'client', 'widget', 'recruiter-ui', 'server'];
let root: string;

/** A checkout where every package was built after its sources were last changed. */
function builtCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-build-'));
  const before = new Date(Date.now() - 60_000);
  const after = new Date(Date.now() - 30_000);
  writeFileSync(join(dir, 'tsconfig.base.json'), '{}');
  utimesSync(join(dir, 'tsconfig.base.json'), before, before);
  for (const name of PACKAGES) {
    for (const [path, time] of [
      [`packages/${name}/src/index.ts`, before],
      [`packages/${name}/dist/index.js`, after],
      [`packages/${name}/README.md`, new Date()],
    ] as const) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '');
      utimesSync(join(dir, path), time, time);
    }
  }
  return dir;
}

const plan = () => execFileSync(process.execPath, [script, '--dry-run', '--root', root], { encoding: 'utf8' }).trim().split('\n');

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm start: build only what changed', () => {
  it('should build nothing when every dist is newer than its sources (docs do not count)', () => {
    root = builtCheckout();
    expect(plan()).toEqual([
      '@coach/core: up to date',
      '@coach/client: up to date',
      '@coach/widget: up to date',
      '@coach/recruiter-ui: up to date',
      '@coach/server: up to date',
    ]);
  });

  it('should build a changed package and the packages that depend on it, and leave the rest', () => {
    root = builtCheckout();
    writeFileSync(join(root, 'packages/widget/src/index.ts'), 'export {};');
    expect(plan()).toEqual([
      '@coach/core: up to date',
      '@coach/client: up to date',
      '@coach/widget: would build',
      '@coach/recruiter-ui: would build',
      '@coach/server: up to date',
    ]);
  });

  it('should build a package that was never built', () => {
    root = builtCheckout();
    rmSync(join(root, 'packages/server/dist'), { recursive: true });
    expect(plan()).toEqual([
      '@coach/core: up to date',
      '@coach/client: up to date',
      '@coach/widget: up to date',
      '@coach/recruiter-ui: up to date',
      '@coach/server: would build',
    ]);
  });
});
