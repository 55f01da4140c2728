// The digest over HTTP against a real Coach server on loopback (SQLite, offline interviewer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoachClientError, createCoachClient } from '@coach/client';
import { serve, type RunningServer } from '../../../packages/server/src/node.js';
import { createTestApp, SECRET_KEY, type TestApp } from '../../../packages/server/test/test-app.js';
import { buildPendingDigest } from '../src/pending-digest.js';

describe('buildPendingDigest', () => {
  let t: TestApp;
  let running: RunningServer;

  beforeAll(async () => {
    t = await createTestApp();
    running = await serve(t.app, { port: 0, hostname: '127.0.0.1', coach: t.coach, handleSignals: false, maintenanceIntervalMs: 0 });
    const admin = createCoachClient({ baseUrl: running.url, token: SECRET_KEY });
    const candidates = [
      { name: 'Ada Lovelace', score: 9.2 },
      { name: 'Alan Turing', score: 7.5 },
      { name: 'Grace Hopper', score: 8.4 },
      { name: 'Edsger Dijkstra', score: 9.9, decision: 'Declined' as const },
    ];
    for (const { name, score, decision } of candidates) {
      const email = `${name.split(' ')[0]?.toLowerCase()}@example.com`;
      await admin.createReport({
        candidate_name: name,
        candidate_email: email,
        role: 'Backend Engineer',
        overall_score: score,
        ...(decision ? { decision } : {}),
      });
    }
  });

  afterAll(async () => {
    await running?.close();
    await t?.close();
  });

  it('should list the pending candidates by score with the statistics', async () => {
    const digest = await buildPendingDigest({ baseUrl: running.url, secretKey: SECRET_KEY, minScore: 8 });
    expect(digest.pending.map((report) => report.candidate_name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(digest.statistics.by_decision).toEqual({ Pending: 3, Accepted: 0, Declined: 1 });
    expect(digest.text.split('\n')).toEqual([
      '4 interviews (average 8.8/10): 3 pending, 0 accepted, 1 declined.',
      expect.stringMatching(/^- Ada Lovelace <ada@example.com>, Backend Engineer: 9\.2\/10 \(report \S+\)$/),
      expect.stringMatching(/^- Grace Hopper <grace@example.com>, Backend Engineer: 8\.4\/10 \(report \S+\)$/),
    ]);
  });

  it('should fail with UNAUTHORIZED for a wrong secret key', async () => {
    const error = await buildPendingDigest({ baseUrl: running.url, secretKey: 'not-the-secret-key-at-all' }).catch((thrown: unknown) => thrown);
    expect(CoachClientError.isInstance(error) && [error.code, error.status]).toEqual(['UNAUTHORIZED', 401]);
  });
});
