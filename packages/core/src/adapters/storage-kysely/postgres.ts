import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import { ValidationError } from '../../errors/validation-error.js';
import type { Storage } from '../../ports/storage.js';
import { createKyselyStorage } from './kysely-storage.js';

/** Options of `createPostgresStorage`: a connection string, or a pool you made. */
export type PostgresStorageOptions = (
  | { connectionString: string; pool?: undefined; /** Pool size. @default 10 */ maxConnections?: number }
  | { /** A `pg.Pool` (or compatible). `close()` ends it. */ pool: PostgresPool; connectionString?: undefined }
) & {
  /** Schema holding Coach's tables, created by `migrate()`. @default the connection's search path */
  schema?: string;
};

/**
 * The storage port on PostgreSQL through `pg` (an optional peer dependency, loaded on first use,
 * so importing Coach never loads it). Several processes may share the database.
 *
 * @example
 * const storage = createPostgresStorage({ connectionString: process.env.DATABASE_URL!, schema: 'coach' });
 * await storage.migrate();
 */
export function createPostgresStorage(options: PostgresStorageOptions): Storage {
  const issues: { path: string; message: string }[] = [];
  const hasConnectionString = typeof options.connectionString === 'string' && options.connectionString.length > 0;
  const hasPool = options.pool !== undefined && options.pool !== null;
  if (hasConnectionString === hasPool) issues.push({ path: 'connectionString', message: 'give exactly one of connectionString and pool' });
  const maxConnections = 'maxConnections' in options ? options.maxConnections : undefined;
  if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections > 0)) {
    issues.push({ path: 'maxConnections', message: 'must be a positive integer' });
  }
  if (issues.length) throw new ValidationError({ code: 'INVALID_CONFIG', message: 'Invalid PostgreSQL storage options.', issues });

  const pool: PostgresPool | (() => Promise<PostgresPool>) = hasPool
    ? (options.pool as PostgresPool)
    : async () => {
        const pg = await loadPg();
        return new pg.Pool({ connectionString: options.connectionString, max: maxConnections ?? 10 }) as unknown as PostgresPool;
      };
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStorage({ db, ...(options.schema === undefined ? {} : { schema: options.schema }) });
}

async function loadPg(): Promise<typeof import('pg')> {
  try {
    const loaded = (await import('pg')) as typeof import('pg') & { default?: typeof import('pg') };
    return loaded.default ?? loaded;
  } catch (error) {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: 'PostgreSQL storage needs the `pg` package: npm install pg',
      issues: [{ path: 'pg', message: 'not installed' }],
      cause: error,
    });
  }
}
