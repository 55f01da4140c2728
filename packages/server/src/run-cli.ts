import { createRequire } from 'node:module';
import { CoachError, createJsonLogger, type Coach } from '@coach/core';
import { createApp } from './create-app.js';
import { startupNotices } from './startup-notices.js';
import { createCoachFromConfig, createStorageFromConfig, describeCodeRunner, describeConfig } from './create-coach-from-config.js';
import { serve } from './node.js';
import { resolveSecretKey } from './secret-key.js';
import { ConfigError, ENVIRONMENT_VARIABLES, loadServerConfig, type ServerConfig } from './server-config.js';

const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

const USAGE = `coach-server ${VERSION} — the Coach interview-practice server

Usage: coach-server [command]

Commands:
  serve     run migrations, install the starter interviews if there are none, and serve
            the API, the demo page (/) and the recruiter page (/recruiter)   (default)
  seed      install or refresh the starter interviews
  migrate   bring the database schema up to date
  help      show this text

Environment:
${ENVIRONMENT_VARIABLES.map((variable) => `  ${variable.name.padEnd(36)} ${variable.meaning} [${variable.fallback}]`).join('\n')}
`;

/** Runs the CLI; resolves to the exit code (the server keeps running after `serve` resolves 0). */
export async function runCli(argv: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  const command = argv[0] ?? 'serve';
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!['serve', 'seed', 'migrate'].includes(command)) {
    process.stderr.write(`coach-server: unknown command "${command}". Run coach-server help.\n`);
    return 1;
  }

  let config: ServerConfig;
  try {
    config = loadServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`coach-server: ${error.message}\n`);
      return 1;
    }
    throw error;
  }

  try {
    if (command === 'migrate') return await migrate(config);
    if (command === 'seed') return await seed(config);
    return await start(config);
  } catch (error) {
    process.stderr.write(`coach-server: ${describeFailure(error)}\n`);
    return 1;
  }
}

async function migrate(config: ServerConfig): Promise<number> {
  const storage = await createStorageFromConfig(config.database);
  try {
    await storage.migrate();
    process.stdout.write(`The database schema is up to date (${describeConfig(config).database}).\n`);
    return 0;
  } finally {
    await storage.close();
  }
}

async function seed(config: ServerConfig): Promise<number> {
  const coach = await createCoachFromConfig(config, { logger: createJsonLogger({ level: config.logLevel }), codeRunner: false });
  try {
    const written = await coach.templates.seedStarterTemplates();
    const total = (await coach.templates.list()).length;
    process.stdout.write(`Starter interviews installed: ${written} written, ${total} available.\n`);
    return 0;
  } finally {
    await coach.close();
  }
}

async function start(config: ServerConfig): Promise<number> {
  const logger = createJsonLogger({ level: config.logLevel });
  const coach: Coach = await createCoachFromConfig(config, { logger });
  try {
    if ((await coach.templates.list()).length === 0) await coach.templates.seedStarterTemplates();
    const { secretKey, source } = await resolveSecretKey(coach, config.secretKey);
    const app = createApp(coach, {
      secretKey,
      allowedOrigins: config.allowedOrigins,
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      allowLocalOrigins: config.development,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
      logger,
    });
    const running = await serve(app, {
      port: config.port,
      hostname: config.hostname,
      coach,
      maintenanceIntervalMs: config.maintenanceIntervalMs,
      logger,
    });
    const lines: string[] = [];
    if (source === 'generated') {
      lines.push(
        '',
        'A secret key was generated for this server. It is shown only this once:',
        '',
        `    ${secretKey}`,
        '',
        `Recruiters sign in with it at ${running.url}/recruiter. Keep it safe; set COACH_SECRET_KEY to choose your own.`,
      );
    }
    for (const notice of startupNotices(config, coach)) logger[notice.level](notice.message);
    const adapters = describeConfig(config);
    lines.push(
      '',
      `Coach ${VERSION} is running`,
      `  Demo page:       ${running.url}/`,
      `  Recruiter page:  ${running.url}/recruiter`,
      `  API:             ${running.url}/api/   (OpenAPI: ${running.url}/api/openapi.json)`,
      `  Database: ${adapters.database} · Language: ${adapters.language} · Speech: ${adapters.speech} · Mail: ${adapters.mail}`,
      `  Code: ${describeCodeRunner(coach.codeRunner)}`,
      '',
    );
    const pythonMissing = coach.codeRunner?.unavailable?.python;
    if (pythonMissing) logger.warn('Python is unavailable for coding rounds', { reason: pythonMissing });
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    await coach.close().catch(() => undefined);
    throw error;
  }
}

function describeFailure(error: unknown): string {
  if (CoachError.isInstance(error)) return `${error.message} (${error.code})`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
