import { createRequire } from 'node:module';
import { Kysely } from 'kysely';
import { ValidationError } from '../../errors/validation-error.js';
import type { Storage } from '../../ports/storage.js';
import { createKyselyStorage } from './kysely-storage.js';
import { BusyRetrySqliteDialect, type BetterSqliteDatabase } from './sqlite-driver.js';

/** Options of `createSqliteStorage`. */
export interface SqliteStorageOptions {
  /** Path of the database file (created if missing), or `:memory:`. */
  filename: string;
  /** How long a write waits for another connection's write lock, in ms. @default 5000 */
  busyTimeoutMs?: number;
}

type BetterSqliteConstructor = new (filename: string) => BetterSqliteDatabase & { pragma(source: string): unknown };

/**
 * The storage port on a SQLite file through better-sqlite3, in WAL mode so readers never wait
 * for the writer. Several processes may share the file; their writes are serialised.
 *
 * @example
 * const storage = createSqliteStorage({ filename: './coach.db' });
 * await storage.migrate();
 */
export function createSqliteStorage(options: SqliteStorageOptions): Storage {
  const { filename, busyTimeoutMs = 5000 } = options;
  const issues: { path: string; message: string }[] = [];
  if (typeof filename !== 'string' || filename.length === 0) issues.push({ path: 'filename', message: 'must be a file path or :memory:' });
  if (!Number.isFinite(busyTimeoutMs) || busyTimeoutMs < 0) issues.push({ path: 'busyTimeoutMs', message: 'must be a non-negative number' });
  if (issues.length) throw new ValidationError({ code: 'INVALID_CONFIG', message: 'Invalid SQLite storage options.', issues });

  // Loaded here rather than at module load so that PostgreSQL users never load the native module.
  const Database = createRequire(import.meta.url)('better-sqlite3') as BetterSqliteConstructor;
  let database: ReturnType<typeof openDatabase>;
  try {
    database = openDatabase(Database, filename, busyTimeoutMs);
  } catch (error) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: `Cannot open the SQLite database ${filename}: ${error instanceof Error ? error.message : String(error)}`,
      issues: [{ path: 'filename', message: 'cannot be opened' }],
      cause: error,
    });
  }
  const db = new Kysely<any>({ dialect: new BusyRetrySqliteDialect({ database, busyTimeoutMs }) });
  return createKyselyStorage({ db });
}

function openDatabase(Database: BetterSqliteConstructor, filename: string, busyTimeoutMs: number) {
  const database = new Database(filename);
  try {
    // Switching to WAL needs a moment of exclusive access, so setup may wait for other
    // connections the usual (blocking) way; afterwards the driver waits asynchronously.
    database.pragma(`busy_timeout = ${Math.floor(busyTimeoutMs)}`);
    database.pragma('journal_mode = WAL');
    // In WAL mode NORMAL is durable against application crashes and much faster than FULL.
    database.pragma('synchronous = NORMAL');
    // The default 2 MB page cache makes every scan of a large report table go back to the OS;
    // a bigger cache and memory-mapped reads keep the recruiter's queries fast at 100k reports.
    database.pragma('cache_size = -65536');
    database.pragma('mmap_size = 268435456');
    database.pragma('busy_timeout = 0');
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}
