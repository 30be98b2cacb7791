import { accrueOffers } from '../../../packages/mechanics';
import { Decimal, sum } from './money';
import { baseAccrual, type CalculatedLine, type LineBonus, payWithBonuses, type ReceiptRule, recomputeTotals, roundTotal } from './receipt';

/**
 * The offers' steps of a receipt (packages/mechanics does the evaluation): their discounts before
 * the program's rounding, their payment shares in the payment, their bonuses after the base
 * accrual. Without a snapshot both steps leave the receipt as it was.
 */

/** The offers' direct discounts and what they set per line (payment share, whether it accrues), from the register's lines. */
export const applyOfferMechanics: ReceiptRule = (receipt, { offers }) => {
  if (!offers) return receipt;
  const applied = offers.evaluate(receipt.lines);
  const lines = receipt.lines.map((line, i): CalculatedLine => {
    const effect = applied.lines[i];
    if (!effect || (effect.offerIds.length === 0 && effect.registerDiscount.eq(line.registerDiscount))) return line;
    return {
      ...line,
      registerDiscount: effect.registerDiscount,
      discount: line.discount.plus(effect.discount),
      total: effect.total,
      offers: {
        registerDiscountSent: line.registerDiscount,
        offerIds: effect.offerIds,
        discounts: effect.discounts.map((d) => ({ offerId: d.offerId, amount: d.amount })),
        maxPaymentShare: effect.maxPaymentShare,
        accrues: effect.accrues,
        bonuses: [],
      },
    };
  });
  return recomputeTotals({ ...receipt, lines, offers: { snapshotVersion: offers.snapshotVersion, applied, deferred: [] } });
};

/**
 * The offers' bonuses on what each line was paid in money, for a member who accrues. Those in the
 * receipt's currency join the line's accrual (so limits, confirmation and returns treat them as the
 * base accrual), with the offer's own activation delay and lifetime when it sets them (a lot of
 * their own at confirmation); those in another currency stay beside it, line by line (accrued at
 * confirmation in that currency, taken back by returns line by line), and are summed per offer.
 */
export const accrueOfferBonuses: ReceiptRule = (receipt, { offers, member }) => {
  if (!offers || !receipt.offers || !member?.canAccrue) return receipt;
  const bonuses = accrueOffers(
    receipt.offers.applied,
    receipt.lines.map((l) => l.total.minus(l.bonusPaid)),
  );
  const deferred = new Map<string, { offerId: string; currency: string; amount: Decimal }>();
  const lines = receipt.lines.map((line, i): CalculatedLine => {
    const given = (bonuses.lines[i]?.bonuses ?? []).filter((b) => new Decimal(b.amount).gt(0));
    const own = given.filter((b) => b.currency === offers.currency);
    // A currency the company lacks gives nothing (services/till-offers.ts leaves it out of the rates).
    const other = given.filter((b) => b.currency !== offers.currency && offers.rates.has(b.currency));
    for (const bonus of other) {
      const key = `${bonus.offerId}\u0000${bonus.currency}`;
      const total = deferred.get(key) ?? { offerId: bonus.offerId, currency: bonus.currency, amount: new Decimal(0) };
      deferred.set(key, { ...total, amount: total.amount.plus(bonus.amount) });
    }
    if (given.length === 0 || !line.offers) return line;
    return {
      ...line,
      accrual: line.accrual.plus(sum(own.map((b) => new Decimal(b.amount)))),
      offers: {
        ...line.offers,
        bonuses: own.map(lineBonus),
        ...(other.length > 0 ? { otherBonuses: other.map((b) => ({ ...lineBonus(b), currency: b.currency })) } : {}),
      },
    };
  });
  const accrual = sum(lines.map((l) => l.accrual));
  return { ...receipt, lines, accrual, offers: { ...receipt.offers, deferred: [...deferred.values()] } };
};

function lineBonus(bonus: { offerId: string; amount: Decimal.Value; activationDelayDays: number | null; lifetimeDays: number | null }): LineBonus {
  const { offerId, activationDelayDays, lifetimeDays } = bonus;
  const amount = new Decimal(bonus.amount);
  return activationDelayDays === null && lifetimeDays === null ? { offerId, amount } : { offerId, amount, terms: { activationDelayDays, lifetimeDays } };
}

/** The till's receipt: the offers' discounts, the program's rounding and payment, the base accrual, the offers' bonuses. */
export const TILL_RULES: ReceiptRule[] = [applyOfferMechanics, roundTotal, payWithBonuses, baseAccrual, accrueOfferBonuses];
