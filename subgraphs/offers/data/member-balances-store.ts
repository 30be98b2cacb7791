import type { OffersDb } from './prisma';

/**
 * Members' active bonuses as the ledger reported them, for audiences' balance rules: replaced whole
 * for a company and currency at each full refresh (or preview) of an audience that reads them.
 * Only members this subgraph knows are kept (an opted-out member never comes back through it).
 */
export async function replaceMemberBalances(
  db: OffersDb,
  companyId: string,
  currency: string,
  balances: Array<{ memberId: string; active: string }>,
  asOf: Date,
): Promise<void> {
  await db.$executeRaw`DELETE FROM member_balances WHERE company_id = ${companyId}::uuid AND currency = ${currency}`;
  if (balances.length === 0) return;
  await db.$executeRaw`
    INSERT INTO member_balances (member_id, currency, company_id, active, as_of)
    SELECT b.member_id, ${currency}, ${companyId}::uuid, b.active, ${asOf}
      FROM unnest(${balances.map((b) => b.memberId)}::uuid[], ${balances.map((b) => b.active)}::numeric[]) AS b(member_id, active)
      JOIN member_facts f ON f.member_id = b.member_id AND f.company_id = ${companyId}::uuid`;
}
