// What `npm publish` would ship: each package packed with `npm pack` (after `npm run build`),
// its file list, package.json fields and exports map checked, then publint and
// arethetypeswrong run on it, as a registry user would meet it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { formatMessage } from 'publint/utils';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBuilt } from './helpers/built.js';
import { packPackages, type PackedPackage } from './helpers/pack-packages.js';
import { PUBLISHED_PACKAGES, repoRoot, type WorkspacePackage } from './helpers/paths.js';
import { cleanEnv, runCommand } from './helpers/processes.js';

const BUILT = isBuilt('the package contents test');

interface PackageJson {
  name: string;
  type?: string;
  license?: string;
  engines?: { node?: string };
  repository?: { type?: string; url?: string; directory?: string };
  sideEffects?: boolean | string[];
  exports?: Record<string, unknown>;
  bin?: Record<string, string>;
  customElements?: string;
  files?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** Files a package may publish besides `dist/`. */
const EXTRA_FILES: Record<WorkspacePackage['name'], RegExp[]> = {
  '@coach/core': [],
  '@coach/client': [],
  '@coach/server': [/^public\//],
  '@coach/widget': [/^custom-elements\.json$/],
  '@coach/recruiter-ui': [/^custom-elements\.json$/],
};

/** The SDKs that only a subpath of core may load. */
const OPTIONAL_SDKS = ['pg', '@google/genai', 'nodemailer', 'tesseract.js', '@tesseract.js-data/eng', '@napi-rs/canvas', 'vitest'];

const readManifest = (pkg: WorkspacePackage): PackageJson => JSON.parse(readFileSync(join(repoRoot, pkg.directory, 'package.json'), 'utf8')) as PackageJson;

/** Every file an exports map points at, with the condition path that leads to it. */
function exportTargets(exports: unknown, path: string[] = []): { path: string[]; target: string }[] {
  if (typeof exports === 'string') return [{ path, target: exports }];
  if (exports && typeof exports === 'object') {
    return Object.entries(exports).flatMap(([key, value]) => exportTargets(value, [...path, key]));
  }
  return [];
}

/** Bare specifiers a built module imports statically, following its relative imports (chunks). */
function staticImportGraph(packageDir: string, entry: string): { files: string[]; bare: Set<string> } {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(packageDir, file), 'utf8');
    // Static `import … from "x"`, `export … from "x"` and bare `import "x"`; `import("x")` is lazy and allowed.
    for (const match of source.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+)["']/g)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('.')) queue.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
      else bare.add(specifier.replace(/^node:/, ''));
    }
  }
  return { files: [...seen], bare };
}

describe.skipIf(!BUILT)('published packages', () => {
  let directory: string;
  let packed: Map<WorkspacePackage['name'], PackedPackage>;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'coach-pack-'));
    packed = await packPackages(directory);
  });

  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  const packedOf = (pkg: WorkspacePackage): PackedPackage => {
    const entry = packed.get(pkg.name);
    if (!entry) throw new Error(`${pkg.name} was not packed`);
    return entry;
  };

  describe.each(PUBLISHED_PACKAGES)('$name', (pkg) => {
    it('should publish only its build, types, readme, license and manifest', () => {
      const { files } = packedOf(pkg);
      const allowed = [/^dist\//, /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, ...EXTRA_FILES[pkg.name]];
      expect(files.filter((file) => !allowed.some((pattern) => pattern.test(file)))).toEqual([]);
      expect(files.filter((file) => /(^|\/)(src|test|__fixtures__)\/|\.test\.|tsconfig|tsup\.config/.test(file))).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
      // A README with its own quick start: a heading and a code block using the package.
      const readme = readFileSync(join(repoRoot, pkg.directory, 'README.md'), 'utf8');
      expect(readme).toMatch(new RegExp(`^# ${pkg.name.replace('/', '\\/')}`, 'm'));
      expect(readme).toMatch(/^## Quick start/m);
      expect(readme).toContain('```');
    });

    it('should declare an ESM-only exports map whose every target is published, types first', () => {
      const manifest = readManifest(pkg);
      const { files } = packedOf(pkg);
      expect(manifest.type).toBe('module');
      expect(manifest.exports?.['./package.json']).toBe('./package.json');
      expect(manifest.exports?.['.']).toBeDefined();
      for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
        const targets = exportTargets(value);
        expect(targets.length, subpath).toBeGreaterThan(0);
        for (const { path, target } of targets) {
          expect(files, `${subpath} → ${target}`).toContain(target.replace(/^\.\//, ''));
          if (path[0] === 'types') expect(target, subpath).toMatch(/\.d\.ts$/);
        }
        if (typeof value === 'object' && value !== null) {
          const conditions = Object.keys(value);
          if (conditions.includes('types')) expect(conditions[0], `${subpath}: types must come first`).toBe('types');
          // CommonJS callers on Node >= 20.19 may require() the ESM build, so nothing is import-only.
          expect(conditions, subpath).not.toContain('require');
        }
      }
      // Every JavaScript subpath has its types (the JSON ones need none).
      for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
        if (typeof value === 'string' && value.endsWith('.json')) continue;
        expect(typeof value === 'object' && value !== null && 'types' in value, `${subpath} has types`).toBe(true);
      }
    });

    it('should declare license, repository, engines and side effects', () => {
      const manifest = readManifest(pkg);
      expect(manifest.license).toBe('MIT');
      expect(readFileSync(join(repoRoot, pkg.directory, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
      expect(manifest.repository).toMatchObject({ type: 'git', directory: pkg.directory });
      expect(manifest.repository?.url).toMatch(/^git\+https:\/\/.+\.git$/);
      expect(manifest.engines?.node).toBe('>=20.19');
      if (pkg.name === '@coach/widget' || pkg.name === '@coach/recruiter-ui') {
        // Only the files that define the custom element have side effects.
        expect(Array.isArray(manifest.sideEffects)).toBe(true);
        for (const file of manifest.sideEffects as string[]) expect(packedOf(pkg).files).toContain(file.replace(/^\.\//, ''));
      } else {
        expect(manifest.sideEffects).toBe(false);
      }
    });
  });

  it('should ship a custom elements manifest that names each widget tag', () => {
    for (const [name, tag] of [
      ['@coach/widget', 'coach-interview'],
      ['@coach/recruiter-ui', 'coach-recruiter-dashboard'],
    ] as const) {
      const pkg = PUBLISHED_PACKAGES.find((entry) => entry.name === name) as WorkspacePackage;
      const manifest = readManifest(pkg);
      expect(manifest.customElements).toBe('custom-elements.json');
      const elements = JSON.parse(readFileSync(join(repoRoot, pkg.directory, 'custom-elements.json'), 'utf8')) as {
        modules: { declarations?: { customElement?: boolean; tagName?: string; attributes?: unknown[]; events?: unknown[] }[] }[];
      };
      const declaration = elements.modules.flatMap((module) => module.declarations ?? []).find((entry) => entry.customElement && entry.tagName === tag);
      expect(declaration, `${name} declares <${tag}>`).toBeDefined();
      expect(declaration?.attributes?.length).toBeGreaterThan(0);
      expect(declaration?.events?.length).toBeGreaterThan(0);
    }
  });

  it('should give coach-server an executable bin with a shebang', () => {
    const pkg = PUBLISHED_PACKAGES.find((entry) => entry.name === '@coach/server') as WorkspacePackage;
    const bin = readManifest(pkg).bin?.['coach-server'];
    expect(bin).toBe('./dist/cli.js');
    expect(packedOf(pkg).files).toContain('dist/cli.js');
    expect(readFileSync(join(repoRoot, pkg.directory, 'dist/cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it("should keep the optional SDKs out of core's main entry, loading them only from their subpath", () => {
    const pkg = PUBLISHED_PACKAGES.find((entry) => entry.name === '@coach/core') as WorkspacePackage;
    const manifest = readManifest(pkg);
    const packageDir = join(repoRoot, pkg.directory);
    const { bare } = staticImportGraph(packageDir, 'dist/index.js');
    expect([...bare].filter((specifier) => OPTIONAL_SDKS.some((sdk) => specifier === sdk || specifier.startsWith(`${sdk}/`)))).toEqual([]);
    // What the main entry does import statically is a real dependency (or a Node built-in).
    const dependencies = Object.keys(manifest.dependencies ?? {});
    for (const specifier of bare) {
      const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);
      expect(dependencies.includes(packageName) || builtinModules.includes(specifier), `${specifier} is a dependency or a built-in`).toBe(true);
    }
    // The SDKs are optional peers, so `npm install @coach/core` alone does not pull them in.
    for (const sdk of ['pg', '@google/genai', 'nodemailer', 'tesseract.js']) {
      expect(manifest.peerDependenciesMeta?.[sdk]?.optional, sdk).toBe(true);
      expect(manifest.dependencies?.[sdk], sdk).toBeUndefined();
    }
  });

  it('should let the client run in a browser: it imports only its dependencies, no Node built-in nor other @coach package', () => {
    const pkg = PUBLISHED_PACKAGES.find((entry) => entry.name === '@coach/client') as WorkspacePackage;
    const { bare } = staticImportGraph(join(repoRoot, pkg.directory), 'dist/index.js');
    expect([...bare].sort()).toEqual(Object.keys(readManifest(pkg).dependencies ?? {}).sort());
  });

  describe.each(PUBLISHED_PACKAGES)('$name', (pkg) => {
    it('should pass publint with warnings treated as errors', async () => {
      const { messages, pkg: manifest } = await publint({ pkgDir: join(repoRoot, pkg.directory), pack: 'npm', strict: true });
      const problems = messages.filter((message) => message.type !== 'suggestion').map((message) => `${message.type}: ${formatMessage(message, manifest)}`);
      expect(problems).toEqual([]);
    });

    it('should pass arethetypeswrong for ESM-only packages', async () => {
      const attw = attwCli();
      // The esm-only profile ignores node10 and CommonJS-from-node16 resolutions: the packages
      // are ESM by design (engines >= 20.19, where require(esm) works).
      const result = await runCommand(process.execPath, [attw, packedOf(pkg).tarball, '--profile', 'esm-only', '--format', 'json'], {
        cwd: repoRoot,
        env: cleanEnv(),
        allowFailure: true,
      });
      const report = JSON.parse(result.stdout) as { problems?: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]> };
      const problems = Object.values(report.problems ?? {})
        .flat()
        .filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs')
        .map((problem) => `${problem.kind} at ${problem.entrypoint ?? '?'} (${problem.resolutionKind ?? 'all'})`);
      expect(problems).toEqual([]);
      expect(result.code, result.stderr).toBe(0);
    });
  });
});

/** The `attw` executable of the workspace's `@arethetypeswrong/cli`. */
function attwCli(): string {
  const manifestPath = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: { attw: string } };
  return join(dirname(manifestPath), bin.attw);
}
