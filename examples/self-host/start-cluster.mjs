// Starts several coach-server processes on one PostgreSQL database, each on its own port, for
// a reverse proxy to balance (see README.md). They share nothing but the database: sessions,
// rate-limit counters, the invite outbox and the generated secret key all live there, so any
// process can serve any request.
//
//   DATABASE_URL=postgres://coach@db.internal/coach COACH_PROCESSES=2 PORT=8787 node start-cluster.mjs
//
// COACH_PORTS=8787,8790 names the ports instead of PORT + COACH_PROCESSES. Every other
// variable (COACH_SECRET_KEY, COACH_ALLOWED_ORIGINS, SMTP_URL, …) is passed to each process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const serverManifest = require.resolve('@coach/server/package.json');
const cli = join(dirname(serverManifest), JSON.parse(readFileSync(serverManifest, 'utf8')).bin['coach-server']);

if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
  console.error('Set DATABASE_URL to a PostgreSQL URL, e.g. postgres://postgres@127.0.0.1:5432/coach');
  process.exit(1);
}
const ports = process.env.COACH_PORTS
  ? process.env.COACH_PORTS.split(',').map((port) => Number(port.trim()))
  : Array.from({ length: Number(process.env.COACH_PROCESSES ?? 2) }, (_, index) => Number(process.env.PORT ?? 8787) + index);
if (ports.length === 0 || ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) {
  console.error('COACH_PORTS must list ports (e.g. 8787,8788); COACH_PROCESSES must be a positive number.');
  process.exit(1);
}

/** Runs coach-server with `args`, each output line prefixed with `label`. */
function run(label, args, env) {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => target.write(`[${label}] ${line}\n`));
  }
  return child;
}

const exited = (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

// Migrate once before the processes start, so that they do not race to create the schema.
const migration = await exited(run('migrate', ['migrate'], {}));
if (migration !== 0) {
  console.error(`coach-server migrate failed (${migration}); nothing was started.`);
  process.exit(1);
}

let stopping = false;
const children = ports.map((port) => {
  const child = run(`coach:${port}`, ['serve'], { PORT: String(port) });
  exited(child).then((result) => {
    if (stopping) return;
    // A process that dies alone would leave the proxy sending traffic to a dead port: stop all.
    console.error(`coach-server on port ${port} exited (${result}); stopping the others.`);
    stop(1);
  });
  return child;
});

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  // Each process finishes its in-flight requests, stops maintenance and closes the database.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null && child.signalCode === null ? exited(child) : null)));
  process.exit(exitCode);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
