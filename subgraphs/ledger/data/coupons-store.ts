import type { LedgerSql } from './prisma';

/**
 * Coupons as the ledger keeps them (from the offers subgraph's events) and their redemptions. A
 * coupon's live holds are those of purchases still pending and in time, and those spent: a
 * cancelled or lapsed purchase's hold stops counting without anything to release.
 */

export interface IssuedCoupon {
  code: string;
  offerId: string;
  memberId: string | null;
  maxUses: number;
  validTo: Date | null;
}

export async function keepIssuedCoupons(tx: LedgerSql, companyId: string, coupons: IssuedCoupon[]): Promise<void> {
  if (coupons.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO coupons (company_id, code, offer_id, member_id, max_uses, valid_to)
    SELECT ${companyId}::uuid, code, offer_id, member_id, max_uses, valid_to
      FROM unnest(${coupons.map((c) => c.code)}::text[], ${coupons.map((c) => c.offerId)}::uuid[], ${coupons.map((c) => c.memberId)}::uuid[],
                  ${coupons.map((c) => c.maxUses)}::int[], ${coupons.map((c) => c.validTo)}::timestamptz[])
        AS t(code, offer_id, member_id, max_uses, valid_to)
    ON CONFLICT (company_id, code) DO NOTHING`;
}

export interface PresentedCoupon extends IssuedCoupon {
  /** Redemptions spent or held by other purchases still pending and in time. */
  taken: number;
}

/**
 * The coupons presented, locked until the transaction ends (so two tills redeeming the last use
 * of one coupon go one after the other), with what other purchases hold or spent of them. The
 * holds are counted by a statement of their own, after the lock: one that waited for another
 * till's transaction must see the hold it committed, which the locking statement's snapshot,
 * taken before the wait, does not.
 */
export async function lockPresentedCoupons(tx: LedgerSql, companyId: string, codes: string[], purchaseId: string, now: Date): Promise<PresentedCoupon[]> {
  const locked = await tx.$queryRaw<IssuedCoupon[]>`
    SELECT code, offer_id::text AS "offerId", member_id::text AS "memberId", max_uses AS "maxUses", valid_to AS "validTo"
      FROM coupons WHERE company_id = ${companyId}::uuid AND code = ANY(${codes}::text[]) ORDER BY code FOR UPDATE`;
  if (locked.length === 0) return [];
  const taken = await tx.$queryRaw<Array<{ code: string; taken: number }>>`
    SELECT h.code, count(*)::int AS taken FROM coupon_holds h LEFT JOIN purchases p ON p.id = h.purchase_id
     WHERE h.company_id = ${companyId}::uuid AND h.code = ANY(${locked.map((coupon) => coupon.code)}::text[]) AND h.purchase_id <> ${purchaseId}::uuid
       AND (h.spent OR (p.state = 'PENDING' AND p.hold_expires_at > ${now}))
     GROUP BY h.code`;
  const takenOf = new Map(taken.map((row) => [row.code, row.taken]));
  return locked.map((coupon) => ({ ...coupon, taken: takenOf.get(coupon.code) ?? 0 }));
}

/** Holds the coupons for the purchase (again, when it is calculated again). */
export async function holdCoupons(tx: LedgerSql, companyId: string, purchaseId: string, codes: string[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM coupon_holds WHERE purchase_id = ${purchaseId}::uuid AND NOT spent`;
  if (codes.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO coupon_holds (purchase_id, company_id, code)
    SELECT ${purchaseId}::uuid, ${companyId}::uuid, code FROM unnest(${codes}::text[]) AS code`;
}

/** The purchase's held coupons are spent: their redemptions counted. */
export async function spendHeldCoupons(tx: LedgerSql, companyId: string, purchaseId: string): Promise<void> {
  await tx.$executeRaw`
    WITH spent AS (UPDATE coupon_holds SET spent = true WHERE purchase_id = ${purchaseId}::uuid AND NOT spent RETURNING code)
    UPDATE coupons c SET uses = c.uses + 1 FROM spent WHERE c.company_id = ${companyId}::uuid AND c.code = spent.code`;
}

/** A member's own coupons with what is left of them (the personal account's list). */
export function couponsOfMember(db: LedgerSql, memberId: string, now: Date) {
  return db.$queryRaw<Array<{ code: string; offerId: string; usesLeft: number; validTo: Date | null }>>`
    SELECT c.code, c.offer_id::text AS "offerId", c.valid_to AS "validTo",
           (c.max_uses - (SELECT count(*) FROM coupon_holds h LEFT JOIN purchases p ON p.id = h.purchase_id
                           WHERE h.company_id = c.company_id AND h.code = c.code
                             AND (h.spent OR (p.state = 'PENDING' AND p.hold_expires_at > ${now}))))::int AS "usesLeft"
      FROM coupons c WHERE c.member_id = ${memberId}::uuid ORDER BY c.created_at DESC, c.code`;
}
