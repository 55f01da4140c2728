// Builds only the workspace packages whose sources changed since their last build (and the
// packages that depend on them), so `npm start` after a restart starts at once. A package is
// up to date when its newest file in dist/ is newer than every file of its inputs (so a plain
// `npm run build` counts too). `--force` rebuilds all; `--dry-run` only says what it would
// build; `--root <dir>` points at another checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const root = argument('--root') ?? fileURLToPath(new URL('../', import.meta.url));

/** Build order, with what each package's build reads besides its own folder and what it depends on. */
const PACKAGES = [
  { name: '@coach/core', dir: 'packages/core', dependsOn: [] },
  { name: '@coach/client', dir: 'packages/client', dependsOn: [] },
  { name: '@coach/widget', dir: 'packages/widget', dependsOn: [] },
  { name: '@coach/recruiter-ui', dir: 'packages/recruiter-ui', dependsOn: ['@coach/widget'] },
  { name: '@coach/server', dir: 'packages/server', dependsOn: ['@coach/core'] },
];
/** Folders and files that are outputs, tests or docs, not inputs of a build. */
const SKIPPED = new Set(['dist', 'node_modules', 'test', '.turbo', 'coverage', 'custom-elements.json', 'README.md', 'CHANGELOG.md']);
/** Files the builds also read. */
const SHARED_INPUTS = ['tsconfig.base.json', 'package-lock.json'];

function newestMtime(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return path.endsWith('.test.ts') ? 0 : stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

function builtAt(dir) {
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

const force = process.argv.includes('--force');
const dryRun = process.argv.includes('--dry-run');
const shared = Math.max(0, ...SHARED_INPUTS.map((file) => newestMtime(join(root, file))));
const rebuilt = new Set();
for (const pkg of PACKAGES) {
  const dir = join(root, pkg.dir);
  const built = builtAt(dir);
  const stale = force || built === 0 || Math.max(shared, newestMtime(dir)) > built || pkg.dependsOn.some((name) => rebuilt.has(name));
  if (!stale) {
    console.log(`${pkg.name}: up to date`);
    continue;
  }
  console.log(`${pkg.name}: ${dryRun ? 'would build' : 'building'}`);
  rebuilt.add(pkg.name);
  if (dryRun) continue;
  const result = spawnSync('npm', ['run', 'build', '-w', pkg.name], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
