import {
  checkpointsAt,
  dropCheckpointsFrom,
  insertLot,
  lotsAliveFrom,
  openDebts,
  operationsSinceCheckpoint,
  saveCheckpoint,
  spendsFrom,
  totalsBetween,
  undoDrawsFrom,
  writeDraws,
} from '../data/ledger-store';
import type { LedgerDb } from '../data/prisma';
import { addTotals, NO_TOTALS } from '../domain/balance';
import type { SpendingOrder } from '../domain/lots';
import { type Decimal, ZERO } from '../domain/money';
import { type PlacedDraw, placeSpends, type SpendToPlace } from '../domain/replay';

/** After this many operations since the last checkpoint, a write leaves a new one. */
export const CHECKPOINT_EVERY = 100;

export interface NewSpend {
  kind: 'PAYMENT' | 'DEDUCTION';
  spend: SpendToPlace;
  /** Records the operation once its draws are known to fit; returns its id. */
  record(): Promise<bigint>;
}

/**
 * Places spends on the pool's lots from `from` on: nothing to redo for a spend made now, every
 * later spend again for a back-dated change, so each draws exactly what it would have drawn at its
 * moment. The caller holds the pool's account locks. Throws when something no longer fits.
 */
export async function placeFrom(tx: LedgerDb, pool: string[], from: Date, order: SpendingOrder, fresh?: NewSpend): Promise<void> {
  await dropCheckpointsFrom(tx, pool, from);
  await undoDrawsFrom(tx, pool, from);
  const recorded = await spendsFrom(tx, pool, from);
  if (!fresh && recorded.length === 0) return settleDebts(tx, pool, from);
  const lots = await lotsAliveFrom(tx, pool, from);
  const spends: SpendToPlace[] = [...recorded, ...(fresh ? [fresh.spend] : [])];
  const placed = placeSpends(lots, spends, order);
  const freshId = fresh ? await fresh.record() : null;
  const kinds = new Map(recorded.map((spend) => [spend.operationId, spend.kind]));
  await writeDraws(
    tx,
    placed.map((draw: PlacedDraw) => ({
      ...draw,
      operationId: draw.operationId ?? (freshId as bigint),
      kind: draw.operationId === null ? (fresh as NewSpend).kind : (kinds.get(draw.operationId) as 'PAYMENT' | 'DEDUCTION'),
    })),
  );
  await settleDebts(tx, pool, from);
}

/** Adds a lot to a member's account and lets it repay what the pool owes first. */
export async function accrueLot(
  tx: LedgerDb,
  pool: string[],
  lot: { accountId: string; operationId: bigint; amount: Decimal; effectiveAt: Date; activatesAt: Date; expiresAt: Date | null },
): Promise<string> {
  const lotId = await insertLot(tx, lot);
  await settleDebts(tx, pool, lot.effectiveAt);
  return lotId;
}

/**
 * Repays the pool's debts (returns written off below zero) from its lots that are still alive and
 * unspent, oldest debt first. A repayment is a draw of the debt's own deduction, dated when both the
 * debt and the lot existed (never before `notBefore`, where the caller's change starts), so balances
 * as of any moment show the debt until it was repaid.
 */
export async function settleDebts(tx: LedgerDb, pool: string[], notBefore: Date): Promise<void> {
  const debts = await openDebts(tx, pool);
  if (debts.length === 0) return;
  const lots = (await lotsAliveFrom(tx, pool, notBefore)).sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime());
  const draws = [];
  for (const debt of debts) {
    let open = debt.open;
    for (const lot of lots) {
      if (open.lte(ZERO)) break;
      const at = new Date(Math.max(lot.effectiveAt.getTime(), debt.effectiveAt.getTime(), notBefore.getTime()));
      const take = lot.remaining.lt(open) ? lot.remaining : open;
      if (take.lte(ZERO) || (lot.expiresAt && lot.expiresAt <= at)) continue;
      lot.remaining = lot.remaining.minus(take);
      open = open.minus(take);
      draws.push({ lotId: lot.id, amount: take, operationId: debt.operationId, kind: 'DEDUCTION' as const, effectiveAt: at });
    }
  }
  await writeDraws(tx, draws);
}

/** Leaves a checkpoint at `now` when enough has happened since the last one. */
export async function maybeCheckpoint(tx: LedgerDb, accountId: string, now: Date): Promise<void> {
  if ((await operationsSinceCheckpoint(tx, accountId, now, CHECKPOINT_EVERY)) < CHECKPOINT_EVERY) return;
  const latest = (await checkpointsAt(tx, [accountId], now)).get(accountId);
  const totals = addTotals(latest?.totals ?? NO_TOTALS, await totalsBetween(tx, [accountId], latest?.at ?? null, now));
  await saveCheckpoint(tx, accountId, now, totals);
}

/**
 * Lays checkpoints along an account's history from `after` on, one every CHECKPOINT_EVERY
 * operations, each built from the one before: for histories written in bulk (imports), so that
 * reading them as of any moment stays cheap. Stops at `until` (now), never in the future.
 */
export async function rebuildCheckpoints(tx: LedgerDb, accountId: string, until: Date): Promise<number> {
  let latest = (await checkpointsAt(tx, [accountId], until)).get(accountId) ?? null;
  let made = 0;
  for (;;) {
    const next = await tx.operation.findMany({
      where: { accountId, effectiveAt: { gt: latest?.at ?? new Date(0), lte: until } },
      orderBy: [{ effectiveAt: 'asc' }, { id: 'asc' }],
      skip: CHECKPOINT_EVERY - 1,
      take: 1,
      select: { effectiveAt: true },
    });
    const at = next[0]?.effectiveAt;
    if (!at) return made;
    const totals = addTotals(latest?.totals ?? NO_TOTALS, await totalsBetween(tx, [accountId], latest?.at ?? null, at));
    await saveCheckpoint(tx, accountId, at, totals);
    latest = { at, totals };
    made++;
  }
}
