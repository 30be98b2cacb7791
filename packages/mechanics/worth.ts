/**
 * What a bundle of offers is worth to the member, line by line, for BEST_FOR_MEMBER contests: the
 * bundle is run alone on the receipt (its offers on all the lines they qualify for), and a line's worth
 * is the money it saves there plus its bonuses there at their money value (units × the currency's
 * exchange rate), bonuses estimated as if the line were paid entirely in money. A receipt without a
 * member earns no bonuses, so there they are worth nothing.
 */
import { accrualGroups, computeAccruals } from './accruals';
import type { CompiledOffer } from './compile';
import { pow10, type Scaled } from './exact';
import type { PreparedLine } from './lines';
import { type Application, runOffers } from './pipeline';

/** Worth is compared in 1e-8 of a cent, so a fractional exchange rate still ranks exactly enough. */
const WORTH_SCALE = 10n ** 8n;

export interface WorthContext {
  defaultCurrency: string;
  /** The receipt's bonus currency: what percents count in before they are converted to another. */
  receiptCurrency: string;
  baseAccrualPercent: Scaled;
  rate: (currency: string) => Scaled;
  budgetOf: (offer: CompiledOffer) => bigint | null;
  /** Whether the receipt's bonuses reach anyone (false without a member). */
  earnsBonuses: boolean;
}

/** Per receipt position: the bundle's worth on that line (0 where it does not apply). */
export function bundleWorth(lines: readonly PreparedLine[], applications: readonly Application[], context: WorthContext): bigint[] {
  const run = runOffers(lines, applications, context.budgetOf);
  const worth = lines.map((line, idx) => (line.gross - line.register - (run.totals[idx] as bigint)) * WORTH_SCALE);
  const groups = context.earnsBonuses ? accrualGroups(run, context.defaultCurrency) : [];
  if (groups.length === 0) return worth;
  const budgets = new Map(run.offers.map((offerRun) => [offerRun.offer.offerId, offerRun.budgetLeft]));
  const amounts = computeAccruals(groups, {
    paid: (idx) => run.totals[idx] as bigint,
    quantity: (idx) => (lines[idx] as PreparedLine).quantity,
    total: (idx) => run.totals[idx] as bigint,
    baseAccrualPercent: context.baseAccrualPercent,
    receiptCurrency: context.receiptCurrency,
    rate: context.rate,
    budget: (offerId) => budgets.get(offerId) ?? null,
  });
  groups.forEach((group, g) => {
    const rate = context.rate(group.currency);
    const shares = amounts.shares[g] as bigint[];
    group.lineIdxs.forEach((idx, i) => {
      worth[idx] = (worth[idx] as bigint) + ((shares[i] as bigint) * rate.n * WORTH_SCALE) / pow10(rate.s);
    });
  });
  return worth;
}
