// A user's first hour with the published packages: the four @coach/* tarballs (`npm pack`)
// installed with npm into a fresh project outside the workspace, then used there the three
// documented ways — the SDK from Node, the types from TypeScript, the server from its bin with
// the widget bundles in Chromium. One install for the whole file: it compiles better-sqlite3.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../../packages/core/test/fixtures/make-resume-pdf.js';
import { isBuilt } from './helpers/built.js';
import { launchChromium } from './helpers/chromium.js';
import { packPackages } from './helpers/pack-packages.js';
import { PUBLISHED_PACKAGES } from './helpers/paths.js';
import { cleanEnv, expectJson, freePort, runCommand, startProcess, type RunningProcess } from './helpers/processes.js';

const BUILT = isBuilt('the packed-package consumer test');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const SECRET_KEY = 'consumer-test-secret-key-0123456789';

/** The optional SDKs that only their subpath of core may load. */
const OPTIONAL_SDKS = ['pg', '@google/genai', 'nodemailer', '@napi-rs/canvas', 'espeak-ng'];

interface InterviewRun {
  seeded: number;
  templateCount: number;
  candidateName: string | null;
  role: { title: string; family: string };
  totalQuestions: number;
  scores: number[];
  overallScore: number;
  summary: string;
  reportId: string;
  listedReportIds: string[];
  notFound: string | null;
  loadedAfterImport: string[];
  loadedAfterInterview: string[];
}

describe.skipIf(!BUILT)('the packed packages in a fresh project', () => {
  let packDirectory: string;
  let project: string;

  beforeAll(async () => {
    packDirectory = mkdtempSync(join(tmpdir(), 'coach-tarballs-'));
    project = mkdtempSync(join(tmpdir(), 'coach-consumer-'));
    const packed = await packPackages(packDirectory);
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify(
        {
          name: 'coach-consumer',
          private: true,
          type: 'module',
          // npm 11 runs no dependency's install script unless allowed: better-sqlite3 must build.
          allowScripts: { 'better-sqlite3': true, '@google/genai': false, 'tesseract.js': false, protobufjs: false },
        },
        null,
        2,
      )}\n`,
    );
    const tarballs = PUBLISHED_PACKAGES.map((pkg) => packed.get(pkg.name)?.tarball as string);
    await runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, '@types/node@^20.19.0'], {
      cwd: project,
      env: cleanEnv(),
    });
    for (const file of ['run-interview.mjs', 'record-imports.mjs', 'use-client.mjs', 'consumer-types.ts'])
      copyFileSync(join(FIXTURES, file), join(project, file));
    writeFileSync(join(project, 'resume.pdf'), await makeResumePdf());
  }, 900_000);

  afterAll(() => {
    for (const directory of [packDirectory, project]) if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('should install each package once, from the tarballs, with the server depending on the same core', async () => {
    const { stdout } = await runCommand('npm', ['ls', '--all', '--json', '@coach/core', '@coach/widget', '@coach/recruiter-ui'], {
      cwd: project,
      env: cleanEnv(),
    });
    const tree = JSON.parse(stdout) as {
      dependencies: Record<string, { version: string; resolved?: string; dependencies?: Record<string, { version: string; resolved?: string }> }>;
    };
    expect(tree.dependencies['@coach/core']?.resolved).toMatch(/^file:.*coach-core-0\.1\.0\.tgz$/);
    for (const name of ['@coach/core', '@coach/widget', '@coach/recruiter-ui']) {
      expect(tree.dependencies['@coach/server']?.dependencies?.[name], `${name} under the server`).toMatchObject({ version: '0.1.0' });
    }
    // No second copy of a @coach package nested anywhere (the registry was never asked for one).
    for (const pkg of PUBLISHED_PACKAGES) expect(existsSync(join(project, 'node_modules', pkg.name, 'node_modules', '@coach')), pkg.name).toBe(false);
  });

  it('should run a whole interview from a PDF resume on SQLite without loading any optional SDK', async () => {
    const { stdout } = await runCommand(process.execPath, ['run-interview.mjs', 'resume.pdf', join(project, 'interview.db')], {
      cwd: project,
      env: cleanEnv(),
    });
    const line = stdout.split('\n').find((entry) => entry.startsWith('RESULT '));
    expect(line, stdout).toBeDefined();
    const run = JSON.parse((line as string).slice('RESULT '.length)) as InterviewRun;

    expect(run.seeded).toBeGreaterThan(0);
    expect(run.templateCount).toBe(run.seeded);
    expect(run.candidateName).toBe('Jordan Avery Smith');
    expect(run.role.family).toBe('backend');
    expect(run.scores.length).toBeGreaterThanOrEqual(run.totalQuestions);
    for (const score of [...run.scores, run.overallScore]) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(10);
    }
    expect(run.summary.length).toBeGreaterThan(40);
    expect(run.listedReportIds).toEqual([run.reportId]);
    expect(run.notFound).toBe('NOT_FOUND');

    // `import '@coach/core'` loads core and some of its own dependencies, no optional SDK; the
    // interview then needs storage (kysely) and the PDF reader (unpdf, in its worker), never a provider SDK,
    // PostgreSQL or the mailer.
    const coreManifest = JSON.parse(readFileSync(join(project, 'node_modules/@coach/core/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(run.loadedAfterImport).toContain('@coach/core');
    expect(run.loadedAfterImport.filter((name) => name !== '@coach/core' && !(name in coreManifest.dependencies))).toEqual([]);
    // The PDF itself is read by unpdf in a worker thread, so only storage shows on the main thread.
    expect(run.loadedAfterInterview).toEqual(expect.arrayContaining(['kysely']));
    expect(run.loadedAfterInterview.filter((name) => OPTIONAL_SDKS.includes(name))).toEqual([]);
  });

  it('should let CommonJS code require() the packages on Node >= 20.19', async () => {
    const script =
      "const core = require('@coach/core'); const server = require('@coach/server'); const kysely = require('@coach/core/storage/kysely');" +
      "const client = require('@coach/client');" +
      'process.stdout.write(JSON.stringify([typeof core.createCoach, typeof server.createApp, typeof kysely.createSqliteStorage, typeof client.createCoachClient]));';
    const { stdout } = await runCommand(process.execPath, ['--no-warnings', '--input-type=commonjs', '-e', script], { cwd: project, env: cleanEnv() });
    expect(JSON.parse(stdout)).toEqual(['function', 'function', 'function', 'function']);
  });

  it('should type-check a TypeScript user of every package under node16 and bundler resolution', async () => {
    const common = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: ['node'], skipLibCheck: false };
    const configs = {
      'tsconfig.node16.json': { ...common, module: 'Node16', moduleResolution: 'Node16' },
      'tsconfig.bundler.json': { ...common, module: 'ESNext', moduleResolution: 'Bundler' },
    };
    for (const [file, compilerOptions] of Object.entries(configs)) {
      writeFileSync(join(project, file), JSON.stringify({ compilerOptions, files: ['consumer-types.ts'] }));
    }
    // Both compilers at once: each is single-threaded, and CI has two cores.
    const results = await Promise.all(
      Object.keys(configs).map((file) => runCommand(process.execPath, [TSC, '-p', file], { cwd: project, env: cleanEnv(), allowFailure: true })),
    );
    for (const [index, result] of results.entries()) {
      const file = Object.keys(configs)[index];
      expect(`${result.stdout}${result.stderr}`, file).toBe('');
      expect(result.code, file).toBe(0);
    }
    // skipLibCheck is off, so every declaration file of every package is checked: minutes on a busy machine.
  }, 300_000);

  describe('coach-server from the installed bin', () => {
    let server: RunningProcess;
    let url: string;
    let browser: Browser | undefined;

    beforeAll(async () => {
      const port = await freePort();
      server = startProcess(join(project, 'node_modules/.bin/coach-server'), [], {
        cwd: project,
        env: cleanEnv({
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: `sqlite:${join(project, 'server.db')}`,
          COACH_SECRET_KEY: SECRET_KEY,
          COACH_LOG_LEVEL: 'warn',
          COACH_SPEECH: 'off',
        }),
      });
      const match = await server.waitFor(/Demo page:\s+(http:\/\/\S+?)\/\s/, 120_000);
      url = match[1] as string;
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('should answer /api/health and list the starter interviews at /api/demos/', async () => {
      expect(await expectJson(await fetch(`${url}/api/health`))).toMatchObject({ status: 'ok' });
      const demos = await expectJson<{ id: string; title: string }[]>(await fetch(`${url}/api/demos/`));
      expect(demos.map((demo) => demo.id)).toContain('software-engineer');
      const openapi = await expectJson<{ openapi: string; paths: Record<string, unknown> }>(await fetch(`${url}/api/openapi.json`));
      expect(openapi.openapi).toBe('3.1.0');
      expect(Object.keys(openapi.paths)).toContain('/api/upload-resume/');
    });

    it('should call the installed server with the installed @coach/client', async () => {
      const { stdout } = await runCommand(process.execPath, ['use-client.mjs', url, SECRET_KEY], { cwd: project, env: cleanEnv() });
      const line = stdout.split('\n').find((entry) => entry.startsWith('RESULT '));
      expect(line, stdout).toBeDefined();
      const result = JSON.parse((line as string).slice('RESULT '.length)) as { demoIds: string[]; tokenType: string; total: number; unauthorized: unknown };
      expect(result.demoIds).toContain('software-engineer');
      expect(result.tokenType).toBe('Bearer');
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(result.unauthorized).toEqual({ code: 'UNAUTHORIZED', status: 401 });
    });

    it('should serve both widget bundles from the installed packages', async () => {
      for (const [path, file] of [
        ['/widget/coach-interview.js', 'node_modules/@coach/widget/dist/coach-interview.bundle.js'],
        ['/widget/coach-recruiter-dashboard.js', 'node_modules/@coach/recruiter-ui/dist/coach-recruiter-dashboard.bundle.js'],
      ] as const) {
        const response = await fetch(`${url}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/javascript/);
        expect(await response.text(), path).toBe(readFileSync(join(project, file), 'utf8'));
      }
      // The npm builds of both widgets are there too, with their types and manifests.
      for (const file of [
        '@coach/widget/dist/coach-interview.js',
        '@coach/widget/dist/coach-interview.d.ts',
        '@coach/widget/custom-elements.json',
        '@coach/recruiter-ui/dist/coach-recruiter-dashboard.js',
        '@coach/recruiter-ui/dist/coach-recruiter-dashboard.d.ts',
        '@coach/recruiter-ui/custom-elements.json',
      ]) {
        expect(() => readFileSync(join(project, 'node_modules', file)), file).not.toThrow();
      }
    });

    it('should upgrade <coach-interview> and <coach-recruiter-dashboard> in Chromium from those bundles', async () => {
      browser = await launchChromium();
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      await page.goto(`${url}/`);
      await page.locator('coach-interview [part~="demo"]').first().waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => Boolean(customElements.get('coach-interview') && document.querySelector('coach-interview')?.shadowRoot))).toBe(true);
      expect(await page.locator('coach-interview [part~="demo"]').count()).toBeGreaterThan(1);

      await page.goto(`${url}/recruiter`);
      await page.waitForFunction(() =>
        Boolean(customElements.get('coach-recruiter-dashboard') && document.querySelector('coach-recruiter-dashboard')?.shadowRoot),
      );
      // Signing in exchanges the secret key for a token; the dashboard then loads its statistics.
      await page.locator('#recruiter-name').fill('Packaging Test');
      await page.locator('#secret-key').fill(SECRET_KEY);
      await page.locator('#sign-in button[type="submit"]').click();
      await page.locator('coach-recruiter-dashboard [part~="stats"]').waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
