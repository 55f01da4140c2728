import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CodeCaseResult, CodeLanguage, CodeRunLimits, CodeRunner, CodeRunOptions, CodeRunResult } from '../../ports/code-runner.js';
import { UnsupportedFeatureError, ValidationError } from '../../errors/index.js';
import { PYTHON_HARNESS } from '../../code-runner/python-harness.js';
import { resolveCodeRunLimits } from '../../code-runner/code-run-limits.js';
import { createRunQueue } from '../../code-runner/run-queue.js';
import { sandboxBinds, sandboxCommand, type SandboxPaths } from './sandbox-command.js';
import { processTreeResidentBytes } from './process-tree-memory.js';

export interface PyodideCodeRunnerOptions {
  /** How many runs execute at once, each in its own sandboxed process; the rest queue in order. @default 2 */
  concurrency?: number;
  /** Sandboxed processes kept loaded and waiting, so a run does not pay Pyodide's ~2 s start. @default 1 */
  spares?: number;
  /** Limits for every run; a call's own `limits` override them. @default 2 s CPU per case, 5 s wall, 64 MB */
  limits?: CodeRunLimits;
  /** @default '/usr/bin/bwrap' */
  bwrapPath?: string;
  /** The Node binary the sandbox runs. @default process.execPath */
  nodePath?: string;
  /** The folder of the `pyodide` package. @default resolved from this package */
  pyodideDir?: string;
  /** How long a sandboxed process may take to load Pyodide (slow on a busy machine). @default 60000 */
  startTimeoutMs?: number;
}

// How often the memory watchdog reads the sandbox's resident memory.
const WATCHDOG_INTERVAL_MS = 50;
// Slack on top of the wall-clock limit for the harness to load before the first case.
const WALL_SLACK_MS = 500;
const MAX_DIAGNOSTIC_CHARS = 2000;

type ChildMessage =
  | { type: 'ready' }
  | { type: 'load'; ok: boolean; message?: string; line?: number | null; interrupted?: boolean }
  | { type: 'case'; result: CodeCaseResult }
  | { type: 'done'; status?: 'error'; message?: string };

interface SandboxProcess {
  child: ChildProcess;
  ready: Promise<void>;
  exited: boolean;
  onMessage?: (message: ChildMessage) => void;
  onExit?: () => void;
  stderr: string;
}

function resolvePyodideDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('pyodide/pyodide.mjs'));
  } catch {
    return undefined;
  }
}

// Inside the sandbox nothing of the host may be visible: no environment, no /etc, no network.
const SELF_TEST = `
const fs = require('node:fs');
const os = require('node:os');
const leaks = [];
if (Object.keys(process.env).some((key) => key !== 'PWD')) leaks.push('environment');
if (fs.existsSync('/etc/passwd') || fs.existsSync('/home')) leaks.push('files');
if (Object.keys(os.networkInterfaces()).some((name) => name !== 'lo')) leaks.push('network');
if (!fs.existsSync('/sandbox/pyodide/pyodide.mjs')) leaks.push('missing pyodide');
process.stdout.write(leaks.length ? 'leaks: ' + leaks.join(', ') : 'ok');
`;

function selfTest(bwrapPath: string, binds: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const { command, args } = sandboxCommand(bwrapPath, binds, ['-e', SELF_TEST]);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve(`bubblewrap could not start: ${error.message}`));
    child.on('close', (code) => {
      if (code === 0 && stdout === 'ok') resolve(undefined);
      else if (stdout.startsWith('leaks')) resolve(`the bubblewrap sandbox failed its self-test (${stdout})`);
      else resolve(`the bubblewrap sandbox failed its self-test (exit ${code}): ${stderr.trim().slice(0, 300)}`);
    });
  });
}

/**
 * Runs Python in Pyodide, each run in a fresh child process started inside bubblewrap
 * (`--unshare-all --clearenv`, read-only binds of only Node, its libraries and Pyodide): no
 * host files, environment, network or processes are reachable even through Pyodide's `js`
 * module. A process is killed on the run's wall-clock limit, by a memory watchdog polling its
 * resident memory, and after every run; loaded spares wait so runs start at once.
 *
 * Never run Pyodide in the server's process: candidate code reaches the host through `js`.
 * Where bubblewrap is missing or fails its self-test the runner offers no language and says
 * why in `unavailable.python`.
 *
 * @example
 * const runner = await createPyodideCodeRunner();
 * if (runner.unavailable?.python) console.warn(`Python is unavailable: ${runner.unavailable.python}`);
 */
// Killing bubblewrap ends the sandbox (its death signal, and the pid namespace going with it);
// closing stdin as well ends the child even if that signal lost a race while it started.
function stopSandbox(child: ChildProcess): void {
  child.stdin?.destroy();
  child.kill('SIGKILL');
}

export async function createPyodideCodeRunner(options: PyodideCodeRunnerOptions = {}): Promise<CodeRunner> {
  const concurrency = options.concurrency ?? 2;
  const spareTarget = options.spares ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: 'concurrency must be a positive integer' });
  }
  if (!Number.isInteger(spareTarget) || spareTarget < 0) {
    throw new ValidationError({ code: 'INVALID_CONFIG', message: 'spares must be a non-negative integer' });
  }
  const runnerLimits = resolveCodeRunLimits(options.limits);
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const bwrapPath = options.bwrapPath ?? '/usr/bin/bwrap';
  const pyodideDir = options.pyodideDir ?? resolvePyodideDir();
  const paths: SandboxPaths = {
    bwrapPath,
    nodePath: options.nodePath ?? process.execPath,
    pyodideDir: pyodideDir ?? '',
    childScript: fileURLToPath(new URL('./pyodide-child.js', import.meta.url)),
  };

  let reason: string | undefined;
  if (process.platform !== 'linux') reason = 'the Python sandbox needs Linux (bubblewrap and /proc)';
  else if (!existsSync(bwrapPath)) reason = `bubblewrap is not installed (no ${bwrapPath}); install it with \`apt-get install bubblewrap\``;
  else if (!pyodideDir || !existsSync(`${pyodideDir}/pyodide.mjs`)) reason = 'the pyodide package is not installed';
  let binds: string[] = [];
  if (!reason) {
    binds = await sandboxBinds(paths);
    reason = await selfTest(bwrapPath, binds);
  }

  const languages: CodeLanguage[] = reason ? [] : ['python'];
  const queue = createRunQueue(concurrency);
  const spares: SandboxProcess[] = [];
  const live = new Set<SandboxProcess>();
  let closed = false;

  const start = (): SandboxProcess => {
    const { command, args } = sandboxCommand(bwrapPath, binds);
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const sandbox: SandboxProcess = { child, exited: false, stderr: '', ready: Promise.resolve() };
    live.add(sandbox);
    sandbox.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        stopSandbox(child);
        reject(new Error('the Python sandbox did not start in time'));
      }, startTimeoutMs);
      sandbox.onMessage = (message) => {
        if (message.type !== 'ready') return;
        clearTimeout(timer);
        sandbox.onMessage = undefined;
        resolve();
      };
      sandbox.onExit = () => {
        clearTimeout(timer);
        reject(new Error(`the Python sandbox stopped while starting: ${sandbox.stderr.trim().slice(0, 300)}`));
      };
    });
    // A spare that fails to start is dropped; the rejection surfaces only to a run that takes it.
    sandbox.ready.catch(() => {});
    child.stderr!.on('data', (chunk: Buffer) => {
      if (sandbox.stderr.length < MAX_DIAGNOSTIC_CHARS) sandbox.stderr += chunk.toString();
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let message: ChildMessage;
      try {
        message = JSON.parse(line) as ChildMessage;
      } catch {
        return;
      }
      sandbox.onMessage?.(message);
    });
    // 'close' comes after the last line of output was read, unlike 'exit'.
    child.on('error', () => {
      if (!sandbox.exited) child.emit('close');
    });
    child.once('close', () => {
      sandbox.exited = true;
      live.delete(sandbox);
      const index = spares.indexOf(sandbox);
      if (index >= 0) spares.splice(index, 1);
      sandbox.onExit?.();
    });
    return sandbox;
  };

  const refillSpares = () => {
    while (!closed && spares.length < spareTarget) spares.push(start());
  };

  const execute = async (sandbox: SandboxProcess, runOptions: CodeRunOptions, limits: Required<CodeRunLimits>): Promise<CodeRunResult> => {
    await sandbox.ready;
    const baseline = await processTreeResidentBytes(sandbox.child.pid!);
    const memoryBytes = limits.memoryMb * 1024 * 1024;
    const cases: CodeCaseResult[] = [];
    let loaded = false;
    let caseStarted = performance.now();
    // When the whole run is stopped, the case it was in gets the same status.
    const stopped = (status: 'timeout' | 'memory_limit', message: string): CodeRunResult => {
      const current = runOptions.cases[cases.length];
      if (loaded && current) {
        const error = status === 'timeout' ? message : `the case used more than ${limits.memoryMb} MB`;
        cases.push({ name: current.name, status, error, timeMs: Math.round(performance.now() - caseStarted) });
      }
      return { status, message, cases };
    };
    return new Promise<CodeRunResult>((resolve, reject) => {
      let settled = false;
      const finish = (result: CodeRunResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(wallTimer);
        clearInterval(watchdog);
        runOptions.abortSignal?.removeEventListener('abort', onAbort);
        stopSandbox(sandbox.child);
        resolve(result);
      };
      const onAbort = () => {
        if (settled) return;
        settled = true;
        clearTimeout(wallTimer);
        clearInterval(watchdog);
        stopSandbox(sandbox.child);
        reject(runOptions.abortSignal?.reason);
      };
      // Timers run before pending input in Node's event loop: when this process was held up
      // itself, the child's reports already waiting on the pipe are read first (setImmediate
      // runs after the poll phase), so the code is not blamed for the runner's stall.
      const wallTimer = setTimeout(
        () => setImmediate(() => finish(stopped('timeout', 'the run took longer than its wall-clock limit'))),
        limits.wallTimeMs + WALL_SLACK_MS,
      );
      let measuring = false;
      const watchdog = setInterval(() => {
        if (measuring || settled) return;
        measuring = true;
        void processTreeResidentBytes(sandbox.child.pid!).then((bytes) => {
          measuring = false;
          if (bytes - baseline > memoryBytes) finish(stopped('memory_limit', `the code used more than ${limits.memoryMb} MB`));
        });
      }, WATCHDOG_INTERVAL_MS);
      runOptions.abortSignal?.addEventListener('abort', onAbort, { once: true });
      sandbox.onExit = () => finish({ status: 'error', message: 'the sandbox stopped unexpectedly', cases });
      sandbox.onMessage = (message) => {
        if (message.type === 'load' && message.ok) {
          loaded = true;
          caseStarted = performance.now();
        } else if (message.type === 'load') {
          if (message.interrupted) finish({ status: 'timeout', message: 'the code did not finish loading in time', cases });
          else finish({ status: 'error', message: message.message ?? 'the code did not load', ...(message.line ? { line: message.line } : {}), cases });
        } else if (message.type === 'case') {
          cases.push(message.result);
          caseStarted = performance.now();
          if (message.result.status === 'memory_limit') finish({ status: 'memory_limit', message: `the code used more than ${limits.memoryMb} MB`, cases });
        } else if (message.type === 'done') {
          if (message.status === 'error') finish({ status: 'error', message: message.message ?? 'the sandbox failed', cases });
          else finish({ status: 'ok', cases });
        }
      };
      sandbox.child.stdin!.on('error', () => {});
      sandbox.child.stdin!.write(
        `${JSON.stringify({ harness: PYTHON_HARNESS, code: runOptions.code, entry: runOptions.entry, cases: runOptions.cases, limits })}\n`,
      );
    });
  };

  if (!reason) refillSpares();

  return {
    specificationVersion: 'v1',
    adapterId: 'pyodide',
    languages,
    ...(reason ? { unavailable: { python: reason } } : {}),
    async run(runOptions: CodeRunOptions): Promise<CodeRunResult> {
      if (runOptions.language !== 'python' || reason) {
        throw new UnsupportedFeatureError({
          feature: `code-runner.${runOptions.language}`,
          message: reason && runOptions.language === 'python' ? `Python is unavailable: ${reason}` : `The Pyodide runner cannot run ${runOptions.language}`,
        });
      }
      if (closed) throw new UnsupportedFeatureError({ feature: 'code-runner', message: 'The code runner is closed' });
      const limits = resolveCodeRunLimits(runnerLimits, runOptions.limits);
      const release = await queue.acquire(runOptions.abortSignal);
      const sandbox = spares.shift() ?? start();
      refillSpares();
      try {
        return await execute(sandbox, runOptions, limits);
      } catch (error) {
        if (runOptions.abortSignal?.aborted) throw error;
        return { status: 'error', message: error instanceof Error ? error.message : 'the Python sandbox failed', cases: [] };
      } finally {
        stopSandbox(sandbox.child);
        release();
      }
    },
    async close() {
      closed = true;
      const exits = [...live].map(
        (sandbox) =>
          new Promise<void>((resolve) => {
            const { child } = sandbox;
            if (sandbox.exited || child.exitCode !== null || child.signalCode !== null) return resolve();
            // 'exit' rather than 'close': a process left behind in the sandbox could hold the
            // pipes open, and closing must not wait on it (it ends when its stdin does).
            child.once('exit', () => resolve());
            stopSandbox(child);
          }),
      );
      spares.length = 0;
      await Promise.all(exits);
    },
  };
}
