import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `coach-server` CLI; `npm test` builds it before the tests run. */
export const serverCliPath = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));

/** A running `coach-server` child process. */
export interface CoachServerProcess {
  origin: string;
  secretKey: string;
  /** The server's SQLite file, for tests that write the state a crash would leave. */
  databaseFile: string;
  /** What the process wrote, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartCoachServerOptions {
  /** Another origin whose pages embed the widgets. */
  allowedOrigin: string;
  /** Extra environment (mail server, meeting link, `COACH_SPEECH`…). */
  env?: Record<string, string>;
  /** @default a fixed test key */
  secretKey?: string;
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForReady(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`coach-server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/demos/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`coach-server did not answer at ${origin}:\n${output()}`);
}

/**
 * Starts the real `coach-server` (the built CLI) on a free loopback port with a temporary
 * SQLite file and the offline interviewer, for the browser tests of both widgets.
 */
export async function startCoachServer(options: StartCoachServerOptions): Promise<CoachServerProcess> {
  if (!existsSync(serverCliPath)) {
    throw new Error(`${serverCliPath} is missing: build @coach/core and @coach/server first (npm test does it).`);
  }
  const directory = mkdtempSync(join(tmpdir(), 'coach-e2e-'));
  const databaseFile = join(directory, 'coach.db');
  const port = await freePort();
  const secretKey = options.secretKey ?? 'e2e-secret-key-0123456789abcdef';
  let output = '';
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    // Only the machine's basics: provider keys from a developer's shell must not switch off the offline interviewer.
    if (value !== undefined && ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'].includes(name)) environment[name] = value;
  }
  const child = spawn(process.execPath, [serverCliPath, 'serve'], {
    cwd: directory,
    env: {
      ...environment,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${databaseFile}`,
      COACH_SECRET_KEY: secretKey,
      COACH_ALLOWED_ORIGINS: options.allowedOrigin,
      COACH_LOG_LEVEL: 'warn',
      // Tests drive invites and expiry themselves; the background pass stays out of the way.
      COACH_MAINTENANCE_INTERVAL_SECONDS: '3600',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    await waitForReady(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, secretKey, databaseFile, output: () => output, stop };
}
