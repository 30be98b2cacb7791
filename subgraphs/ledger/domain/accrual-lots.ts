import { amount, type Decimal, ZERO } from './money';
import type { BonusTerms } from './receipt';

/** A purchase line as it is stored: its offers' bonuses, with their own terms where an offer set them. */
interface StoredLineBonuses {
  offers?: { bonuses?: Array<{ amount: string; terms?: BonusTerms }>; otherBonuses?: Array<{ currency: string; amount: string; terms?: BonusTerms }> };
}

/** Bonuses summed by the terms they were given on (null: the currency's). */
function byTerms(bonuses: Array<{ amount: string; terms?: BonusTerms }>): Array<{ terms: BonusTerms | null; amount: Decimal }> {
  const parts = new Map<string, { terms: BonusTerms | null; amount: Decimal }>();
  for (const bonus of bonuses) {
    const key = bonus.terms ? `${bonus.terms.activationDelayDays}|${bonus.terms.lifetimeDays}` : '';
    const part = parts.get(key) ?? { terms: bonus.terms ?? null, amount: ZERO };
    parts.set(key, { ...part, amount: part.amount.plus(amount(bonus.amount)) });
  }
  return [...parts.values()];
}

/**
 * A purchase's accrual as the lots it makes at confirmation: one on the currency's terms (the base
 * accrual and the offers' bonuses that set none), first, and one per distinct terms an offer set
 * (its own activation delay or lifetime). The parts add up to the accrual; empty parts are left out.
 */
export function accrualParts(lines: StoredLineBonuses[], accrual: Decimal): Array<{ terms: BonusTerms | null; amount: Decimal }> {
  const parts = byTerms(lines.flatMap((line) => line.offers?.bonuses ?? []).filter((bonus) => bonus.terms));
  const main = parts.reduce((left, part) => left.minus(part.amount), accrual);
  return [{ terms: null, amount: main }, ...parts].filter((part) => part.amount.gt(0));
}

/**
 * Offers' bonuses in other currencies than the receipt's, as the lots they make at confirmation:
 * per currency (sorted by code, so every purchase locks their accounts in one order), one lot per
 * distinct terms (null: that currency's own rules).
 */
export function otherCurrencyParts(lines: StoredLineBonuses[]): Array<{ currency: string; parts: Array<{ terms: BonusTerms | null; amount: Decimal }> }> {
  const bonuses = lines.flatMap((line) => line.offers?.otherBonuses ?? []);
  const currencies = [...new Set(bonuses.map((bonus) => bonus.currency))].sort();
  return currencies
    .map((currency) => ({ currency, parts: byTerms(bonuses.filter((bonus) => bonus.currency === currency)).filter((part) => part.amount.gt(0)) }))
    .filter((entry) => entry.parts.length > 0);
}
