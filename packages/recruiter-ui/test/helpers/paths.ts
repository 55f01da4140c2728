import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serverCliPath } from '../../../../test/support/coach-server-process.js';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** The built self-contained bundle the server serves at /widget/coach-recruiter-dashboard.js. */
export const bundlePath = fileURLToPath(new URL('../../dist/coach-recruiter-dashboard.bundle.js', import.meta.url));
/** Where the tests save screenshots (gitignored). */
export const artifactsDir = `${repoRoot}test-artifacts/recruiter-ui`;

/** Fails with a clear message when the builds the end-to-end tests run are missing (`npm test` builds them). */
export function requireBuilds(): void {
  for (const [file, build] of [
    [bundlePath, 'npm run build -w @coach/recruiter-ui'],
    [serverCliPath, 'npm run build -w @coach/core && npm run build -w @coach/server'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${build}\` (npm test does it) before these tests.`);
  }
  mkdirSync(artifactsDir, { recursive: true });
}
