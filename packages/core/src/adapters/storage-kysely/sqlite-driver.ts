import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver, type QueryCompiler, type QueryResult, type SqliteDatabase } from 'kysely';

/** The part of a better-sqlite3 `Database` the driver uses. */
export interface BetterSqliteDatabase {
  readonly inTransaction: boolean;
  prepare(sql: string): BetterSqliteStatement;
  close(): unknown;
}

interface BetterSqliteStatement {
  readonly reader: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

export interface BusyRetrySqliteDialectOptions {
  /** The database, or a function opening it on first use. */
  database: BetterSqliteDatabase | (() => Promise<BetterSqliteDatabase>);
  /** How long a statement waits for another connection's write lock before failing. */
  busyTimeoutMs: number;
}

/**
 * Kysely's SQLite dialect, with a driver that waits for a busy database asynchronously.
 *
 * better-sqlite3 is synchronous, so SQLite's own `busy_timeout` would block the event loop
 * while another connection holds the write lock; if that connection lives in the same process
 * it can never finish, and both stall until the timeout. Here the connection runs with
 * `busy_timeout = 0` and a statement that finds the database busy is retried after an
 * asynchronous back-off, which is safe because a statement that got `SQLITE_BUSY` outside a
 * transaction (or a `BEGIN IMMEDIATE`/`COMMIT`) changed nothing.
 *
 * Everything else (savepoints, streaming, the introspector) is Kysely's own `SqliteDriver`,
 * which this decorates.
 */
export class BusyRetrySqliteDialect extends SqliteDialect {
  readonly #busyTimeoutMs: number;
  readonly #opened: { database?: BetterSqliteDatabase };

  constructor(options: BusyRetrySqliteDialectOptions) {
    const opened: { database?: BetterSqliteDatabase } = {};
    const { database } = options;
    super({
      database: async () => {
        opened.database = typeof database === 'function' ? await database() : database;
        return opened.database as unknown as SqliteDatabase;
      },
    });
    this.#busyTimeoutMs = options.busyTimeoutMs;
    this.#opened = opened;
  }

  override createDriver(): Driver {
    return new BusyRetrySqliteDriver(super.createDriver(), this.#opened, this.#busyTimeoutMs);
  }
}

class BusyRetrySqliteDriver implements Driver {
  readonly #inner: Driver;
  readonly #opened: { database?: BetterSqliteDatabase };
  readonly #busyTimeoutMs: number;
  readonly #mutex = new ConnectionMutex();
  readonly #connections = new WeakMap<DatabaseConnection, BusyRetrySqliteConnection>();

  constructor(inner: Driver, opened: { database?: BetterSqliteDatabase }, busyTimeoutMs: number) {
    this.#inner = inner;
    this.#opened = opened;
    this.#busyTimeoutMs = busyTimeoutMs;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // Kysely's own mutex wakes every waiter to race for the single connection; this one hands
    // it over in arrival order first, so the inner mutex is never contended.
    await this.#mutex.lock();
    try {
      const inner = await this.#inner.acquireConnection();
      let connection = this.#connections.get(inner);
      if (!connection) {
        if (!this.#opened.database) throw new Error('The SQLite driver was not initialised.');
        connection = new BusyRetrySqliteConnection(inner, this.#opened.database, this.#busyTimeoutMs);
        this.#connections.set(inner, connection);
      }
      return connection;
    } catch (error) {
      this.#mutex.unlock();
      throw error;
    }
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock at once, so a busy database is met (and waited for) here,
    // where retrying is safe, rather than in the middle of the transaction.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }

  savepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.savepoint!(connection, savepointName, compileQuery);
  }

  rollbackToSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.rollbackToSavepoint!(connection, savepointName, compileQuery);
  }

  releaseSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return this.#inner.releaseSavepoint!(connection, savepointName, compileQuery);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#inner.releaseConnection(connection instanceof BusyRetrySqliteConnection ? connection.inner : connection);
    this.#mutex.unlock();
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}

const RETRY_DELAYS_MS = [1, 2, 5, 10, 20, 40];
/** Enough for every statement the repositories compile, with room for `in (…)` lists of several lengths. */
const MAX_CACHED_STATEMENTS = 256;

class BusyRetrySqliteConnection implements DatabaseConnection {
  /** Kysely's connection, which streams (with its select-only guard). */
  readonly inner: DatabaseConnection;
  readonly #database: BetterSqliteDatabase;
  readonly #busyTimeoutMs: number;
  /**
   * Prepared statements by SQL. Kysely compiles the same few statements again and again, and
   * preparing one costs about as much as running it; SQLite re-prepares a cached statement
   * itself when a migration changes the schema. Oldest out first when full.
   */
  readonly #statements = new Map<string, BetterSqliteStatement>();

  constructor(inner: DatabaseConnection, database: BetterSqliteDatabase, busyTimeoutMs: number) {
    this.inner = inner;
    this.#database = database;
    this.#busyTimeoutMs = busyTimeoutMs;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const retryable = this.#canRetry(compiledQuery.sql);
      try {
        return this.#run<R>(compiledQuery);
      } catch (error) {
        if (!retryable || !isBusy(error) || Date.now() - started >= this.#busyTimeoutMs) throw error;
        // Jitter keeps several waiting connections from retrying in lockstep.
        const base = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 40;
        await sleep(base + Math.random() * base);
      }
    }
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    // Streams prepare their own statement: one being iterated cannot run another query.
    return this.inner.streamQuery<R>(compiledQuery, chunkSize);
  }

  /** Inside a transaction only the statements that leave it intact on `SQLITE_BUSY` may be retried. */
  #canRetry(sql: string): boolean {
    if (!this.#database.inTransaction) return true;
    return /^\s*(commit|end)\b/i.test(sql);
  }

  #run<R>(compiledQuery: CompiledQuery): QueryResult<R> {
    const statement = this.#prepare(compiledQuery.sql);
    if (statement.reader) return { rows: statement.all(compiledQuery.parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(compiledQuery.parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  /** A cached statement for `#run`, which runs it to completion at once. */
  #prepare(sql: string): BetterSqliteStatement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#database.prepare(sql);
      if (this.#statements.size >= MAX_CACHED_STATEMENTS) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Hands the connection to one caller at a time, in the order they asked. Unlocking passes it
 * straight to the next waiter: waking every waiter to race for it would cost a wake-up per
 * waiter per hand-over, and let an unlucky request wait behind any number of later ones.
 */
export class ConnectionMutex {
  #locked = false;
  readonly #waiters: (() => void)[] = [];

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  unlock(): void {
    const next = this.#waiters.shift();
    // Still locked when someone waits: ownership passes to them directly.
    if (next) next();
    else this.#locked = false;
  }
}
