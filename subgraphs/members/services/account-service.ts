import type { Identity } from '../../../infra/auth/identity';
import { eraseMemberTraces } from '../data/erasure-store';
import { deleteFamily, familyMembers, findFamily, setFamilyHead } from '../data/families-store';
import { lockMember, updateMember } from '../data/members-store';
import { recordEvents } from '../data/outbox-store';
import { revokeSessionsOf } from '../data/sessions-store';
import { DomainError, MemberNotFoundError } from '../domain/errors';
import { stateAfterUnblock } from '../domain/member-state';
import { ACCOUNT_BLOCKING_ROLES, MEMBER_SERVICE_ROLES, requireOperator, targetMember } from './access';
import { throttleKey } from './auth-service';
import { inTransaction, type ServiceDeps } from './deps';

export function createAccountService(deps: ServiceDeps) {
  return {
    /** Suspected fraud: the whole account stops accruing and spending, and every session of the member ends; cards keep their own state. */
    async blockMemberAccount(identity: Identity, input: { memberId: string; reason: string }) {
      const operator = requireOperator(identity, ACCOUNT_BLOCKING_ROLES);
      const reason = input.reason.trim();
      if (!reason) throw new DomainError('INVALID_INPUT', 'Say why the account is blocked', 'reason');
      return inTransaction(deps, async (tx) => {
        const member = await lockMember(tx, operator.companyId, input.memberId);
        if (!member || member.state === 'DELETED') throw new MemberNotFoundError();
        if (member.state === 'BLOCKED') throw new DomainError('MEMBER_BLOCKED', 'The account is already blocked', 'memberId');
        const blocked = await updateMember(tx, member.id, { state: 'BLOCKED', blockedReason: reason, blockedAt: deps.clock.now() });
        await revokeSessionsOf(tx, member.id, 'account blocked');
        await recordEvents(tx, deps, identity, null, [
          { type: 'member.blocked', companyId: member.companyId, memberId: member.id, data: { memberId: member.id, reason } },
        ]);
        return blocked;
      });
    },

    async unblockMemberAccount(identity: Identity, input: { memberId: string }) {
      const operator = requireOperator(identity, ACCOUNT_BLOCKING_ROLES);
      return inTransaction(deps, async (tx) => {
        const member = await lockMember(tx, operator.companyId, input.memberId);
        if (!member || member.state === 'DELETED') throw new MemberNotFoundError();
        if (member.state !== 'BLOCKED') throw new DomainError('MEMBER_NOT_BLOCKED', 'The account is not blocked', 'memberId');
        const state = stateAfterUnblock(member.registeredAt);
        const unblocked = await updateMember(tx, member.id, { state, blockedReason: null, blockedAt: null });
        await recordEvents(tx, deps, identity, null, [
          { type: 'member.unblocked', companyId: member.companyId, memberId: member.id, data: { memberId: member.id, state } },
        ]);
        return unblocked;
      });
    },

    /**
     * The member leaves the program: every piece of personal data in this subgraph is erased in one
     * transaction and `member.deleted` tells the other subgraphs to erase theirs.
     */
    async optOut(identity: Identity, input: { memberId?: string | null; reason?: string | null }) {
      const { companyId, memberId } = targetMember(identity, input.memberId, MEMBER_SERVICE_ROLES);
      return inTransaction(deps, async (tx) => {
        const member = await lockMember(tx, companyId, memberId);
        if (!member || member.state === 'DELETED') throw new MemberNotFoundError();
        const now = deps.clock.now();
        if (member.familyId) {
          const family = await findFamily(tx, member.familyId);
          const others = (await familyMembers(tx, member.familyId)).filter((m) => m.id !== member.id);
          // The family goes on under its oldest remaining member, or ends with its last one.
          if (family?.headMemberId === member.id) {
            if (others[0]) await setFamilyHead(tx, family.id, others[0].id);
            else await deleteFamily(tx, family.id);
          }
        }
        const contacts = [member.phone, member.email].filter((c): c is string => Boolean(c));
        const throttleKeys = member.phone ? [throttleKey('member', companyId, member.phone)] : [];
        await eraseMemberTraces(tx, member.id, companyId, contacts, throttleKeys, now);
        await revokeSessionsOf(tx, member.id, 'opted out');
        await recordEvents(tx, deps, identity, null, [
          // The reason is not kept: free text about a person is what the opt-out erases.
          { type: 'member.deleted', companyId, memberId: member.id, data: { memberId: member.id } },
        ]);
        return { memberId: member.id, deletedAt: now };
      });
    },
  };
}
