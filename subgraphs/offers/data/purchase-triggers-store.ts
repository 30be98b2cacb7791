import type { SqlClient } from '../../../infra/db/sql-client';

/** What the offers subgraph learns of a member's purchase that an offer on it may reward. */
export interface PurchaseFacts {
  /** Which of the events asked about a published offer of the company reacts to. */
  liveKinds: string[];
  /** Set when this is the member's first purchase: who invited them, and their phone's key. */
  firstPurchase: { referredBy: string | null; phoneKey: string | null } | null;
}

/**
 * Marks the member's first purchase (once: a later one finds it set) and reads which of `kinds`
 * the company's published offers react to, in one round trip: this runs for every receipt.
 */
export async function notePurchase(db: SqlClient, purchase: { companyId: string; memberId: string; soldAt: Date }, kinds: string[]): Promise<PurchaseFacts> {
  const rows = await db.$queryRaw<Array<{ kinds: string[] | null; first: boolean; referred_by: string | null; phone_key: string | null }>>`
    WITH first AS (
      UPDATE member_facts SET first_purchase_at = ${purchase.soldAt}
       WHERE member_id = ${purchase.memberId}::uuid AND first_purchase_at IS NULL
      RETURNING referred_by, phone_key)
    SELECT (SELECT array_agg(DISTINCT mechanics->'event'->>'kind') FROM offers
             WHERE company_id = ${purchase.companyId}::uuid AND lifecycle = 'PUBLISHED'
               AND mechanics->'event'->>'kind' = ANY(${kinds}::text[])) AS kinds,
           EXISTS (SELECT 1 FROM first) AS first,
           first.referred_by, first.phone_key
      FROM (SELECT 1) AS one LEFT JOIN first ON true`;
  const row = rows[0];
  return {
    liveKinds: row?.kinds ?? [],
    firstPurchase: row?.first ? { referredBy: row.referred_by, phoneKey: row.phone_key } : null,
  };
}

/** Which of `kinds` the company's published offers react to. */
export async function liveEventKinds(db: SqlClient, companyId: string, kinds: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ kind: string }>>`
    SELECT DISTINCT mechanics->'event'->>'kind' AS kind FROM offers
     WHERE company_id = ${companyId}::uuid AND lifecycle = 'PUBLISHED' AND mechanics->'event'->>'kind' = ANY(${kinds}::text[])`;
  return rows.map((row) => row.kind);
}

/** Notes who invited the member (from their registration); a later event never changes it. */
export async function saveReferral(db: SqlClient, memberId: string, referredBy: string): Promise<void> {
  await db.$executeRaw`UPDATE member_facts SET referred_by = ${referredBy}::uuid WHERE member_id = ${memberId}::uuid AND referred_by IS NULL`;
}
