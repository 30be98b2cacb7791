import { hashCode, verifyCode } from '../../../infra/auth/code-hash';
import { sealCode } from '../../../infra/auth/code-sealing';
import type { Identity } from '../../../infra/auth/identity';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerSql } from '../data/prisma';
import { countPaymentCodeTry, findPurchase, setPaymentCode, usePaymentCode } from '../data/purchases-store';
import { LedgerError } from '../domain/errors';
import { amount } from '../domain/money';
import { assertCodeTriable, assertMayResend, generatePaymentCode, MAX_PAYMENT_CODE_TRIES, PAYMENT_CODE_TTL_MS, paymentNeedsCode } from '../domain/payment-code';
import type { LedgerDeps } from './deps';

interface HeldPurchase {
  id: string;
  companyId: string;
  pointOfSaleId: string;
  memberId: string | null;
  /** The card the member was named by; null when by phone alone. */
  cardNumber: string | null;
  bonusPayment: { toString(): string };
  paymentCodeHash: string | null;
  paymentCodeExpiresAt: Date | null;
}

/** A code sent to the member for an operation at a till: only its hash is kept, and it travels sealed. */
export interface IssuedCode {
  /** For the event to the delivering side (infra/auth/code-sealing.ts); the plain code exists nowhere else. */
  sealed: string;
  hash: string;
  expiresAt: Date;
}

/** A new code for an operation, unless the last one was sent moments ago (each SMS costs money). */
export async function issueTillCode(previousExpiresAt: Date | null, now: Date, codeDeliveryKey: string): Promise<IssuedCode> {
  assertMayResend(previousExpiresAt, now);
  const code = generatePaymentCode();
  return { sealed: sealCode(code, codeDeliveryKey), hash: hashCode(code, codeDeliveryKey), expiresAt: new Date(now.getTime() + PAYMENT_CODE_TTL_MS) };
}

/** Where an operation's code lives: its hash, tries and expiry, and how a try is counted and the code used up. */
export interface CodeSlot {
  id: string;
  hash: string | null;
  tries: number;
  expiresAt: Date | null;
  countTry(db: LedgerSql, id: string, maxTries: number): Promise<number | null>;
  useUp(db: LedgerSql, id: string, hash: string): Promise<void>;
}

/**
 * Checks the code given with a confirmation. Each try is counted and committed before comparing,
 * outside the confirmation's transaction, so a wrong code uses up a try even though the
 * confirmation is refused; after MAX_PAYMENT_CODE_TRIES the code is dead. A right code is used up.
 */
export async function checkTillCode(deps: LedgerDeps, slot: CodeSlot | null, given: string | null | undefined, field = 'paymentCode'): Promise<void> {
  // Without a code there is nothing to check here; the confirmation refuses an operation still waiting for one.
  const code = given?.trim();
  if (!code || !slot?.hash || !slot.expiresAt) return;
  const now = deps.clock.now();
  assertCodeTriable({ tries: slot.tries, expiresAt: slot.expiresAt }, now, field);
  const tries = await slot.countTry(deps.db, slot.id, MAX_PAYMENT_CODE_TRIES);
  if (tries === null) throw new LedgerError('TOO_MANY_ATTEMPTS', 'Too many wrong codes; ask again for a new one', field);
  if (!/^\d{6}$/.test(code) || !(await verifyCode(code, slot.hash, deps.codeDeliveryKey))) {
    const left = MAX_PAYMENT_CODE_TRIES - tries;
    throw new LedgerError('CODE_INVALID', left > 0 ? `Wrong code; ${left} attempt(s) left` : 'Wrong code; ask again for a new one', field);
  }
  await slot.useUp(deps.db, slot.id, slot.hash);
}

/**
 * Where it is needed (paymentNeedsCode), paying with bonuses needs a code sent by SMS: a new code
 * (only its hash kept) each time a payment is requested, announced as purchase.payment_code_requested
 * for the communications subgraph, which knows the member's phone. No payment, no code. Answers
 * whether it changed the purchase (a code set or cleared).
 */
export async function requestPaymentCodeIfRequired(
  deps: Pick<LedgerDeps, 'codeDeliveryKey' | 'settings'>,
  tx: LedgerSql,
  identity: Identity,
  purchase: HeldPurchase,
  now: Date,
): Promise<boolean> {
  const payment = amount(purchase.bonusPayment);
  if (!purchase.memberId || payment.isZero() || !paymentNeedsCode(purchase, await deps.settings.pointOfSale(purchase.pointOfSaleId))) {
    if (!purchase.paymentCodeHash) return false;
    await setPaymentCode(tx, purchase.id, null);
    return true;
  }
  const issued = await issueTillCode(purchase.paymentCodeExpiresAt, now, deps.codeDeliveryKey);
  await setPaymentCode(tx, purchase.id, { hash: issued.hash, expiresAt: issued.expiresAt });
  const data = {
    purchaseId: purchase.id,
    memberId: purchase.memberId,
    sealedCode: issued.sealed,
    bonusPayment: payment.toFixed(2),
    expiresAt: issued.expiresAt.toISOString(),
  };
  await recordLedgerEvents(
    tx,
    identity,
    [{ type: 'purchase.payment_code_requested', companyId: purchase.companyId, memberId: purchase.memberId, data }],
    'POS',
  );
  return true;
}

/** Checks the payment code given with a purchase's confirmation (see checkTillCode). */
export async function checkPaymentCode(
  deps: LedgerDeps,
  till: { companyId: string; pointOfSaleId: string },
  purchaseId: string,
  given: string | null | undefined,
): Promise<void> {
  if (!given?.trim()) return;
  const purchase = await findPurchase(deps.sql, till.companyId, purchaseId);
  // Only a terminal of the purchase's point of sale may try its code (nobody else can use up its tries).
  if (!purchase || purchase.pointOfSaleId !== till.pointOfSaleId || amount(purchase.bonusPayment).isZero()) return;
  const slot = {
    id: purchase.id,
    hash: purchase.paymentCodeHash,
    tries: purchase.paymentCodeTries,
    expiresAt: purchase.paymentCodeExpiresAt,
    countTry: countPaymentCodeTry,
    useUp: usePaymentCode,
  };
  await checkTillCode(deps, slot, given);
}
