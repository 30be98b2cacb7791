import { randomUUID } from 'node:crypto';
import { CalculatePurchaseDocument, type CalculatePurchaseInput, ConfirmPurchaseDocument, UpdateProgramRulesDocument } from '../e2e/__generated__/operations';
import { request } from './graphql-client';
import type { TestPlatform } from './platform';
import type { SeededTerminal } from './seed';

/** Rules whose figures are easy to follow at a till: 5 % accrued, half a receipt payable with bonuses, active at once. */
export async function useRoundTillRules(platform: TestPlatform, adminToken: string): Promise<void> {
  await request(
    platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '5', maxPaymentShare: '0.5', activationDelayDays: 0 } },
    { token: adminToken },
  );
}

/** A purchase the till calculates and confirms; fails the test when either step is refused. Answers the confirmed purchase. */
export async function buyAtTill(platform: TestPlatform, till: SeededTerminal, input: Omit<CalculatePurchaseInput, 'idempotencyKey'>) {
  const { calculatePurchase } = await request(
    platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), ...input } },
    { token: till.token },
  );
  if (!calculatePurchase.purchase) throw new Error(`calculatePurchase refused: ${JSON.stringify(calculatePurchase.errors)}`);
  const purchaseId = calculatePurchase.purchase.id;
  const { confirmPurchase } = await request(
    platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId } },
    { token: till.token },
  );
  if (!confirmPurchase.purchase) throw new Error(`confirmPurchase refused: ${JSON.stringify(confirmPurchase.errors)}`);
  return confirmPurchase.purchase;
}
