import type { SqlClient } from '../../../infra/db/sql-client';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { friendOccurrence } from '../../../packages/mechanics';
import { liveEventKinds, notePurchase } from '../data/purchase-triggers-store';

/**
 * Offers that reward what a purchase did after the fact (PURCHASE_CONFIRMED, RETURN, and the
 * inviter's FRIENDS_FIRST_PURCHASE): this subgraph sees every confirmed receipt and return in its
 * copy, so it tells the ledger of each one an offer reacts to, in the copy's transaction (once per
 * receipt). The ledger matches it against its snapshot and rewards once per (offer, member,
 * occurrence), as for any event (services/offer-rewards.ts there). Nothing is sent when no
 * published offer reacts: most receipts cost one statement here.
 */
export const PURCHASE_TRIGGER_EVENT = 'offers.purchase_trigger';

function trigger(companyId: string, memberId: string, kind: string, occurrence: string): DomainEvent {
  return { type: PURCHASE_TRIGGER_EVENT, companyId, memberId, data: { memberId, kind, occurrence } };
}

/** A member's confirmed purchase: PURCHASE_CONFIRMED for them, and FRIENDS_FIRST_PURCHASE for whoever invited them if it is their first. */
export async function purchaseTriggers(
  db: SqlClient,
  purchase: { companyId: string; memberId: string; purchaseId: string; soldAt: Date },
): Promise<DomainEvent[]> {
  const facts = await notePurchase(db, purchase, ['PURCHASE_CONFIRMED', 'FRIENDS_FIRST_PURCHASE']);
  const events: DomainEvent[] = [];
  if (facts.liveKinds.includes('PURCHASE_CONFIRMED'))
    events.push(trigger(purchase.companyId, purchase.memberId, 'PURCHASE_CONFIRMED', `purchase:${purchase.purchaseId}`));
  const inviter = facts.firstPurchase?.referredBy;
  if (inviter && facts.liveKinds.includes('FRIENDS_FIRST_PURCHASE')) {
    const friendKey = facts.firstPurchase?.phoneKey ?? purchase.memberId;
    events.push(trigger(purchase.companyId, inviter, 'FRIENDS_FIRST_PURCHASE', friendOccurrence('purchased', friendKey)));
  }
  return events;
}

/** A member's return: RETURN for them, once per return. */
export async function returnTriggers(db: SqlClient, refund: { companyId: string; memberId: string; refundId: string }): Promise<DomainEvent[]> {
  const live = await liveEventKinds(db, refund.companyId, ['RETURN']);
  return live.length > 0 ? [trigger(refund.companyId, refund.memberId, 'RETURN', `return:${refund.refundId}`)] : [];
}
