import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { type IssuedCoupon, keepIssuedCoupons } from '../data/coupons-store';
import type { LedgerDeps } from './deps';

/** The offers subgraph's event carrying coupons it issued (subgraphs/offers/services/coupon-service.ts). */
export const COUPON_EVENT_TYPES = ['coupons.issued'] as const;

/** Keeps issued coupons, each once (a code is never issued twice in a company), so the till can redeem them. */
export function createCouponEventHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'coupons.issued') return;
    const payload = event.payload as { offerId?: unknown; coupons?: unknown };
    if (typeof payload.offerId !== 'string' || !Array.isArray(payload.coupons)) {
      deps.logger.warn({ eventId: event.eventId }, 'a coupons event without its offer or coupons changed nothing');
      return;
    }
    const offerId = payload.offerId;
    const coupons: IssuedCoupon[] = (payload.coupons as Array<Record<string, unknown>>).map((coupon) => ({
      code: String(coupon.code),
      offerId,
      memberId: typeof coupon.memberId === 'string' ? coupon.memberId : null,
      maxUses: Number(coupon.maxUses ?? 1),
      validTo: typeof coupon.validTo === 'string' ? new Date(coupon.validTo) : null,
    }));
    await runTransaction(deps, (tx) => keepIssuedCoupons(tx, event.companyId, coupons));
  };
}
