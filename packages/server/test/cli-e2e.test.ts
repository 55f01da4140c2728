// The real coach-server executable (dist/cli.js, built by `npm test` before vitest runs) as a
// child process, over real SQLite and PostgreSQL, with a real SMTP server on loopback, driven
// over HTTP with fetch like a browser and a recruiter would.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RESUME_EMAIL, DEFAULT_RESUME_NAME, makeResumePdf } from '../../core/test/fixtures/make-resume-pdf.js';
import { shouldRunPostgresTests, TEST_PG_URL } from '../../core/src/testing/test-storage.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BUILT = existsSync(CLI);
if (!BUILT) {
  const reason = `packages/server/dist/cli.js is missing: run "npm run build" (npm test does) before this test.`;
  if (process.env.CI === 'true') throw new Error(`${reason} Under CI=true the end-to-end test must run.`);
  console.warn(`\n!!! SKIPPING the coach-server end-to-end test: ${reason}\n`);
}
const RUN_POSTGRES = BUILT ? await shouldRunPostgresTests() : false;

const MEETING_LINK = 'https://meet.example.com/coach-e2e';
const SENDER = 'jobs@acme.example';

interface ReceivedMail {
  to: string[];
  from: string;
  raw: string;
}

async function startSmtp(): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface RunningCli {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
}

function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot']) if (process.env[name]) env[name] = process.env[name] as string;
  return { ...env, COACH_LOG_LEVEL: 'warn', ...extra };
}

/** Runs a one-shot command (`migrate`, `seed`, `help`) and returns its exit code and output. */
function runCommand(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `coach-server` and waits until it says it is running. */
function startCli(env: Record<string, string>): Promise<RunningCli> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Demo page:\s+(http:\/\/\S+?)\/\s/.exec(stdout);
      if (match?.[1]) resolve({ child, url: match[1], stdout: () => stdout, stderr: () => stderr });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      reject(new Error(`coach-server exited (${code ?? signal}) before it was running.\nstdout:\n${stdout}\nstderr:\n${stderr}`)),
    );
  });
}

async function stopCli(running: RunningCli | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (!running || running.child.exitCode !== null || running.child.signalCode !== null) return running?.child.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => running.child.once('exit', (code) => resolve(code)));
  running.child.kill(signal);
  return exited;
}

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

interface Question {
  id: string;
  text: string;
  is_follow_up?: boolean;
}

const ANSWER =
  'In my last role I owned the payments event pipeline. I measured the baseline, proposed splitting the consumer by ' +
  'partition, wrote the migration plan, and we cut p99 latency from 900 ms to 180 ms while keeping every payment ' +
  'idempotent with a key per event. I reviewed the rollout with the team each week and wrote the runbook.';

async function upload(url: string, pdf: Uint8Array) {
  const form = new FormData();
  form.set('resume', new File([pdf as Uint8Array<ArrayBuffer>], 'resume.pdf', { type: 'application/pdf' }));
  form.set('demo_id', 'software-engineer');
  return json<{ session_id: string; question: Question; candidate: { name: string; email: string }; total_questions: number }>(
    await fetch(`${url}/api/upload-resume/`, { method: 'POST', body: form }),
  );
}

async function answer(url: string, sessionId: string, question: Question) {
  return json<{ next_question: Question | null; is_final: boolean; evaluation: { score: number } }>(
    await post(url, '/api/submit-answer-and-get-next/', { session_id: sessionId, question_id: question.id, answer: ANSWER }),
  );
}

/** The whole scenario, for one database. */
function describeScenario(
  name: string,
  options: { skip: boolean; database: () => Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>; secretKey: string | null },
) {
  describe.skipIf(options.skip)(`coach-server on ${name}`, () => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let database: Awaited<ReturnType<typeof options.database>>;
    let env: Record<string, string>;
    let server: RunningCli | undefined;
    let pdf: Uint8Array;

    beforeAll(async () => {
      smtp = await startSmtp();
      database = await options.database();
      pdf = await makeResumePdf();
      env = {
        ...database.env,
        HOST: '127.0.0.1',
        SMTP_URL: smtp.url,
        SENDER_EMAIL: SENDER,
        RECRUITER_NAME: 'Dana at Acme',
        MEETING_LINK,
        COACH_MAINTENANCE_INTERVAL_SECONDS: '1',
        ...(options.secretKey ? { COACH_SECRET_KEY: options.secretKey } : {}),
      };
    });

    afterAll(async () => {
      await stopCli(server, 'SIGKILL');
      await smtp?.close();
      await database?.cleanup();
    });

    it('should run interviews, serve recruiters, send one invite and survive a crash mid-interview', { timeout: 180_000 }, async () => {
      server = await startCli({ ...env, PORT: String(await freePort()) });
      const { url } = server;
      let secretKey = options.secretKey;
      if (!secretKey) {
        const match = /shown only this once:\s+(\S+)/.exec(server.stdout());
        expect(match, server.stdout()).not.toBeNull();
        secretKey = match?.[1] ?? '';
      } else {
        expect(server.stdout()).not.toContain('shown only this once');
      }
      expect(secretKey.length).toBeGreaterThanOrEqual(16);
      expect(await json<{ status: string }>(await fetch(`${url}/api/health`))).toMatchObject({ status: 'ok' });
      expect((await fetch(`${url}/`)).headers.get('content-type')).toMatch(/text\/html/);

      // A candidate: a real PDF, every answer, the DSA round, the combined report.
      const demos = await json<{ id: string }[]>(await fetch(`${url}/api/demos/`));
      expect(demos.map((demo) => demo.id)).toContain('software-engineer');
      const started = await upload(url, pdf);
      expect(started.candidate).toEqual({ name: DEFAULT_RESUME_NAME, email: DEFAULT_RESUME_EMAIL });
      let question: Question | null = started.question;
      let answered = 0;
      while (question) {
        question = (await answer(url, started.session_id, question)).next_question;
        answered += 1;
        expect(answered).toBeLessThan(30);
      }
      const feedback = await json<{ report_id: string; overall_score: number }>(
        await post(url, '/api/get-final-feedback/', { session_id: started.session_id }),
      );
      await json(await post(url, '/api/get-dsa-question/', { session_id: started.session_id }));
      let dsa = await json<{ done: boolean }>(
        await post(url, '/api/submit-pseudocode/', {
          session_id: started.session_id,
          pseudocode: 'use a hash map from value to index; one pass; O(n) time and space; empty input returns []',
        }),
      );
      for (let turn = 0; !dsa.done && turn < 10; turn += 1) {
        dsa = await json(
          await post(url, '/api/continue-pseudocode/', { session_id: started.session_id, message: 'Duplicates are fine because I check before inserting.' }),
        );
      }
      const combined = await json<{ report_id: string; overall_score: number; dsa: unknown }>(
        await post(url, '/api/get-combined-report/', { session_id: started.session_id }),
      );
      expect(combined.report_id).toBe(feedback.report_id);
      expect(combined.dsa).not.toBeNull();

      // The recruiter: a token, the list, a filter, statistics, details, decisions, deletion.
      const noAuth = await fetch(`${url}/api/reports/`);
      expect(noAuth.status).toBe(401);
      const { token } = await json<{ token: string }>(await post(url, '/api/recruiter-tokens/', { subject: 'e2e' }, { authorization: `Bearer ${secretKey}` }));
      const headers = { authorization: `Bearer ${token}` };
      const other = await json<{ id: string }>(
        await post(
          url,
          '/api/reports/create/',
          { candidate_name: 'Other Person', candidate_email: 'other@example.com', role: 'Data Scientist', overall_score: 3.5 },
          headers,
        ),
        201,
      );
      const list = await json<{ reports: { id: string }[] }>(await fetch(`${url}/api/reports/`, { headers }));
      expect(list.reports.map((row) => row.id).sort()).toEqual([feedback.report_id, other.id].sort());
      const filtered = await json<{ reports: { id: string }[] }>(
        await fetch(`${url}/api/reports/?min_score=${combined.overall_score}&q=${encodeURIComponent('jordan')}`, { headers }),
      );
      expect(filtered.reports.map((row) => row.id)).toEqual([feedback.report_id]);
      const statistics = await json<{ total: number; by_decision: Record<string, number> }>(await fetch(`${url}/api/reports/statistics/`, { headers }));
      expect(statistics).toMatchObject({ total: 2, by_decision: { Pending: 2, Accepted: 0, Declined: 0 } });
      const details = await json<{ candidate_email: string; questions: unknown[]; dsa: unknown }>(
        await fetch(`${url}/api/reports/${feedback.report_id}/`, { headers }),
      );
      expect(details.candidate_email).toBe(DEFAULT_RESUME_EMAIL);
      expect(details.questions).toHaveLength(answered);
      expect(details.dsa).not.toBeNull();

      const decide = (id: string, decision: string) =>
        fetch(`${url}/api/reports/${id}/decision/`, {
          method: 'PATCH',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ decision }),
        });
      const accepted = await json<{ success: boolean; email_sent: boolean; email_message: string }>(await decide(feedback.report_id, 'Accepted'));
      expect(accepted).toMatchObject({ success: true, email_sent: true });
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]?.to).toEqual([DEFAULT_RESUME_EMAIL]);
      expect(smtp.mails[0]?.from).toBe(SENDER);
      expect(smtp.mails[0]?.raw.replace(/=\r?\n/g, '')).toContain(MEETING_LINK);
      expect(await json<{ email_sent: boolean }>(await decide(feedback.report_id, 'Accepted'))).toMatchObject({ email_sent: true });
      expect(await json<{ report: { decision: string } }>(await decide(other.id, 'Declined'))).toMatchObject({ report: { decision: 'Declined' } });
      expect((await fetch(`${url}/api/reports/${other.id}/delete/`, { method: 'DELETE', headers })).status).toBe(204);
      expect((await fetch(`${url}/api/reports/${other.id}/`, { headers })).status).toBe(404);

      // A second candidate, interrupted by a crash after the first answer.
      const second = await upload(url, pdf);
      const firstAnswer = await answer(url, second.session_id, second.question);
      expect(firstAnswer.next_question).not.toBeNull();
      expect(await stopCli(server, 'SIGKILL')).toBeNull();

      server = await startCli({ ...env, PORT: String(await freePort()) });
      const restarted = server.url;
      expect(server.stdout()).not.toContain('shown only this once');
      const state = await json<{ state: string; question: Question; question_number: number; turns: { answer: string | null; evaluation: unknown }[] }>(
        await fetch(`${restarted}/api/sessions/${second.session_id}/`),
      );
      expect(state.state).toBe('interviewing');
      expect(state.question.id).toBe(firstAnswer.next_question?.id);
      // Planned numbering: a follow-up to the first answer keeps number 1.
      expect(state.question_number).toBe(state.question.is_follow_up ? 1 : 2);
      expect(state.turns[0]).toMatchObject({ answer: ANSWER });
      expect(state.turns[0]?.evaluation).not.toBeNull();
      let resumed: Question | null = state.question;
      let count = 1;
      while (resumed) {
        resumed = (await answer(restarted, second.session_id, resumed)).next_question;
        count += 1;
        expect(count).toBeLessThan(30);
      }
      const secondFeedback = await json<{ questions: unknown[]; report_id: string }>(
        await post(restarted, '/api/get-final-feedback/', { session_id: second.session_id }),
      );
      expect(secondFeedback.questions).toHaveLength(count);

      // The old secret key still works after the restart; the invite was still sent only once.
      const after = await json<{ reports: { id: string }[] }>(await fetch(`${restarted}/api/reports/`, { headers: { authorization: `Bearer ${secretKey}` } }));
      expect(after.reports.map((row) => row.id).sort()).toEqual([feedback.report_id, secondFeedback.report_id].sort());
      expect(smtp.mails).toHaveLength(1);

      expect(await stopCli(server, 'SIGTERM')).toBe(0);
    });
  });
}

describeScenario('SQLite', {
  skip: !BUILT,
  secretKey: null,
  async database() {
    const filename = join(tmpdir(), `coach-e2e-${randomBytes(6).toString('hex')}.db`);
    return {
      env: { DATABASE_URL: `sqlite:${filename}` },
      async cleanup() {
        await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${filename}${suffix}`, { force: true })));
      },
    };
  },
});

describeScenario('PostgreSQL', {
  skip: !BUILT || !RUN_POSTGRES,
  secretKey: `e2e-secret-${randomBytes(12).toString('hex')}`,
  async database() {
    const schema = `coach_e2e_${randomBytes(6).toString('hex')}`;
    return {
      env: { DATABASE_URL: TEST_PG_URL, COACH_DATABASE_SCHEMA: schema },
      async cleanup() {
        const pg = (await import('pg')).default;
        const client = new pg.Client({ connectionString: TEST_PG_URL });
        await client.connect();
        try {
          await client.query(`drop schema if exists "${schema}" cascade`);
        } finally {
          await client.end();
        }
      },
    };
  },
});

describe.skipIf(!BUILT)('coach-server commands', () => {
  it('should exit 1 with a clear message for a bad configuration', async () => {
    const result = await runCommand([], { PORT: 'eighty', DATABASE_URL: 'mysql://x', COACH_SECRET_KEY: 'short' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT:.*\n.*DATABASE_URL:.*\n.*COACH_SECRET_KEY:/);
    expect(result.stdout).toBe('');
  });

  it('should migrate and seed a new database, print help, and refuse unknown commands', async () => {
    const filename = join(tmpdir(), `coach-cli-${randomBytes(6).toString('hex')}.db`);
    try {
      const migrated = await runCommand(['migrate'], { DATABASE_URL: `sqlite:${filename}` });
      expect(migrated).toMatchObject({ code: 0 });
      expect(migrated.stdout).toContain('up to date');
      const seeded = await runCommand(['seed'], { DATABASE_URL: `sqlite:${filename}` });
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toMatch(/Starter interviews installed: \d+ written, \d+ available/);
      const help = await runCommand(['help'], {});
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('DATABASE_URL');
      expect((await runCommand(['frobnicate'], {})).code).toBe(1);
    } finally {
      await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${filename}${suffix}`, { force: true })));
    }
  });

  it('should exit 1 when the database cannot be reached', async () => {
    const result = await runCommand([], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^coach-server: /);
  });
});
