import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

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
 * A Kysely dialect for better-sqlite3 that waits for a busy database asynchronously.
 *
 * better-sqlite3 is synchronous, so SQLite's own `busy_timeout` would block the event loop
 * while another connection holds the write lock; if that connection lives in the same process
 * it can never finish, and both stall until the timeout. Here the connection runs with
 * `busy_timeout = 0` and a statement that finds the database busy is retried after an
 * asynchronous back-off, which is safe because a statement that got `SQLITE_BUSY` outside a
 * transaction (or a `BEGIN IMMEDIATE`/`COMMIT`) changed nothing.
 */
export class BusyRetrySqliteDialect implements Dialect {
  readonly #options: BusyRetrySqliteDialectOptions;

  constructor(options: BusyRetrySqliteDialectOptions) {
    this.#options = options;
  }

  createDriver(): Driver {
    return new BusyRetrySqliteDriver(this.#options);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

class BusyRetrySqliteDriver implements Driver {
  readonly #options: BusyRetrySqliteDialectOptions;
  readonly #mutex = new ConnectionMutex();
  #database: BetterSqliteDatabase | undefined;
  #connection: BusyRetrySqliteConnection | undefined;

  constructor(options: BusyRetrySqliteDialectOptions) {
    this.#options = options;
  }

  async init(): Promise<void> {
    const { database } = this.#options;
    this.#database = typeof database === 'function' ? await database() : database;
    this.#connection = new BusyRetrySqliteConnection(this.#database, this.#options.busyTimeoutMs);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // One better-sqlite3 handle serves the whole Kysely instance; the mutex hands it to one
    // caller at a time so a transaction owns it until it ends.
    await this.#mutex.lock();
    if (!this.#connection) throw new Error('The SQLite driver was not initialised.');
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.#database?.close();
  }
}

const RETRY_DELAYS_MS = [1, 2, 5, 10, 20, 40];
/** Enough for every statement the repositories compile, with room for `in (…)` lists of several lengths. */
const MAX_CACHED_STATEMENTS = 256;

class BusyRetrySqliteConnection implements DatabaseConnection {
  readonly #database: BetterSqliteDatabase;
  readonly #busyTimeoutMs: number;
  /**
   * Prepared statements by SQL. Kysely compiles the same few statements again and again, and
   * preparing one costs about as much as running it; SQLite re-prepares a cached statement
   * itself when a migration changes the schema. Oldest out first when full.
   */
  readonly #statements = new Map<string, BetterSqliteStatement>();

  constructor(database: BetterSqliteDatabase, busyTimeoutMs: number) {
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

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.#database.prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters)) yield { rows: [row as R] };
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

  /**
   * A cached statement for `#run`, which runs it to completion at once. Streams prepare their
   * own: a statement being iterated cannot run another query until the iteration ends.
   */
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
