import { createHash } from 'node:crypto';

/** A structured logger; `console`-compatible loggers and pino fit. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger that drops everything. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A logger writing one JSON line per entry to stderr. */
export function createJsonLogger(options: { level?: 'debug' | 'info' | 'warn' | 'error'; write?: (line: string) => void } = {}): Logger {
  const order = ['debug', 'info', 'warn', 'error'] as const;
  const min = order.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const at = (level: (typeof order)[number]) => (message: string, fields?: Record<string, unknown>) => {
    if (order.indexOf(level) < min) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * A short, stable stand-in for a secret id in logs: the first 12 hex characters of its
 * SHA-256. A session id is the candidate's capability, so logs (read by more people than the
 * database) must not hold it; the hash still lets lines about one session be matched up.
 */
export function hashForLog(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
