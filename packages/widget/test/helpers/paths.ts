import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** The built self-contained bundle the pages load. */
export const bundlePath = fileURLToPath(new URL('../../dist/coach-interview.bundle.js', import.meta.url));
/** Where the tests save screenshots (gitignored). */
export const artifactsDir = `${repoRoot}test-artifacts/widget`;

/** Fails with a clear message when the bundle was not built (`npm test` builds it first). */
export function requireBundle(): string {
  if (!existsSync(bundlePath)) {
    throw new Error(`${bundlePath} is missing: run \`npm run build -w @coach/widget\` (npm test does it) before these tests.`);
  }
  mkdirSync(artifactsDir, { recursive: true });
  return bundlePath;
}
