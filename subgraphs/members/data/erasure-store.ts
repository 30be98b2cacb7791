import { ERASED_CARD_PREFIX } from '../../../infra/views/member-views';
import type { MembersDb } from './prisma';

/**
 * Erases a member's personal data from every table of the members schema: the profile row is
 * anonymised (kept, so financial history elsewhere still has a key without a person), cards are
 * blocked, unbound and renumbered, consents, codes, invitations and sign-in counters deleted, and outbox events about the
 * person keep only their type and who acted (the trail of staff actions, ids only).
 */
export async function eraseMemberTraces(
  tx: MembersDb,
  memberId: string,
  companyId: string,
  contacts: string[],
  throttleKeys: string[],
  now: Date,
): Promise<void> {
  await tx.member.update({
    where: { id: memberId },
    data: {
      state: 'DELETED',
      phone: null,
      email: null,
      firstName: null,
      lastName: null,
      birthDate: null,
      passwordHash: null,
      registrationChannel: null,
      eReceiptConsent: false,
      eReceiptConsentAt: null,
      language: null,
      timeZone: null,
      socialProfileLinked: false,
      mobileAppInstalled: false,
      socialGroupMember: false,
      blockedReason: null,
      familyId: null,
      referralCode: null,
      referredById: null,
      deletedAt: now,
    },
  });
  await tx.card.updateMany({
    where: { memberId, state: { not: 'REPLACED' } },
    data: { state: 'BLOCKED', blockReason: 'MEMBER_OPTED_OUT', blockComment: null, blockedAt: now },
  });
  // A card number would lead back to the person through any record that kept it; the row stays
  // (blocked, its history's links intact) under a number that names nobody.
  await tx.$executeRaw`
    UPDATE cards SET number = ${ERASED_CARD_PREFIX} || id::text, member_id = NULL, block_comment = NULL, version = version + 1
     WHERE member_id = ${memberId}::uuid`;
  await tx.marketingConsent.deleteMany({ where: { memberId } });
  await tx.familyInvitation.deleteMany({ where: { inviteeMemberId: memberId } });
  await tx.verificationCode.deleteMany({ where: { OR: [{ memberId }, { companyId, target: { in: contacts } }] } });
  await tx.loginThrottle.deleteMany({ where: { key: { in: throttleKeys } } });
  await tx.$executeRaw`
    UPDATE outbox_events SET payload = jsonb_build_object('erased', true, 'actor', payload->'actor')
     WHERE member_id = ${memberId}::uuid
        OR (company_id = ${companyId}::uuid AND payload->>'destination' = ANY(${contacts}::text[]))`;
}
