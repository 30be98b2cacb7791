import type { SqlClient } from '../../../infra/db/sql-client';

/** A member's receipt as the copy learns of it. */
export interface MemberPurchase {
  companyId: string;
  memberId: string;
  purchaseId: string;
  soldAt: Date;
  total: string;
}

/** What the offers subgraph learns of a member's purchase that an offer on it may reward. */
export interface PurchaseFacts {
  /** Which of the events asked about a published offer of the company reacts to. */
  liveKinds: string[];
  /** Set when this is the member's first purchase: who invited them (null: nobody, or not known yet), and their phone's key. */
  firstPurchase: { referredBy: string | null; phoneKey: string | null } | null;
}

/**
 * Notes the member's first purchase (once: a later one finds it noted, whether or not the member's
 * own events arrived yet) and reads which of `kinds` the company's published offers react to, in
 * one round trip: this runs for every receipt of a member.
 */
export async function notePurchase(db: SqlClient, purchase: MemberPurchase, kinds: string[]): Promise<PurchaseFacts> {
  const rows = await db.$queryRaw<Array<{ kinds: string[] | null; first: boolean; referred_by: string | null; phone_key: string | null }>>`
    WITH first AS (
      INSERT INTO first_purchases (member_id, company_id, purchase_id, sold_at, total)
      VALUES (${purchase.memberId}::uuid, ${purchase.companyId}::uuid, ${purchase.purchaseId}::uuid, ${purchase.soldAt}, ${purchase.total}::numeric)
      ON CONFLICT (member_id) DO NOTHING RETURNING member_id)
    SELECT (SELECT array_agg(DISTINCT mechanics->'event'->>'kind') FROM offers
             WHERE company_id = ${purchase.companyId}::uuid AND lifecycle = 'PUBLISHED'
               AND mechanics->'event'->>'kind' = ANY(${kinds}::text[])) AS kinds,
           EXISTS (SELECT 1 FROM first) AS first, f.referred_by, f.phone_key
      FROM (SELECT 1) AS one LEFT JOIN member_facts f ON f.member_id = ${purchase.memberId}::uuid`;
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

/**
 * Notes who invited the member (from their registration; a later event never changes it). Answers
 * the member's first purchase when they made one before this subgraph learnt of the referral (its
 * receipt arrived first): the inviter's reward for it is due now.
 */
export async function saveReferral(db: SqlClient, memberId: string, referredBy: string): Promise<{ phoneKey: string | null; total: string } | null> {
  const rows = await db.$queryRaw<Array<{ phone_key: string | null; total: string }>>`
    WITH saved AS (
      UPDATE member_facts SET referred_by = ${referredBy}::uuid WHERE member_id = ${memberId}::uuid AND referred_by IS NULL
      RETURNING member_id, phone_key)
    SELECT saved.phone_key, p.total::text AS total FROM saved JOIN first_purchases p ON p.member_id = saved.member_id`;
  return rows[0] ? { phoneKey: rows[0].phone_key, total: rows[0].total } : null;
}

/** Who invited the member whose first purchase this was, and the member's phone key; null when it was not a referred member's first. */
export async function referralOfFirstPurchase(
  db: SqlClient,
  purchaseId: string,
): Promise<{ memberId: string; referredBy: string; phoneKey: string | null } | null> {
  const rows = await db.$queryRaw<Array<{ member_id: string; referred_by: string; phone_key: string | null }>>`
    SELECT p.member_id, f.referred_by, f.phone_key FROM first_purchases p JOIN member_facts f ON f.member_id = p.member_id
     WHERE p.purchase_id = ${purchaseId}::uuid AND f.referred_by IS NOT NULL`;
  const row = rows[0];
  return row ? { memberId: row.member_id, referredBy: row.referred_by, phoneKey: row.phone_key } : null;
}
