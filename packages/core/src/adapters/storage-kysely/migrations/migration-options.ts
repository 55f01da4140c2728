/** What a migration needs to know about the database it runs on. */
export interface MigrationOptions {
  dialect: 'sqlite' | 'postgres';
  /** PostgreSQL schema holding Coach's tables; null for the connection's default. */
  schema: string | null;
}
