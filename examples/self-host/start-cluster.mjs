// Starts several coach-server processes on one PostgreSQL database, each on its own port.
// Put any reverse proxy in front of them (see README.md); they share nothing but the database.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@coach/server/package.json')), 'dist', 'cli.js');

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl?.startsWith('postgres')) {
  console.error('Set DATABASE_URL to a PostgreSQL URL, e.g. postgres://postgres@127.0.0.1:5432/coach');
  process.exit(1);
}
const processes = Number(process.env.COACH_PROCESSES ?? 2);
const firstPort = Number(process.env.PORT ?? 8787);

const children = Array.from({ length: processes }, (_, index) => {
  const port = firstPort + index;
  const child = spawn(process.execPath, [cli], { env: { ...process.env, PORT: String(port) }, stdio: 'inherit' });
  child.on('exit', (code, signal) => console.error(`coach-server on port ${port} exited (${signal ?? code})`));
  return child;
});

const stop = (signal) => {
  for (const child of children) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGTERM'));
process.on('SIGTERM', () => stop('SIGTERM'));
