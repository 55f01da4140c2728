import { afterAll, beforeEach, describe } from 'vitest';
import type { Storage, StorageCapabilities } from '../../ports/storage.js';
import type { StorageSuite } from './storage/storage-suite.js';
import { describeStorageLifecycle } from './storage/storage-lifecycle.js';
import { describeTemplateStorage } from './storage/templates.js';
import { describeTemplateAuthoringStorage } from './storage/templates-authoring.js';
import { describeSessionStorage } from './storage/sessions.js';
import { describeTurnStorage } from './storage/turns.js';
import { describeDsaStorage } from './storage/dsa-rounds.js';
import { describeReportStorage } from './storage/reports.js';
import { describeReportListStorage } from './storage/report-list.js';
import { describeReportStatisticsStorage } from './storage/report-statistics.js';
import { describeInviteStorage } from './storage/invites.js';
import { describeSpeechCacheStorage } from './storage/speech-cache.js';
import { describeRateLimitStorage } from './storage/rate-limits.js';
import { describeSettingsStorage } from './storage/settings.js';
import { describeTransactionStorage } from './storage/transactions.js';
import { describeWebhookStorage } from './storage/webhooks.js';

/** A fresh, migrated, empty storage for one test. */
export interface StorageConformanceFixture {
  storage: Storage;
  /**
   * Opens another storage on the same database with its own connection(s). Concurrency tests
   * race `storage` against peers so that the database's own locking is exercised; without it
   * they race calls on `storage` alone.
   */
  openPeer?: () => Promise<Storage>;
  /**
   * Empties the database. When given, one fixture serves every test and is reset between
   * tests (much faster on a server database); otherwise each test gets a fresh fixture.
   */
  reset?: () => Promise<void>;
  /** Closes everything opened and deletes the database. */
  cleanup: () => Promise<void>;
}

/** Options of `describeStorageConformance`. */
export interface StorageConformanceOptions {
  /** Shown in the test names, e.g. `kysely-sqlite`. */
  name: string;
  /** Makes a migrated, empty storage: once when the fixture can `reset`, otherwise before every test. */
  create: () => Promise<StorageConformanceFixture>;
  /**
   * What the suite may assume about the adapter. Tests that need a capability the adapter lacks
   * are skipped with the reason. @default the storage's own `capabilities`
   */
  capabilities?: Partial<StorageCapabilities>;
}

/**
 * Registers the vitest suite every `Storage` adapter must pass: each repository operation and
 * each MUST of the port contract, including the concurrent cases (two answers to one question,
 * two writers of one version, concurrent invite claims, rate-limit hits and settings writes).
 *
 * @example
 * describeStorageConformance({ name: 'kysely-sqlite', create: createTestSqliteStorage });
 */
export function describeStorageConformance(options: StorageConformanceOptions): void {
  describe(`storage conformance: ${options.name}`, () => {
    let fixture: StorageConformanceFixture | undefined;
    let storage: Storage;
    let peers: Storage[] = [];
    /** Set by a test that closed the main storage, so the next test gets a new fixture. */
    let mustRecreate = false;
    const capability = <K extends keyof StorageCapabilities>(key: K): StorageCapabilities[K] =>
      (options.capabilities?.[key] ?? storage.capabilities[key]) as StorageCapabilities[K];

    /** `count` storages to race: the main one and peers on their own connections, in turn. */
    const racers = async (count: number): Promise<Storage[]> => {
      if (!fixture?.openPeer) return Array.from({ length: count }, () => storage);
      while (peers.length < 2) peers.push(await fixture.openPeer());
      const pool = [storage, ...peers];
      return Array.from({ length: count }, (_, index) => pool[index % pool.length] as Storage);
    };

    beforeEach(async () => {
      if (fixture?.reset && !mustRecreate) {
        await fixture.reset();
        return;
      }
      await fixture?.cleanup();
      fixture = await options.create();
      storage = fixture.storage;
      peers = [];
      mustRecreate = false;
    });

    afterAll(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    const suite: StorageSuite = {
      get storage() {
        return storage;
      },
      racers,
      capability,
      openPeer: () => (fixture?.openPeer ? fixture.openPeer() : null),
      recreateAfterThisTest: () => {
        mustRecreate = true;
      },
    };

    describeStorageLifecycle(suite);
    describeTemplateStorage(suite);
    describeTemplateAuthoringStorage(suite);
    describeSessionStorage(suite);
    describeTurnStorage(suite);
    describeDsaStorage(suite);
    describeReportStorage(suite);
    describeReportListStorage(suite);
    describeReportStatisticsStorage(suite);
    describeInviteStorage(suite);
    describeSpeechCacheStorage(suite);
    describeRateLimitStorage(suite);
    describeSettingsStorage(suite);
    describeTransactionStorage(suite);
    describeWebhookStorage(suite);
  });
}
