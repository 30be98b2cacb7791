import type { LedgerSql } from './prisma';

/** Named queries about accounts (plain SQL: they run on every POS call). Every change to an account's money locks its row first. */

/** Existing accounts of these members in the currency (a family pool spans several), in id order. */
export function accountsOf(db: LedgerSql, memberIds: string[], currencyId: string): Promise<Array<{ id: string; memberId: string }>> {
  return db.$queryRaw`
    SELECT id, member_id AS "memberId" FROM accounts WHERE member_id = ANY(${memberIds}::uuid[]) AND currency_id = ${currencyId}::uuid ORDER BY id`;
}

/** Locks the accounts of these members in the currency, in id order, and returns them. */
export function lockAccountsOf(tx: LedgerSql, memberIds: string[], currencyId: string): Promise<Array<{ id: string; memberId: string }>> {
  return tx.$queryRaw`
    SELECT id, member_id AS "memberId" FROM accounts
     WHERE member_id = ANY(${memberIds}::uuid[]) AND currency_id = ${currencyId}::uuid ORDER BY id FOR UPDATE`;
}

/** A member's pool in a currency, its accounts locked: what every change to the pool's money works on. */
export interface LockedPool {
  currencyId: string;
  accounts: Array<{ id: string; memberId: string }>;
}

/**
 * The member's own account (created on first use) and every account of their pool, all locked in
 * id order: the start of every change to a member's money. No existing account row is written or
 * locked out of that order, so family members paying at once wait for each other, never deadlock.
 */
export async function lockPoolFor(tx: LedgerSql, companyId: string, currencyId: string, memberId: string, pool: string[]) {
  let locked = await lockAccountsOf(tx, pool, currencyId);
  if (!locked.some((account) => account.memberId === memberId)) {
    // A new row: nobody else can hold its lock, and DO NOTHING locks no existing row.
    await tx.$executeRaw`
      INSERT INTO accounts (id, company_id, currency_id, member_id) VALUES (gen_random_uuid(), ${companyId}::uuid, ${currencyId}::uuid, ${memberId}::uuid)
      ON CONFLICT (member_id, currency_id) DO NOTHING`;
    locked = await lockAccountsOf(tx, pool, currencyId);
  }
  const own = locked.find((account) => account.memberId === memberId);
  if (!own) throw new Error(`account of member ${memberId} in currency ${currencyId} is missing after its creation`);
  const locks: LockedPool = { currencyId, accounts: locked };
  return { accountId: own.id, accounts: locked.map((account) => account.id), locks };
}
