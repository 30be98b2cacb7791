import { type LockedPool, lockAccountsOf } from '../data/accounts-store';
import {
  type CheckpointCount,
  checkpointsAt,
  insertAccrual,
  type OperationRecord,
  openDebts,
  operationsSinceCheckpoint,
  saveCheckpoint,
  totalsBetween,
  writeDraws,
} from '../data/ledger-store';
import type { LedgerDb, LedgerSql, Prisma } from '../data/prisma';
import type { ReadRow } from '../data/read-together';
import { clearReplayFrom, type FirstLots, lotsAliveFrom, type ReplayFacts, replayFactsFrom, wroteDebts, wrotePinnedDraws } from '../data/replay-store';
import { addTotals, NO_TOTALS } from '../domain/balance';
import { InsufficientBalanceError } from '../domain/errors';
import { poolTimeline } from '../domain/family-history';
import type { LotState, SpendingOrder } from '../domain/lots';
import { ZERO } from '../domain/money';
import { type PlacedDraw, placeSpends, type SpendToPlace } from '../domain/replay';

/** After this many operations since the last checkpoint, a write leaves a new one. */
export const CHECKPOINT_EVERY = 100;

export interface NewSpend {
  kind: 'PAYMENT' | 'DEDUCTION';
  spend: SpendToPlace;
  /** The operation, recorded with its draws once they are known to fit (a spend, never a debt). */
  operation: OperationRecord & { opensDebt?: false };
  /**
   * What the caller must judge before anything is placed (what the pool can spend, say): `read`, a
   * SELECT of one row, is read by the statement that clears the replay, under the same locks and
   * as things were before it, and `judge` is handed its row; what it throws undoes everything.
   */
  first?: { read: Prisma.Sql; judge: (row: ReadRow | undefined) => Promise<void> };
}

type ReplayScope = Awaited<ReturnType<typeof findReplayScope>>;

/**
 * Scopes already found in a transaction, by its locked pool and the moment: a purchase pays and
 * accrues from the same moment, and families do not change within one transaction.
 */
const scopesOfPool = new WeakMap<LockedPool, Map<number, Promise<ReplayScope>>>();

function replayScope(tx: LedgerSql, pool: LockedPool, from: Date): Promise<ReplayScope> {
  return keptScope(pool, from) ?? keepScope(pool, from, findReplayScope(tx, pool, from));
}

const keptScope = (pool: LockedPool, from: Date) => scopesOfPool.get(pool)?.get(from.getTime());

function keepScope(pool: LockedPool, from: Date, scope: Promise<ReplayScope>): Promise<ReplayScope> {
  let scopes = scopesOfPool.get(pool);
  if (!scopes) {
    scopes = new Map();
    scopesOfPool.set(pool, scopes);
  }
  scopes.set(from.getTime(), scope);
  return scope;
}

/**
 * The accounts a change from `from` on touches, locked: the pool's, and those of everyone who shared
 * a family with them since (transitively), with who pooled with whom when. Money only ever moved
 * between those accounts after `from`, so a replay over them is complete and moves nothing else.
 */
async function findReplayScope(tx: LedgerSql, pool: LockedPool, from: Date) {
  const facts = await replayFactsFrom(
    tx,
    pool.accounts.map((a) => a.memberId),
    pool.accounts.map((a) => a.id),
    from,
  );
  return scopeFromFacts(tx, pool, facts);
}

/** The scope `findReplayScope` finds, from the facts read. */
async function scopeFromFacts(tx: LedgerSql, pool: LockedPool, { history, everOwed }: ReplayFacts) {
  const known = new Set(pool.accounts.map((a) => a.memberId));
  const others = [...new Set(history.map((m) => m.memberId))].filter((id) => !known.has(id));
  // Former relatives' accounts: locked after the pool's (rare; a deadlock there is retried).
  const accounts = others.length > 0 ? await lockAccountsOf(tx, [...known, ...others], pool.currencyId) : pool.accounts;
  // Whether their debts were asked is known for the pool's accounts only.
  const mayOwe = everOwed || others.length > 0;
  return { accountIds: accounts.map((a) => a.id), accounts, poolAt: poolTimeline(accounts, history), mayOwe };
}

/**
 * Places spends on the pool's lots from `from` on: nothing to redo for a spend made now, every
 * later spend again for a back-dated change, so each draws exactly what it would have drawn at its
 * moment, from the family its member was in then. Pinned draws (returns taking back their
 * purchase's accrual) stay on their lots. The caller holds the pool's account locks. Throws when
 * something no longer fits.
 */
export async function placeFrom(tx: LedgerSql, pool: LockedPool, from: Date, order: SpendingOrder, fresh?: NewSpend): Promise<bigint | null> {
  // A spend made now, not pinned, after no direct draw of this transaction (a return's, which it
  // would place again): only the first lots in spending order are read, unless they fall short.
  const madeNow = fresh && !fresh.spend.pinnedLotId && fresh.spend.effectiveAt.getTime() === from.getTime() && !wrotePinnedDraws(tx);
  const firstLots = madeNow ? { order, limit: FIRST_LOTS } : undefined;
  const { scope, spends: recorded, lots, lotsComplete, also } = await clearedScope(tx, pool, from, { alsoRead: fresh?.first?.read, firstLots });
  await fresh?.first?.judge(also);
  if (!fresh && recorded.length === 0) {
    await settleDebts(tx, scope, from);
    return null;
  }
  const spends: SpendToPlace[] = [...recorded, ...(fresh ? [fresh.spend] : [])];
  const placed = placeOn(lots, lotsComplete, spends, order, scope) ?? placeSpends(await lotsAliveFrom(tx, scope.accountIds, from), spends, order, scope.poolAt);
  const kinds = new Map(recorded.map((spend) => [spend.operationId, spend.kind]));
  const freshId = await writeDraws(
    tx,
    placed
      .filter((draw) => !draw.pinned)
      .map((draw: PlacedDraw) => ({
        ...draw,
        kind: draw.operationId === null ? (fresh as NewSpend).kind : (kinds.get(draw.operationId) as 'PAYMENT' | 'DEDUCTION'),
      })),
    fresh?.operation,
  );
  await settleDebts(tx, scope, from);
  return freshId;
}

/** How many lots a spend made now reads first (`FirstLots`): a payment seldom draws more. */
const FIRST_LOTS = 24;

/** The draws on these lots, or null when they are only the first lots and do not cover the spends. */
function placeOn(lots: LotState[], complete: boolean, spends: SpendToPlace[], order: SpendingOrder, scope: ReplayScope): PlacedDraw[] | null {
  try {
    return placeSpends(lots, spends, order, scope.poolAt);
  } catch (error) {
    if (complete || !(error instanceof InsufficientBalanceError)) throw error;
    return null;
  }
}

/**
 * The replay scope from `from` and what clearing it left to place. A scope not found yet is found by
 * the statement that clears the pool's accounts (a till's payment pays one round trip for both);
 * when it reaches former relatives' accounts (rare), those are locked and cleared too.
 */
async function clearedScope(tx: LedgerSql, pool: LockedPool, from: Date, { alsoRead, firstLots }: { alsoRead?: Prisma.Sql; firstLots?: FirstLots }) {
  const kept = keptScope(pool, from);
  if (kept) {
    const scope = await kept;
    return { scope, ...(await clearReplayFrom(tx, scope.accountIds, from, { alsoRead, firstLots })) };
  }
  const poolAccounts = pool.accounts.map((a) => a.id);
  const cleared = await clearReplayFrom(tx, poolAccounts, from, { withFactsOf: { memberIds: pool.accounts.map((a) => a.memberId) }, alsoRead, firstLots });
  const scope = await keepScope(pool, from, scopeFromFacts(tx, pool, cleared.facts as ReplayFacts));
  if (scope.accountIds.length === poolAccounts.length) return { scope, ...cleared };
  return { scope, ...(await clearReplayFrom(tx, scope.accountIds, from, { firstLots })), also: cleared.also };
}

/** Records an accrual and its lot in a member's account, and lets the lot repay what the pool owes first. */
export async function accrueLot(
  tx: LedgerSql,
  pool: LockedPool,
  operation: OperationRecord & { kind: 'ACCRUAL' },
  lot: { activatesAt: Date; expiresAt: Date | null },
): Promise<{ operationId: bigint; lotId: string }> {
  const accrued = await insertAccrual(tx, operation, lot);
  await settleDebts(tx, await replayScope(tx, pool, operation.effectiveAt), operation.effectiveAt);
  return accrued;
}

/**
 * Repays the debts of the scope's accounts (returns written off below zero) from lots that are
 * still alive and unspent, oldest debt first, each from the pool its debtor was in at the moment of
 * repayment. A repayment is a draw of the debt's own deduction, dated when both the debt and the
 * lot existed (never before `notBefore`, where the caller's change starts), so balances as of any
 * moment show the debt until it was repaid.
 */
async function settleDebts(tx: LedgerSql, scope: ReplayScope, notBefore: Date): Promise<void> {
  // Most pools never owed: then there is nothing to look for, unless this transaction wrote a debt.
  if (!scope.mayOwe && !wroteDebts(tx)) return;
  const debts = await openDebts(tx, scope.accountIds);
  if (debts.length === 0) return;
  const memberOf = new Map(scope.accounts.map((a) => [a.id, a.memberId]));
  const lots = (await lotsAliveFrom(tx, scope.accountIds, notBefore)).sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime());
  const draws = [];
  for (const debt of debts) {
    let open = debt.open;
    const debtor = memberOf.get(debt.accountId) as string;
    for (const lot of lots) {
      if (open.lte(ZERO)) break;
      const at = new Date(Math.max(lot.effectiveAt.getTime(), debt.effectiveAt.getTime(), notBefore.getTime()));
      const take = lot.remaining.lt(open) ? lot.remaining : open;
      if (take.lte(ZERO) || (lot.expiresAt && lot.expiresAt <= at) || !scope.poolAt(debtor, at).has(lot.accountId as string)) continue;
      lot.remaining = lot.remaining.minus(take);
      open = open.minus(take);
      draws.push({ lotId: lot.id, amount: take, operationId: debt.operationId, kind: 'DEDUCTION' as const, effectiveAt: at });
    }
  }
  await writeDraws(tx, draws);
}

/** What `maybeCheckpoint` counts, for a statement that can carry the count (`operationsSinceCheckpointSql`). */
export function checkpointCount(accountId: string, now: Date): CheckpointCount {
  return { accountId, at: now, enough: CHECKPOINT_EVERY };
}

/**
 * Leaves a checkpoint at `now` when enough has happened since the last one; `counted` is that
 * count when a statement already carried it, after this transaction's last operation.
 */
export async function maybeCheckpoint(tx: LedgerSql, accountId: string, now: Date, counted?: number): Promise<void> {
  const since = counted ?? (await operationsSinceCheckpoint(tx, checkpointCount(accountId, now)));
  if (since < CHECKPOINT_EVERY) return;
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
      where: { accountId, effectiveAt: { ...(latest ? { gt: latest.at } : {}), lte: until } },
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
