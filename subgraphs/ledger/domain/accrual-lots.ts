import { amount, type Decimal, ZERO } from './money';
import type { BonusTerms } from './receipt';

/** A purchase line as it is stored: its offers' bonuses, with their own terms where an offer set them. */
interface StoredLineBonuses {
  offers?: { bonuses?: Array<{ amount: string; terms?: BonusTerms }> };
}

/**
 * A purchase's accrual as the lots it makes at confirmation: one on the currency's terms (the base
 * accrual and the offers' bonuses that set none), first, and one per distinct terms an offer set
 * (its own activation delay or lifetime). The parts add up to the accrual; empty parts are left out.
 */
export function accrualParts(lines: StoredLineBonuses[], accrual: Decimal): Array<{ terms: BonusTerms | null; amount: Decimal }> {
  const own = new Map<string, { terms: BonusTerms; amount: Decimal }>();
  for (const bonus of lines.flatMap((line) => line.offers?.bonuses ?? [])) {
    if (!bonus.terms) continue;
    const key = `${bonus.terms.activationDelayDays}|${bonus.terms.lifetimeDays}`;
    const part = own.get(key) ?? { terms: bonus.terms, amount: ZERO };
    own.set(key, { ...part, amount: part.amount.plus(amount(bonus.amount)) });
  }
  const parts = [...own.values()];
  const main = parts.reduce((left, part) => left.minus(part.amount), accrual);
  return [{ terms: null, amount: main }, ...parts].filter((part) => part.amount.gt(0));
}
