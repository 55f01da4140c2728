import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

/** What `npm run build` leaves behind that the packaging and example tests run. */
const BUILD_OUTPUTS = [
  'packages/core/dist/index.js',
  'packages/core/dist/index.d.ts',
  'packages/client/dist/index.js',
  'packages/client/dist/index.d.ts',
  'packages/server/dist/cli.js',
  'packages/server/dist/index.d.ts',
  'packages/widget/dist/coach-interview.bundle.js',
  'packages/widget/dist/coach-interview.d.ts',
  'packages/recruiter-ui/dist/coach-recruiter-dashboard.bundle.js',
  'packages/recruiter-ui/dist/coach-recruiter-dashboard.d.ts',
];

/**
 * True when every package is built. Otherwise a developer's run skips (loudly) and a CI run
 * fails: these tests exist to check the build, so under `CI=true` they must never be skipped.
 */
export function isBuilt(testName: string): boolean {
  const missing = BUILD_OUTPUTS.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length === 0) return true;
  const reason = `${missing.join(', ')} missing: run "npm run build" (npm test does) before ${testName}.`;
  if (process.env.CI === 'true') throw new Error(`${reason} Under CI=true this test must run.`);
  console.warn(`\n!!! SKIPPING ${testName}: ${reason}\n`);
  return false;
}
