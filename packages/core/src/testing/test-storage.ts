import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Storage } from '../ports/storage.js';
import { createPostgresStorage, createSqliteStorage } from '../adapters/storage-kysely/index.js';

/** The PostgreSQL used by tests: `COACH_TEST_PG_URL`, or the local default. */
export const TEST_PG_URL: string = process.env.COACH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated storage on a throwaway database, and how to throw it away. */
export interface TestStorage {
  storage: Storage;
  /** Where the data lives, for tests and benchmarks that reach past the port. */
  database: { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string; schema: string };
  /**
   * Opens another storage on the same database with its own connection(s), so that tests of
   * concurrent writers exercise the database's locking rather than one connection's queue.
   * Peers are closed by `cleanup`.
   */
  openPeer(): Promise<Storage>;
  /** Deletes every row of Coach's tables, leaving the migrated schema, so one database can serve many tests. */
  reset(): Promise<void>;
  /** Closes every storage opened here and deletes the database (file or schema). */
  cleanup(): Promise<void>;
}

/**
 * A migrated SQLite storage on a fresh file under the system temp folder.
 *
 * @example
 * const { storage, cleanup } = await createTestSqliteStorage();
 * afterEach(cleanup);
 */
export async function createTestSqliteStorage(): Promise<TestStorage> {
  const filename = join(tmpdir(), `coach-test-${randomBytes(8).toString('hex')}.db`);
  const storage = createSqliteStorage({ filename });
  const peers: Storage[] = [];
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    await removeSqliteFiles(filename);
    throw error;
  }
  return {
    storage,
    database: { dialect: 'sqlite', filename },
    async openPeer() {
      const peer = createSqliteStorage({ filename });
      peers.push(peer);
      return peer;
    },
    async reset() {
      const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
      const database = new Database(filename, { timeout: 5000 });
      try {
        // Real tables only: FTS shadow tables follow their triggers. The running totals go last,
        // after the deletes whose triggers update them.
        const tables = database
          .prepare("select name from pragma_table_list where type = 'table' and schema = 'main'")
          .all()
          .map((row) => (row as { name: string }).name)
          .filter(isCoachDataTable)
          .sort(totalsLast);
        database.transaction(() => {
          for (const name of tables) database.prepare(`delete from "${name}"`).run();
        })();
      } finally {
        database.close();
      }
    },
    async cleanup() {
      await Promise.allSettled([storage.close(), ...peers.map((peer) => peer.close())]);
      await removeSqliteFiles(filename);
    },
  };
}

/**
 * A migrated PostgreSQL storage in a fresh random schema of `TEST_PG_URL`; `cleanup` drops
 * the schema. Check `shouldRunPostgresTests()` first.
 */
export async function createTestPostgresStorage(options: { connectionString?: string } = {}): Promise<TestStorage> {
  const connectionString = options.connectionString ?? TEST_PG_URL;
  const schema = `coach_test_${randomBytes(6).toString('hex')}`;
  const pg = await loadPg();
  // Tests need no durability across a server crash; not waiting for each commit's WAL flush
  // makes them several times faster and changes nothing about locking or visibility.
  const open = () => createPostgresStorage({ pool: new pg.Pool({ connectionString, options: '-c synchronous_commit=off' }), schema });
  const storage = open();
  const peers: Storage[] = [];
  let resetClient: Promise<import('pg').Client> | undefined;
  const dropSchema = () => withClient(connectionString, (client) => client.query(`drop schema if exists "${schema}" cascade`));
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    await dropSchema().catch(() => undefined);
    throw error;
  }
  return {
    storage,
    database: { dialect: 'postgres', connectionString, schema },
    async openPeer() {
      const peer = open();
      peers.push(peer);
      return peer;
    },
    async reset() {
      // One client for every reset: connecting costs more than the deletes.
      resetClient ??= (async () => {
        const client = new pg.Client({ connectionString, options: '-c synchronous_commit=off' });
        await client.connect();
        return client;
      })();
      const client = await resetClient;
      const { rows } = await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = $1', [schema]);
      const tables = rows
        .map(({ name }) => name)
        .filter(isCoachDataTable)
        .sort(totalsLast);
      await client.query(tables.map((name) => `delete from "${schema}"."${name}";`).join('\n'));
    },
    async cleanup() {
      await Promise.allSettled([storage.close(), ...peers.map((peer) => peer.close())]);
      if (resetClient) await (await resetClient).end().catch(() => undefined);
      await dropSchema();
    },
  };
}

/** Whether PostgreSQL at `connectionString` (default `TEST_PG_URL`) accepts a connection and a query. */
export async function isPostgresReachable(connectionString: string = TEST_PG_URL): Promise<boolean> {
  let pg: PgModule;
  try {
    pg = await loadPg();
  } catch {
    return false;
  }
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Applies the rule for PostgreSQL tests: returns true when PostgreSQL is reachable; when it is
 * not, throws under `CI=true` (a CI run must never silently skip it) and otherwise warns loudly
 * and returns false so the caller can skip.
 *
 * @example
 * const runPostgres = await shouldRunPostgresTests();
 * describe.skipIf(!runPostgres)('my feature on PostgreSQL', () => { … });
 */
export async function shouldRunPostgresTests(connectionString: string = TEST_PG_URL): Promise<boolean> {
  if (await isPostgresReachable(connectionString)) return true;
  const reason = `PostgreSQL is not reachable at ${redactPassword(connectionString)} (set COACH_TEST_PG_URL).`;
  if (process.env.CI === 'true') throw new Error(`${reason} Under CI=true PostgreSQL tests must run.`);
  console.warn(`\n!!! SKIPPING PostgreSQL tests: ${reason}\n`);
  return false;
}

type PgModule = typeof import('pg');

async function loadPg(): Promise<PgModule> {
  const loaded = (await import('pg')) as PgModule & { default?: PgModule };
  return loaded.default ?? loaded;
}

/** Coach's tables that hold data (not the migration bookkeeping, not SQLite's FTS internals). */
function isCoachDataTable(name: string): boolean {
  return name.startsWith('coach_') && !name.startsWith('coach_migration') && !name.startsWith('coach_reports_search');
}

/** Orders the running totals after the tables whose delete triggers update them. */
function totalsLast(a: string, b: string): number {
  return Number(a === 'coach_report_stats') - Number(b === 'coach_report_stats');
}

async function withClient<T>(connectionString: string, fn: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function redactPassword(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable connection string)';
  }
}

async function removeSqliteFiles(filename: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${filename}${suffix}`, { force: true })));
}
