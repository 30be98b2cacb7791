import type { MembersDb } from './prisma';

export function findFamily(db: MembersDb, id: string) {
  return db.family.findUnique({ where: { id } });
}

export function createFamily(tx: MembersDb, companyId: string, headMemberId: string) {
  return tx.family.create({ data: { companyId, headMemberId } });
}

export function familyMembers(db: MembersDb, familyId: string) {
  return db.member.findMany({ where: { familyId }, orderBy: { createdAt: 'asc' } });
}

export function findInvitation(db: MembersDb, id: string) {
  return db.familyInvitation.findUnique({ where: { id }, include: { family: true } });
}

export function pendingInvitation(db: MembersDb, familyId: string, inviteeMemberId: string) {
  return db.familyInvitation.findFirst({ where: { familyId, inviteeMemberId, state: 'PENDING' } });
}

export function createInvitation(tx: MembersDb, familyId: string, inviteeMemberId: string) {
  return tx.familyInvitation.create({ data: { familyId, inviteeMemberId } });
}

/** The family's pending invitation by phone to the phone with this keyed hash, whoever holds it. */
export function pendingPhoneInvitation(db: MembersDb, familyId: string, inviteePhoneKey: string) {
  return db.familyInvitation.findFirst({ where: { familyId, inviteePhoneKey, state: 'PENDING' } });
}

/** An invitation by phone: it reaches `inviteeMemberId` when the phone's holder may join, nobody otherwise. */
export function createPhoneInvitation(
  tx: MembersDb,
  data: { familyId: string; inviteeMemberId: string | null; inviteePhoneKey: string; inviteePhoneMasked: string },
) {
  return tx.familyInvitation.create({ data });
}

export function answerInvitation(tx: MembersDb, id: string, state: 'ACCEPTED' | 'DECLINED' | 'CANCELLED', at: Date) {
  return tx.familyInvitation.update({ where: { id }, data: { state, answeredAt: at } });
}

export function deleteFamily(tx: MembersDb, id: string) {
  return tx.family.delete({ where: { id } });
}

export function setFamilyHead(tx: MembersDb, id: string, headMemberId: string) {
  return tx.family.update({ where: { id }, data: { headMemberId } });
}
