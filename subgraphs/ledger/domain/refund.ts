import { LedgerError } from './errors';
import { Decimal, proportionalShare, sum, ZERO } from './money';

/** What a line of a confirmed purchase carries into a return (amounts as stored). */
export interface RefundableLine {
  lineNo: number;
  quantity: Decimal;
  /** Money paid on the line with bonuses. */
  bonusPaid: Decimal;
  /** Bonuses the line accrued. */
  accrual: Decimal;
}

export interface RefundablePurchase {
  lines: RefundableLine[];
  /** Bonus units the purchase paid (what the lines' bonusPaid money was bought with). */
  bonusPayment: Decimal;
}

/** What the purchase's earlier returns took: quantities per line and bonus units given back. */
export interface EarlierReturns {
  quantities: Map<number, Decimal>;
  bonusReturned: Decimal;
}

export interface RefundShare {
  /** Returned quantity per line number (each line once). */
  quantities: Map<number, Decimal>;
  /** Bonus units paid on the returned goods, given back. */
  bonusReturned: Decimal;
  /** Bonuses the returned goods accrued, to take back. */
  accrual: Decimal;
  /** With this return, every unit of the purchase is back. */
  everythingBack: boolean;
}

const MAX_QUANTITY_PLACES = 3;

/**
 * The quantities a return asks for, one per line: a line named twice is merged (two scans of the
 * same returned goods), and the whole rest of the purchase when nothing is named.
 */
function requestedQuantities(purchase: RefundablePurchase, earlier: EarlierReturns, requested: Array<{ lineNo: number; quantity: Decimal }> | null) {
  const wanted = new Map<number, Decimal>();
  if (!requested) {
    for (const line of purchase.lines) wanted.set(line.lineNo, line.quantity.minus(earlier.quantities.get(line.lineNo) ?? ZERO));
    return wanted;
  }
  if (requested.length === 0) throw new LedgerError('INVALID_RECEIPT', 'Name the returned lines, or omit them to return everything left', 'lines');
  for (const { lineNo, quantity } of requested) {
    if (!purchase.lines.some((l) => l.lineNo === lineNo)) throw new LedgerError('INVALID_RECEIPT', `The purchase has no line ${lineNo}`, 'lines');
    if (!quantity.isFinite() || quantity.lte(0) || quantity.decimalPlaces() > MAX_QUANTITY_PLACES) {
      throw new LedgerError('INVALID_RECEIPT', `Line ${lineNo}: returned quantities are positive, up to ${MAX_QUANTITY_PLACES} decimals`, 'lines');
    }
    wanted.set(lineNo, (wanted.get(lineNo) ?? ZERO).plus(quantity));
  }
  return wanted;
}

/**
 * The share of a purchase a return gives back, line by line and in proportion to the returned
 * quantities. Every share is taken on the running total returned (all earlier returns plus this
 * one) less what earlier returns took, so however returns are split or worded they add up to the
 * purchase's payment and accrual exactly, to the cent, and never to more.
 */
export function refundShare(
  purchase: RefundablePurchase,
  earlier: EarlierReturns,
  requested: Array<{ lineNo: number; quantity: Decimal }> | null,
): RefundShare {
  const wanted = requestedQuantities(purchase, earlier, requested);
  const quantities = new Map<number, Decimal>();
  const accrual: Decimal[] = [];
  const paidAfter: Decimal[] = [];
  for (const line of purchase.lines) {
    const before = earlier.quantities.get(line.lineNo) ?? ZERO;
    const returning = wanted.get(line.lineNo) ?? ZERO;
    const after = before.plus(returning);
    if (after.gt(line.quantity)) {
      throw new LedgerError(
        'INVALID_RECEIPT',
        `Line ${line.lineNo}: ${after.minus(before).toFixed()} asked, ${line.quantity.minus(before).toFixed()} left to return`,
        'lines',
      );
    }
    paidAfter.push(proportionalShare(line.bonusPaid, after, line.quantity));
    if (returning.lte(0)) continue;
    quantities.set(line.lineNo, returning);
    accrual.push(proportionalShare(line.accrual, after, line.quantity).minus(proportionalShare(line.accrual, before, line.quantity)));
  }
  if (quantities.size === 0) throw new LedgerError('INVALID_RECEIPT', 'Nothing is left to return', 'lines');
  // Units come back as the share of the units paid that the money returned so far stands for;
  // all of them once every line is back, whatever rounding did to the money on the way.
  const everythingBack = purchase.lines.every((l) => l.quantity.lte((earlier.quantities.get(l.lineNo) ?? ZERO).plus(wanted.get(l.lineNo) ?? ZERO)));
  const paidMoney = sum(purchase.lines.map((l) => l.bonusPaid));
  const unitsAfter = everythingBack ? purchase.bonusPayment : proportionalShare(purchase.bonusPayment, sum(paidAfter), paidMoney);
  const left = purchase.bonusPayment.minus(earlier.bonusReturned);
  const bonusReturned = Decimal.max(ZERO, Decimal.min(left, unitsAfter.minus(earlier.bonusReturned)));
  return { quantities, bonusReturned, accrual: sum(accrual), everythingBack };
}

/** A stored line's offer bonuses in other currencies than the purchase's. */
export interface LineOtherBonuses {
  lineNo: number;
  quantity: Decimal;
  otherBonuses: Array<{ currency: string; amount: Decimal }>;
}

/**
 * What a return takes back of the offers' bonuses in other currencies, per currency: each returned
 * line's share of them on the running total returned, as `refundShare` takes the accrual, so the
 * returns of a purchase take back exactly what it gave once everything is back.
 */
export function otherCurrencyShares(lines: LineOtherBonuses[], earlier: EarlierReturns, returning: Map<number, Decimal>): Map<string, Decimal> {
  const shares = new Map<string, Decimal>();
  for (const line of lines) {
    const now = returning.get(line.lineNo);
    if (!now || now.lte(0)) continue;
    const before = earlier.quantities.get(line.lineNo) ?? ZERO;
    const after = before.plus(now);
    for (const bonus of line.otherBonuses) {
      const share = proportionalShare(bonus.amount, after, line.quantity).minus(proportionalShare(bonus.amount, before, line.quantity));
      shares.set(bonus.currency, (shares.get(bonus.currency) ?? ZERO).plus(share));
    }
  }
  return shares;
}

/** What a purchase's payment drew from one lot (whose account it is), and how much of it returns gave back already. */
export interface PaidDraw {
  lotId: string;
  /** The account the lot belongs to: a relative's, when the payment drew the family's pool. */
  accountId: string;
  accruedAt: Date;
  expiresAt: Date | null;
  drawn: Decimal;
  returned: Decimal;
}

/** A piece of paid bonuses given back: a new lot, in the account the payment drew it from, with that lot's expiry. */
export interface ReturnedPiece {
  sourceLotId: string | null;
  /** Where it goes back to; null (a payment recorded before draws were tracked): the purchaser's own account. */
  accountId: string | null;
  amount: Decimal;
  expiresAt: Date | null;
}

/**
 * Splits the bonus units a return gives back over the lots the payment drew, so they come back on
 * the terms they were paid with and to whom they were taken from: a unit drawn from a lot expiring
 * on the 30th expires on the 30th again (at once, if that moment has passed), so buying and
 * returning never extends a lot's life, and a unit drawn from a relative's lot goes back to the
 * relative, so a return never moves bonuses between family members. The draws expiring latest are
 * given back first, the newest lot first among equals (the reverse of the spending order). Units
 * no draw accounts for (a payment recorded before draws were tracked) come back without an expiry.
 */
export function returnedPieces(draws: PaidDraw[], units: Decimal, now: Date): ReturnedPiece[] {
  const never = Number.POSITIVE_INFINITY;
  const latestFirst = [...draws].sort(
    (a, b) =>
      (b.expiresAt?.getTime() ?? never) - (a.expiresAt?.getTime() ?? never) || b.accruedAt.getTime() - a.accruedAt.getTime() || (a.lotId < b.lotId ? 1 : -1),
  );
  const pieces: ReturnedPiece[] = [];
  let left = units;
  for (const draw of latestFirst) {
    if (left.lte(0)) break;
    const take = Decimal.min(left, draw.drawn.minus(draw.returned));
    if (take.lte(0)) continue;
    const expiresAt = draw.expiresAt && draw.expiresAt < now ? now : draw.expiresAt;
    pieces.push({ sourceLotId: draw.lotId, accountId: draw.accountId, amount: take, expiresAt });
    left = left.minus(take);
  }
  if (left.gt(0)) pieces.push({ sourceLotId: null, accountId: null, amount: left, expiresAt: null });
  return pieces;
}

/**
 * What the purchase's own lot can give towards taking back `accrual`: what is left of it, all of it
 * when not yet active (no hold covers it), only what other pending operations do not hold
 * (`spendable`) when it is active. What expired unspent is gone already: it is not taken twice.
 */
export function ownLotTakeBack(
  ownLot: { remaining: { toString(): string }; activatesAt: Date; expiresAt: Date | null } | null,
  accrual: Decimal,
  spendable: Decimal,
  now: Date,
): { drawn: Decimal; expired: Decimal; active: boolean } {
  if (!ownLot) return { drawn: ZERO, expired: ZERO, active: false };
  const remaining = Decimal.min(new Decimal(ownLot.remaining.toString()), accrual);
  if (ownLot.expiresAt && ownLot.expiresAt <= now) return { drawn: ZERO, expired: remaining, active: false };
  const active = ownLot.activatesAt <= now;
  return { drawn: active ? Decimal.max(ZERO, Decimal.min(remaining, spendable)) : remaining, expired: ZERO, active };
}

/**
 * What the purchase's own lots give towards taking back `accrual`, lot by lot in the order given
 * (its lot on the currency's terms first, then those of offers' own terms): each as
 * `ownLotTakeBack` says, the active ones within what nobody holds. `drawnInactive` needs no hold.
 */
export function ownLotsTakeBack<Lot extends { id: string } & Parameters<typeof ownLotTakeBack>[0] & object>(
  lots: Lot[],
  accrual: Decimal,
  spendable: Decimal,
  now: Date,
): { draws: Array<{ lot: Lot; amount: Decimal; active: boolean }>; drawn: Decimal; drawnInactive: Decimal; expired: Decimal } {
  const draws: Array<{ lot: Lot; amount: Decimal; active: boolean }> = [];
  let [left, available, drawn, drawnInactive, expired] = [accrual, spendable, ZERO, ZERO, ZERO];
  for (const lot of lots) {
    if (left.lte(0)) break;
    const own = ownLotTakeBack(lot, left, available, now);
    if (own.drawn.gt(0)) draws.push({ lot, amount: own.drawn, active: own.active });
    if (own.active) available = available.minus(own.drawn);
    else drawnInactive = drawnInactive.plus(own.drawn);
    drawn = drawn.plus(own.drawn);
    expired = expired.plus(own.expired);
    left = left.minus(own.drawn).minus(own.expired);
  }
  return { draws, drawn, drawnInactive, expired };
}
