// Throughput and latency of @coach/server on loopback. The read route (GET /api/demos/) is
// measured beside a bare node:http server answering the same JSON in the same run, for
// information: the ratio says what Hono, the middleware and the database cost. The answer route
// (POST /api/submit-answer-and-get-next/) is measured with 20 interviews in flight at once on
// the offline interviewer, on SQLite and on PostgreSQL. Each server runs in its own child
// process (so its memory is its own and the load generator does not share its event loop);
// autocannon and a small fetch loop drive them from here. Figures are printed, never asserted.
//
//   npx tsx bench/server-bench.ts            (needs the packages built: npm run build)
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Options of {@link runServerBench}. */
export interface ServerBenchOptions {
  /** Seconds per measurement: per round for the read route, once for answers. @default 2 */
  durationSeconds?: number;
  /**
   * Rounds of the read-route measurement. Each round measures the four servers one after the
   * other, in a rotating order, so that a machine that gets busier or quieter during the run
   * shifts all four alike; the ratio is the median of the rounds' ratios. @default 9
   */
  rounds?: number;
  /** Concurrent connections on the read route. @default 50 */
  connections?: number;
  /** Interviews answered at once on the answer route, one request in flight each. @default 20 */
  interviews?: number;
  /**
   * Interviews started before each answer measurement: each answer is accepted once, so the
   * measurement needs more questions than it can answer in its time. @default 600
   */
  sessions?: number;
  /** Seconds of the answer measurement, per database. @default 4 */
  answerSeconds?: number;
  /** Print a summary to stdout. @default true */
  print?: boolean;
}

/** One measured route. */
export interface RouteMeasurement {
  requestsPerSecond: number;
  /** CPU time the server process spent per request (user + system), in µs: steadier than req/s on a busy machine. */
  cpuMicrosecondsPerRequest: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** The answer route on one database. */
export interface AnswerMeasurement {
  database: 'sqlite' | 'postgres';
  answersPerSecond: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  /** CPU time the server process spent per accepted answer (user + system), in µs. */
  cpuMicrosecondsPerAnswer: number;
  answers: number;
  /** Answers refused (non-2xx) or failed on the wire. */
  failures: number;
  /** Interviews taken up during the measurement (each answered until it ended or time ran out). */
  interviewsUsed: number;
}

export interface ServerBenchResult {
  bareNode: RouteMeasurement;
  /** Hono on @hono/node-server answering the same JSON with no middleware: the floor for any Hono app. */
  bareHono: RouteMeasurement;
  /**
   * node:http answering the same JSON with the same headers as Coach (request id, security,
   * CORS and caching headers): how much of the gap is the headers themselves, which cost the
   * server and the load generator alike.
   */
  bareNodeSameHeaders: RouteMeasurement;
  demos: RouteMeasurement;
  /** SQLite always; PostgreSQL when it is reachable at `COACH_TEST_PG_URL`, else null. */
  answers: { sqlite: AnswerMeasurement; postgres: AnswerMeasurement | null };
  /** The median over the rounds of `demos / bareNode` requests per second, for information. */
  readRatio: number;
  /** The median over the rounds of `bareNodeSameHeaders / bareNode`: the ceiling the headers alone leave. */
  sameHeadersRatio: number;
  /** The lowest and highest of the rounds' ratios. */
  readRatioRange: [number, number];
  /** The median over the rounds of `bareNode / demos` CPU time per request: the same ratio by CPU cost. */
  readCpuRatio: number;
  memory: { idleRssMb: number; peakRssUnderLoadMb: number; bareNodeRssMb: number };
  settings: {
    durationSeconds: number;
    rounds: number;
    connections: number;
    interviews: number;
    answerSeconds: number;
    sessions: number;
    node: string;
    placement: string;
  };
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  amount?: number;
  requests?: AutocannonRequest[];
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

/** Messages between this process and a server child. */
type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'memory'; rss: number }
  | { type: 'cpu'; micros: number }
  | { type: 'sessions'; questions: { sessionId: string; questionId: string }[]; plannedAnswers: number }
  | { type: 'database'; label: string };

const ROLE = process.env.COACH_SERVER_BENCH_ROLE;
const ANSWER =
  'I led the migration of a billing service: I measured latency first, split the work into small reversible steps, ' +
  'reviewed each step with the team, and we cut p99 from 900 ms to 180 ms while keeping payments idempotent.';

/**
 * Measures GET /api/demos/ against a bare node:http server serving the demos JSON, answer
 * submissions (offline interviewer) on SQLite and PostgreSQL, and the Coach server's resident
 * memory idle and under load. Rate limits and request logging are off in the measured server:
 * they are configuration, not the cost of the framework being measured.
 */
export async function runServerBench(options: ServerBenchOptions = {}): Promise<ServerBenchResult> {
  const durationSeconds = options.durationSeconds ?? 2;
  const rounds = Math.max(1, options.rounds ?? 9);
  const connections = options.connections ?? 50;
  const interviews = options.interviews ?? 20;
  const sessions = options.sessions ?? 600;
  const answerSeconds = options.answerSeconds ?? 4;
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const placement = placeProcesses();

  const coach = await startChild('coach', {}, placement);
  let bare: Child | undefined;
  let hono: Child | undefined;
  let headed: Child | undefined;
  try {
    const coachUrl = `http://127.0.0.1:${coach.port}`;
    const sample = await fetch(`${coachUrl}/api/demos/`);
    const demosJson = await sample.text();
    // Node adds these itself, for every server alike.
    const nodeOwn = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
    const coachHeaders = Object.fromEntries([...sample.headers].filter(([name]) => !nodeOwn.has(name)));
    headed = await startChild('bare', { COACH_SERVER_BENCH_BODY: demosJson, COACH_SERVER_BENCH_HEADERS: JSON.stringify(coachHeaders) }, placement);
    const headedUrl = `http://127.0.0.1:${headed.port}`;
    bare = await startChild('bare', { COACH_SERVER_BENCH_BODY: demosJson }, placement);
    const bareUrl = `http://127.0.0.1:${bare.port}`;
    hono = await startChild('hono', { COACH_SERVER_BENCH_BODY: demosJson }, placement);
    const honoUrl = `http://127.0.0.1:${hono.port}`;

    // Warm both up so neither pays for JIT compilation inside the measurement.
    await autocannon({ url: `${bareUrl}/api/demos/`, connections, duration: 1 });
    await autocannon({ url: `${honoUrl}/api/demos/`, connections, duration: 1 });
    await autocannon({ url: `${coachUrl}/api/demos/`, connections, duration: 1 });
    await autocannon({ url: `${headedUrl}/api/demos/`, connections, duration: 1 });

    const idleRss = (await coach.request<{ type: 'memory'; rss: number }>({ type: 'memory' })).rss;
    const sampler = sampleMemory(coach);
    const servers = [
      { child: bare, url: `${bareUrl}/api/demos/`, rounds: [] as RouteMeasurement[] },
      { child: coach, url: `${coachUrl}/api/demos/`, rounds: [] as RouteMeasurement[] },
      { child: hono, url: `${honoUrl}/api/demos/`, rounds: [] as RouteMeasurement[] },
      { child: headed, url: `${headedUrl}/api/demos/`, rounds: [] as RouteMeasurement[] },
    ];
    for (let round = 0; round < rounds; round += 1) {
      for (let index = 0; index < servers.length; index += 1) {
        const server = servers[(round + index) % servers.length]!;
        server.rounds.push(await measure(server.child, () => autocannon({ url: server.url, connections, duration: durationSeconds })));
      }
    }
    const [bareRounds, demosRounds, honoRounds, headedRounds] = servers.map((server) => server.rounds) as [
      RouteMeasurement[],
      RouteMeasurement[],
      RouteMeasurement[],
      RouteMeasurement[],
    ];
    const ratios = demosRounds.map((demos, round) => demos.requestsPerSecond / Math.max(1, bareRounds[round]!.requestsPerSecond));
    const cpuRatios = demosRounds.map((demos, round) => bareRounds[round]!.cpuMicrosecondsPerRequest / Math.max(1, demos.cpuMicrosecondsPerRequest));
    const bareNode = combine(bareRounds);
    const bareHono = combine(honoRounds);
    const bareNodeSameHeaders = combine(headedRounds);
    const headedRatio = median(headedRounds.map((measured, round) => measured.requestsPerSecond / Math.max(1, bareRounds[round]!.requestsPerSecond)));
    const demos = combine(demosRounds);
    const bareNodeRss = (await bare.request<{ type: 'memory'; rss: number }>({ type: 'memory' })).rss;

    const sqliteAnswers = await measureAnswers(coach, 'sqlite', { interviews, sessions, seconds: answerSeconds });
    const peakRss = await sampler.stop();
    let postgresAnswers: AnswerMeasurement | null = null;
    const pgUrl = process.env.COACH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    if (await isPostgresReachable(pgUrl)) {
      const onPostgres = await startChild('coach', { COACH_SERVER_BENCH_DATABASE: pgUrl }, placement);
      try {
        postgresAnswers = await measureAnswers(onPostgres, 'postgres', { interviews, sessions, seconds: answerSeconds });
      } finally {
        await onPostgres.stop();
      }
    } else {
      console.warn(`PostgreSQL is not reachable at ${pgUrl}; the answer route is measured on SQLite only.`);
    }

    const result: ServerBenchResult = {
      bareNode,
      bareHono,
      bareNodeSameHeaders,
      sameHeadersRatio: headedRatio,
      demos,
      answers: { sqlite: sqliteAnswers, postgres: postgresAnswers },
      readRatio: median(ratios),
      readRatioRange: [Math.min(...ratios), Math.max(...ratios)],
      readCpuRatio: median(cpuRatios),
      memory: { idleRssMb: toMb(idleRss), peakRssUnderLoadMb: toMb(Math.max(peakRss, idleRss)), bareNodeRssMb: toMb(bareNodeRss) },
      settings: { durationSeconds, rounds, connections, interviews, answerSeconds, sessions, node: process.version, placement: placement.description },
    };
    if (options.print ?? true) printResult(result);
    return result;
  } finally {
    await bare?.stop();
    await hono?.stop();
    await headed?.stop();
    await coach.stop();
  }
}

function summarize(result: AutocannonResult, cpuMicros: number): RouteMeasurement {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    cpuMicrosecondsPerRequest: result.requests.total > 0 ? Math.round(cpuMicros / result.requests.total) : 0,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The rounds of one server as one measurement: medians of the rates and latencies, sums of the counts. */
function combine(rounds: RouteMeasurement[]): RouteMeasurement {
  const pick = (key: keyof RouteMeasurement) => median(rounds.map((round) => round[key]));
  const sum = (key: keyof RouteMeasurement) => rounds.reduce((total, round) => total + round[key], 0);
  return {
    requestsPerSecond: Math.round(pick('requestsPerSecond')),
    cpuMicrosecondsPerRequest: Math.round(pick('cpuMicrosecondsPerRequest')),
    latencyP50Ms: pick('latencyP50Ms'),
    latencyP99Ms: pick('latencyP99Ms'),
    requests: sum('requests'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs a load and reads the server's CPU time around it. */
async function measure(child: Child, load: () => Promise<AutocannonResult>): Promise<RouteMeasurement> {
  const before = (await child.request<{ type: 'cpu'; micros: number }>({ type: 'cpu' })).micros;
  const result = await load();
  const after = (await child.request<{ type: 'cpu'; micros: number }>({ type: 'cpu' })).micros;
  return summarize(result, after - before);
}

function toMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

function printResult(result: ServerBenchResult): void {
  const row = (name: string, m: RouteMeasurement) =>
    `  ${name.padEnd(36)} ${String(m.requestsPerSecond).padStart(6)} req/s   p50 ${String(m.latencyP50Ms).padStart(4)} ms   p99 ${String(m.latencyP99Ms).padStart(4)} ms   ${String(m.cpuMicrosecondsPerRequest).padStart(5)} µs CPU/request   (${m.requests} requests, ${m.non2xx} non-2xx, ${m.errors} errors)`;
  const { settings, memory } = result;
  console.log(
    `\n@coach/server on loopback — ${settings.connections} connections; read route: ${settings.rounds} interleaved rounds of ${settings.durationSeconds} s per server (medians); Node ${settings.node}`,
  );
  console.log(`  ${settings.placement}`);
  console.log(row('bare node:http, same JSON', result.bareNode));
  console.log(row('bare Hono on node-server, same JSON', result.bareHono));
  console.log(row('bare node:http, same JSON + headers', result.bareNodeSameHeaders));
  console.log(row('GET /api/demos/', result.demos));
  const percent = Math.round(result.readRatio * 100);
  const cpuPercent = Math.round(result.readCpuRatio * 100);
  const [low, high] = result.readRatioRange.map((ratio) => Math.round(ratio * 100));
  console.log(`  read route vs bare Node (for information): ${percent}% of its requests/s (rounds ${low}–${high}%), ${cpuPercent}% by CPU cost per request`);
  console.log(
    `  bare Node sending Coach's headers: ${Math.round(result.sameHeadersRatio * 100)}% of bare Node's requests/s — the share of the gap that is the headers, not the framework`,
  );
  console.log(`  resident memory: ${memory.idleRssMb} MB idle, ${memory.peakRssUnderLoadMb} MB peak under load (bare Node: ${memory.bareNodeRssMb} MB)`);
  console.log(
    `\nPOST /api/submit-answer-and-get-next/ — offline interviewer, ${settings.interviews} interviews answered at once (one request in flight each), ${settings.answerSeconds} s per database`,
  );
  const answerRow = (answers: AnswerMeasurement) =>
    `  ${answers.database.padEnd(10)} ${String(answers.answersPerSecond).padStart(6)} answers/s   p50 ${answers.latencyP50Ms.toFixed(1).padStart(6)} ms   p95 ${answers.latencyP95Ms.toFixed(1).padStart(6)} ms   ${String(answers.cpuMicrosecondsPerAnswer).padStart(6)} µs CPU/answer   (${answers.answers} answers, ${answers.failures} failures, ${answers.interviewsUsed} interviews)`;
  console.log(answerRow(result.answers.sqlite));
  console.log(result.answers.postgres ? answerRow(result.answers.postgres) : '  postgres   not reachable: skipped');
  console.log('');
}

/**
 * Answers interviews with `interviews` workers, each driving one interview at a time (one
 * request in flight) until it ends, then taking the next one started up front, for `seconds`
 * after a one-second warm-up. Latency is timed per request here, on the client side, so that
 * its 95th percentile is exact (autocannon reports p90 and p97.5, not p95).
 */
async function measureAnswers(
  child: Child,
  database: 'sqlite' | 'postgres',
  options: { interviews: number; sessions: number; seconds: number },
): Promise<AnswerMeasurement> {
  const prepared = await child.request<{ type: 'sessions'; questions: { sessionId: string; questionId: string }[]; plannedAnswers: number }>({
    type: 'sessions',
    count: options.sessions,
  });
  const pool = [...prepared.questions];
  const url = `http://127.0.0.1:${child.port}/api/submit-answer-and-get-next/`;
  const run = async (seconds: number) => {
    const latencies: number[] = [];
    let failures = 0;
    let used = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        let question: { sessionId: string; questionId: string } | undefined = pool.shift();
        if (!question) return;
        used += 1;
        while (question && performance.now() < deadline) {
          const started = performance.now();
          try {
            const response: Response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ session_id: question.sessionId, question_id: question.questionId, answer: ANSWER }),
            });
            const text: string = await response.text();
            if (response.status !== 200) {
              failures += 1;
              break;
            }
            latencies.push(performance.now() - started);
            const next: { id: string } | null = (JSON.parse(text) as { next_question: { id: string } | null }).next_question;
            question = next ? { sessionId: question.sessionId, questionId: next.id } : undefined;
          } catch {
            failures += 1;
            break;
          }
        }
      }
    };
    const began = performance.now();
    await Promise.all(Array.from({ length: options.interviews }, worker));
    return { latencies, failures, used, elapsedSeconds: (performance.now() - began) / 1000 };
  };
  // Unmeasured: the first answers pay for compiling the answer path.
  await run(1);
  const before = (await child.request<{ type: 'cpu'; micros: number }>({ type: 'cpu' })).micros;
  const measured = await run(options.seconds);
  const after = (await child.request<{ type: 'cpu'; micros: number }>({ type: 'cpu' })).micros;
  if (pool.length === 0) console.warn(`${database}: every prepared interview was used; raise \`sessions\` for a full ${options.seconds} s measurement.`);
  const sorted = measured.latencies.sort((a, b) => a - b);
  const percentile = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
  return {
    database,
    answersPerSecond: Math.round(sorted.length / measured.elapsedSeconds),
    latencyP50Ms: percentile(50),
    latencyP95Ms: percentile(95),
    cpuMicrosecondsPerAnswer: sorted.length ? Math.round((after - before) / sorted.length) : 0,
    answers: sorted.length,
    failures: measured.failures,
    interviewsUsed: measured.used,
  };
}

async function isPostgresReachable(connectionString: string): Promise<boolean> {
  try {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } finally {
      await client.end().catch(() => undefined);
    }
  } catch {
    return false;
  }
}

interface Child {
  port: number;
  request<T extends ChildMessage>(message: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** Where the servers and the load generator run. */
interface Placement {
  /** Pins a server process (all its threads) to its CPU; does nothing when unpinned. */
  pinServer(pid: number): void;
  description: string;
}

/**
 * Gives the servers the last CPU and the load generator (this process) the others, with
 * `taskset`, so that a server never shares its core with autocannon. Unpinned, the scheduler
 * sometimes puts both on one core, and how often differs from one run (and one server) to the
 * next: that, more than anything the servers do, made rounds of the same server differ by a
 * third. Without `taskset` or a second CPU, everything runs where the scheduler puts it.
 */
function placeProcesses(): Placement {
  const cpus = availableParallelism();
  const unpinned = (reason: string): Placement => ({ pinServer() {}, description: `servers and load generator unpinned (${reason})` });
  if (cpus < 2) return unpinned('one CPU');
  const serverCpu = String(cpus - 1);
  const loadCpus = cpus === 2 ? '0' : `0-${cpus - 2}`;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', loadCpus, String(process.pid)], { stdio: 'ignore' });
  } catch {
    return unpinned('taskset not available');
  }
  return {
    pinServer(pid) {
      execFileSync('taskset', ['-a', '-p', '-c', serverCpu, String(pid)], { stdio: 'ignore' });
    },
    description: `each server pinned to CPU ${serverCpu}, the load generator to CPU ${loadCpus}`,
  };
}

async function startChild(role: 'coach' | 'bare' | 'hono', env: Record<string, string> = {}, placement?: Placement): Promise<Child> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, ...env, COACH_SERVER_BENCH_ROLE: role },
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The ${role} bench server exited with ${code} before it was ready.`)));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message.port);
    });
  });
  child.removeAllListeners('exit');
  // After start-up, so that every thread the server has is pinned; threads started later inherit it.
  if (child.pid !== undefined) placement?.pinServer(child.pid);
  let pending = Promise.resolve<unknown>(undefined);
  return {
    port,
    request<T extends ChildMessage>(message: Record<string, unknown>) {
      // One question at a time, so each answer matches its question.
      const next = pending.then(
        () =>
          new Promise<T>((resolve) => {
            const listener = (reply: ChildMessage) => {
              if (reply.type === message.type) {
                child.off('message', listener);
                resolve(reply as T);
              }
            };
            child.on('message', listener);
            child.send(message);
          }),
      );
      pending = next.catch(() => undefined);
      return next;
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** Samples the child's RSS while load runs; `stop` returns the highest sample. */
function sampleMemory(child: Child) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rss } = await child.request<{ type: 'memory'; rss: number }>({ type: 'memory' });
      peak = Math.max(peak, rss);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

async function runCoachChild(): Promise<void> {
  const { createCoach, silentLogger } = await import('@coach/core');
  const { createPostgresStorage, createSqliteStorage } = await import('@coach/core/storage/kysely');
  // The built server, as the CLI runs it.
  const { createApp } = await import('@coach/server');
  const { serve } = await import('@coach/server/node');
  const pgUrl = process.env.COACH_SERVER_BENCH_DATABASE;
  const filename = join(tmpdir(), `coach-bench-${randomBytes(6).toString('hex')}.db`);
  // A schema of its own, dropped at the end, so that the bench never meets the tests' tables.
  const schema = `coach_bench_${randomBytes(6).toString('hex')}`;
  const storage = pgUrl ? createPostgresStorage({ connectionString: pgUrl, schema }) : createSqliteStorage({ filename });
  const coach = await createCoach({ storage, textRecognizer: null, speechModel: null, logger: silentLogger });
  await coach.templates.seedStarterTemplates();
  const app = createApp(coach, { secretKey: randomBytes(24).toString('base64url'), rateLimit: false, logger: silentLogger, pages: false });
  const running = await serve(app, { port: 0, hostname: '127.0.0.1', coach, handleSignals: false, maintenanceIntervalMs: 0 });
  const resume = { text: 'Jordan Smith\njordan@example.com\nSenior Backend Engineer, 7 years: Go, TypeScript, PostgreSQL, Kafka, Kubernetes.' };

  process.on('message', async (message: { type: string; count?: number }) => {
    if (message.type === 'memory') process.send?.({ type: 'memory', rss: process.memoryUsage().rss });
    if (message.type === 'cpu') process.send?.({ type: 'cpu', micros: cpuMicros() });
    if (message.type === 'sessions') {
      const questions: { sessionId: string; questionId: string }[] = [];
      let plannedAnswers = 0;
      for (let index = 0; index < (message.count ?? 0); index += 1) {
        const started = await coach.interviews.start({ resume });
        questions.push({ sessionId: started.session.id, questionId: started.question.id });
        plannedAnswers += started.totalQuestions;
      }
      process.send?.({ type: 'sessions', questions, plannedAnswers });
    }
  });
  process.once('SIGTERM', async () => {
    await running.close();
    if (pgUrl) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    } else {
      await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${filename}${suffix}`, { force: true })));
    }
    process.exit(0);
  });
  process.send?.({ type: 'ready', port: running.port });
}

async function runBareChild(): Promise<void> {
  const body = Buffer.from(process.env.COACH_SERVER_BENCH_BODY ?? '[]');
  const headers = {
    'content-type': 'application/json',
    ...(JSON.parse(process.env.COACH_SERVER_BENCH_HEADERS ?? '{}') as Record<string, string>),
    'content-length': String(body.length),
  };
  const server = createServer((request, response) => {
    if (request.url === '/api/demos/') {
      response.writeHead(200, headers);
      response.end(body);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (message: { type: string }) => {
    if (message.type === 'memory') process.send?.({ type: 'memory', rss: process.memoryUsage().rss });
    if (message.type === 'cpu') process.send?.({ type: 'cpu', micros: cpuMicros() });
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  process.send?.({ type: 'ready', port: (server.address() as { port: number }).port });
}

async function runHonoChild(): Promise<void> {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const body = process.env.COACH_SERVER_BENCH_BODY ?? '[]';
  const app = new Hono().get('/api/demos/', (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.send?.({ type: 'ready', port: info.port });
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'memory') process.send?.({ type: 'memory', rss: process.memoryUsage().rss });
    if (message.type === 'cpu') process.send?.({ type: 'cpu', micros: cpuMicros() });
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

if (ROLE === 'coach') await runCoachChild();
else if (ROLE === 'bare') await runBareChild();
else if (ROLE === 'hono') await runHonoChild();
else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runServerBench();
