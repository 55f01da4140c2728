import { Migrator, sql, type Kysely } from 'kysely';
import { CoachError } from '../../errors/coach-error.js';
import { StorageError } from '../../errors/storage-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import type { Storage, StorageRepositories } from '../../ports/storage.js';
import type { CoachDatabase } from './database-types.js';
import { createMigrationProvider, MIGRATION_LOCK_TABLE, MIGRATION_TABLE } from './migrations/index.js';
import type { RepositoryContext } from './repository-context.js';
import { createDsaRepository } from './repositories/dsa-repository.js';
import { createInviteRepository } from './repositories/invite-repository.js';
import { createRateLimitRepository } from './repositories/rate-limit-repository.js';
import { createReportRepository } from './repositories/report-repository.js';
import { createSessionRepository } from './repositories/session-repository.js';
import { createSettingsRepository } from './repositories/settings-repository.js';
import { createSpeechCacheRepository } from './repositories/speech-cache-repository.js';
import { createTemplateRepository } from './repositories/template-repository.js';
import { createInvitationRepository } from './repositories/invitation-repository.js';
import { createTurnRepository } from './repositories/turn-repository.js';
import { createWebhookRepository } from './repositories/webhook-repository.js';
import { guardRepository, toStorageError } from './storage-error-mapping.js';

/** Options of `createKyselyStorage`. */
export interface KyselyStorageOptions {
  /** A Kysely instance on SQLite or PostgreSQL. `close()` destroys it. */
  db: Kysely<any>;
  /** @default derived from how `db` compiles queries */
  dialect?: 'sqlite' | 'postgres';
  /** PostgreSQL only: the schema holding Coach's tables (created by `migrate()`). @default the connection's search path */
  schema?: string;
}

/**
 * The storage port on a Kysely instance, for SQLite or PostgreSQL. Prefer `createSqliteStorage`
 * or `createPostgresStorage`, which also open the connection.
 *
 * With a plain Kysely SQLite dialect, SQLite's `busy_timeout` decides how long writers wait
 * for each other (synchronously); `createSqliteStorage` waits asynchronously instead.
 *
 * @example
 * const storage = createKyselyStorage({ db: new Kysely({ dialect: new PostgresDialect({ pool }) }), schema: 'coach' });
 * await storage.migrate();
 */
export function createKyselyStorage(options: KyselyStorageOptions): Storage {
  const issues: { path: string; message: string }[] = [];
  if (!options.db || typeof options.db.selectFrom !== 'function') {
    throw new ValidationError({
      code: 'INVALID_CONFIG',
      message: 'Invalid Kysely storage options.',
      issues: [{ path: 'db', message: 'must be a Kysely instance' }],
    });
  }
  const derived = options.dialect ?? deriveDialect(options.db);
  const schema = options.schema ?? null;
  if (derived !== 'sqlite' && derived !== 'postgres')
    issues.push({ path: 'dialect', message: "must be 'sqlite' or 'postgres' (a Kysely instance on SQLite or PostgreSQL)" });
  if (schema !== null && derived !== 'postgres') issues.push({ path: 'schema', message: 'is only supported on PostgreSQL' });
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) issues.push({ path: 'schema', message: 'must be a plain SQL identifier' });
  if (issues.length) throw new ValidationError({ code: 'INVALID_CONFIG', message: 'Invalid Kysely storage options.', issues });
  const dialect = derived as 'sqlite' | 'postgres';

  const root = (schema ? options.db.withSchema(schema) : options.db) as Kysely<CoachDatabase>;

  /** Runs `fn` on a transaction; errors of `fn` pass through, database errors become `StorageError`. */
  const transact = async <T>(fn: (context: RepositoryContext) => Promise<T>): Promise<T> => {
    let failure: { error: unknown } | undefined;
    const run = async (db: Kysely<CoachDatabase>) => {
      try {
        return await fn(transactionContext(db));
      } catch (error) {
        failure = { error };
        throw error;
      }
    };
    try {
      if (dialect === 'postgres') return await root.transaction().execute(run);
      return await root.connection().execute(async (connection) => {
        // Taking the write lock at BEGIN means a transaction never fails half-way because a
        // concurrent writer got in between its read and its write.
        await sql`begin immediate`.execute(connection);
        let result: T;
        try {
          result = await run(connection);
        } catch (error) {
          await sql`rollback`.execute(connection).catch(() => undefined);
          throw error;
        }
        await sql`commit`.execute(connection);
        return result;
      });
    } catch (error) {
      if (failure && failure.error === error) throw error;
      throw toStorageError(error, 'transaction');
    }
  };

  let searchIndex: Promise<boolean> | undefined;
  const hasSearchIndex = (db: Kysely<CoachDatabase>) => {
    if (dialect !== 'sqlite') return Promise.resolve(false);
    searchIndex ??= sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'coach_reports_search'`
      .execute(db)
      .then((result) => result.rows.length > 0);
    // A failed check is not remembered, so a later call can succeed.
    searchIndex.catch(() => (searchIndex = undefined));
    return searchIndex;
  };

  const transactionContext = (db: Kysely<CoachDatabase>): RepositoryContext => {
    const context: RepositoryContext = { db, dialect, atomic: (fn) => fn(context), hasSearchIndex };
    return context;
  };

  let closing: Promise<void> | undefined;
  const rootContext: RepositoryContext = { db: root, dialect, atomic: transact, hasSearchIndex };

  const migrate = async () => {
    const provider = createMigrationProvider({ dialect, schema });
    const run = async (db: Kysely<any>) => {
      const migrator = new Migrator({
        db,
        provider,
        migrationTableName: MIGRATION_TABLE,
        migrationLockTableName: MIGRATION_LOCK_TABLE,
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    };
    try {
      // PostgreSQL: Kysely's migrator serialises processes with an advisory lock and runs the
      // migrations in a transaction. SQLite: the migrator takes no lock, so the whole run goes
      // inside one BEGIN IMMEDIATE transaction; a second process waits, then finds nothing to do.
      if (dialect === 'postgres') await run(root);
      else {
        await root.connection().execute(async (connection) => {
          await sql`begin immediate`.execute(connection);
          try {
            await run(connection);
          } catch (error) {
            await sql`rollback`.execute(connection).catch(() => undefined);
            throw error;
          }
          await sql`commit`.execute(connection);
        });
      }
      searchIndex = undefined;
    } catch (error) {
      if (CoachError.isInstance(error)) throw error;
      throw new StorageError({ message: `Migrating the database failed: ${error instanceof Error ? error.message : String(error)}`, cause: error });
    }
  };

  return {
    specificationVersion: 'v1',
    adapterId: `kysely-${dialect}`,
    capabilities: { dialect, concurrentProcesses: dialect === 'postgres' },
    ...createRepositories(rootContext),
    transaction: (fn) => transact((context) => fn(createRepositories(context))),
    migrate,
    async healthCheck() {
      try {
        await sql`select 1`.execute(root);
      } catch (error) {
        throw new StorageError({ message: 'The database did not answer.', cause: error });
      }
    },
    async close() {
      // Idempotent: destroying a PostgreSQL pool twice throws.
      closing ??= options.db.destroy();
      await closing;
    },
  };
}

function createRepositories(context: RepositoryContext): StorageRepositories {
  return {
    templates: guardRepository('templates', createTemplateRepository(context)),
    sessions: guardRepository('sessions', createSessionRepository(context)),
    turns: guardRepository('turns', createTurnRepository(context)),
    dsa: guardRepository('dsa', createDsaRepository(context)),
    reports: guardRepository('reports', createReportRepository(context)),
    invites: guardRepository('invites', createInviteRepository(context)),
    speechCache: guardRepository('speechCache', createSpeechCacheRepository(context)),
    rateLimits: guardRepository('rateLimits', createRateLimitRepository(context)),
    settings: guardRepository('settings', createSettingsRepository(context)),
    webhooks: guardRepository('webhooks', createWebhookRepository(context)),
    invitations: guardRepository('invitations', createInvitationRepository(context)),
  };
}

/**
 * Which of the supported dialects `db` speaks, from how it compiles a query (Kysely's public
 * API): PostgreSQL numbers its parameters (`$1`), SQLite writes `?` and quotes identifiers
 * with double quotes (MySQL, also `?`, uses backticks).
 */
function deriveDialect(db: Kysely<any>): 'sqlite' | 'postgres' | null {
  const compiled = db.selectFrom('probe').select('column').where('column', '=', 1).compile().sql;
  if (compiled.includes('$1')) return 'postgres';
  if (compiled.includes('"probe"') && compiled.includes('?')) return 'sqlite';
  return null;
}
