import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { phoneLookupKey } from '../../../infra/auth/phone-key';
import {
  answerInvitation,
  createFamily,
  createInvitation,
  createPhoneInvitation,
  deleteFamily,
  familyMembers,
  findFamily,
  findInvitation,
  pendingInvitation,
  pendingPhoneInvitation,
} from '../data/families-store';
import { findMemberByPhone, lockMember, updateMember } from '../data/members-store';
import { recordEvents } from '../data/outbox-store';
import type { MembersDb } from '../data/prisma';
import { maskPhone, normalisePhone } from '../domain/contact';
import { DomainError, MemberNotFoundError } from '../domain/errors';
import { assertActive } from '../domain/member-state';
import { MEMBER_SERVICE_ROLES, targetMember } from './access';
import { inTransaction, type ServiceDeps } from './deps';

/** A family pools bonus accounts, so only registered, unblocked members take part. */
async function lockRegistered(tx: MembersDb, companyId: string, memberId: string, field = 'memberId') {
  const member = await lockMember(tx, companyId, memberId);
  if (!member || member.state === 'DELETED') throw new MemberNotFoundError(field);
  assertActive(member.state, field);
  if (member.state !== 'REGISTERED') throw new DomainError('MEMBER_NOT_REGISTERED', 'Only registered members join families', field);
  return member;
}

export function createFamilyService(deps: ServiceDeps) {
  /**
   * A member's invitation by phone answers the same whatever the phone is (unknown, a card holder,
   * blocked, in another family, registered): a pending invitation showing the phone masked and no
   * invitee. It reaches the phone's holder only when they may join, and nobody otherwise.
   */
  async function inviteByPhoneBlind(tx: MembersDb, identity: Identity, at: { companyId: string; familyId: string; headId: string }, rawPhone: string) {
    const phone = normalisePhone(rawPhone, 'inviteePhone');
    const inviteePhoneKey = phoneLookupKey(phone, deps.phoneKeySecret);
    const earlier = await pendingPhoneInvitation(tx, at.familyId, inviteePhoneKey);
    if (earlier) return earlier;
    const holder = await findMemberByPhone(tx, at.companyId, phone);
    const invitee = holder && holder.id !== at.headId ? await lockMember(tx, at.companyId, holder.id) : null;
    const reaches = invitee?.state === 'REGISTERED' && !invitee.familyId ? invitee : null;
    const invitation = await createPhoneInvitation(tx, {
      familyId: at.familyId,
      inviteeMemberId: reaches?.id ?? null,
      inviteePhoneKey,
      inviteePhoneMasked: maskPhone(phone),
    });
    if (reaches) {
      await recordEvents(tx, deps, identity, null, [
        {
          type: 'family.invitation_sent',
          companyId: at.companyId,
          memberId: reaches.id,
          data: { familyId: at.familyId, invitationId: invitation.id, inviteeMemberId: reaches.id },
        },
      ]);
    }
    return invitation;
  }

  return {
    async createFamily(identity: Identity, input: { memberId?: string | null }) {
      const { companyId, memberId } = targetMember(identity, input.memberId, MEMBER_SERVICE_ROLES);
      return inTransaction(deps, async (tx) => {
        const head = await lockRegistered(tx, companyId, memberId);
        if (head.familyId) throw new DomainError('ALREADY_IN_FAMILY', 'The member already belongs to a family', 'memberId');
        const family = await createFamily(tx, companyId, head.id);
        await updateMember(tx, head.id, { familyId: family.id });
        await recordEvents(tx, deps, identity, null, [
          { type: 'family.created', companyId, memberId: head.id, data: { familyId: family.id, headMemberId: head.id } },
        ]);
        return family;
      });
    },

    /** The head invites a registered member; nothing is pooled until the invitee accepts. */
    async inviteToFamily(identity: Identity, input: { memberId?: string | null; inviteeMemberId?: string | null; inviteePhone?: string | null }) {
      const { companyId, memberId } = targetMember(identity, input.memberId, MEMBER_SERVICE_ROLES);
      return inTransaction(deps, async (tx) => {
        const head = await lockRegistered(tx, companyId, memberId);
        const family = head.familyId ? await findFamily(tx, head.familyId) : null;
        if (!family) throw new DomainError('NOT_IN_FAMILY', 'Create a family first', 'memberId');
        if (family.headMemberId !== head.id) throw new DomainError('NOT_FAMILY_HEAD', 'Only the head member invites', 'memberId');
        // A member may not learn whether a phone is registered: staff, who see every member, may.
        if (identity.kind === 'member' && !input.inviteeMemberId && input.inviteePhone) {
          return inviteByPhoneBlind(tx, identity, { companyId, familyId: family.id, headId: head.id }, input.inviteePhone);
        }
        const inviteeId =
          input.inviteeMemberId ??
          (input.inviteePhone ? (await findMemberByPhone(tx, companyId, normalisePhone(input.inviteePhone, 'inviteePhone')))?.id : null);
        const field = input.inviteeMemberId ? 'inviteeMemberId' : 'inviteePhone';
        if (!inviteeId || inviteeId === head.id) throw new MemberNotFoundError(field);
        const invitee = await lockRegistered(tx, companyId, inviteeId, field);
        if (invitee.familyId) throw new DomainError('ALREADY_IN_FAMILY', 'The invitee already belongs to a family', field);
        const invitation = (await pendingInvitation(tx, family.id, invitee.id)) ?? (await createInvitation(tx, family.id, invitee.id));
        await recordEvents(tx, deps, identity, null, [
          {
            type: 'family.invitation_sent',
            companyId,
            memberId: invitee.id,
            data: { familyId: family.id, invitationId: invitation.id, inviteeMemberId: invitee.id },
          },
        ]);
        return invitation;
      });
    },

    /** Joining needs the invitee's own consent, so only the invited member can accept. */
    async answerFamilyInvitation(identity: Identity, input: { invitationId: string; accept: boolean }) {
      if (identity.kind !== 'member') throw new ForbiddenError('Only the invited member can answer');
      return inTransaction(deps, async (tx) => {
        const invitation = await findInvitation(tx, input.invitationId);
        if (!invitation || invitation.inviteeMemberId !== identity.memberId || invitation.state !== 'PENDING') {
          throw new DomainError('INVITATION_NOT_FOUND', 'No pending invitation with this id', 'invitationId');
        }
        const member = await lockRegistered(tx, identity.companyId, identity.memberId);
        const now = deps.clock.now();
        if (!input.accept) return answerInvitation(tx, invitation.id, 'DECLINED', now);
        if (member.familyId) throw new DomainError('ALREADY_IN_FAMILY', 'Leave your current family first', 'invitationId');
        await updateMember(tx, member.id, { familyId: invitation.familyId });
        const answered = await answerInvitation(tx, invitation.id, 'ACCEPTED', now);
        await recordEvents(tx, deps, identity, null, [
          {
            type: 'family.member_joined',
            companyId: identity.companyId,
            memberId: member.id,
            data: { familyId: invitation.familyId, memberId: member.id, headMemberId: invitation.family.headMemberId },
          },
        ]);
        return answered;
      });
    },

    /** A member leaves (or an admin takes them out); the head may leave only as the last member. */
    async leaveFamily(identity: Identity, input: { memberId?: string | null }) {
      const { companyId, memberId } = targetMember(identity, input.memberId, ['ADMIN']);
      return inTransaction(deps, async (tx) => {
        const member = await lockMember(tx, companyId, memberId);
        if (!member || member.state === 'DELETED') throw new MemberNotFoundError();
        const family = member.familyId ? await findFamily(tx, member.familyId) : null;
        if (!family) throw new DomainError('NOT_IN_FAMILY', 'The member is not in a family', 'memberId');
        const others = (await familyMembers(tx, family.id)).filter((m) => m.id !== member.id);
        if (family.headMemberId === member.id && others.length > 0) {
          throw new DomainError('FAMILY_HEAD_CANNOT_LEAVE', 'The head leaves last; the others leave first', 'memberId');
        }
        const updated = await updateMember(tx, member.id, { familyId: null });
        if (others.length === 0) await deleteFamily(tx, family.id);
        await recordEvents(tx, deps, identity, null, [
          {
            type: 'family.member_left',
            companyId,
            memberId: member.id,
            data: { familyId: family.id, memberId: member.id, familyDissolved: others.length === 0 },
          },
        ]);
        return updated;
      });
    },
  };
}
