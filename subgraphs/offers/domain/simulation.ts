import Decimal from 'decimal.js';
import {
  type AppliedOffers,
  accrueOffers,
  applyOffers,
  type EvaluationContext,
  indexOffers,
  type MemberFacts,
  type OfferIndex,
  type OfferRule,
  type ReceiptLine,
} from '../../../packages/mechanics';

/**
 * What an offer would have done to past receipts: each receipt of the subgraph's copy is evaluated
 * by the same engine as the till, with the company's live offers and with the offer added (a
 * revision replacing its live version), and the difference is the offer's cost. Pure: receipts
 * come in, figures go out.
 */

/** A past receipt as the simulation reads it. */
export interface PastReceipt {
  pointOfSaleId: string;
  memberId: string | null;
  /** The register's wall clock when it sold (the company's time zone). */
  localTime: string;
  currency: string;
  baseAccrualPercent: Decimal;
  lines: ReceiptLine[];
  /** The member as the simulation judges them now (state, audiences) and the purchase it was for them. */
  member: MemberFacts | null;
  /** The member's picks from the favourites lists offers name, by list (as the till fills them). */
  favourites: ReadonlyMap<string, readonly string[]>;
}

export interface PointOfSaleCost {
  pointOfSaleId: string;
  receiptsTouched: number;
  discount: Decimal;
  bonuses: Decimal;
}

export interface SimulationResult {
  receiptsEvaluated: number;
  /** Receipts the offer applied to. */
  receiptsTouched: number;
  membersTouched: number;
  /** The offer's own direct discounts (money) and bonus points on the receipts it applied to. */
  discount: Decimal;
  bonuses: Decimal;
  /** What all offers together gave more (or less: the offer may push others out) than without it; the bonuses with the program's base accrual, which discounts lower. */
  netDiscount: Decimal;
  netBonuses: Decimal;
  pointsOfSale: PointOfSaleCost[];
}

const ZERO = new Decimal(0);

function contextFor(receipt: PastReceipt): EvaluationContext {
  return {
    member: receipt.member,
    // Coupons presented and budgets spent are not in the copy: coupon offers never apply, budgets never run out.
    couponOfferIds: new Set(),
    productLists: new Map([...receipt.favourites].map(([listId, skus]) => [listId, skus.map((sku) => ({ sku }))])),
    budgetLeft: new Map(),
    baseAccrualPercent: receipt.baseAccrualPercent,
    defaultCurrency: receipt.currency,
    exchangeRates: new Map(),
  };
}

/**
 * The program's base accrual on what the lines come to after the offers (every line paid in money,
 * the program's receipt rounding left out): what offers change of it by their discounts and by
 * lines a register-discount offer keeps from accruing counts in the net figures.
 */
function baseAccrualOf(applied: AppliedOffers, percent: Decimal): Decimal {
  const earning = applied.lines.reduce((sum, line) => (line.accrues ? sum.plus(line.total) : sum), ZERO);
  return earning.times(percent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** The bonus points the offers' rules give on a receipt (every line paid in money), in all. */
function bonusesOf(applied: AppliedOffers, offerId?: string): Decimal {
  const accruals = accrueOffers(
    applied,
    applied.lines.map((line) => line.total),
  );
  return accruals.offers.filter((offer) => offerId === undefined || offer.offerId === offerId).reduce((sum, offer) => sum.plus(offer.amount), ZERO);
}

export function createSimulation(offer: OfferRule, live: readonly OfferRule[]) {
  // A revision replaces its live version: the difference is against the offers as they are, that version included.
  const others = live.filter((rule) => rule.offerId !== offer.offerId);
  const replaced = live.filter((rule) => rule.offerId === offer.offerId).map((rule) => ({ ...rule, offerId: `${rule.offerId}:live` }));
  // A receipt either version applies to costs something more or less; any other nothing.
  const alone: OfferIndex = indexOffers([offer, ...replaced]);
  const without: OfferIndex = indexOffers([...others, ...replaced]);
  const withOffer: OfferIndex = indexOffers([...others, offer]);
  const totals = { receiptsEvaluated: 0, receiptsTouched: 0, discount: ZERO, bonuses: ZERO, netDiscount: ZERO, netBonuses: ZERO };
  const members = new Set<string>();
  const byPointOfSale = new Map<string, PointOfSaleCost>();

  return {
    add(receipt: PastReceipt): void {
      totals.receiptsEvaluated += 1;
      const input = {
        lines: receipt.lines,
        pointOfSaleId: receipt.pointOfSaleId,
        channel: 'POS' as const,
        localTime: receipt.localTime,
        currency: receipt.currency,
      };
      const context = contextFor(receipt);
      // Most receipts the offer cannot touch: judged against it alone first, cheaply.
      if (!applyOffers(input, alone, context).offers.some((outcome) => outcome.status === 'APPLIED')) return;
      const withIt = applyOffers(input, withOffer, context);
      const baseline = applyOffers(input, without, context);
      // An anonymous receipt accrues nothing at the till.
      const bonusesOfRun = (applied: AppliedOffers, offerId?: string) => (receipt.member ? bonusesOf(applied, offerId) : ZERO);
      const accrualOfRun = (applied: AppliedOffers) => (receipt.member ? bonusesOf(applied).plus(baseAccrualOf(applied, receipt.baseAccrualPercent)) : ZERO);
      // A receipt only the replaced version applied to costs less now: the net change counts it, not the offer's own.
      totals.netDiscount = totals.netDiscount.plus(withIt.discount.minus(baseline.discount));
      totals.netBonuses = totals.netBonuses.plus(accrualOfRun(withIt).minus(accrualOfRun(baseline)));
      const own = withIt.offers.find((outcome) => outcome.offerId === offer.offerId && outcome.status === 'APPLIED');
      if (own?.status !== 'APPLIED') return;
      const discount = own.discount;
      const bonuses = bonusesOfRun(withIt, offer.offerId);
      totals.receiptsTouched += 1;
      totals.discount = totals.discount.plus(discount);
      totals.bonuses = totals.bonuses.plus(bonuses);
      if (receipt.memberId) members.add(receipt.memberId);
      const place = byPointOfSale.get(receipt.pointOfSaleId) ?? { pointOfSaleId: receipt.pointOfSaleId, receiptsTouched: 0, discount: ZERO, bonuses: ZERO };
      byPointOfSale.set(receipt.pointOfSaleId, {
        ...place,
        receiptsTouched: place.receiptsTouched + 1,
        discount: place.discount.plus(discount),
        bonuses: place.bonuses.plus(bonuses),
      });
    },

    result(): SimulationResult {
      return {
        ...totals,
        membersTouched: members.size,
        pointsOfSale: [...byPointOfSale.values()].sort(
          (a, b) => b.discount.plus(b.bonuses).comparedTo(a.discount.plus(a.bonuses)) || a.pointOfSaleId.localeCompare(b.pointOfSaleId),
        ),
      };
    },
  };
}
