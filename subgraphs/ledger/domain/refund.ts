import { LedgerError } from './errors';
import { Decimal, sum, ZERO } from './money';

/** What a line of a confirmed purchase carries into a return (amounts as stored). */
export interface RefundableLine {
  lineNo: number;
  quantity: Decimal;
  bonusPaid: Decimal;
  accrual: Decimal;
}

export interface RefundShare {
  /** Returned quantity per line number. */
  quantities: Map<number, Decimal>;
  /** Money paid with bonuses on the returned goods. */
  bonusPaidMoney: Decimal;
  /** Bonuses the returned goods accrued. */
  accrual: Decimal;
}

const cents = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_DOWN);

/**
 * The share of a purchase a return gives back, line by line and in proportion to the returned
 * quantities. Shares are computed on the running total returned, so several partial returns add up
 * to exactly the whole purchase, to the cent.
 */
export function refundShare(
  lines: RefundableLine[],
  alreadyReturned: Map<number, Decimal>,
  requested: Array<{ lineNo: number; quantity: Decimal }> | null,
): RefundShare {
  const wanted = requested ?? lines.map((line) => ({ lineNo: line.lineNo, quantity: line.quantity.minus(alreadyReturned.get(line.lineNo) ?? ZERO) }));
  const quantities = new Map<number, Decimal>();
  const bonus: Decimal[] = [];
  const accrual: Decimal[] = [];
  for (const { lineNo, quantity } of wanted) {
    const line = lines.find((l) => l.lineNo === lineNo);
    if (!line) throw new LedgerError('INVALID_RECEIPT', `The purchase has no line ${lineNo}`, 'lines');
    const before = alreadyReturned.get(lineNo) ?? ZERO;
    const after = before.plus(quantity).plus(quantities.get(lineNo) ?? ZERO);
    if (quantity.lte(0) && requested) throw new LedgerError('INVALID_RECEIPT', 'Returned quantities are positive', 'lines');
    if (after.gt(line.quantity)) throw new LedgerError('INVALID_RECEIPT', `Line ${lineNo}: more returned than bought`, 'lines');
    if (quantity.lte(0)) continue;
    quantities.set(lineNo, after.minus(before));
    const shareOf = (total: Decimal) => cents(total.times(after).dividedBy(line.quantity)).minus(cents(total.times(before).dividedBy(line.quantity)));
    bonus.push(shareOf(line.bonusPaid));
    accrual.push(shareOf(line.accrual));
  }
  if (quantities.size === 0) throw new LedgerError('INVALID_RECEIPT', 'Nothing is left to return', 'lines');
  return { quantities, bonusPaidMoney: sum(bonus), accrual: sum(accrual) };
}
