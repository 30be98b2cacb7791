import { holdCoupons, lockPresentedCoupons } from '../data/coupons-store';
import type { LedgerSql } from '../data/prisma';
import { LedgerError } from '../domain/errors';

/** A coupon a till presented, valid for this receipt: the offer it opens. */
export interface CouponPresented {
  code: string;
  offerId: string;
}

/** The most coupons one receipt may present. */
export const MAX_COUPONS = 10;

/**
 * The coupons a till presents with a receipt, checked and locked: each must be the company's, in
 * time, the member's own when issued to one, and have a use left that no other purchase holds or
 * spent. Refusals name the coupon (`coupons.<index>`). The holds are taken once the receipt shows
 * which coupons' offers applied (services/purchase-receipt.ts keeps those).
 */
export async function presentCoupons(
  tx: LedgerSql,
  call: { companyId: string; purchaseId: string; codes: string[]; memberId: string | null; now: Date },
): Promise<CouponPresented[]> {
  const codes = [...new Set(call.codes.map((code) => code.trim()))];
  if (codes.length > MAX_COUPONS) throw new LedgerError('INVALID_INPUT', `At most ${MAX_COUPONS} coupons per receipt`, 'coupons');
  const bad = call.codes.findIndex((code) => code.trim().length === 0 || code.length > 64);
  if (bad >= 0) throw new LedgerError('INVALID_INPUT', 'A coupon code is 1 to 64 characters', `coupons.${bad}`);
  const found = new Map((await lockPresentedCoupons(tx, call.companyId, codes, call.purchaseId, call.now)).map((coupon) => [coupon.code, coupon]));
  return codes.map((code) => {
    const field = `coupons.${call.codes.findIndex((given) => given.trim() === code)}`;
    const coupon = found.get(code);
    if (!coupon) throw new LedgerError('COUPON_NOT_FOUND', `No coupon ${code} in this company`, field);
    if (coupon.validTo && coupon.validTo <= call.now)
      throw new LedgerError('COUPON_EXPIRED', `Coupon ${code} was valid until ${coupon.validTo.toISOString()}`, field);
    if (coupon.memberId && coupon.memberId !== call.memberId) throw new LedgerError('COUPON_NOT_YOURS', `Coupon ${code} was issued to another member`, field);
    if (coupon.taken >= coupon.maxUses) throw new LedgerError('COUPON_USED_UP', `Coupon ${code} has no use left`, field);
    return { code, offerId: coupon.offerId };
  });
}

/** Holds the coupons the purchase redeems (those whose offers applied), in place of those it held before (`held`). */
export async function holdCouponsUsed(tx: LedgerSql, purchase: { id: string; companyId: string; offers: unknown }, held: boolean): Promise<void> {
  const used = (purchase.offers as { coupons?: CouponPresented[] } | null)?.coupons ?? [];
  if (used.length > 0 || held)
    await holdCoupons(
      tx,
      purchase.companyId,
      purchase.id,
      used.map((coupon) => coupon.code),
    );
}

/** The coupons whose offers applied, one per offer (a second coupon of the same offer is not spent). */
export function couponsUsed(presented: readonly CouponPresented[], appliedOfferIds: ReadonlySet<string>): CouponPresented[] {
  const used = new Map<string, CouponPresented>();
  for (const coupon of presented) if (appliedOfferIds.has(coupon.offerId) && !used.has(coupon.offerId)) used.set(coupon.offerId, coupon);
  return [...used.values()];
}
