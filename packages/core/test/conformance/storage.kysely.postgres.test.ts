import { describe } from 'vitest';
import { describeStorageConformance } from '../../src/testing/conformance/storage-conformance.js';
import { createTestPostgresStorage, shouldRunPostgresTests } from '../../src/testing/test-storage.js';

// Throws under CI=true when PostgreSQL is unreachable; skips loudly otherwise.
const runPostgres = await shouldRunPostgresTests();

describe.skipIf(!runPostgres)('kysely-postgres', () => {
  describeStorageConformance({ name: 'kysely-postgres', create: createTestPostgresStorage });
});
