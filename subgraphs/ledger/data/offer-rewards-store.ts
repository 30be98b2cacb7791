import { createHash } from 'node:crypto';
import type { LedgerSql } from './prisma';

/** Which reward of an offer a member had for one occurrence of an event (the `offer_rewards` key). */
export interface RewardKey {
  offerId: string;
  memberId: string;
  /** What happened, once: "registered", "card-activated". */
  occurrence: string;
  actionIndex: number;
  companyId: string;
}

/**
 * Claims the reward in the caller's transaction: true the first time, false when it was given
 * before (or is being given by a transaction that commits first, which this one waits for).
 */
export async function claimOfferReward(tx: LedgerSql, key: RewardKey): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO offer_rewards (offer_id, member_id, occurrence, action_index, company_id)
    VALUES (${key.offerId}::uuid, ${key.memberId}::uuid, ${key.occurrence}, ${key.actionIndex}, ${key.companyId}::uuid)
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/**
 * Claims the reward for the member's phone too: false when another member with the same phone had
 * it (one who opted out and registered again), in which case nothing is given. What is kept is a
 * hash of the phone's keyed hash, for this purpose only: not the look-up key an opt-out erases.
 */
export async function claimOfferRewardForPhone(tx: LedgerSql, key: RewardKey, phoneKey: string): Promise<boolean> {
  const phoneClaim = createHash('sha256').update(`offer-rewards:${phoneKey}`).digest('hex');
  const inserted = await tx.$executeRaw`
    INSERT INTO offer_reward_phones (offer_id, phone_claim, occurrence, action_index)
    VALUES (${key.offerId}::uuid, ${phoneClaim}, ${key.occurrence}, ${key.actionIndex})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** Records the accrual a claimed reward gave. */
export async function setRewardOperation(tx: LedgerSql, key: RewardKey, operationId: bigint): Promise<void> {
  await tx.$executeRaw`
    UPDATE offer_rewards SET operation_id = ${operationId}
     WHERE offer_id = ${key.offerId}::uuid AND member_id = ${key.memberId}::uuid AND occurrence = ${key.occurrence} AND action_index = ${key.actionIndex}`;
}

/** A reward an offer's accrual gave for one occurrence: what a full return of its purchase takes back. */
export interface GivenReward {
  offerId: string;
  actionIndex: number;
  amount: string;
  currencyId: string;
  reason: string | null;
}

/** The accruals offers gave the member for this occurrence (a purchase, a friend's first purchase). */
export async function rewardsGivenFor(db: LedgerSql, memberId: string, occurrence: string): Promise<GivenReward[]> {
  return db.$queryRaw<GivenReward[]>`
    SELECT r.offer_id AS "offerId", r.action_index AS "actionIndex", o.amount::text AS amount, a.currency_id AS "currencyId", o.reason
      FROM offer_rewards r JOIN operations o ON o.id = r.operation_id JOIN accounts a ON a.id = o.account_id
     WHERE r.member_id = ${memberId}::uuid AND r.occurrence = ${occurrence} AND o.kind = 'ACCRUAL'
     ORDER BY r.offer_id, r.action_index`;
}
