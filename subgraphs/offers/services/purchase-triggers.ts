import type { SqlClient } from '../../../infra/db/sql-client';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { friendOccurrence } from '../../../packages/mechanics';
import { liveEventKinds, type MemberPurchase, notePurchase, referralOfFirstPurchase, saveReferral } from '../data/purchase-triggers-store';

/**
 * Offers that reward what a purchase did after the fact (PURCHASE_CONFIRMED, RETURN, and the
 * inviter's FRIENDS_FIRST_PURCHASE): this subgraph sees every confirmed receipt and return in its
 * copy, so it tells the ledger of each one an offer reacts to, in the copy's transaction (once per
 * receipt). The ledger matches it against its snapshot and rewards once per (offer, member,
 * occurrence), as for any event (services/offer-rewards.ts there). Nothing is sent when no
 * published offer reacts: most receipts cost one statement here. A purchase returned in full asks
 * the ledger to take back what its PURCHASE_CONFIRMED and FRIENDS_FIRST_PURCHASE rewards gave.
 */
export const PURCHASE_TRIGGER_EVENT = 'offers.purchase_trigger';

function trigger(companyId: string, memberId: string, kind: string, occurrence: string, total?: string): DomainEvent {
  return { type: PURCHASE_TRIGGER_EVENT, companyId, memberId, data: { memberId, kind, occurrence, ...(total ? { total } : {}) } };
}

/** The occurrence a member's first purchase rewards their inviter for: the friend, by their phone. */
const friendPurchased = (memberId: string, phoneKey: string | null) => friendOccurrence('purchased', phoneKey ?? memberId);

/** A member's confirmed purchase: PURCHASE_CONFIRMED for them, and FRIENDS_FIRST_PURCHASE for whoever invited them if it is their first. */
export async function purchaseTriggers(db: SqlClient, purchase: MemberPurchase): Promise<DomainEvent[]> {
  const facts = await notePurchase(db, purchase, ['PURCHASE_CONFIRMED', 'FRIENDS_FIRST_PURCHASE']);
  const events: DomainEvent[] = [];
  const { companyId, memberId, total } = purchase;
  if (facts.liveKinds.includes('PURCHASE_CONFIRMED')) events.push(trigger(companyId, memberId, 'PURCHASE_CONFIRMED', `purchase:${purchase.purchaseId}`, total));
  const inviter = facts.firstPurchase?.referredBy;
  if (inviter && facts.liveKinds.includes('FRIENDS_FIRST_PURCHASE'))
    events.push(trigger(companyId, inviter, 'FRIENDS_FIRST_PURCHASE', friendPurchased(memberId, facts.firstPurchase?.phoneKey ?? null), total));
  return events;
}

/** A referral learnt after the friend's first purchase (its receipt came first): the inviter's FRIENDS_FIRST_PURCHASE is due now. */
export async function referralTriggers(db: SqlClient, referral: { companyId: string; memberId: string; referredBy: string }): Promise<DomainEvent[]> {
  const { companyId, memberId, referredBy } = referral;
  const bought = await saveReferral(db, memberId, referredBy);
  if (!bought || !(await liveEventKinds(db, companyId, ['FRIENDS_FIRST_PURCHASE'])).length) return [];
  return [trigger(companyId, referredBy, 'FRIENDS_FIRST_PURCHASE', friendPurchased(memberId, bought.phoneKey), bought.total)];
}

/**
 * A member's return: RETURN once per purchase returned from (a return split in parts pays no more);
 * returned in full, the purchase's own rewards and its inviter's are taken back.
 */
export async function returnTriggers(
  db: SqlClient,
  refund: { companyId: string; memberId: string; purchaseId: string; inFull: boolean; returned: string },
): Promise<DomainEvent[]> {
  const { companyId, memberId, purchaseId } = refund;
  const events: DomainEvent[] = [];
  // What this return gave back in money is the total a RETURN offer's minimum is judged against.
  if ((await liveEventKinds(db, companyId, ['RETURN'])).length > 0)
    events.push(trigger(companyId, memberId, 'RETURN', `return:${purchaseId}`, refund.returned));
  if (!refund.inFull) return events;
  events.push(trigger(companyId, memberId, 'PURCHASE_RETURNED', `purchase:${purchaseId}`));
  const referral = await referralOfFirstPurchase(db, purchaseId);
  if (referral) events.push(trigger(companyId, referral.referredBy, 'PURCHASE_RETURNED', friendPurchased(referral.memberId, referral.phoneKey)));
  return events;
}
