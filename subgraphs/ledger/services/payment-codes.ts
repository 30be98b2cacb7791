import type { Identity } from '../../../infra/auth/identity';
import { hashSecret, verifySecret } from '../../../infra/auth/secret-hash';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerDb } from '../data/prisma';
import { countPaymentCodeTry, findPurchase, updatePurchase, usePaymentCode } from '../data/purchases-store';
import { pointOfSaleSettings } from '../data/refs-store';
import { LedgerError } from '../domain/errors';
import { amount } from '../domain/money';
import { assertCodeTriable, assertMayResend, generatePaymentCode, MAX_PAYMENT_CODE_TRIES, PAYMENT_CODE_TTL_MS } from '../domain/payment-code';
import type { LedgerDeps } from './deps';

interface HeldPurchase {
  id: string;
  companyId: string;
  pointOfSaleId: string;
  memberId: string | null;
  bonusPayment: { toString(): string };
  paymentCodeHash: string | null;
  paymentCodeExpiresAt: Date | null;
}

/**
 * Where the point of sale requires it, paying with bonuses needs a code sent by SMS: a new code
 * (only its hash kept) each time a payment is requested, announced as purchase.payment_code_requested
 * for the communications subgraph, which knows the member's phone. No payment, no code.
 */
export async function requestPaymentCodeIfRequired(tx: LedgerDb, identity: Identity, purchase: HeldPurchase, now: Date): Promise<void> {
  const payment = amount(purchase.bonusPayment);
  if (!purchase.memberId || payment.isZero() || !(await pointOfSaleSettings(tx, purchase.pointOfSaleId)).confirmPaymentBySms) {
    if (purchase.paymentCodeHash) await updatePurchase(tx, purchase.id, { paymentCodeHash: null, paymentCodeTries: 0, paymentCodeExpiresAt: null });
    return;
  }
  assertMayResend(purchase.paymentCodeExpiresAt, now);
  const code = generatePaymentCode();
  const expiresAt = new Date(now.getTime() + PAYMENT_CODE_TTL_MS);
  await updatePurchase(tx, purchase.id, { paymentCodeHash: await hashSecret(code), paymentCodeTries: 0, paymentCodeExpiresAt: expiresAt });
  await recordLedgerEvents(
    tx,
    identity,
    [
      {
        type: 'purchase.payment_code_requested',
        companyId: purchase.companyId,
        memberId: purchase.memberId,
        data: { purchaseId: purchase.id, memberId: purchase.memberId, code, bonusPayment: payment.toFixed(2), expiresAt: expiresAt.toISOString() },
      },
    ],
    'POS',
  );
}

/**
 * Checks the code given with a confirmation. Each try is counted and committed before comparing,
 * outside the confirmation's transaction, so a wrong code uses up a try even though the
 * confirmation is refused; after MAX_PAYMENT_CODE_TRIES the code is dead. A right code is used up.
 */
export async function checkPaymentCode(deps: LedgerDeps, companyId: string, purchaseId: string, given: string | null | undefined): Promise<void> {
  // Without a code there is nothing to check here; the confirmation refuses a purchase still waiting for one.
  const code = given?.trim();
  if (!code) return;
  const purchase = await findPurchase(deps.db, companyId, purchaseId);
  if (!purchase?.paymentCodeHash || !purchase.paymentCodeExpiresAt || amount(purchase.bonusPayment).isZero()) return;
  const now = deps.clock.now();
  assertCodeTriable({ tries: purchase.paymentCodeTries, expiresAt: purchase.paymentCodeExpiresAt }, now);
  const tries = await countPaymentCodeTry(deps.db, purchase.id, MAX_PAYMENT_CODE_TRIES);
  if (tries === null) throw new LedgerError('TOO_MANY_ATTEMPTS', 'Too many wrong codes; request the payment again for a new one', 'paymentCode');
  if (!/^\d{6}$/.test(code) || !(await verifySecret(code, purchase.paymentCodeHash))) {
    const left = MAX_PAYMENT_CODE_TRIES - tries;
    throw new LedgerError(
      'CODE_INVALID',
      left > 0 ? `Wrong code; ${left} attempt(s) left` : 'Wrong code; request the payment again for a new one',
      'paymentCode',
    );
  }
  await usePaymentCode(deps.db, purchase.id, purchase.paymentCodeHash);
}
