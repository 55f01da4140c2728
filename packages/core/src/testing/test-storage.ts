import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '../ports/storage.js';
import { createPostgresStorage, createSqliteStorage } from '../adapters/storage-kysely/index.js';

/** The PostgreSQL used by tests: `COACH_TEST_PG_URL`, or the local default. */
export const TEST_PG_URL: string = process.env.COACH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated storage on a throwaway database, and how to throw it away. */
export interface TestStorage {
  storage: Storage;
  /**
   * Opens another storage on the same database with its own connection(s), so that tests of
   * concurrent writers exercise the database's locking rather than one connection's queue.
   * Peers are closed by `cleanup`.
   */
  openPeer(): Promise<Storage>;
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
    async openPeer() {
      const peer = createSqliteStorage({ filename });
      peers.push(peer);
      return peer;
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
  const storage = createPostgresStorage({ connectionString, schema });
  const peers: Storage[] = [];
  const dropSchema = async () => {
    const pg = await loadPg();
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(`drop schema if exists "${schema}" cascade`);
    } finally {
      await client.end();
    }
  };
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    await dropSchema().catch(() => undefined);
    throw error;
  }
  return {
    storage,
    async openPeer() {
      const peer = createPostgresStorage({ connectionString, schema });
      peers.push(peer);
      return peer;
    },
    async cleanup() {
      await Promise.allSettled([storage.close(), ...peers.map((peer) => peer.close())]);
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
