import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import type { OfferBudget } from '../../../packages/mechanics';
import {
  type BudgetUse,
  budgetSlotOf,
  gatherFreeBudget,
  grantBudgetChunk,
  lockBudgetSlot,
  lockMemberBudget,
  memberBudgetUsed,
  recordBudgetUses,
  releaseBudgetHolds,
} from '../data/offer-budgets-store';
import type { LedgerSql } from '../data/prisma';
import { amount, CENT, Decimal, ZERO } from '../domain/money';
import type { Receipt, TillOffers } from '../domain/receipt';

/**
 * Offers' budgets at the till. A receipt is priced first as if no budget bound; what each budgeted
 * offer would give is then held from its budget (its per-member part, then the slot, the central
 * row, other slots). Only when a budget cannot cover it is the receipt priced again, each budgeted
 * offer limited to what was held (the engine caps it), and the holds cut to what it gave.
 */

const DAY_MS = 24 * 3600_000;

/** Money an offer gives on a receipt: its discounts, and its bonuses at their money value rounded up to the cent. */
export function budgetUsedOn(receipt: Receipt, offers: TillOffers, exchangeRate: Decimal): Map<string, Decimal> {
  const used = new Map<string, Decimal>();
  const add = (offerId: string, value: Decimal) => {
    if (offers.budgets.has(offerId) && value.gt(0)) used.set(offerId, (used.get(offerId) ?? ZERO).plus(value));
  };
  for (const outcome of receipt.offers?.applied.offers ?? []) if (outcome.status === 'APPLIED') add(outcome.offerId, amount(outcome.discount));
  // Each offer's bonuses per currency, at that currency's money value.
  const bonuses = new Map<string, { offerId: string; rate: Decimal; units: Decimal }>();
  const count = (offerId: string, rate: Decimal | undefined, units: Decimal, currency: string) => {
    const key = `${offerId}\u0000${currency}`;
    const kept = bonuses.get(key) ?? { offerId, rate: rate ?? exchangeRate, units: ZERO };
    bonuses.set(key, { ...kept, units: kept.units.plus(units) });
  };
  for (const line of receipt.lines) {
    for (const bonus of line.offers?.bonuses ?? []) count(bonus.offerId, exchangeRate, bonus.amount, offers.currency);
    for (const bonus of line.offers?.otherBonuses ?? []) count(bonus.offerId, offers.rates.get(bonus.currency), bonus.amount, bonus.currency);
  }
  for (const { offerId, rate, units } of bonuses.values()) add(offerId, units.times(rate).toDecimalPlaces(2, Decimal.ROUND_UP));
  return used;
}

/** The chunk a slot takes from the central row: a hundredth of the total, a cent at least. */
function chunkOf(total: Decimal): Decimal {
  return Decimal.max(total.dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN), CENT);
}

/** What the use may take of one offer's budget, up to `wanted`, with the slot it draws from (locked until the transaction ends). */
async function available(
  tx: LedgerSql,
  call: { offerId: string; budget: OfferBudget; useId: string; memberId: string | null; wanted: Decimal; now: Date },
): Promise<BudgetUse> {
  const { offerId, budget, useId, now } = call;
  const slot = budgetSlotOf(useId);
  let cap = call.wanted;
  if (budget.perMember !== null) {
    // Without a member there is no one to count it for: such a budget gives nothing then.
    if (!call.memberId) return { offerId, slot, amount: ZERO };
    await lockMemberBudget(tx, offerId, call.memberId);
    const since = budget.periodDays === null ? null : new Date(now.getTime() - budget.periodDays * DAY_MS);
    const used = amount(await memberBudgetUsed(tx, { offerId, memberId: call.memberId, useId, since, now }));
    cap = Decimal.min(cap, Decimal.max(amount(budget.perMember).minus(used), ZERO));
  }
  if (budget.total === null || cap.lte(0)) return { offerId, slot, amount: cap };
  let free = amount(await lockBudgetSlot(tx, { offerId, slot, useId, now }));
  if (free.lt(cap)) {
    const granted = await grantBudgetChunk(tx, { offerId, slot, wanted: Decimal.max(cap.minus(free), chunkOf(amount(budget.total))) });
    free = free.plus(granted ?? 0);
  }
  if (free.lt(cap)) free = free.plus(await gatherFreeBudget(tx, { offerId, slot, wanted: cap.minus(free), now }));
  return { offerId, slot, amount: Decimal.min(cap, Decimal.max(free, ZERO)) };
}

/** What each offer may take, in offer id order (the lock order). */
async function availableToAll(
  tx: LedgerSql,
  call: { useId: string; memberId: string | null; now: Date },
  wanted: ReadonlyMap<string, Decimal>,
  budgets: ReadonlyMap<string, OfferBudget>,
): Promise<BudgetUse[]> {
  const uses: BudgetUse[] = [];
  for (const offerId of [...wanted.keys()].sort()) {
    const budget = budgets.get(offerId);
    if (budget) uses.push(await available(tx, { ...call, offerId, budget, wanted: wanted.get(offerId) ?? ZERO }));
  }
  return uses;
}

/**
 * Prices the receipt within the offers' budgets and holds what it gives of them for the purchase
 * (`useId`); `heldBefore`: it was calculated before, and its holds are taken anew. Answers the
 * receipt and the offers it was priced with.
 */
export async function priceWithinBudgets(
  tx: LedgerSql,
  call: { useId: string; memberId: string | null; offers: TillOffers | null; exchangeRate: Decimal; now: Date; heldBefore: boolean },
  price: (offers: TillOffers | null) => Promise<Receipt>,
): Promise<{ receipt: Receipt; offers: TillOffers | null }> {
  if (call.heldBefore) await releaseBudgetHolds(tx, [call.useId]);
  const first = await price(call.offers);
  const offers = call.offers;
  if (!offers || offers.budgets.size === 0) return { receipt: first, offers };
  const wanted = budgetUsedOn(first, offers, call.exchangeRate);
  if (wanted.size === 0) return { receipt: first, offers };
  const uses = await availableToAll(tx, call, wanted, offers.budgets);
  const record = (kept: BudgetUse[]) => recordBudgetUses(tx, { useId: call.useId, memberId: call.memberId, uses: kept, spent: false, now: call.now });
  if (uses.every((use) => use.amount.gte(wanted.get(use.offerId) ?? ZERO))) {
    await record(uses.map((use) => ({ ...use, amount: wanted.get(use.offerId) ?? ZERO })));
    return { receipt: first, offers };
  }
  // A budget binds: priced again, each budgeted offer limited to what it holds (one that gave nothing the first time gets nothing now).
  const held = new Map(uses.map((use) => [use.offerId, use.amount]));
  const capped = offers.withBudgetLeft(new Map([...offers.budgets.keys()].map((offerId) => [offerId, held.get(offerId) ?? ZERO])));
  const receipt = await price(capped);
  const given = budgetUsedOn(receipt, capped, call.exchangeRate);
  await record(uses.map((use) => ({ ...use, amount: Decimal.min(use.amount, given.get(use.offerId) ?? ZERO) })));
  return { receipt, offers: capped };
}

/**
 * Spends a reward's worth (money) from its offer's budget at once, all or nothing: false when the
 * budget cannot cover it (the reward is not given).
 */
export async function spendRewardBudget(
  tx: LedgerSql,
  call: { offerId: string; budget: OfferBudget; memberId: string; worth: Decimal; now: Date },
): Promise<boolean> {
  const useId = randomUUID();
  const use = await available(tx, { offerId: call.offerId, budget: call.budget, useId, memberId: call.memberId, wanted: call.worth, now: call.now });
  if (use.amount.lt(call.worth)) return false;
  await recordBudgetUses(tx, { useId, memberId: call.memberId, uses: [use], spent: true, now: call.now });
  return true;
}

/** What offers' budgets spent, for the offers subgraph (what a marketer sees spent, and the floor a revised budget must keep). */
export function budgetSpentEvents(companyId: string, spent: Array<{ offerId: string; amount: string }>): DomainEvent[] {
  return spent.length > 0 ? [{ type: 'offer_budgets.spent', companyId, memberId: null, data: { spent } }] : [];
}
