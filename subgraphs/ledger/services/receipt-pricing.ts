import type { LedgerSql } from '../data/prisma';
import { calculateReceipt, type Receipt, type ReceiptContext, type ReceiptLineInput } from '../domain/receipt';
import { TILL_RULES } from '../domain/receipt-offers';
import { spendableNow } from './balance-reader';

/** What spendableNow needs to read a pool's spendable amount exactly. */
export interface SpendableRead {
  pool: string[];
  accountIds: string[];
  currencyId: string;
  now: Date;
  except?: string | null;
}

/**
 * Prices the till's receipt. `exactly` is given when the member's spendable amount is a lower bound
 * (the till read only as far as the requested payment, balance-reader's `enough`): when that bound
 * is what caps the payment the receipt offers, the amount is read exactly and the receipt priced
 * again, so the till is never offered less than the member can spend.
 */
export async function priceReceipt(tx: LedgerSql, lines: ReceiptLineInput[], context: ReceiptContext, exactly?: SpendableRead): Promise<Receipt> {
  const receipt = calculateReceipt(lines, context, TILL_RULES);
  const member = context.member;
  if (!exactly || !member || receipt.maxBonusPayment.lt(member.spendable)) return receipt;
  const { pool, accountIds, currencyId, now, except } = exactly;
  const spendable = await spendableNow(tx, pool, accountIds, currencyId, now, except ?? null);
  return calculateReceipt(lines, { ...context, member: { ...member, spendable } }, TILL_RULES);
}
