import type { MembersDb, Prisma } from './prisma';

/** Named queries about members. Every one is scoped to a company: nothing crosses tenants. */

export function findMember(db: MembersDb, companyId: string, id: string) {
  return db.member.findFirst({ where: { id, companyId } });
}

export function findMemberByPhone(db: MembersDb, companyId: string, phone: string) {
  return db.member.findUnique({ where: { companyId_phone: { companyId, phone } } });
}

export function findMemberByEmail(db: MembersDb, companyId: string, email: string) {
  return db.member.findUnique({ where: { companyId_email: { companyId, email } } });
}

/** Row lock so that concurrent changes to one member (registration, blocking, opt-out) serialise. */
export async function lockMember(tx: MembersDb, companyId: string, id: string) {
  await tx.$queryRaw`SELECT id FROM members WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE`;
  return findMember(tx, companyId, id);
}

export function createMember(tx: MembersDb, data: Prisma.MemberUncheckedCreateInput) {
  return tx.member.create({ data });
}

export function updateMember(tx: MembersDb, id: string, data: Prisma.MemberUncheckedUpdateInput) {
  return tx.member.update({ where: { id }, data });
}

export interface MemberSearch {
  phone?: string | null;
  email?: string | null;
  cardNumber?: string | null;
  name?: string | null;
}

/** The filter behind `members(filter)`; opted-out members are never listed. */
export function memberSearchWhere(companyId: string, filter: MemberSearch): Prisma.MemberWhereInput {
  const where: Prisma.MemberWhereInput = { companyId, state: { not: 'DELETED' } };
  if (filter.phone) where.phone = filter.phone;
  if (filter.email) where.email = filter.email;
  if (filter.cardNumber) where.cards = { some: { number: filter.cardNumber } };
  if (filter.name) {
    const words = filter.name.trim().split(/\s+/).filter(Boolean);
    where.AND = words.map((word) => ({
      OR: [{ firstName: { contains: word, mode: 'insensitive' as const } }, { lastName: { contains: word, mode: 'insensitive' as const } }],
    }));
  }
  return where;
}

/** The company's registered member whose referral code this is; null when none (or not registered now). */
export function findMemberByReferralCode(db: MembersDb, companyId: string, referralCode: string) {
  return db.member.findFirst({ where: { companyId, referralCode, state: 'REGISTERED' } });
}

/** Gives the member this referral code unless they have one; answers the code they hold, or null when it was taken by another. */
export async function assignReferralCode(db: MembersDb, memberId: string, code: string): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ referral_code: string }>>`
    WITH assigned AS (
      UPDATE members SET referral_code = ${code} WHERE id = ${memberId}::uuid AND referral_code IS NULL
         AND NOT EXISTS (SELECT 1 FROM members other WHERE other.company_id = members.company_id AND other.referral_code = ${code})
      RETURNING referral_code)
    SELECT referral_code FROM assigned
    UNION ALL SELECT referral_code FROM members WHERE id = ${memberId}::uuid AND referral_code IS NOT NULL`;
  return rows[0]?.referral_code ?? null;
}
