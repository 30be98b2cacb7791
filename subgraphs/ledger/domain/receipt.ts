import type { AppliedOffers, OfferBudget, OfferRule } from '../../../packages/mechanics';
import { LedgerError } from './errors';
import { bonusMoney, CENT, cents, Decimal, floorTo, sum, ZERO } from './money';

/** A receipt line as the cash register sends it. */
export interface ReceiptLineInput {
  product: string;
  /** Its category path, levels separated by `/` (`drinks/coffee`); offers naming any level match. */
  category?: string | null;
  brand?: string | null;
  price: Decimal;
  quantity: Decimal;
  /** The register's own discount on the line, in money. */
  registerDiscount?: Decimal | null;
}

/** A line with everything the platform decided for it (money unless said otherwise). */
export interface CalculatedLine {
  lineNo: number;
  product: string;
  category: string | null;
  brand?: string | null;
  price: Decimal;
  quantity: Decimal;
  /** The register's own discount the line keeps (an offer may replace it: `offers.registerDiscountSent` is what the register sent). */
  registerDiscount: Decimal;
  /** The platform's direct discount, including this line's share of the rounding correction. */
  discount: Decimal;
  total: Decimal;
  /** Money paid on this line with bonuses. */
  bonusPaid: Decimal;
  /** Bonuses this line accrues. */
  accrual: Decimal;
  /** What offers did on the line; absent when none applied to it. */
  offers?: LineOffers;
}

/** An offer's bonuses on a line; `terms` when the offer sets its own activation delay or lifetime (null: the currency's). */
export interface LineBonus {
  offerId: string;
  amount: Decimal;
  terms?: BonusTerms;
}

export interface BonusTerms {
  activationDelayDays: number | null;
  lifetimeDays: number | null;
}

/** Offers' effects on one line (domain/receipt-offers.ts). */
export interface LineOffers {
  registerDiscountSent: Decimal;
  /** The offers that applied to the line, in the order they applied. */
  offerIds: string[];
  /** Each offer's direct discount, rounding correction included. */
  discounts: Array<{ offerId: string; amount: Decimal }>;
  /** The largest share of the line bonuses may pay; null: the program's. */
  maxPaymentShare: Decimal | null;
  /** False: a REGISTER_DISCOUNT offer says a line the register discounted earns nothing. */
  accrues: boolean;
  /** Each offer's bonuses, in the receipt's currency (part of `accrual`); with the offer's own activation delay or lifetime, a lot of their own. */
  bonuses: LineBonus[];
  /** Each offer's bonuses in another currency: not part of `accrual`, accrued at confirmation in that currency's account. */
  otherBonuses?: OtherCurrencyBonus[];
}

/** An offer's bonuses on a line in a currency other than the receipt's. */
export interface OtherCurrencyBonus extends LineBonus {
  currency: string;
}

/** The offers a receipt was evaluated with and what they gave; null without a snapshot. */
export interface ReceiptOffers {
  snapshotVersion: number;
  applied: AppliedOffers;
  /** Bonuses in other currencies, per offer and currency (the lines' otherBonuses summed). */
  deferred: Array<{ offerId: string; currency: string; amount: Decimal }>;
}

export interface ReceiptRules {
  baseAccrualPercent: Decimal;
  maxPaymentShare: Decimal;
  roundingStep: Decimal;
  /** What one bonus unit pays for, in money. */
  exchangeRate: Decimal;
}

export interface MemberContext {
  canAccrue: boolean;
  canSpend: boolean;
  /** Bonuses the member can spend now: active, less what pending purchases hold. */
  spendable: Decimal;
}

export interface Receipt {
  lines: CalculatedLine[];
  subtotal: Decimal;
  discount: Decimal;
  roundingCorrection: Decimal;
  total: Decimal;
  /** The most that may be paid with bonuses, in bonus units. */
  maxBonusPayment: Decimal;
  /** Bonus units paid (held until confirmation). */
  bonusPayment: Decimal;
  cashDue: Decimal;
  accrual: Decimal;
  offers: ReceiptOffers | null;
}

/**
 * One step of the calculation. The program's base rules are steps; offers will add theirs
 * (direct discounts, bonus actions, payment caps) to the same pipeline, not a rewrite of it.
 */
export type ReceiptRule = (receipt: Receipt, context: ReceiptContext) => Receipt;

export interface ReceiptContext {
  rules: ReceiptRules;
  member: MemberContext | null;
  requestedPayment: Decimal;
  /** The company's offers, when it has a snapshot (domain/receipt-offers.ts). */
  offers?: TillOffers | null;
}

/** A company's offers as a receipt meets them: the snapshot's version and its evaluation of the opened lines. */
export interface TillOffers {
  snapshotVersion: number;
  /** The receipt's bonus currency. */
  currency: string;
  /** Money one unit of each bonus currency offers may give on the receipt is worth: the receipt's, and the company's others offers name. An offer's bonuses in a currency not here are not given. */
  rates: ReadonlyMap<string, Decimal>;
  /** Each offer's name, for what the purchase keeps of them. */
  names: ReadonlyMap<string, string>;
  /** Which of the member's purchases this is, as offers judged it (kept, so a calculation again judges alike); null without a member. */
  purchaseOrdinal: number | null;
  /** The target audiences the member was in, as offers judged them (kept alike); empty without a member or when no offer names one. */
  audienceIds: string[];
  /** The coupons the till presented, checked: the offers they open. */
  coupons: Array<{ code: string; offerId: string }>;
  /** The member's picks from the favourites lists offers name, by list (kept alike). */
  favourites: Record<string, string[]>;
  /** The member's personal offers evaluated with the company's (kept alike). */
  personal: OfferRule[];
  /** The catalogue's category and brand of the SKUs sent without them (kept alike). */
  catalogue: Record<string, { category: string | null; brand: string | null }>;
  /** Whether the evaluation says why the offers that did not apply did not. */
  explain: boolean;
  /** The offers with a budget: what each may give is held for the receipt (services/till-budgets.ts). */
  budgets: ReadonlyMap<string, OfferBudget>;
  /** The same offers, each budgeted one limited to what the receipt could hold of its budget. */
  withBudgetLeft(left: ReadonlyMap<string, Decimal>): TillOffers;
  evaluate(lines: CalculatedLine[]): AppliedOffers;
}

/**
 * Splits an amount in cents over weights: each share rounded down, the cents left over going to the
 * largest remainders, so the shares always add up to the amount exactly.
 */
export function distribute(total: Decimal, weights: Decimal[]): Decimal[] {
  const weightSum = sum(weights);
  if (total.isZero() || weightSum.isZero()) return weights.map(() => ZERO);
  const raw = weights.map((w) => total.times(w).dividedBy(weightSum));
  const shares = raw.map(cents);
  let left = total.minus(sum(shares)).dividedBy(CENT).round().toNumber();
  const order = raw.map((r, i) => ({ i, rest: r.minus(shares[i] as Decimal) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as Decimal).plus(CENT);
    left--;
  }
  return shares;
}

/** The receipt's totals from its lines, after a step changed them. */
export function recomputeTotals(receipt: Receipt): Receipt {
  const lines = receipt.lines;
  const total = sum(lines.map((l) => l.total));
  const discount = sum(lines.map((l) => l.registerDiscount.plus(l.discount)));
  return { ...receipt, lines, total, discount, cashDue: total.minus(sum(lines.map((l) => l.bonusPaid))) };
}

/** The discounted total is rounded down to the program's step; the difference becomes discount. */
export const roundTotal: ReceiptRule = (receipt, { rules }) => {
  const rounded = floorTo(receipt.total, rules.roundingStep);
  const correction = receipt.total.minus(rounded);
  if (correction.isZero()) return receipt;
  const shares = distribute(
    correction,
    receipt.lines.map((l) => l.total),
  );
  const lines = receipt.lines.map((line, i) => ({
    ...line,
    discount: line.discount.plus(shares[i] as Decimal),
    total: line.total.minus(shares[i] as Decimal),
  }));
  return recomputeTotals({ ...receipt, lines, roundingCorrection: correction });
};

/** Paying with bonuses: at most the program's share of the receipt (per line where offers set shares or keep cash), and only what the member can spend. */
export const payWithBonuses: ReceiptRule = (receipt, { rules, member, requestedPayment }) => {
  const caps = paymentCapsByLine(receipt, rules);
  const payable = caps
    ? Decimal.max(ZERO, Decimal.min(sum(caps), receipt.total.minus(receipt.offers?.applied.minCash ?? ZERO)))
    : receipt.total.times(rules.maxPaymentShare);
  const shareCap = bonusMoney.unitsFor(payable, rules.exchangeRate);
  const maxBonusPayment = member?.canSpend ? Decimal.min(shareCap, member.spendable) : ZERO;
  if (requestedPayment.isZero()) return { ...receipt, maxBonusPayment };
  if (!member?.canSpend) throw new LedgerError('MEMBER_CANNOT_SPEND', 'This member cannot pay with bonuses', 'payWithBonuses');
  if (requestedPayment.gt(member.spendable)) {
    throw new LedgerError('INSUFFICIENT_BALANCE', `Only ${member.spendable.toFixed(2)} can be spent now`, 'payWithBonuses');
  }
  if (requestedPayment.gt(shareCap)) {
    throw new LedgerError('PAYMENT_EXCEEDS_SHARE', `At most ${shareCap.toFixed(2)} of this receipt can be paid with bonuses`, 'payWithBonuses');
  }
  const paid = bonusMoney.valueOf(requestedPayment, rules.exchangeRate);
  if (paid.isZero()) throw new LedgerError('INVALID_AMOUNT', 'This payment is worth less than a cent', 'payWithBonuses');
  // Spread by what each line may take, so a line no bonus may pay (tobacco, say) gets none.
  const shares = distribute(paid, caps ?? receipt.lines.map((l) => l.total));
  const lines = receipt.lines.map((line, i) => ({ ...line, bonusPaid: shares[i] as Decimal }));
  return recomputeTotals({ ...receipt, lines, maxBonusPayment, bonusPayment: requestedPayment });
};

/**
 * Per line, the most bonuses may pay of it, where offers set shares or keep cash (a PAYMENT action);
 * null where none does, and the program's share of the receipt's total applies as it always has.
 */
function paymentCapsByLine(receipt: Receipt, rules: ReceiptRules): Decimal[] | null {
  const applied = receipt.offers?.applied;
  if (!applied || (applied.minCash === null && receipt.lines.every((l) => (l.offers?.maxPaymentShare ?? null) === null))) return null;
  // The lines no offer sets a share for keep the program's share of their sum, as a receipt without offers would.
  const programLines = receipt.lines.filter((l) => (l.offers?.maxPaymentShare ?? null) === null);
  const programCaps = distribute(
    cents(sum(programLines.map((l) => l.total)).times(rules.maxPaymentShare)),
    programLines.map((l) => l.total),
  );
  return receipt.lines.map((l) => {
    const share = l.offers?.maxPaymentShare ?? null;
    return share === null ? (programCaps[programLines.indexOf(l)] as Decimal) : cents(l.total.times(share));
  });
}

/** What a line is paid in money and earns on: nothing where an offer says a line the register discounted does not accrue. */
const accruingCash = (line: CalculatedLine) => (line.offers?.accrues === false ? ZERO : line.total.minus(line.bonusPaid));

/** The program's base accrual: a percent of what is paid in money. */
export const baseAccrual: ReceiptRule = (receipt, { rules, member }) => {
  if (!member?.canAccrue || rules.baseAccrualPercent.isZero()) return receipt;
  const earning = receipt.lines.map(accruingCash);
  const accrual = cents(sum(earning).times(rules.baseAccrualPercent).dividedBy(100));
  const shares = distribute(accrual, earning);
  return { ...receipt, accrual, lines: receipt.lines.map((line, i) => ({ ...line, accrual: line.accrual.plus(shares[i] as Decimal) })) };
};

/** The base program: rounding, payment with bonuses, base accrual, in that order. */
export const BASE_RULES: ReceiptRule[] = [roundTotal, payWithBonuses, baseAccrual];

const MAX_LINES = 500;
// Bounds that keep every total within the ledger's columns (18 digits, 2 decimals).
const MAX_PRICE = 1_000_000_000;
const MAX_QUANTITY = 10_000;
/** No receipt is worth more than any single amount the ledger takes (so no accrual exceeds it either). */
export const MAX_RECEIPT_SUBTOTAL = 1_000_000_000;

/** Checks the register's lines and applies its own discounts: the starting point of every calculation. */
export function openReceipt(inputs: ReceiptLineInput[]): Receipt {
  if (inputs.length === 0 || inputs.length > MAX_LINES) throw new LedgerError('INVALID_RECEIPT', `A receipt has 1 to ${MAX_LINES} lines`, 'lines');
  const lines = inputs.map((input, index): CalculatedLine => {
    const field = `lines.${index}`;
    const registerDiscount = input.registerDiscount ?? ZERO;
    if (!input.product.trim()) throw new LedgerError('INVALID_RECEIPT', 'Every line names its product', `${field}.product`);
    if (input.price.lt(0) || input.price.decimalPlaces() > 2)
      throw new LedgerError('INVALID_RECEIPT', 'Prices are non-negative money amounts', `${field}.price`);
    if (input.quantity.lte(0) || input.quantity.decimalPlaces() > 3)
      throw new LedgerError('INVALID_RECEIPT', 'Quantities are positive, up to 3 decimals', `${field}.quantity`);
    // Line amounts round down to the cent (price × quantity, e.g. 0.333 kg at 2.99 = 0.99).
    if (input.price.gt(MAX_PRICE) || input.quantity.gt(MAX_QUANTITY))
      throw new LedgerError('INVALID_RECEIPT', `Prices up to ${MAX_PRICE}, quantities up to ${MAX_QUANTITY}`, field);
    const gross = cents(input.price.times(input.quantity));
    if (registerDiscount.lt(0) || registerDiscount.gt(gross) || registerDiscount.decimalPlaces() > 2)
      throw new LedgerError('INVALID_RECEIPT', 'The register discount is money within the line amount (at most 2 decimal places)', `${field}.registerDiscount`);
    return {
      lineNo: index + 1,
      product: input.product.trim(),
      category: input.category?.trim() || null,
      ...(input.brand?.trim() ? { brand: input.brand.trim() } : {}),
      price: input.price,
      quantity: input.quantity,
      registerDiscount,
      discount: ZERO,
      total: gross.minus(registerDiscount),
      bonusPaid: ZERO,
      accrual: ZERO,
    };
  });
  // The subtotal is the sum of the lines' amounts as each line rounds them, so that
  // subtotal − discount = total holds to the cent on every receipt.
  const subtotal = sum(lines.map((l) => l.total.plus(l.registerDiscount)));
  if (subtotal.gt(MAX_RECEIPT_SUBTOTAL)) throw new LedgerError('INVALID_RECEIPT', `A receipt totals at most ${MAX_RECEIPT_SUBTOTAL}`, 'lines');
  return recomputeTotals({
    lines,
    subtotal,
    discount: ZERO,
    roundingCorrection: ZERO,
    total: ZERO,
    maxBonusPayment: ZERO,
    bonusPayment: ZERO,
    cashDue: ZERO,
    accrual: ZERO,
    offers: null,
  });
}

/** Calculates a receipt: the register's lines through the rules, in order. */
export function calculateReceipt(inputs: ReceiptLineInput[], context: ReceiptContext, rules: ReceiptRule[] = BASE_RULES): Receipt {
  return rules.reduce((receipt, rule) => rule(receipt, context), openReceipt(inputs));
}
