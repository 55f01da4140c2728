import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { BusyRetrySqliteDialect, ConnectionMutex, type BetterSqliteDatabase } from './sqlite-driver.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as new (filename: string) => BetterSqliteDatabase;

describe('BusyRetrySqliteDialect', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function open(busyTimeoutMs = 1000) {
    const directory = mkdtempSync(join(tmpdir(), 'coach-sqlite-driver-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    return openAt(join(directory, 'test.db'), busyTimeoutMs);
  }

  function openAt(filename: string, busyTimeoutMs = 1000) {
    const database = new Database(filename) as BetterSqliteDatabase & { pragma(source: string): unknown };
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 0');
    const db = new Kysely<any>({ dialect: new BusyRetrySqliteDialect({ database, busyTimeoutMs }) });
    cleanups.push(() => db.destroy());
    return db;
  }

  /** Two Kysely instances on one file, as two server processes sharing `coach.db` have. */
  function openTwice(busyTimeoutMs: number) {
    const directory = mkdtempSync(join(tmpdir(), 'coach-sqlite-driver-'));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    const filename = join(directory, 'test.db');
    return [openAt(filename, busyTimeoutMs), openAt(filename, busyTimeoutMs)] as const;
  }

  it("should wait for another connection's write lock without blocking the event loop, then write", async () => {
    const [first, second] = openTwice(3000);
    await sql`create table items (id integer primary key, name text)`.execute(first);
    const holder = await first.startTransaction().execute();
    await holder.insertInto('items').values({ id: 1, name: 'held' }).execute();

    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const waiting = second.insertInto('items').values({ id: 2, name: 'waited' }).execute();
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Still waiting for the lock, and the event loop kept running meanwhile.
    expect(ticks).toBeGreaterThan(10);
    await holder.commit().execute();
    await waiting;
    clearInterval(ticker);
    expect((await second.selectFrom('items').select('id').orderBy('id').execute()).map((row) => row.id)).toEqual([1, 2]);
  });

  it('should give up with SQLITE_BUSY once the busy timeout has passed', async () => {
    const [first, second] = openTwice(100);
    await sql`create table items (id integer primary key)`.execute(first);
    const holder = await first.startTransaction().execute();
    await holder.insertInto('items').values({ id: 1 }).execute();
    const started = Date.now();
    await expect(second.insertInto('items').values({ id: 2 }).execute()).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await holder.rollback().execute();
  });

  it('should support savepoints inside a transaction', async () => {
    const db = open();
    await sql`create table items (id integer primary key)`.execute(db);
    const trx = await db.startTransaction().execute();
    await trx.insertInto('items').values({ id: 1 }).execute();
    const savepoint = await trx.savepoint('before_second').execute();
    await savepoint.insertInto('items').values({ id: 2 }).execute();
    await savepoint.rollbackToSavepoint('before_second').execute();
    await trx.commit().execute();
    expect((await db.selectFrom('items').select('id').execute()).map((row) => row.id)).toEqual([1]);
  });

  it('should stream the rows of a select', async () => {
    const db = open();
    await sql`create table items (id integer primary key)`.execute(db);
    for (let id = 1; id <= 5; id += 1) await db.insertInto('items').values({ id }).execute();
    const seen: number[] = [];
    for await (const row of db.selectFrom('items').select('id').orderBy('id').stream()) seen.push(row.id);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('should see a schema change through a statement it prepared before', async () => {
    const db = open();
    await sql`create table items (id integer primary key, name text)`.execute(db);
    await db.insertInto('items').values({ id: 1, name: 'first' }).execute();
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([{ id: 1, name: 'first' }]);
    await sql`alter table items add column note text default 'none'`.execute(db);
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([{ id: 1, name: 'first', note: 'none' }]);
  });

  it('should run the same statement again with other parameters, and many distinct statements', async () => {
    const db = open();
    await sql`create table items (id integer primary key, name text)`.execute(db);
    for (let id = 1; id <= 300; id += 1)
      await db
        .insertInto('items')
        .values({ id, name: `item ${id}` })
        .execute();
    // More distinct statements than the cache holds: `in` lists of every length.
    for (let length = 1; length <= 300; length += 1) {
      const ids = Array.from({ length }, (_, index) => index + 1);
      const rows = await db.selectFrom('items').select('id').where('id', 'in', ids).execute();
      expect(rows).toHaveLength(length);
    }
    expect(await db.selectFrom('items').select('name').where('id', '=', 7).executeTakeFirst()).toEqual({ name: 'item 7' });
    expect(await db.selectFrom('items').select('name').where('id', '=', 300).executeTakeFirst()).toEqual({ name: 'item 300' });
  });

  it('should hand the connection to waiting transactions in the order they asked', async () => {
    const db = open();
    await sql`create table log (position integer primary key autoincrement, caller integer)`.execute(db);
    const callers = Array.from({ length: 30 }, (_, caller) => caller);
    await Promise.all(
      callers.map((caller) =>
        db.transaction().execute(async (trx) => {
          await trx.insertInto('log').values({ caller }).execute();
          // Yield inside the transaction so that every other caller is waiting for the connection.
          await new Promise((resolve) => setTimeout(resolve, 1));
        }),
      ),
    );
    const order = (await db.selectFrom('log').select('caller').orderBy('position').execute()).map((row) => row.caller);
    expect(order).toEqual(callers);
  });
});

describe('ConnectionMutex', () => {
  it('should hand over to the longest waiter, not to a caller that arrives as it is released', async () => {
    const mutex = new ConnectionMutex();
    const acquired: string[] = [];
    await mutex.lock();
    const waiting = ['first', 'second', 'third'].map((name) => mutex.lock().then(() => acquired.push(name)));
    // Release and ask again in the same tick, as a request finishing and a new one arriving do.
    mutex.unlock();
    const late = mutex.lock().then(() => acquired.push('late'));
    await waiting[0];
    mutex.unlock();
    await waiting[1];
    mutex.unlock();
    await waiting[2];
    mutex.unlock();
    await late;
    expect(acquired).toEqual(['first', 'second', 'third', 'late']);
  });

  it('should be free again once every holder has released it', async () => {
    const mutex = new ConnectionMutex();
    await mutex.lock();
    const next = mutex.lock();
    mutex.unlock();
    await next;
    mutex.unlock();
    let acquired = false;
    void mutex.lock().then(() => (acquired = true));
    await Promise.resolve();
    expect(acquired).toBe(true);
  });
});
