import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverCliPath } from './paths.js';

export interface CoachServer {
  origin: string;
  secretKey: string;
  /** What the process wrote, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

export interface CoachServerOptions {
  /** Another origin whose pages embed the dashboard. */
  allowedOrigin: string;
  smtpPort: number;
  senderEmail: string;
  meetingLink: string;
  recruiterName: string;
}

function freePort(): Promise<number> {
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
  for (let attempt = 0; attempt < 300; attempt += 1) {
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
 * SQLite file, the offline interviewer and a mail server at `smtpPort`.
 */
export async function startCoachServer(options: CoachServerOptions): Promise<CoachServer> {
  const directory = mkdtempSync(join(tmpdir(), 'coach-recruiter-e2e-'));
  const port = await freePort();
  const secretKey = 'recruiter-e2e-secret-key-7f3a9c21';
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
      DATABASE_URL: `sqlite:${join(directory, 'coach.db')}`,
      COACH_SECRET_KEY: secretKey,
      COACH_ALLOWED_ORIGINS: options.allowedOrigin,
      SMTP_URL: `smtp://127.0.0.1:${options.smtpPort}`,
      SENDER_EMAIL: options.senderEmail,
      MEETING_LINK: options.meetingLink,
      RECRUITER_NAME: options.recruiterName,
      COACH_SPEECH: 'off',
      COACH_LOG_LEVEL: 'warn',
      // Invites are sent by the decision itself; the background retry stays out of the way.
      COACH_MAINTENANCE_INTERVAL_SECONDS: '3600',
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
  return { origin, secretKey, output: () => output, stop };
}
