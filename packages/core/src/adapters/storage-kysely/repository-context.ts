import type { Kysely } from 'kysely';
import type { CoachDatabase } from './database-types.js';

/** What every repository is built on: a database handle and how to make several statements atomic. */
export interface RepositoryContext {
  /** The database, the transaction, or the locked connection the repository runs on. */
  db: Kysely<CoachDatabase>;
  dialect: 'sqlite' | 'postgres';
  /**
   * Runs `fn` atomically: in a new transaction (on SQLite one holding the write lock from the
   * start), or directly when this context already is a transaction.
   */
  atomic<T>(fn: (context: RepositoryContext) => Promise<T>): Promise<T>;
  /** SQLite: whether the FTS5 trigram search table exists (checked once, on `db`). */
  hasSearchIndex(db: Kysely<CoachDatabase>): Promise<boolean>;
}
