import type { LedgerDb } from './prisma';

/** Named queries about accounts. Every change to an account's money locks its row first. */

/** The member's account in the currency, created on first use (concurrent first uses meet in ON CONFLICT). */
export async function accountFor(tx: LedgerDb, companyId: string, currencyId: string, memberId: string): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO accounts (id, company_id, currency_id, member_id) VALUES (gen_random_uuid(), ${companyId}::uuid, ${currencyId}::uuid, ${memberId}::uuid)
    ON CONFLICT (member_id, currency_id) DO UPDATE SET member_id = EXCLUDED.member_id
    RETURNING id`;
  return (rows[0] as { id: string }).id;
}

/** Locks accounts in id order, so that two spends over the same accounts never deadlock. */
export async function lockAccounts(tx: LedgerDb, accountIds: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM accounts WHERE id = ANY(${[...accountIds].sort()}::uuid[]) ORDER BY id FOR UPDATE`;
}

/** Existing accounts of these members in the currency (a family pool spans several). */
export function accountsOf(db: LedgerDb, memberIds: string[], currencyId: string): Promise<Array<{ id: string; memberId: string }>> {
  return db.$queryRaw`
    SELECT id, member_id AS "memberId" FROM accounts WHERE member_id = ANY(${memberIds}::uuid[]) AND currency_id = ${currencyId}::uuid ORDER BY id`;
}

/**
 * The member's own account (created on first use) and every account of their pool, all locked:
 * the start of every change to a member's money.
 */
export async function lockPoolFor(tx: LedgerDb, companyId: string, currencyId: string, memberId: string, pool: string[]) {
  const accountId = await accountFor(tx, companyId, currencyId, memberId);
  const accounts = [...new Set([accountId, ...(await accountsOf(tx, pool, currencyId)).map((a) => a.id)])];
  await lockAccounts(tx, accounts);
  return { accountId, accounts };
}
