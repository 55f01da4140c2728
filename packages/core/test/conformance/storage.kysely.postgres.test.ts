import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresStorage } from '../../src/adapters/storage-kysely/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import type { Storage } from '../../src/ports/storage.js';
import { describeStorageConformance } from '../../src/testing/conformance/storage-conformance.js';
import { createTestPostgresStorage, shouldRunPostgresTests, TEST_PG_URL } from '../../src/testing/test-storage.js';

// Throws under CI=true when PostgreSQL is unreachable; skips loudly otherwise.
const runPostgres = await shouldRunPostgresTests();

describe.skipIf(!runPostgres)('kysely-postgres', () => {
  describeStorageConformance({ name: 'kysely-postgres', create: createTestPostgresStorage });

  describe('createPostgresStorage', () => {
    const schema = `coach_migrate_${randomBytes(6).toString('hex')}`;
    const opened: Storage[] = [];

    afterEach(async () => {
      await Promise.allSettled(opened.splice(0).map((storage) => storage.close()));
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    });

    it('should migrate a fresh schema from several storages at once', async () => {
      const storages = [0, 1, 2].map(() => createPostgresStorage({ connectionString: TEST_PG_URL, schema, maxConnections: 2 }));
      opened.push(...storages);
      await Promise.all(storages.map((storage) => storage.migrate()));
      const [first, second] = storages as [Storage, Storage];
      await first.settings.setIfAbsent({ key: 'k', value: 'v' });
      expect(await second.settings.get({ key: 'k' })).toBe('v');
      expect((await second.reports.statistics()).total).toBe(0);
    });

    it('should reject options without exactly one of connectionString and pool with INVALID_CONFIG', () => {
      let error: unknown;
      try {
        createPostgresStorage({ connectionString: '' });
      } catch (caught) {
        error = caught;
      }
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).code).toBe('INVALID_CONFIG');
    });
  });
});
