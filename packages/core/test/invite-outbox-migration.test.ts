import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createKyselyStorage } from '../src/adapters/storage-kysely/index.js';
import { createMigrationProvider, MIGRATION_LOCK_TABLE, MIGRATION_TABLE } from '../src/adapters/storage-kysely/migrations/index.js';
import type { Storage } from '../src/ports/storage.js';
import { shouldRunPostgresTests, TEST_PG_URL } from '../src/testing/test-storage.js';

const runPostgres = await shouldRunPostgresTests();

const queuedRow = {
  id: 'invite-1',
  report_id: 'report-1',
  to_email: 'ada@example.com',
  to_name: 'Ada Lovelace',
  subject: null,
  text_body: null,
  html_body: null,
  status: 'queued',
  attempts: 2,
  last_error: 'SMTP down',
  next_attempt_at: '2026-01-01T00:00:00.000Z',
  locked_until: null,
  sent_at: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

/**
 * A database of the version before invitations could be mailed keeps its queued invites through
 * the upgrade, and the upgraded outbox takes the email of an invitation beside them.
 */
async function expectUpgradeKeepsInvites(db: Kysely<any>, dialect: 'sqlite' | 'postgres', schema: string | null): Promise<Storage> {
  const scoped = schema ? db.withSchema(schema) : db;
  const migrator = new Migrator({
    db: scoped,
    provider: createMigrationProvider({ dialect, schema }),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const before = await migrator.migrateTo('0008-templates-authoring');
  expect(before.error).toBeUndefined();
  await scoped.insertInto('coach_invites').values(queuedRow).execute();

  const storage = createKyselyStorage({ db, ...(schema ? { schema } : {}) });
  await storage.migrate();
  expect(await storage.invites.get({ id: 'invite-1' })).toMatchObject({ reportId: 'report-1', invitationId: null, attempts: 2, lastError: 'SMTP down' });
  // The report's single invite is still enforced after the rebuild.
  const again = await storage.invites.enqueue({ invite: { ...(await storage.invites.get({ id: 'invite-1' }))!, id: 'invite-2' } });
  expect(again.created).toBe(false);
  const forInvitation = await storage.invites.enqueue({
    invite: { ...(await storage.invites.get({ id: 'invite-1' }))!, id: 'invite-3', reportId: null, invitationId: 'invitation-1', attempts: 0, lastError: null },
  });
  expect(forInvitation.created).toBe(true);
  expect((await storage.invites.claim({ now: '2026-01-02T00:00:00.000Z', leaseMs: 1000, limit: 10 })).map((invite) => invite.id).sort()).toEqual([
    'invite-1',
    'invite-3',
  ]);
  return storage;
}

describe('the invite outbox upgrade', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('should keep queued invites when SQLite rebuilds the table', async () => {
    const file = join(tmpdir(), `coach-outbox-upgrade-${randomBytes(6).toString('hex')}.db`);
    cleanups.push(() => rm(file, { force: true }));
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    const storage = await expectUpgradeKeepsInvites(db, 'sqlite', null);
    cleanups.push(() => storage.close());
    const indexes = await db.selectFrom('sqlite_master').select('name').where('tbl_name', '=', 'coach_invites').where('type', '=', 'index').execute();
    expect(indexes.map((index) => index.name)).toEqual(expect.arrayContaining(['coach_invites_due', 'coach_invites_lease', 'coach_invites_invitation']));
  });

  it.skipIf(!runPostgres)('should keep queued invites on PostgreSQL', async () => {
    const schema = `coach_outbox_${randomBytes(6).toString('hex')}`;
    const pool = new pg.Pool({ connectionString: TEST_PG_URL, max: 2 });
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    });
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    await db.schema.createSchema(schema).execute();
    const storage = await expectUpgradeKeepsInvites(db, 'postgres', schema);
    cleanups.push(() => storage.close());
  });
});
