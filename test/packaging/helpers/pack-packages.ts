import { join } from 'node:path';
import { cleanEnv, runCommand } from './processes.js';
import { PUBLISHED_PACKAGES, repoRoot, type WorkspacePackage } from './paths.js';

/** One packed package: its tarball and what is in it. */
export interface PackedPackage {
  name: WorkspacePackage['name'];
  version: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
  /** Paths inside the package (`dist/index.js`, `package.json`, …). */
  files: string[];
}

interface NpmPackEntry {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

/** Packs every published package with `npm pack`, as `npm publish` would, into `destination`. */
export async function packPackages(destination: string): Promise<Map<WorkspacePackage['name'], PackedPackage>> {
  const workspaces = PUBLISHED_PACKAGES.flatMap((pkg) => ['-w', pkg.name]);
  const { stdout } = await runCommand('npm', ['pack', ...workspaces, '--pack-destination', destination, '--json', '--ignore-scripts'], {
    cwd: repoRoot,
    env: cleanEnv(),
  });
  const entries = JSON.parse(stdout) as NpmPackEntry[];
  const packed = new Map<WorkspacePackage['name'], PackedPackage>();
  for (const entry of entries) {
    const name = PUBLISHED_PACKAGES.find((pkg) => pkg.name === entry.name)?.name;
    if (!name) throw new Error(`npm pack returned an unexpected package ${entry.name}`);
    packed.set(name, { name, version: entry.version, tarball: join(destination, entry.filename), files: entry.files.map((file) => file.path).sort() });
  }
  return packed;
}
