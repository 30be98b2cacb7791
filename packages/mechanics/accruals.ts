/**
 * Bonuses of the BONUS_POINTS actions. Each action computes its receipt amount once, rounded down to
 * the cent (bonus units carry two decimals, like the ledger's columns), and spreads it over its lines
 * with the ledger's largest-remainder rule, so per-line figures add up to it exactly:
 * - PERCENT: value % of the money paid on its lines (after discounts and bonus payment);
 * - MULTIPLIER: (value − 1) × the base accrual percent of the same money (the ledger adds the base);
 *   both count in the receipt's currency's units, as the base accrual does, and in another currency
 *   are what those units are worth in it (units × the receipt currency's rate ÷ the other's, down
 *   to the cent: the ledger's one conversion, through money);
 * - FIXED_PER_UNIT: value × the lines' quantity, spread by quantity;
 * - FIXED_PER_RECEIPT: value once, spread by the lines' totals (equally when they are all zero).
 * An offer's budget caps its bonuses at their money value (units × exchange rate).
 */
import type Decimal from 'decimal.js';
import type { CompiledBonus } from './compile';
import { ceilDiv, centsFloor, centsToDecimal, distributeCents, pow10, type Scaled, scaledFromDecimal, sumOf, weightsOrEqual } from './exact';
import type { Run } from './pipeline';
import type { AppliedOffers, LineBonus, OfferAccrual, OfferAccruals } from './results';

export interface AccrualGroup {
  offerId: string;
  bonus: Pick<CompiledBonus, 'actionIndex' | 'base' | 'value' | 'activationDelayDays' | 'lifetimeDays'>;
  currency: string;
  /** Receipt positions of its lines (ascending). */
  lineIdxs: number[];
}

export interface AccrualInputs {
  paid: (idx: number) => bigint;
  quantity: (idx: number) => Scaled;
  total: (idx: number) => bigint;
  baseAccrualPercent: Scaled;
  /** The receipt's bonus currency: what percents count in before they are converted to another. */
  receiptCurrency: string;
  rate: (currency: string) => Scaled;
  /** An offer's budget left for bonuses (money cents); null: unlimited. */
  budget: (offerId: string) => bigint | null;
}

export interface AccrualAmounts {
  /** Per group, per line of the group (same order as `lineIdxs`). */
  shares: bigint[][];
  totals: bigint[];
  capped: boolean[];
}

const ONE: Scaled = { n: 1n, s: 0 };

/** One unit of a currency in money (1 when the context gives no rate). */
export function rateOrOne(rates: ReadonlyMap<string, Decimal>, currency: string): Scaled {
  const rate = rates.get(currency);
  return rate === undefined ? ONE : scaledFromDecimal(rate);
}

/** Cents of the receipt currency's units as cents of another's, worth the same (rounded down). */
function converted(cents: bigint, from: Scaled, to: Scaled): bigint {
  if (to.n === 0n) return 0n;
  return (cents * from.n * pow10(to.s)) / (pow10(from.s) * to.n);
}

/** A percent's amount, in the group's currency. */
function inGroupCurrency(amount: bigint, group: AccrualGroup, inputs: AccrualInputs): bigint {
  return group.currency === inputs.receiptCurrency ? amount : converted(amount, inputs.rate(inputs.receiptCurrency), inputs.rate(group.currency));
}

function amountAndWeights(group: AccrualGroup, inputs: AccrualInputs): { amount: bigint; weights: readonly bigint[] } {
  const { value, base } = group.bonus;
  const scale = pow10(value.s);
  switch (base) {
    case 'PERCENT': {
      const paid = group.lineIdxs.map(inputs.paid);
      return { amount: inGroupCurrency((sumOf(paid) * value.n) / (100n * scale), group, inputs), weights: paid };
    }
    case 'MULTIPLIER': {
      const paid = group.lineIdxs.map(inputs.paid);
      const extra = value.n - scale;
      const percent = inputs.baseAccrualPercent;
      if (extra <= 0n || percent.n === 0n) return { amount: 0n, weights: paid };
      return { amount: inGroupCurrency((sumOf(paid) * extra * percent.n) / (scale * 100n * pow10(percent.s)), group, inputs), weights: paid };
    }
    case 'FIXED_PER_UNIT': {
      const quantities = group.lineIdxs.map(inputs.quantity);
      const common = Math.max(...quantities.map((q) => q.s));
      const weights = quantities.map((q) => q.n * pow10(common - q.s));
      return { amount: (value.n * 100n * sumOf(weights)) / (scale * pow10(common)), weights };
    }
    case 'FIXED_PER_RECEIPT':
      return { amount: centsFloor(value), weights: weightsOrEqual(group.lineIdxs.map(inputs.total)) };
  }
}

/** Computes every group's bonuses (groups in rank order, then action order: the order budgets are drawn in). */
export function computeAccruals(groups: readonly AccrualGroup[], inputs: AccrualInputs): AccrualAmounts {
  const budgets = new Map<string, bigint | null>();
  const shares: bigint[][] = [];
  const totals: bigint[] = [];
  const capped: boolean[] = [];
  for (const group of groups) {
    let { amount, weights } = amountAndWeights(group, inputs);
    let wasCapped = false;
    if (!budgets.has(group.offerId)) budgets.set(group.offerId, inputs.budget(group.offerId));
    const budget = budgets.get(group.offerId) ?? null;
    if (budget !== null && amount > 0n) {
      const rate = inputs.rate(group.currency);
      const scale = pow10(rate.s);
      if (rate.n > 0n) {
        const affordable = (budget * scale) / rate.n;
        if (amount > affordable) {
          amount = affordable;
          wasCapped = true;
        }
        budgets.set(group.offerId, budget - ceilDiv(amount * rate.n, scale));
      }
    }
    if (weights.length > 0 && sumOf(weights) === 0n) weights = weightsOrEqual(weights);
    shares.push(distributeCents(amount, weights));
    totals.push(amount);
    capped.push(wasCapped);
  }
  return { shares, totals, capped };
}

function decimalCents(value: Decimal): bigint {
  return centsFloor(scaledFromDecimal(value));
}

/**
 * Phase 2: the offers' bonuses per line, once the ledger knows what each line was paid in money
 * (`paidInMoneyPerLine[i]` for `applied.lines[i]`: its total less the bonuses that paid it).
 */
export function accrueOffers(applied: AppliedOffers, paidInMoneyPerLine: readonly Decimal[]): OfferAccruals {
  if (paidInMoneyPerLine.length !== applied.lines.length) throw new RangeError(`${applied.lines.length} lines, ${paidInMoneyPerLine.length} paid amounts`);
  const rank = new Map(applied.offers.map((outcome, i) => [outcome.offerId, i]));
  const byKey = new Map<string, AccrualGroup>();
  applied.lines.forEach((line, idx) => {
    for (const rule of line.accrualRules) {
      const key = `${rule.offerId}\u0000${rule.actionIndex}`;
      const group = byKey.get(key);
      if (group) group.lineIdxs.push(idx);
      else
        byKey.set(key, {
          offerId: rule.offerId,
          bonus: { ...rule, value: scaledFromDecimal(rule.value) },
          currency: rule.currency,
          lineIdxs: [idx],
        });
    }
  });
  const groups = [...byKey.values()].sort(
    (a, b) => (rank.get(a.offerId) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.offerId) ?? Number.MAX_SAFE_INTEGER) || a.bonus.actionIndex - b.bonus.actionIndex,
  );
  const paid = new Map<number, bigint>();
  const totals = new Map<number, bigint>();
  const budgets = new Map<string, bigint | null>();
  for (const outcome of applied.offers) {
    if (outcome.status === 'APPLIED') budgets.set(outcome.offerId, outcome.budget ? decimalCents(outcome.budget.leftForBonuses) : null);
  }
  const amounts = computeAccruals(groups, {
    paid: (idx) => {
      let cents = paid.get(idx);
      if (cents === undefined) {
        const value = paidInMoneyPerLine[idx] as Decimal;
        const line = applied.lines[idx];
        if (value.isNegative() || value.gt(line?.total ?? 0))
          throw new RangeError(`line ${line?.lineNo}: paid ${value.toString()} is outside 0…${line?.total}`);
        cents = decimalCents(value);
        paid.set(idx, cents);
      }
      return cents;
    },
    quantity: (idx) => scaledFromDecimal(applied.lines[idx]?.quantity as Decimal),
    total: (idx) => {
      let cents = totals.get(idx);
      if (cents === undefined) {
        cents = decimalCents(applied.lines[idx]?.total as Decimal);
        totals.set(idx, cents);
      }
      return cents;
    },
    baseAccrualPercent: scaledFromDecimal(applied.baseAccrualPercent),
    receiptCurrency: applied.currency,
    rate: (currency) => rateOrOne(applied.exchangeRates, currency),
    budget: (offerId) => budgets.get(offerId) ?? null,
  });
  return accrualsResult(applied, groups, amounts);
}

function accrualsResult(applied: AppliedOffers, groups: readonly AccrualGroup[], amounts: AccrualAmounts): OfferAccruals {
  const lines = applied.lines.map((line) => ({ lineNo: line.lineNo, bonuses: [] as LineBonus[] }));
  const byOffer = new Map<string, OfferAccrual & { cents: bigint }>();
  const byCurrency = new Map<string, bigint>();
  groups.forEach((group, g) => {
    const shares = amounts.shares[g] as bigint[];
    group.lineIdxs.forEach((idx, i) => {
      const share = shares[i] as bigint;
      if (share === 0n) return;
      lines[idx]?.bonuses.push({
        offerId: group.offerId,
        actionIndex: group.bonus.actionIndex,
        currency: group.currency,
        amount: centsToDecimal(share),
        activationDelayDays: group.bonus.activationDelayDays,
        lifetimeDays: group.bonus.lifetimeDays,
      });
    });
    const total = amounts.totals[g] as bigint;
    const key = `${group.offerId}\u0000${group.currency}`;
    const entry = byOffer.get(key) ?? { offerId: group.offerId, currency: group.currency, amount: centsToDecimal(0n), capped: false, cents: 0n };
    entry.cents += total;
    entry.capped ||= amounts.capped[g] as boolean;
    byOffer.set(key, entry);
    byCurrency.set(group.currency, (byCurrency.get(group.currency) ?? 0n) + total);
  });
  return {
    lines,
    offers: [...byOffer.values()]
      .filter((entry) => entry.cents > 0n || entry.capped)
      .map(({ cents, ...entry }) => ({ ...entry, amount: centsToDecimal(cents) })),
    totals: [...byCurrency.entries()]
      .filter(([, cents]) => cents > 0n)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, cents]) => ({ currency, amount: centsToDecimal(cents) })),
  };
}

/** The BONUS_POINTS actions of a run's offers, each with the offer's lines that accrue (rank order, then action order). */
export function accrualGroups(run: Run, defaultCurrency: string): AccrualGroup[] {
  const groups: AccrualGroup[] = [];
  for (const offerRun of run.offers) {
    if (offerRun.offer.bonuses.length === 0) continue;
    const lineIdxs = offerRun.lineIdxs.filter((idx) => run.accrues[idx]);
    if (lineIdxs.length === 0) continue;
    for (const bonus of offerRun.offer.bonuses) groups.push({ offerId: offerRun.offer.offerId, bonus, currency: bonus.currency ?? defaultCurrency, lineIdxs });
  }
  return groups;
}
