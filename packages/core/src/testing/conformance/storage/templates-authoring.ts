import { describe, expect, it } from 'vitest';
import type { Invitation } from '../../../domain/invitation-types.js';
import type { TemplateAuthoring } from '../../../domain/template-types.js';
import { ConflictError } from '../../../errors/conflict-error.js';
import { createId } from '../../../internal/ids.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, expectError, fulfilled, makeTemplate, rejected, rejectionOf } from './storage-builders.js';

const AUTHORING: TemplateAuthoring = {
  role: 'Platform Engineer',
  level: 'senior',
  jobDescription: 'Run the build farm.',
  questions: [{ text: 'Tell us about a migration you led.', kind: 'behavioral', keyPoints: ['planning', 'rollback'] }],
  questionCount: 4,
  followUps: false,
  dsa: { enabled: false, difficulty: 'auto', languages: ['python'] },
};

/** The storage port's contract for authored, versioned and audited interview templates. */
export function describeTemplateAuthoringStorage(suite: StorageSuite): void {
  describe('templates (authoring)', () => {
    const storage = currentStorage(suite);

    it('should create a template at version 1 with its authoring, and refuse a second with the same id', async () => {
      const template = makeTemplate({ id: 'platform', authoring: AUTHORING, published: false, version: 7 });
      const created = await storage.templates.create({ template });
      expect(created).toEqual({ ...template, version: 1 });
      expect(await storage.templates.get({ id: 'platform' })).toEqual(created);
      expectError(await rejectionOf(storage.templates.create({ template })), ConflictError);
    });

    it('should update only the expected version, bump it and keep createdAt', async () => {
      const created = await storage.templates.create({ template: makeTemplate({ id: 'platform', authoring: AUTHORING, createdAt: at(0) }) });
      const changed = { ...created, title: 'Platform', archivedAt: at(50), createdAt: at(99), updatedAt: at(50) };
      const updated = await storage.templates.update({ template: changed, expectedVersion: 1 });
      expect(updated).toEqual({ ...changed, version: 2, createdAt: at(0) });
      expectError(await rejectionOf(storage.templates.update({ template: changed, expectedVersion: 1 })), ConflictError);
      const missing = makeTemplate({ id: 'missing' });
      expectError(await rejectionOf(storage.templates.update({ template: missing, expectedVersion: 1 })), ConflictError);
      expect(await storage.templates.get({ id: 'platform' })).toEqual(updated);
    });

    it('should let exactly one of concurrent writers of the same version win', async () => {
      const created = await storage.templates.create({ template: makeTemplate({ id: 'raced' }) });
      const all = await suite.racers(5);
      const results = await Promise.allSettled(
        all.map((each, index) => each.templates.update({ template: { ...created, title: `writer ${index}` }, expectedVersion: 1 })),
      );
      expect(fulfilled(results)).toHaveLength(1);
      for (const error of rejected(results)) expectError(error, ConflictError);
      expect((await storage.templates.get({ id: 'raced' }))?.version).toBe(2);
    });

    it('should keep the audit trail in version order', async () => {
      const created = await storage.templates.create({ template: makeTemplate({ id: 'audited', authoring: AUTHORING }) });
      const updated = await storage.templates.update({ template: { ...created, published: false }, expectedVersion: 1 });
      await storage.templates.appendAudit({
        entry: { id: createId(), templateId: 'audited', version: 2, action: 'updated', snapshot: updated, createdAt: at(2) },
      });
      await storage.templates.appendAudit({
        entry: { id: createId(), templateId: 'audited', version: 1, action: 'created', snapshot: created, createdAt: at(1) },
      });
      await storage.templates.appendAudit({
        entry: { id: createId(), templateId: 'other', version: 1, action: 'created', snapshot: created, createdAt: at(1) },
      });
      const trail = await storage.templates.listAudit({ templateId: 'audited' });
      expect(trail.map((entry) => [entry.version, entry.action])).toEqual([
        [1, 'created'],
        [2, 'updated'],
      ]);
      expect(trail[1]?.snapshot).toEqual(updated);
      expect(await storage.templates.listAudit({ templateId: 'nobody' })).toEqual([]);
    });

    it('should store invitations, find them by token hash and session, and list them newest first with filters', async () => {
      const first = await storage.invitations.create({ invitation: makeInvitation({ id: 'inv-1', tokenHash: 'hash-1', createdAt: at(1) }) });
      const second = await storage.invitations.create({
        invitation: makeInvitation({ id: 'inv-2', tokenHash: 'hash-2', templateId: 'other', createdAt: at(2) }),
      });
      expect(await storage.invitations.get({ id: 'inv-1' })).toEqual(first);
      expect(await storage.invitations.getByTokenHash({ tokenHash: 'hash-2' })).toEqual(second);
      expect(await storage.invitations.getByTokenHash({ tokenHash: 'nope' })).toBeNull();
      expect((await storage.invitations.list({})).map((each) => each.id)).toEqual(['inv-2', 'inv-1']);
      expect((await storage.invitations.list({ templateId: 'other' })).map((each) => each.id)).toEqual(['inv-2']);
      const started = await storage.invitations.update({
        invitation: { ...first, status: 'started', sessionId: 'session-1', updatedAt: at(5) },
        expectedVersion: 1,
      });
      expect(started).toEqual({ ...first, status: 'started', sessionId: 'session-1', updatedAt: at(5), version: 2 });
      expect(await storage.invitations.getBySession({ sessionId: 'session-1' })).toEqual(started);
      expect((await storage.invitations.list({ status: 'started' })).map((each) => each.id)).toEqual(['inv-1']);
      expectError(await rejectionOf(storage.invitations.create({ invitation: makeInvitation({ id: 'inv-3', tokenHash: 'hash-1' }) })), ConflictError);
      expectError(await rejectionOf(storage.invitations.update({ invitation: started, expectedVersion: 1 })), ConflictError);
    });

    it('should let exactly one of concurrent starts of an invitation win', async () => {
      const invitation = await storage.invitations.create({ invitation: makeInvitation({ id: 'raced-invitation', tokenHash: 'raced-hash' }) });
      const all = await suite.racers(5);
      const results = await Promise.allSettled(
        all.map((each, index) =>
          each.invitations.update({ invitation: { ...invitation, status: 'started', sessionId: `session-${index}` }, expectedVersion: 1 }),
        ),
      );
      expect(fulfilled(results)).toHaveLength(1);
      for (const error of rejected(results)) expectError(error, ConflictError);
    });
  });
}

function makeInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: createId(),
    templateId: 'platform',
    candidateName: 'Ada Lovelace',
    candidateEmail: 'ada@example.com',
    tokenHash: createId(),
    status: 'created',
    expiresAt: at(3600),
    sessionId: null,
    reportId: null,
    version: 1,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}
