import { randomInt } from 'node:crypto';
import { LedgerError } from './errors';

/** The SMS code a point of sale may require before bonuses are paid (domain.md, the purchase at the POS). */

export const PAYMENT_CODE_TTL_MS = 5 * 60_000;
export const MAX_PAYMENT_CODE_TRIES = 5;
/** A new code for the same purchase waits this long after the last one (each SMS costs money). */
export const PAYMENT_CODE_RESEND_MS = 30_000;

export function generatePaymentCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export interface PendingCode {
  tries: number;
  expiresAt: Date;
}

/** Whether a code may still be tried; the caller counts the try before comparing. */
export function assertCodeTriable(code: PendingCode, now: Date, field = 'paymentCode'): void {
  if (code.expiresAt <= now) throw new LedgerError('CODE_EXPIRED', 'The code has expired; ask again for a new one', field);
  if (code.tries >= MAX_PAYMENT_CODE_TRIES) throw new LedgerError('TOO_MANY_ATTEMPTS', 'Too many wrong codes; ask again for a new one', field);
}

export function assertMayResend(previousExpiresAt: Date | null, now: Date): void {
  if (!previousExpiresAt) return;
  const sentAt = previousExpiresAt.getTime() - PAYMENT_CODE_TTL_MS;
  if (now.getTime() - sentAt < PAYMENT_CODE_RESEND_MS)
    throw new LedgerError('CODE_REQUESTED_TOO_OFTEN', 'A code was sent moments ago; wait before asking again', 'purchaseId');
}

/**
 * Whether paying this purchase with bonuses needs the member's code. A phone number is no proof of
 * being its holder (it is printed on receipts, known to relatives and colleagues), so a member named
 * by phone alone confirms with the code unless the point of sale opted out explicitly; a member
 * named by card needs it where the point of sale asks for it.
 */
export function paymentNeedsCode(
  purchase: { cardNumber: string | null },
  settings: { confirmPaymentBySms: boolean; allowPhonePaymentWithoutCode: boolean },
): boolean {
  if (settings.confirmPaymentBySms) return true;
  return purchase.cardNumber === null && !settings.allowPhonePaymentWithoutCode;
}
