import { Decimal } from '../domain/money';
import { type LedgerSql, Prisma } from './prisma';

/**
 * Offers' budgets, in money. The total is granted to a few slots in chunks; a till draws from the
 * slot its purchase falls in, so racing tills wait on one of several rows, not one. A purchase's
 * use is held while it is pending and in time (like a coupon's), spent when it is confirmed; a
 * reward spends at once. Lock order, which keeps tills and snapshot changes from deadlocking: per
 * offer (in id order) the member's lock, then a slot, then the offer's central row; other slots
 * are only taken with SKIP LOCKED.
 */

/** How many slots an offer's total is spread over. */
export const BUDGET_SLOTS = 8;

/** The slot a purchase or reward draws from: spread by its (random) id, the same each time it is calculated again. */
export function budgetSlotOf(useId: string): number {
  return Number.parseInt(useId.slice(0, 2), 16) % BUDGET_SLOTS;
}

/**
 * Keeps the totals of a new snapshot's budgets. An offer whose total is new or changed has its
 * slots settled again from its uses: each keeps what it spent and holds, the rest goes back to the
 * central row, so a lowered total binds at once (holds already in flight may still be spent).
 */
export async function keepOfferBudgets(tx: LedgerSql, companyId: string, budgets: Array<{ offerId: string; total: string | null }>, now: Date) {
  if (budgets.length === 0) return;
  const kept = await tx.$queryRaw<Array<{ offerId: string; total: string | null }>>`
    SELECT offer_id::text AS "offerId", total::text AS total FROM offer_budgets WHERE offer_id = ANY(${budgets.map((b) => b.offerId)}::uuid[])`;
  const before = new Map(kept.map((row) => [row.offerId, row.total]));
  const changed = budgets
    .filter((budget) => !before.has(budget.offerId) || !sameAmount(before.get(budget.offerId) ?? null, budget.total))
    .sort((a, b) => a.offerId.localeCompare(b.offerId));
  for (const budget of changed) {
    await tx.$executeRaw`
      INSERT INTO offer_budgets (offer_id, company_id, total) VALUES (${budget.offerId}::uuid, ${companyId}::uuid, ${budget.total}::numeric)
      ON CONFLICT (offer_id) DO NOTHING`;
    // The slots first, then the central row: the tills' order.
    await tx.$queryRaw`SELECT slot FROM offer_budget_slots WHERE offer_id = ${budget.offerId}::uuid ORDER BY slot FOR UPDATE`;
    await tx.$executeRaw`
      WITH uses AS (
        SELECT u.slot, coalesce(sum(u.amount) FILTER (WHERE u.spent), 0) AS spent, coalesce(sum(u.amount) FILTER (WHERE NOT u.spent), 0) AS held
          FROM offer_budget_uses u LEFT JOIN purchases p ON p.id = u.use_id
         WHERE u.offer_id = ${budget.offerId}::uuid AND (u.spent OR (p.state = 'PENDING' AND p.hold_expires_at > ${now}))
         GROUP BY u.slot),
      slots AS (
        INSERT INTO offer_budget_slots (offer_id, slot, granted, spent)
        SELECT ${budget.offerId}::uuid, s.slot, coalesce(u.spent + u.held, 0), coalesce(u.spent, 0)
          FROM generate_series(0, ${BUDGET_SLOTS - 1}) AS s(slot) LEFT JOIN uses u ON u.slot = s.slot
        ON CONFLICT (offer_id, slot) DO UPDATE SET granted = EXCLUDED.granted, spent = EXCLUDED.spent
        RETURNING granted)
      UPDATE offer_budgets SET total = ${budget.total}::numeric, granted = (SELECT sum(granted) FROM slots) WHERE offer_id = ${budget.offerId}::uuid`;
  }
}

function sameAmount(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : new Decimal(a).eq(b);
}

/** Forgets what the uses hold (a purchase cancelled, lapsed, or calculated again to hold anew). */
export async function releaseBudgetHolds(tx: LedgerSql, useIds: string[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM offer_budget_uses WHERE use_id = ANY(${useIds}::uuid[]) AND NOT spent`;
}

/** Serialises a member's uses of one offer's budget per member: taken before they are counted. */
export async function lockMemberBudget(tx: LedgerSql, offerId: string, memberId: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`budget:${offerId}:${memberId}`}, 0))::text`;
}

/** What the member's other uses hold or spent of the offer's budget since `since`. */
export async function memberBudgetUsed(tx: LedgerSql, call: { offerId: string; memberId: string; useId: string; since: Date | null; now: Date }) {
  const [row] = await tx.$queryRaw<Array<{ used: string }>>`
    SELECT coalesce(sum(u.amount), 0)::text AS used FROM offer_budget_uses u LEFT JOIN purchases p ON p.id = u.use_id
     WHERE u.offer_id = ${call.offerId}::uuid AND u.member_id = ${call.memberId}::uuid AND u.use_id <> ${call.useId}::uuid
       AND u.created_at > ${call.since ?? new Date(0)} AND (u.spent OR (p.state = 'PENDING' AND p.hold_expires_at > ${call.now}))`;
  return row?.used ?? '0';
}

/** What is free in slot `s`: granted, less spent, less what live purchases (but `exceptUseId`) hold. */
function freeInSlot(now: Date, exceptUseId: string | null) {
  return Prisma.sql`(s.granted - s.spent - coalesce((
    SELECT sum(u.amount) FROM offer_budget_uses u JOIN purchases p ON p.id = u.use_id
     WHERE u.offer_id = s.offer_id AND u.slot = s.slot AND NOT u.spent AND u.use_id IS DISTINCT FROM ${exceptUseId}::uuid
       AND p.state = 'PENDING' AND p.hold_expires_at > ${now}), 0))::text`;
}

/** Locks the slot (made on first use) and answers what is free in it for this use: granted, less spent, less what other live purchases hold. */
export async function lockBudgetSlot(tx: LedgerSql, call: { offerId: string; slot: number; useId: string; now: Date }): Promise<string> {
  await tx.$queryRaw`
    INSERT INTO offer_budget_slots (offer_id, slot) VALUES (${call.offerId}::uuid, ${call.slot})
    ON CONFLICT (offer_id, slot) DO UPDATE SET slot = EXCLUDED.slot RETURNING slot`;
  // A statement of its own, after the lock: one that waited must see what the other till committed.
  const [row] = await tx.$queryRaw<Array<{ free: string }>>`
    SELECT ${freeInSlot(call.now, call.useId)} AS free
      FROM offer_budget_slots s WHERE s.offer_id = ${call.offerId}::uuid AND s.slot = ${call.slot}`;
  return row?.free ?? '0';
}

/**
 * Grants the slot a chunk of the central row's total: `wanted` (at least), up to what is left.
 * Answers what was granted; null when the offer has no total (then it is not limited).
 */
export async function grantBudgetChunk(tx: LedgerSql, call: { offerId: string; slot: number; wanted: Decimal }): Promise<string | null> {
  const [central] = await tx.$queryRaw<Array<{ total: string | null; left: string | null }>>`
    SELECT total::text AS total, (total - granted)::text AS left FROM offer_budgets WHERE offer_id = ${call.offerId}::uuid FOR UPDATE`;
  if (!central || central.total === null || central.left === null) return null;
  const take = Decimal.min(call.wanted, central.left);
  if (take.lte(0)) return '0';
  await tx.$executeRaw`
    WITH central AS (UPDATE offer_budgets SET granted = granted + ${take.toFixed(2)}::numeric WHERE offer_id = ${call.offerId}::uuid)
    UPDATE offer_budget_slots SET granted = granted + ${take.toFixed(2)}::numeric WHERE offer_id = ${call.offerId}::uuid AND slot = ${call.slot}`;
  return take.toFixed(2);
}

/**
 * When the central row is spent: moves what other slots have free (those no till holds now) to
 * this one, up to `wanted`. Answers what was moved.
 */
export async function gatherFreeBudget(tx: LedgerSql, call: { offerId: string; slot: number; wanted: Decimal; now: Date }): Promise<Decimal> {
  const others = await tx.$queryRaw<Array<{ slot: number }>>`
    SELECT slot FROM offer_budget_slots WHERE offer_id = ${call.offerId}::uuid AND slot <> ${call.slot} AND granted > spent ORDER BY slot FOR UPDATE SKIP LOCKED`;
  if (others.length === 0) return new Decimal(0);
  const free = await tx.$queryRaw<Array<{ slot: number; free: string }>>`
    SELECT s.slot, ${freeInSlot(call.now, null)} AS free
      FROM offer_budget_slots s WHERE s.offer_id = ${call.offerId}::uuid AND s.slot = ANY(${others.map((o) => o.slot)}::int[]) ORDER BY s.slot`;
  const moves: Array<{ slot: number; amount: Decimal }> = [];
  let wanted = call.wanted;
  for (const row of free) {
    if (wanted.lte(0)) break;
    const amount = Decimal.min(wanted, row.free);
    if (amount.lte(0)) continue;
    moves.push({ slot: row.slot, amount });
    wanted = wanted.minus(amount);
  }
  if (moves.length === 0) return new Decimal(0);
  const moved = moves.reduce((total, move) => total.plus(move.amount), new Decimal(0));
  await tx.$executeRaw`
    UPDATE offer_budget_slots s SET granted = s.granted + m.change
      FROM unnest(${[call.slot, ...moves.map((m) => m.slot)]}::int[], ${[moved.toFixed(2), ...moves.map((m) => m.amount.neg().toFixed(2))]}::numeric[]) AS m(slot, change)
     WHERE s.offer_id = ${call.offerId}::uuid AND s.slot = m.slot`;
  return moved;
}

export interface BudgetUse {
  offerId: string;
  slot: number;
  amount: Decimal;
}

/** Records the uses: held (a purchase) or spent at once (a reward, whose slot's spent moves with it). */
export async function recordBudgetUses(tx: LedgerSql, call: { useId: string; memberId: string | null; uses: BudgetUse[]; spent: boolean; now: Date }) {
  const uses = call.uses.filter((use) => use.amount.gt(0));
  if (uses.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO offer_budget_uses (use_id, offer_id, slot, member_id, amount, spent, created_at)
    SELECT ${call.useId}::uuid, offer_id, slot, ${call.memberId}::uuid, amount, ${call.spent}, ${call.now}
      FROM unnest(${uses.map((u) => u.offerId)}::uuid[], ${uses.map((u) => u.slot)}::int[], ${uses.map((u) => u.amount.toFixed(2))}::numeric[])
        AS t(offer_id, slot, amount)`;
  if (call.spent) await addToSlotsSpent(tx, uses);
}

async function addToSlotsSpent(tx: LedgerSql, uses: BudgetUse[]) {
  await tx.$executeRaw`
    UPDATE offer_budget_slots s SET spent = s.spent + t.amount
      FROM unnest(${uses.map((u) => u.offerId)}::uuid[], ${uses.map((u) => u.slot)}::int[], ${uses.map((u) => u.amount.toFixed(2))}::numeric[])
        AS t(offer_id, slot, amount)
     WHERE s.offer_id = t.offer_id AND s.slot = t.slot`;
}

/** The purchase is confirmed: what it held is spent. Answers what each offer spent. */
export async function spendBudgetHolds(tx: LedgerSql, useId: string): Promise<Array<{ offerId: string; amount: string }>> {
  const spent = await tx.$queryRaw<Array<{ offerId: string; slot: number; amount: string }>>`
    UPDATE offer_budget_uses SET spent = true WHERE use_id = ${useId}::uuid AND NOT spent
    RETURNING offer_id::text AS "offerId", slot, amount::text AS amount`;
  // Offers with a total have slots; a budget per member alone has none to move.
  await addToSlotsSpent(
    tx,
    spent.map((use) => ({ offerId: use.offerId, slot: use.slot, amount: new Decimal(use.amount) })),
  );
  return spent.map(({ offerId, amount }) => ({ offerId, amount }));
}
