import type { LimitMetric, LimitPeriod, LimitWindow } from '../domain/limits';
import { type Decimal, ZERO } from '../domain/money';
import { type LedgerSql, Prisma, sqlAmount } from './prisma';

/** Named queries over limits, their alerts, and the measures limits compare against. */

/** A limit in force, with its company's time zone (calendar windows). */
export interface ActiveLimit {
  id: string;
  name: string;
  metric: LimitMetric;
  period: LimitPeriod | null;
  window: LimitWindow;
  timeZone: string;
  currencyId: string | null;
  subjectId: string | null;
  alertAt: unknown;
  refuseAbove: unknown;
}

/** The company's limits in force; asked on every operation, so one plain statement. */
export function activeLimits(db: LedgerSql, companyId: string): Promise<ActiveLimit[]> {
  return db.$queryRaw<ActiveLimit[]>`
    SELECT l.id, l.name, l.metric::text AS metric, l.period::text AS period, l."window"::text AS "window", coalesce(c.time_zone, 'UTC') AS "timeZone",
           l.currency_id AS "currencyId", l.subject_id AS "subjectId", l.alert_at AS "alertAt", l.refuse_above AS "refuseAbove"
      FROM limits l LEFT JOIN company_refs c ON c.company_id = l.company_id
     WHERE l.company_id = ${companyId}::uuid AND l.active ORDER BY l.created_at`;
}

export interface NewLimitAlert {
  companyId: string;
  limitId: string;
  value: string;
  boundary: string;
  refused: boolean;
  operation: string;
  memberId: string | null;
  terminalId: string | null;
  pointOfSaleId: string | null;
  createdAt: Date;
}

export async function createLimitAlerts(tx: LedgerSql, alerts: NewLimitAlert[]): Promise<void> {
  const column = <K extends keyof NewLimitAlert>(key: K) => alerts.map((alert) => alert[key]);
  await tx.$executeRaw`
    INSERT INTO limit_alerts (id, company_id, limit_id, value, boundary, refused, operation, member_id, terminal_id, point_of_sale_id, created_at)
    SELECT gen_random_uuid(), * FROM unnest(${column('companyId')}::uuid[], ${column('limitId')}::uuid[], ${column('value')}::numeric[],
      ${column('boundary')}::numeric[], ${column('refused')}::boolean[], ${column('operation')}::text[], ${column('memberId')}::uuid[],
      ${column('terminalId')}::uuid[], ${column('pointOfSaleId')}::uuid[], ${column('createdAt')}::timestamptz[])`;
}

/** Serialises operations counted by the same terminal or point-of-sale limit (the card's are serialised by its account lock). */
export async function lockLimitSubject(tx: LedgerSql, subjectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`limit:${subjectId}`}, 0))`;
}

/** Who and where a measure is taken for. */
export interface MeasureScope {
  currencyId: string;
  memberId: string | null;
  /** The member's own account in the currency; null before its first operation. */
  memberAccountId: string | null;
  terminalId: string | null;
  pointOfSaleId: string | null;
  since: Date;
}

type Row = { value: unknown };
const first = (rows: Row[]): Decimal => sqlAmount(rows[0]?.value);

/** What the member's own account accrued and spent (paid or had deducted) since a moment. */
export interface OwnSums {
  accrued: Decimal;
  deducted: Decimal;
}

/**
 * Per judgement, the card's sums since each period start, read once: the default limits measure
 * accruals and deductions over the same day, and both come from one statement.
 */
export type OwnSumsMemo = Map<number, Promise<OwnSums>>;

/**
 * The card's sums since a moment: one row of `accrued` and `deducted`, to read alone or alongside
 * another read (spendable-store's spendableWithOwnSumsSql). Live operations only: imported history and
 * returns do not count against limits.
 */
export const ownSumsQuery = (accountId: string, since: Date) => Prisma.sql`
  SELECT coalesce(sum(amount) FILTER (WHERE kind = 'ACCRUAL'), 0) AS accrued,
         coalesce(sum(amount) FILTER (WHERE kind IN ('PAYMENT', 'DEDUCTION')), 0) AS deducted
    FROM operations
   WHERE account_id = ${accountId}::uuid AND kind IN ('ACCRUAL', 'PAYMENT', 'DEDUCTION') AND origin IN ('MANUAL', 'PURCHASE')
     AND recorded_at > ${since}`;

export const toOwnSums = (row: { accrued: unknown; deducted: unknown } | undefined): OwnSums => ({
  accrued: sqlAmount(row?.accrued),
  deducted: sqlAmount(row?.deducted),
});

async function readOwnSums(db: LedgerSql, accountId: string, since: Date): Promise<OwnSums> {
  const [row] = await db.$queryRaw<Array<{ accrued: unknown; deducted: unknown }>>(ownSumsQuery(accountId, since));
  return toOwnSums(row);
}

const ownSums = (db: LedgerSql, scope: MeasureScope, memo: OwnSumsMemo): Promise<OwnSums> => {
  const accountId = scope.memberAccountId as string;
  const key = scope.since.getTime();
  let sums = memo.get(key);
  if (!sums) {
    sums = readOwnSums(db, accountId, scope.since);
    memo.set(key, sums);
  }
  return sums;
};

const sumTerminalOperations = async (db: LedgerSql, scope: MeasureScope, kind: string, origin: string) =>
  first(
    await db.$queryRaw<Row[]>`
      SELECT coalesce(sum(o.amount), 0) AS value FROM operations o JOIN accounts a ON a.id = o.account_id
       WHERE o.actor_id = ${scope.terminalId} AND o.recorded_at > ${scope.since} AND o.kind::text = ${kind}
         AND o.origin::text = ${origin} AND a.currency_id = ${scope.currencyId}::uuid`,
  );

const countPurchases = async (db: LedgerSql, scope: MeasureScope, by: { member?: boolean; terminal?: boolean; pointOfSale?: boolean; accruing?: boolean }) =>
  first(
    await db.$queryRaw<Row[]>`
      SELECT count(*) AS value FROM purchases
       WHERE state = 'CONFIRMED' AND confirmed_at > ${scope.since}
         AND (${!by.member} OR member_id = ${scope.memberId}::uuid)
         AND (${!by.terminal} OR terminal_id = ${scope.terminalId}::uuid)
         AND (${!by.pointOfSale} OR point_of_sale_id = ${scope.pointOfSaleId}::uuid)
         AND (${!by.accruing} OR accrual > 0)`,
  );

/**
 * The measure of a periodic metric since `scope.since`, before the operation being judged.
 * Per-purchase measures start from nothing; the maximum balance is measured by the caller.
 */
export async function measureBefore(db: LedgerSql, metric: LimitMetric, scope: MeasureScope, memo: OwnSumsMemo = new Map()): Promise<Decimal> {
  switch (metric) {
    case 'CARD_ACCRUAL_PER_PURCHASE':
    case 'CARD_PAYMENT_PER_PURCHASE':
    case 'CARD_MAX_BALANCE':
      return ZERO;
    case 'CARD_ACCRUED':
      return scope.memberAccountId ? (await ownSums(db, scope, memo)).accrued : ZERO;
    case 'CARD_DEDUCTED':
      return scope.memberAccountId ? (await ownSums(db, scope, memo)).deducted : ZERO;
    case 'CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE':
      return countPurchases(db, scope, { member: true, pointOfSale: true, accruing: true });
    case 'CARD_MANUAL_OPERATIONS_AT_TERMINAL':
      if (!scope.memberAccountId) return ZERO;
      return first(
        await db.$queryRaw<Row[]>`
          SELECT count(*) AS value FROM operations
           WHERE account_id = ${scope.memberAccountId}::uuid AND origin = 'MANUAL' AND actor_id = ${scope.terminalId}
             AND recorded_at > ${scope.since}`,
      );
    case 'CARD_PURCHASES_AT_TERMINAL':
      return countPurchases(db, scope, { member: true, terminal: true });
    case 'CARD_PURCHASES_AT_POINT_OF_SALE':
      return countPurchases(db, scope, { member: true, pointOfSale: true });
    case 'TERMINAL_PURCHASE_ACCRUALS':
      return sumTerminalOperations(db, scope, 'ACCRUAL', 'PURCHASE');
    case 'TERMINAL_BONUS_PAYMENTS':
      return sumTerminalOperations(db, scope, 'PAYMENT', 'PURCHASE');
    case 'TERMINAL_MANUAL_DEDUCTIONS':
      return sumTerminalOperations(db, scope, 'DEDUCTION', 'MANUAL');
    case 'TERMINAL_MANUAL_ACCRUALS':
      return sumTerminalOperations(db, scope, 'ACCRUAL', 'MANUAL');
    case 'POINT_OF_SALE_PURCHASES':
      return countPurchases(db, scope, { pointOfSale: true });
  }
}
