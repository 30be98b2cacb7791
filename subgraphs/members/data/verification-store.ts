import type { MembersDb, Prisma } from './prisma';

export type VerificationPurpose = 'REGISTRATION' | 'LOGIN' | 'CHANGE_PHONE' | 'CHANGE_EMAIL';

export function latestCode(db: MembersDb, companyId: string, target: string, purpose: VerificationPurpose) {
  return db.verificationCode.findFirst({ where: { companyId, target, purpose }, orderBy: { createdAt: 'desc' } });
}

export function createCode(tx: MembersDb, data: Prisma.VerificationCodeUncheckedCreateInput) {
  return tx.verificationCode.create({ data });
}

export function countAttempt(tx: MembersDb, id: string) {
  return tx.verificationCode.update({ where: { id }, data: { attempts: { increment: 1 } } });
}

export function markCodeUsed(tx: MembersDb, id: string, at: Date) {
  return tx.verificationCode.update({ where: { id }, data: { usedAt: at } });
}

export function findThrottle(db: MembersDb, key: string) {
  return db.loginThrottle.findUnique({ where: { key } });
}

export function saveThrottle(db: MembersDb, key: string, state: { failures: number; windowStart: Date; lockedUntil: Date | null }) {
  return db.loginThrottle.upsert({ where: { key }, create: { key, ...state }, update: state });
}

export function clearThrottle(db: MembersDb, keys: string[]) {
  return db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
