import type { OffersDb } from './prisma';

/** What offers' budgets spent, added up from the ledger's reports. */

export async function addBudgetSpending(tx: OffersDb, companyId: string, spent: Array<{ offerId: string; amount: string }>, at: Date): Promise<void> {
  if (spent.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO offer_budget_spending (offer_id, company_id, spent, updated_at)
    SELECT offer_id, ${companyId}::uuid, sum(amount), ${at}
      FROM unnest(${spent.map((s) => s.offerId)}::uuid[], ${spent.map((s) => s.amount)}::numeric[]) AS t(offer_id, amount)
     GROUP BY offer_id
    ON CONFLICT (offer_id) DO UPDATE SET spent = offer_budget_spending.spent + EXCLUDED.spent, updated_at = EXCLUDED.updated_at`;
}

/** What the offer (its lineage) spent of its budget so far, as a decimal string. */
export async function budgetSpentOf(db: OffersDb, lineageId: string): Promise<string> {
  const row = await db.offerBudgetSpending.findUnique({ where: { offerId: lineageId }, select: { spent: true } });
  return row?.spent.toFixed(2) ?? '0.00';
}
