import { describeStorageConformance } from '../../src/testing/conformance/storage-conformance.js';
import { createTestSqliteStorage } from '../../src/testing/test-storage.js';

describeStorageConformance({ name: 'kysely-sqlite', create: createTestSqliteStorage });
