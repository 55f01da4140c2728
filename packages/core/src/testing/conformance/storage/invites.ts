import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../errors/not-found-error.js';
import { ValidationError } from '../../../errors/validation-error.js';
import type { Invite } from '../../../domain/invite-types.js';
import { createId } from '../../../internal/ids.js';
import { currentStorage, type StorageSuite } from './storage-suite.js';
import { at, expectError, makeInvite, rejectionOf } from './storage-builders.js';

/** The storage port's contract for the invite outbox: enqueue, claims and leases. */
export function describeInviteStorage(suite: StorageSuite): void {
  describe('invites', () => {
    const storage = currentStorage(suite);
    const { racers } = suite;

    it('should enqueue one invite per report and return the existing one afterwards', async () => {
      const invite = makeInvite();
      expect(await storage.invites.enqueue({ invite })).toEqual({ invite, created: true });
      const again = await storage.invites.enqueue({ invite: makeInvite({ reportId: invite.reportId, toEmail: 'other@example.com' }) });
      expect(again).toEqual({ invite, created: false });
      expect(await storage.invites.get({ id: invite.id })).toEqual(invite);
      expect(await storage.invites.getByReport({ reportId: invite.reportId! })).toEqual(invite);
      expect(await storage.invites.get({ id: createId() })).toBeNull();
      expect(await storage.invites.getByReport({ reportId: createId() })).toBeNull();
    });

    it('should create at most one invite per report under concurrent enqueues', async () => {
      const reportId = createId();
      const all = await racers(10);
      const results = await Promise.all(all.map((each) => each.invites.enqueue({ invite: makeInvite({ reportId }) })));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      const winner = results.find((result) => result.created)?.invite;
      for (const result of results) expect(result.invite).toEqual(winner);
      expect(await storage.invites.getByReport({ reportId })).toEqual(winner);
    });

    it('should claim due invites under a lease and leave the rest', async () => {
      const due = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(10) }) })).invite;
      const dueToo = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(20) }) })).invite;
      const later = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(500) }) })).invite;
      const claimed = await storage.invites.claim({ now: at(100), leaseMs: 60_000, limit: 10 });
      expect(claimed.map((invite) => invite.id).sort()).toEqual([due.id, dueToo.id].sort());
      for (const invite of claimed) {
        expect(invite.status).toBe('sending');
        expect(invite.lockedUntil).toBe(at(160));
      }
      expect((await storage.invites.get({ id: later.id }))?.status).toBe('queued');
      // Leased invites are not handed out again while the lease runs.
      expect(await storage.invites.claim({ now: at(150), leaseMs: 60_000, limit: 10 })).toEqual([]);
    });

    it('should respect the limit and claim a single invite by id', async () => {
      const invites: Invite[] = [];
      for (let index = 0; index < 4; index++) invites.push((await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(index) }) })).invite);
      const target = invites[3] as Invite;
      const byId = await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10, id: target.id });
      expect(byId.map((invite) => invite.id)).toEqual([target.id]);
      expect(await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10, id: target.id })).toEqual([]);
      const notDue = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(900) }) })).invite;
      expect(await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10, id: notDue.id })).toEqual([]);
      const limited = await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 2 });
      expect(limited).toHaveLength(2);
      const rest = await storage.invites.claim({ now: at(100), leaseMs: 1000, limit: 10 });
      expect([...limited, ...rest, ...byId].map((invite) => invite.id).sort()).toEqual(invites.map((invite) => invite.id).sort());
    });

    it('should claim again an invite whose lease expired', async () => {
      const invite = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(0) }) })).invite;
      await storage.invites.claim({ now: at(10), leaseMs: 30_000, limit: 1 });
      expect(await storage.invites.claim({ now: at(39), leaseMs: 30_000, limit: 1 })).toEqual([]);
      const reclaimed = await storage.invites.claim({ now: at(41), leaseMs: 30_000, limit: 1 });
      expect(reclaimed.map((each) => each.id)).toEqual([invite.id]);
      expect(reclaimed[0]?.lockedUntil).toBe(at(71));
    });

    it('should give each invite to exactly one of several concurrent claimers', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 12; index++) ids.push((await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(index) }) })).invite.id);
      const all = await racers(6);
      const batches = await Promise.all(all.map((each) => each.invites.claim({ now: at(100), leaseMs: 60_000, limit: 3 })));
      const claimed = batches.flat().map((invite) => invite.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      const leftover = (await storage.invites.claim({ now: at(100), leaseMs: 60_000, limit: 20 })).map((invite) => invite.id);
      expect([...claimed, ...leftover].sort()).toEqual([...ids].sort());
    });

    it('should store a draft and mark an invite sent', async () => {
      const invite = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(0) }) })).invite;
      await storage.invites.claim({ now: at(1), leaseMs: 60_000, limit: 1 });
      const drafted = await storage.invites.saveDraft({ id: invite.id, subject: 'Next steps', text: 'Hello', html: '<p>Hello</p>' });
      expect(drafted).toMatchObject({ subject: 'Next steps', text: 'Hello', html: '<p>Hello</p>', status: 'sending' });
      const sent = await storage.invites.markSent({ id: invite.id, sentAt: at(5) });
      expect(sent).toMatchObject({ status: 'sent', sentAt: at(5), subject: 'Next steps' });
      expect(await storage.invites.get({ id: invite.id })).toEqual(sent);
      expect(await storage.invites.claim({ now: at(10_000), leaseMs: 1, limit: 10 })).toEqual([]);
      expectError(await rejectionOf(storage.invites.markSent({ id: createId(), sentAt: at(5) })), NotFoundError);
      expectError(await rejectionOf(storage.invites.saveDraft({ id: createId(), subject: 's', text: 't', html: 'h' })), NotFoundError);
    });

    it('should keep one invite per invitation beside those of reports, and claim only those when told to', async () => {
      const invitationId = createId();
      const forInvitation = makeInvite({ reportId: null, invitationId, subject: 'Your interview', text: 'Open the link', html: '<p>Open the link</p>' });
      expect(await storage.invites.enqueue({ invite: forInvitation })).toEqual({ invite: forInvitation, created: true });
      expect((await storage.invites.enqueue({ invite: makeInvite({ reportId: null, invitationId }) })).created).toBe(false);
      const forReport = (await storage.invites.enqueue({ invite: makeInvite() })).invite;
      const other = (await storage.invites.enqueue({ invite: makeInvite({ reportId: null, invitationId: createId() }) })).invite;
      expect(
        (await storage.invites.listByInvitations({ invitationIds: [invitationId, other.invitationId!, createId()] })).map((each) => each.id).sort(),
      ).toEqual([forInvitation.id, other.id].sort());
      expect(await storage.invites.listByInvitations({ invitationIds: [] })).toEqual([]);
      const claimed = await storage.invites.claim({ now: at(100), leaseMs: 60_000, limit: 10, only: 'invitations' });
      expect(claimed.map((each) => each.id).sort()).toEqual([forInvitation.id, other.id].sort());
      expect((await storage.invites.get({ id: forReport.id }))?.status).toBe('queued');
      expectError(await rejectionOf(storage.invites.enqueue({ invite: makeInvite({ reportId: null }) })), ValidationError);
      expectError(await rejectionOf(storage.invites.enqueue({ invite: makeInvite({ invitationId: createId() }) })), ValidationError);
    });

    it('should create at most one invite per invitation under concurrent enqueues', async () => {
      const invitationId = createId();
      const all = await racers(8);
      const results = await Promise.all(all.map((each) => each.invites.enqueue({ invite: makeInvite({ reportId: null, invitationId }) })));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(await storage.invites.listByInvitations({ invitationIds: [invitationId] })).toHaveLength(1);
    });

    it('should record failures, requeue, and give up when told to', async () => {
      const invite = (await storage.invites.enqueue({ invite: makeInvite({ nextAttemptAt: at(0) }) })).invite;
      await storage.invites.claim({ now: at(1), leaseMs: 60_000, limit: 1 });
      const retried = await storage.invites.markFailed({ id: invite.id, error: 'SMTP down', nextAttemptAt: at(300), giveUp: false });
      expect(retried).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMTP down', nextAttemptAt: at(300), lockedUntil: null });
      expect(await storage.invites.claim({ now: at(299), leaseMs: 60_000, limit: 1 })).toEqual([]);
      expect((await storage.invites.claim({ now: at(300), leaseMs: 60_000, limit: 1 })).map((each) => each.id)).toEqual([invite.id]);
      const failed = await storage.invites.markFailed({ id: invite.id, error: 'Still down', nextAttemptAt: at(900), giveUp: true });
      expect(failed).toMatchObject({ status: 'failed', attempts: 2, lastError: 'Still down', lockedUntil: null });
      expect(await storage.invites.claim({ now: at(100_000), leaseMs: 60_000, limit: 10 })).toEqual([]);
      expectError(await rejectionOf(storage.invites.markFailed({ id: createId(), error: 'x', nextAttemptAt: at(1), giveUp: false })), NotFoundError);
    });
  });
}
