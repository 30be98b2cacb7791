import type { Totals } from '../domain/balance';
import { amount, type Decimal } from '../domain/money';
import type { OperationActorKind, OperationChannel } from '../domain/operation-actor';
import type { PaidDraw } from '../domain/refund';
import type { PlacedDraw } from '../domain/replay';
import { type LedgerSql, Prisma, sqlAmount } from './prisma';
import { noteDebtWritten, notePinnedDrawWritten } from './replay-store';

/** Named queries over lots, operations, allocations and checkpoints. */

export interface OperationRecord {
  accountId: string;
  companyId: string;
  memberId: string;
  kind: 'ACCRUAL' | 'PAYMENT' | 'DEDUCTION';
  amount: Decimal;
  effectiveAt: Date;
  actorKind: OperationActorKind;
  actorId: string | null;
  channel: OperationChannel | null;
  reason: string | null;
  /** Our clock's now, not the database's, so that limit periods and statements follow the same time. */
  recordedAt: Date;
  origin: 'MANUAL' | 'PURCHASE' | 'RETURN' | 'IMPORT' | 'OFFER';
  purchaseId?: string | null;
  opensDebt?: boolean;
  externalId?: string | null;
  /** The lot a deduction draws whatever the spending order (see drawFromLot). */
  pinnedLotId?: string | null;
  /** Where an operation made at a till happened. */
  pointOfSaleId?: string | null;
  terminalId?: string | null;
}

// Inserts on the purchase path are plain statements: they run on every POS call.
const operationInsert = (r: OperationRecord) => Prisma.sql`
  INSERT INTO operations (account_id, company_id, member_id, kind, amount, effective_at, recorded_at, actor_kind, actor_id, channel, reason, external_id, origin, purchase_id, opens_debt, pinned_lot_id,
                          point_of_sale_id, terminal_id)
  VALUES (${r.accountId}::uuid, ${r.companyId}::uuid, ${r.memberId}::uuid, ${r.kind}::"OperationKind", ${r.amount.toFixed(2)}::numeric, ${r.effectiveAt}, ${r.recordedAt},
          ${r.actorKind}, ${r.actorId}, ${r.channel}, ${r.reason}, ${r.externalId ?? null}, ${r.origin}::"OperationOrigin", ${r.purchaseId ?? null}::uuid, ${r.opensDebt ?? false},
          ${r.pinnedLotId ?? null}::uuid, ${r.pointOfSaleId ?? null}::uuid, ${r.terminalId ?? null}::uuid)`;

export async function insertOperation(tx: LedgerSql, record: OperationRecord): Promise<bigint> {
  const r = record;
  const rows = await tx.$queryRaw<Array<{ id: bigint }>>`${operationInsert(r)} RETURNING id`;
  const id = (rows[0] as { id: bigint }).id;
  if (r.opensDebt) {
    noteDebtWritten(tx);
    await tx.$executeRaw`INSERT INTO debts (operation_id, account_id, amount, effective_at) VALUES (${id}, ${r.accountId}::uuid, ${r.amount.toFixed(2)}::numeric, ${r.effectiveAt})`;
  }
  return BigInt(id);
}

/**
 * Draws directly from one lot, whatever its state (a return taking back what its purchase accrued,
 * from the purchase's own lot): a pinned draw, which replays leave in place. The operation carries
 * the same lot as its pinnedLotId.
 */
export async function drawFromLot(tx: LedgerSql, lotId: string, operationId: bigint, value: Decimal, at: Date): Promise<void> {
  notePinnedDrawWritten(tx);
  await writeDraws(tx, [{ lotId, amount: value, operationId, kind: 'DEDUCTION', effectiveAt: at, pinned: true }]);
}

/** An accrual and the lot it adds, in one statement: the lot holds the operation's amount, from its moment. */
export async function insertAccrual(
  tx: LedgerSql,
  operation: OperationRecord & { kind: 'ACCRUAL' },
  lot: { activatesAt: Date; expiresAt: Date | null },
): Promise<{ operationId: bigint; lotId: string }> {
  const value = operation.amount.toFixed(2);
  const rows = await tx.$queryRaw<Array<{ id: string; operation_id: bigint }>>`
    WITH op AS (${operationInsert(operation)} RETURNING id)
    INSERT INTO lots (id, account_id, operation_id, amount, remaining, effective_at, activates_at, expires_at)
    SELECT gen_random_uuid(), ${operation.accountId}::uuid, op.id, ${value}::numeric, ${value}::numeric, ${operation.effectiveAt}, ${lot.activatesAt}, ${lot.expiresAt}
      FROM op
    RETURNING id, operation_id`;
  const row = rows[0] as { id: string; operation_id: bigint };
  return { operationId: BigInt(row.operation_id), lotId: row.id };
}

/**
 * Writes draws: one allocation row per lot drawn, and the lots' remaining amounts, in one
 * statement. With `fresh`, the spend whose draws have no operation yet is recorded in the same
 * statement, and its id is returned.
 */
export async function writeDraws(
  tx: LedgerSql,
  draws: Array<PlacedDraw & { kind: 'PAYMENT' | 'DEDUCTION' }>,
  fresh?: OperationRecord & { opensDebt?: false },
): Promise<bigint | null> {
  if (draws.length === 0) return fresh ? insertOperation(tx, fresh) : null;
  const pinned = draws.map((d) => d.pinned === true);
  const ids = draws.map((d) => d.lotId);
  const amounts = draws.map((d) => d.amount.toFixed(2));
  const operations = draws.map((d) => d.operationId?.toString() ?? null);
  const kinds = draws.map((d) => d.kind);
  const times = draws.map((d) => d.effectiveAt.toISOString());
  // The insert reads the lots' accounts as they were, which the update does not change.
  const rows = await tx.$queryRaw<Array<{ fresh_id: bigint | null }>>`
    WITH op AS (${fresh ? Prisma.sql`${operationInsert(fresh)} RETURNING id` : Prisma.sql`SELECT NULL::bigint AS id WHERE false`}),
         d AS (
           SELECT t.lot_id, coalesce(t.operation_id, (SELECT id FROM op)) AS operation_id, t.kind, t.amount, t.effective_at, t.pinned
             FROM unnest(${ids}::uuid[], ${operations}::bigint[], ${kinds}::text[], ${amounts}::numeric[], ${times}::timestamptz[], ${pinned}::boolean[])
               AS t(lot_id, operation_id, kind, amount, effective_at, pinned)),
         inserted AS (
           INSERT INTO allocations (account_id, lot_id, operation_id, kind, amount, effective_at, pinned)
           SELECT l.account_id, d.lot_id, d.operation_id, d.kind::"AllocationKind", d.amount, d.effective_at, d.pinned FROM d JOIN lots l ON l.id = d.lot_id),
         updated AS (
           UPDATE lots l SET remaining = l.remaining - t.amount
             FROM (SELECT lot_id, sum(amount) AS amount FROM d GROUP BY lot_id) t
            WHERE l.id = t.lot_id)
    SELECT (SELECT id FROM op) AS fresh_id`;
  const id = rows[0]?.fresh_id;
  return id === null || id === undefined ? null : BigInt(id);
}

/** Debts of these accounts not yet repaid (deductions that went below zero), oldest first. */
export async function openDebts(
  tx: LedgerSql,
  accountIds: string[],
): Promise<Array<{ operationId: bigint; accountId: string; effectiveAt: Date; open: Decimal }>> {
  const rows = await tx.$queryRaw<Array<{ id: bigint; account_id: string; effective_at: Date; open: unknown }>>`
    SELECT * FROM (
      SELECT d.operation_id AS id, d.account_id, d.effective_at, d.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.operation_id = d.operation_id), 0) AS open
        FROM debts d WHERE d.account_id = ANY(${accountIds}::uuid[])) d
     WHERE d.open > 0 ORDER BY d.effective_at, d.id`;
  return rows.map((row) => ({ operationId: row.id, accountId: row.account_id, effectiveAt: row.effective_at, open: sqlAmount(row.open) }));
}

/** Records that a lot gives back bonuses paid on returned goods (and which paid draw it gives back). */
export async function recordReturnedPayment(
  tx: LedgerSql,
  lot: { lotId: string; accountId: string; amount: Decimal; effectiveAt: Date; purchaseId: string; sourceLotId: string | null },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO returned_payments (lot_id, account_id, amount, effective_at, purchase_id, source_lot_id)
    VALUES (${lot.lotId}::uuid, ${lot.accountId}::uuid, ${lot.amount.toFixed(2)}::numeric, ${lot.effectiveAt}, ${lot.purchaseId}::uuid, ${lot.sourceLotId}::uuid)`;
}

/** What a purchase's payment drew from each lot, and what returns gave back of it so far. */
export async function paidDrawsOf(tx: LedgerSql, purchaseId: string): Promise<Array<PaidDraw & { memberId: string }>> {
  const rows = await tx.$queryRaw<
    Array<{ lot_id: string; account_id: string; member_id: string; accrued_at: Date; expires_at: Date | null; drawn: unknown; returned: unknown }>
  >`
    SELECT a.lot_id, l.account_id, acc.member_id, l.effective_at AS accrued_at, l.expires_at, sum(a.amount) AS drawn,
           coalesce((SELECT sum(r.amount) FROM returned_payments r WHERE r.purchase_id = ${purchaseId}::uuid AND r.source_lot_id = a.lot_id), 0) AS returned
      FROM allocations a JOIN operations o ON o.id = a.operation_id JOIN lots l ON l.id = a.lot_id JOIN accounts acc ON acc.id = l.account_id
     WHERE o.purchase_id = ${purchaseId}::uuid AND o.kind = 'PAYMENT'
     GROUP BY a.lot_id, l.account_id, acc.member_id, l.effective_at, l.expires_at`;
  return rows.map((row) => ({
    lotId: row.lot_id,
    accountId: row.account_id,
    memberId: row.member_id,
    accruedAt: row.accrued_at,
    expiresAt: row.expires_at,
    drawn: sqlAmount(row.drawn),
    returned: sqlAmount(row.returned),
  }));
}

/**
 * The effective date of a company's earliest operation, or null. Read account by account through
 * the (account, effective date) index: an administrator's rare question needs no index of its own
 * on the till's write path.
 */
export async function earliestOperationAt(db: LedgerSql, companyId: string): Promise<Date | null> {
  const [row] = await db.$queryRaw<Array<{ earliest: Date | null }>>`
    SELECT min(first.effective_at) AS earliest
    FROM accounts a
    CROSS JOIN LATERAL (SELECT effective_at FROM operations o WHERE o.account_id = a.id ORDER BY effective_at LIMIT 1) first
    WHERE a.company_id = ${companyId}::uuid`;
  return row?.earliest ?? null;
}

/** Totals of the facts in (after, until]: accruals, draws by kind, and expiries. */
export async function totalsBetween(db: LedgerSql, accountIds: string[], after: Date | null, until: Date): Promise<Totals> {
  // From the beginning of history when there is no checkpoint: -infinity, not any fixed epoch.
  const [row] = await db.$queryRaw<Array<{ accrued: unknown; payments: unknown; deductions: unknown; expired: unknown }>>`
    WITH since AS (SELECT coalesce(${after}::timestamptz, '-infinity'::timestamptz) AS at)
    SELECT
      (SELECT coalesce(sum(amount), 0) FROM lots, since WHERE account_id = ANY(${accountIds}::uuid[]) AND effective_at > since.at AND effective_at <= ${until}) AS accrued,
      (SELECT coalesce(sum(amount), 0) FROM allocations, since WHERE account_id = ANY(${accountIds}::uuid[]) AND kind = 'PAYMENT' AND effective_at > since.at AND effective_at <= ${until}) AS payments,
      (SELECT coalesce(sum(amount), 0) FROM allocations, since WHERE account_id = ANY(${accountIds}::uuid[]) AND kind = 'DEDUCTION' AND effective_at > since.at AND effective_at <= ${until}) AS deductions,
      (SELECT coalesce(sum(l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id), 0)), 0)
         FROM lots l, since WHERE l.account_id = ANY(${accountIds}::uuid[]) AND l.expires_at > since.at AND l.expires_at <= ${until}) AS expired`;
  return {
    accruedGross: sqlAmount(row?.accrued),
    payments: sqlAmount(row?.payments),
    deductions: sqlAmount(row?.deductions),
    expired: sqlAmount(row?.expired),
  };
}

/** Everything the six figures of a pool are composed from at one moment (see domain/balance.ts). */
export interface BalanceFacts {
  totals: Totals;
  nonActivated: Decimal;
  expiring: Array<{ remaining: Decimal; expiresAt: Date }>;
  debt: Decimal;
  returnedPayments: Decimal;
}

const NO_FACTS: BalanceFacts = {
  totals: { accruedGross: amount(0), payments: amount(0), deductions: amount(0), expired: amount(0) },
  nonActivated: amount(0),
  expiring: [],
  debt: amount(0),
  returnedPayments: amount(0),
};

interface BalanceFactsRow {
  pool: number;
  accrued: unknown;
  payments: unknown;
  deductions: unknown;
  expired: unknown;
  non_activated: unknown;
  debt: unknown;
  returned: unknown;
  expiring: Array<Array<{ remaining: string; expiresAt: string }> | null>;
}

/**
 * The balance facts of several pools (each a list of accounts) at `at`, in one statement, so every
 * figure comes from one snapshot: the identity totalAccrued = active + nonActivated + totalDeducted
 * + expired can never be seen broken by a write landing between reads. Per account: its newest
 * checkpoint at or before `at`, plus the facts since (from the beginning of history without one),
 * so the cost follows recent activity, not the length of the history.
 */
export async function balanceFactsAt(db: LedgerSql, pools: string[][], at: Date): Promise<BalanceFacts[]> {
  const poolIndex = pools.flatMap((accounts, i) => accounts.map(() => i));
  const accountIds = pools.flat();
  if (accountIds.length === 0) return pools.map(() => NO_FACTS);
  const rows = await db.$queryRaw<BalanceFactsRow[]>`
    WITH acc AS (SELECT * FROM unnest(${poolIndex}::int[], ${accountIds}::uuid[]) AS t(pool, id)),
    per AS (
      SELECT acc.pool, acc.id, coalesce(cp.at, '-infinity'::timestamptz) AS since,
             coalesce(cp.accrued_gross, 0) AS accrued, coalesce(cp.payments, 0) AS payments,
             coalesce(cp.deductions, 0) AS deductions, coalesce(cp.expired, 0) AS expired
        FROM acc LEFT JOIN LATERAL (
          SELECT c.at, c.accrued_gross, c.payments, c.deductions, c.expired FROM checkpoints c
           WHERE c.account_id = acc.id AND c.at <= ${at} ORDER BY c.at DESC LIMIT 1) cp ON true)
    SELECT per.pool,
      sum(per.accrued + (SELECT coalesce(sum(l.amount), 0) FROM lots l WHERE l.account_id = per.id AND l.effective_at > per.since AND l.effective_at <= ${at})) AS accrued,
      sum(per.payments + (SELECT coalesce(sum(a.amount), 0) FROM allocations a
                           WHERE a.account_id = per.id AND a.kind = 'PAYMENT' AND a.effective_at > per.since AND a.effective_at <= ${at})) AS payments,
      sum(per.deductions + (SELECT coalesce(sum(a.amount), 0) FROM allocations a
                             WHERE a.account_id = per.id AND a.kind = 'DEDUCTION' AND a.effective_at > per.since AND a.effective_at <= ${at})) AS deductions,
      -- What a lot held when it expired is what it holds now (nothing draws on it after its expiry;
      -- every draw keeps remaining = amount - allocations), so a long history costs no look-up per lot.
      sum(per.expired + (SELECT coalesce(sum(l.remaining), 0)
                           FROM lots l WHERE l.account_id = per.id AND l.expires_at > per.since AND l.expires_at <= ${at})) AS expired,
      sum((SELECT coalesce(sum(l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id AND a.effective_at <= ${at}), 0)), 0)
             FROM lots l WHERE l.account_id = per.id AND l.activates_at > ${at} AND l.effective_at <= ${at})) AS non_activated,
      sum((SELECT coalesce(sum(d.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.operation_id = d.operation_id AND a.effective_at <= ${at}), 0)), 0)
             FROM debts d WHERE d.account_id = per.id AND d.effective_at <= ${at})) AS debt,
      sum((SELECT coalesce(sum(r.amount), 0) FROM returned_payments r WHERE r.account_id = per.id AND r.effective_at <= ${at})) AS returned,
      json_agg((SELECT json_agg(json_build_object('remaining', x.remaining::text, 'expiresAt', x.expires_at)) FROM (
                  SELECT l.expires_at, l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id AND a.effective_at <= ${at}), 0) AS remaining
                    FROM lots l WHERE l.account_id = per.id AND l.effective_at <= ${at} AND l.expires_at > ${at}) x)) AS expiring
      FROM per GROUP BY per.pool`;
  const byPool = new Map(rows.map((row) => [Number(row.pool), row]));
  return pools.map((_, i) => {
    const row = byPool.get(i);
    if (!row) return NO_FACTS;
    return {
      totals: {
        accruedGross: sqlAmount(row.accrued),
        payments: sqlAmount(row.payments),
        deductions: sqlAmount(row.deductions),
        expired: sqlAmount(row.expired),
      },
      nonActivated: sqlAmount(row.non_activated),
      expiring: row.expiring.flatMap((lots) => lots ?? []).map((lot) => ({ remaining: amount(lot.remaining), expiresAt: new Date(lot.expiresAt) })),
      debt: sqlAmount(row.debt),
      returnedPayments: sqlAmount(row.returned),
    };
  });
}

/** The lots holding bonuses at `at` (unspent, not expired), with what was left of each then: soonest expiry first. */
export async function lotsHeldAt(db: LedgerSql, accountIds: string[], at: Date, limit: number) {
  const rows = await db.$queryRaw<Array<{ id: string; amount: unknown; remaining: unknown; effective_at: Date; activates_at: Date; expires_at: Date | null }>>`
    SELECT * FROM (
      SELECT l.id, l.amount, l.effective_at, l.activates_at, l.expires_at,
             l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id AND a.effective_at <= ${at}), 0) AS remaining
        FROM lots l
       WHERE l.account_id = ANY(${accountIds}::uuid[]) AND l.effective_at <= ${at} AND (l.expires_at IS NULL OR l.expires_at > ${at})) held
     WHERE held.remaining > 0
     ORDER BY held.expires_at NULLS LAST, held.activates_at, held.id
     LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    amount: sqlAmount(row.amount),
    remaining: sqlAmount(row.remaining),
    accruedAt: row.effective_at,
    activatesAt: row.activates_at,
    expiresAt: row.expires_at,
  }));
}

/** The newest checkpoint of each account at or before `at`. */
export async function checkpointsAt(db: LedgerSql, accountIds: string[], at: Date) {
  const rows = await db.$queryRaw<Array<{ account_id: string; at: Date; accrued_gross: unknown; payments: unknown; deductions: unknown; expired: unknown }>>`
    SELECT DISTINCT ON (account_id) account_id, at, accrued_gross, payments, deductions, expired FROM checkpoints
     WHERE account_id = ANY(${accountIds}::uuid[]) AND at <= ${at} ORDER BY account_id, at DESC`;
  return new Map(
    rows.map((row) => [
      row.account_id,
      {
        at: row.at,
        totals: {
          accruedGross: sqlAmount(row.accrued_gross),
          payments: sqlAmount(row.payments),
          deductions: sqlAmount(row.deductions),
          expired: sqlAmount(row.expired),
        },
      },
    ]),
  );
}

/** Which account's operations since its newest checkpoint up to `at` to count, up to `enough`. */
export interface CheckpointCount {
  accountId: string;
  at: Date;
  enough: number;
}

/** The count as an expression, for a statement that writes the operations to carry it (one round trip fewer). */
export function operationsSinceCheckpointSql({ accountId, at, enough }: CheckpointCount): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM (
      SELECT 1 FROM operations
       WHERE account_id = ${accountId}::uuid
         AND effective_at > coalesce((SELECT max(at) FROM checkpoints WHERE account_id = ${accountId}::uuid AND at <= ${at}), '-infinity'::timestamptz)
       LIMIT ${enough}) recent)`;
}

/** Operations of the account after its newest checkpoint up to `at`, counted up to `enough`. */
export async function operationsSinceCheckpoint(tx: LedgerSql, count: CheckpointCount): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ n: number }>>`SELECT ${operationsSinceCheckpointSql(count)} AS n`;
  return rows[0]?.n ?? 0;
}

export async function saveCheckpoint(tx: LedgerSql, accountId: string, at: Date, totals: Totals): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO checkpoints (account_id, at, accrued_gross, payments, deductions, expired)
    VALUES (${accountId}::uuid, ${at}, ${totals.accruedGross.toFixed(2)}::numeric, ${totals.payments.toFixed(2)}::numeric,
            ${totals.deductions.toFixed(2)}::numeric, ${totals.expired.toFixed(2)}::numeric)
    ON CONFLICT (account_id, at) DO UPDATE
       SET accrued_gross = EXCLUDED.accrued_gross, payments = EXCLUDED.payments, deductions = EXCLUDED.deductions, expired = EXCLUDED.expired`;
}

/** An operation as its API answer needs it (a retried manual operation answers with the first one). */
export async function recordedOperation(db: LedgerSql, operationId: bigint) {
  const rows = await db.$queryRaw<Array<{ account_id: string; member_id: string; code: string }>>`
    SELECT o.account_id, o.member_id, c.code FROM operations o JOIN accounts a ON a.id = o.account_id JOIN currencies c ON c.id = a.currency_id
     WHERE o.id = ${operationId}`;
  const row = rows[0];
  if (!row) throw new Error(`operation ${operationId} is gone`);
  return { operationId, accountId: row.account_id, memberId: row.member_id, currencyCode: row.code };
}
