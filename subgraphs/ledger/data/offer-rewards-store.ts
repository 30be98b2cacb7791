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

/** Records the accrual a claimed reward gave. */
export async function setRewardOperation(tx: LedgerSql, key: RewardKey, operationId: bigint): Promise<void> {
  await tx.$executeRaw`
    UPDATE offer_rewards SET operation_id = ${operationId}
     WHERE offer_id = ${key.offerId}::uuid AND member_id = ${key.memberId}::uuid AND occurrence = ${key.occurrence} AND action_index = ${key.actionIndex}`;
}
