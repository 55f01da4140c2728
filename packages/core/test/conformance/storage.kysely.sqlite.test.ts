import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DummyDriver, Kysely, MysqlQueryCompiler, SqliteAdapter, SqliteDialect, SqliteIntrospector } from 'kysely';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createKyselyStorage, createSqliteStorage } from '../../src/adapters/storage-kysely/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import type { Storage } from '../../src/ports/storage.js';
import { describeStorageConformance } from '../../src/testing/conformance/storage-conformance.js';
import { createTestSqliteStorage } from '../../src/testing/test-storage.js';

describeStorageConformance({ name: 'kysely-sqlite', create: createTestSqliteStorage });

describe('createSqliteStorage', () => {
  const filename = join(tmpdir(), `coach-sqlite-${randomBytes(6).toString('hex')}.db`);
  const opened: Storage[] = [];

  afterEach(async () => {
    await Promise.allSettled(opened.splice(0).map((storage) => storage.close()));
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${filename}${suffix}`, { force: true })));
  });

  it('should migrate a fresh file from several storages at once', async () => {
    const storages = [0, 1, 2].map(() => createSqliteStorage({ filename }));
    opened.push(...storages);
    await Promise.all(storages.map((storage) => storage.migrate()));
    const [first, second] = storages as [Storage, Storage];
    await first.reports.create({ report: sampleReport() });
    expect((await second.reports.statistics()).total).toBe(1);
    expect((await second.reports.list({ filter: { query: 'lovelace' } })).reports).toHaveLength(1);
  });

  it('should reject an unusable file name at creation with INVALID_CONFIG', () => {
    const error = catchError(() => createSqliteStorage({ filename: join(tmpdir(), 'missing-folder-coach', 'x', 'coach.db') }));
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as ValidationError).code).toBe('INVALID_CONFIG');
  });

  it('should work on a Kysely instance with the stock SQLite dialect, recognising the dialect itself', async () => {
    const storage = createKyselyStorage({ db: new Kysely({ dialect: new SqliteDialect({ database: new Database(filename) }) }) });
    opened.push(storage);
    await storage.migrate();
    await storage.transaction(async (tx) => {
      await tx.reports.create({ report: sampleReport() });
    });
    expect((await storage.reports.list({ filter: { query: 'ada' } })).reports).toHaveLength(1);
  });

  it('should reject a schema on SQLite', () => {
    const error = catchError(() =>
      createKyselyStorage({ db: new Kysely({ dialect: new SqliteDialect({ database: new Database(':memory:') }) }), schema: 'x' }),
    );
    expect((error as ValidationError).code).toBe('INVALID_CONFIG');
  });
});

describe('createKyselyStorage dialect', () => {
  it('should refuse a Kysely instance on a dialect Coach does not support', () => {
    const mysqlLike = new Kysely<any>({
      dialect: {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new MysqlQueryCompiler(),
      },
    });
    const error = catchError(() => createKyselyStorage({ db: mysqlLike }));
    expect((error as ValidationError).code).toBe('INVALID_CONFIG');
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: 'dialect' })]);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error.');
}

function sampleReport() {
  const now = new Date().toISOString();
  return {
    id: randomBytes(16).toString('base64url'),
    sessionId: null,
    candidateName: 'Ada Lovelace',
    candidateEmail: 'ada@example.com',
    role: 'Backend Engineer',
    overallScore: 8,
    behavioralScore: 8,
    technicalScore: 8,
    dsaScore: null,
    weights: { behavioral: 0.5, technical: 0.5, dsa: 0 },
    summary: 'Strong.',
    strengths: [],
    improvements: [],
    questions: [],
    dsa: null,
    resumeSummary: null,
    decision: 'Pending' as const,
    provenance: [],
    createdAt: now,
    updatedAt: now,
  };
}
