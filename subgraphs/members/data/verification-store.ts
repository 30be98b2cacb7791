import { type MembersDb, Prisma } from './prisma';

export type VerificationPurpose = 'REGISTRATION' | 'LOGIN' | 'CHANGE_PHONE' | 'CHANGE_EMAIL' | 'PASSWORD_RESET';

export function latestCode(db: MembersDb, companyId: string, target: string, purpose: VerificationPurpose) {
  return db.verificationCode.findFirst({ where: { companyId, target, purpose }, orderBy: { createdAt: 'desc' } });
}

export function createCode(tx: MembersDb, data: Prisma.VerificationCodeUncheckedCreateInput) {
  return tx.verificationCode.create({ data });
}

export function countAttempt(tx: MembersDb, id: string) {
  return tx.verificationCode.update({ where: { id }, data: { attempts: { increment: 1 } } });
}

/** Consumes a code once: false when a concurrent check consumed it first. */
export async function markCodeUsed(tx: MembersDb, id: string, at: Date): Promise<boolean> {
  const { count } = await tx.verificationCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
  return count === 1;
}

/**
 * Counts a sign-in attempt before its credentials are checked, in one statement, so parallel
 * attempts each see their own number: a window restarts when it is over or its lock has lapsed,
 * and the attempt that reaches `policy.maxFailures` sets the lock.
 */
export async function countSignInAttempt(
  db: MembersDb,
  key: string,
  now: Date,
  policy: { maxFailures: number; windowMs: number; lockMs: number },
): Promise<{ attempt: number; lockedUntil: Date | null }> {
  const windowOpenedAfter = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  // A new window starts when the lock has lapsed, or, with no lock, when the window is over.
  const fresh = Prisma.sql`CASE WHEN login_throttles.locked_until IS NULL THEN login_throttles.window_start < ${windowOpenedAfter}
                                ELSE login_throttles.locked_until <= ${now} END`;
  const failures = Prisma.sql`CASE WHEN ${fresh} THEN 1 ELSE login_throttles.failures + 1 END`;
  const rows = await db.$queryRaw<Array<{ failures: number; locked_until: Date | null }>>`
    INSERT INTO login_throttles (key, failures, window_start, locked_until)
    VALUES (${key}, 1, ${now}, ${policy.maxFailures <= 1 ? lockUntil : null})
    ON CONFLICT (key) DO UPDATE SET
      failures = ${failures},
      window_start = CASE WHEN ${fresh} THEN ${now} ELSE login_throttles.window_start END,
      locked_until = CASE
        WHEN NOT ${fresh} AND login_throttles.locked_until > ${now} THEN login_throttles.locked_until
        WHEN ${failures} >= ${policy.maxFailures} THEN ${lockUntil}::timestamptz
        ELSE NULL END
    RETURNING failures, locked_until`;
  const row = rows[0] as { failures: number; locked_until: Date | null };
  return { attempt: row.failures, lockedUntil: row.locked_until };
}

export function clearThrottle(db: MembersDb, keys: string[]) {
  return db.loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
