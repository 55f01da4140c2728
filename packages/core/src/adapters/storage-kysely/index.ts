// @coach/core/storage/kysely: the storage port on SQLite (better-sqlite3) or PostgreSQL (pg).

export { createKyselyStorage, type KyselyStorageOptions } from './kysely-storage.js';
export { createSqliteStorage, type SqliteStorageOptions } from './sqlite.js';
export { createPostgresStorage, type PostgresStorageOptions } from './postgres.js';
export type { CoachDatabase } from './database-types.js';
