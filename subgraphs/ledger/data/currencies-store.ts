import { signalSettingsChanged } from '../../../infra/cache/change-signal';
import { DEFAULT_LIMITS } from '../domain/default-limits';
import { LedgerError } from '../domain/errors';
import type { SpendingOrder } from '../domain/lots';
import { LEDGER_SCHEMA, type LedgerDb, type LedgerSql, type Prisma } from './prisma';

export const DEFAULT_CURRENCY = { code: 'BONUS', name: 'Bonuses' } as const;

/**
 * The company's currencies; a company starts with the default "BONUS" currency, created on first
 * use together with the default limits in it (domain/default-limits.ts).
 */
export async function ensureDefaultCurrency(db: LedgerDb, companyId: string) {
  const existing = await db.currency.findFirst({ where: { companyId, isDefault: true }, include: { rules: true } });
  if (existing) return existing;
  await createDefaultCurrency(db, companyId);
  return db.currency.findFirstOrThrow({ where: { companyId, code: DEFAULT_CURRENCY.code }, include: { rules: true } });
}

/**
 * Creates the default currency and its default limits, unless another call just did; processes
 * that keep settings forget them when it commits.
 */
async function createDefaultCurrency(db: LedgerSql, companyId: string): Promise<void> {
  await signalSettingsChanged(db, LEDGER_SCHEMA);
  await db.$executeRaw`
    WITH created AS (
      INSERT INTO currencies (id, company_id, code, name, exchange_rate, is_default)
      VALUES (gen_random_uuid(), ${companyId}::uuid, ${DEFAULT_CURRENCY.code}, ${DEFAULT_CURRENCY.name}, 1, true)
      ON CONFLICT (company_id, code) DO NOTHING
      RETURNING id, company_id)
    INSERT INTO limits (id, company_id, name, metric, period, currency_id, alert_at, refuse_above, updated_at)
    SELECT gen_random_uuid(), c.company_id, d.name, d.metric::"LimitMetric", d.period::"LimitPeriod", c.id, d.alert_at, d.refuse_above, now()
      FROM created c
     CROSS JOIN unnest(${DEFAULT_LIMITS.map((l) => l.name)}::text[], ${DEFAULT_LIMITS.map((l) => l.metric)}::text[], ${DEFAULT_LIMITS.map((l) => l.period)}::text[],
                       ${DEFAULT_LIMITS.map((l) => l.alertAt)}::numeric[], ${DEFAULT_LIMITS.map((l) => l.refuseAbove)}::numeric[])
          AS d(name, metric, period, alert_at, refuse_above)`;
}

export async function findCurrency(db: LedgerDb, companyId: string, code: string | null | undefined) {
  if (!code) return ensureDefaultCurrency(db, companyId);
  return db.currency.findUnique({ where: { companyId_code: { companyId, code } }, include: { rules: true } });
}

/** A currency with its program rules, as every operation reads it. */
export interface CurrencyWithRules {
  id: string;
  code: string;
  exchangeRate: string;
  rules: {
    baseAccrualPercent: string;
    activationDelayDays: number;
    lifetimeDays: number | null;
    maxPaymentShare: string;
    roundingStep: string;
    spendingOrder: string;
  } | null;
}

interface CurrencyRow {
  id: string;
  code: string;
  exchange_rate: unknown;
  base_accrual_percent: unknown;
  activation_delay_days: number | null;
  lifetime_days: number | null;
  max_payment_share: unknown;
  rounding_step: unknown;
  spending_order: string | null;
}

// One statement with its rules: operations read the currency on every call.
export async function currencyWithRules(db: LedgerSql, where: { companyId: string; code: string | null } | { id: string }): Promise<CurrencyWithRules | null> {
  const byId = 'id' in where ? where.id : null;
  const companyId = 'companyId' in where ? where.companyId : null;
  const code = 'code' in where ? where.code : null;
  const rows = await db.$queryRaw<CurrencyRow[]>`
    SELECT c.id, c.code, c.exchange_rate, r.base_accrual_percent, r.activation_delay_days, r.lifetime_days, r.max_payment_share, r.rounding_step,
           r.spending_order::text AS spending_order
      FROM currencies c LEFT JOIN program_rules r ON r.currency_id = c.id
     WHERE (${byId}::uuid IS NULL OR c.id = ${byId}::uuid)
       AND (${companyId}::uuid IS NULL OR (c.company_id = ${companyId}::uuid AND CASE WHEN ${code}::text IS NULL THEN c.is_default ELSE c.code = ${code}::text END))`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    exchangeRate: String(row.exchange_rate),
    rules:
      row.spending_order === null
        ? null
        : {
            baseAccrualPercent: String(row.base_accrual_percent),
            activationDelayDays: row.activation_delay_days ?? 0,
            lifetimeDays: row.lifetime_days,
            maxPaymentShare: String(row.max_payment_share),
            roundingStep: String(row.rounding_step),
            spendingOrder: row.spending_order,
          },
  };
}

/** A company's currencies as a balance names them, the default first: empty until its default is made. */
export function companyCurrencies(db: LedgerSql, companyId: string): Promise<Array<{ id: string; code: string; isDefault: boolean }>> {
  return db.$queryRaw`
    SELECT id, code, is_default AS "isDefault" FROM currencies WHERE company_id = ${companyId}::uuid ORDER BY is_default DESC, code`;
}

/** The currency by code (the default one when no code is given), refused when the company has none such. */
export async function requireCurrency(db: LedgerSql, companyId: string, code: string | null | undefined): Promise<CurrencyWithRules> {
  let currency = await currencyWithRules(db, { companyId, code: code ?? null });
  if (!currency && !code) {
    await createDefaultCurrency(db, companyId);
    currency = await currencyWithRules(db, { companyId, code: null });
  }
  if (!currency) throw new LedgerError('CURRENCY_NOT_FOUND', `No bonus currency ${code}`, 'currency');
  return currency;
}

export async function listCurrencies(db: LedgerDb, companyId: string) {
  await ensureDefaultCurrency(db, companyId);
  return db.currency.findMany({ where: { companyId }, orderBy: [{ isDefault: 'desc' }, { code: 'asc' }], include: { rules: true } });
}

export function createCurrency(tx: LedgerDb, data: Prisma.CurrencyUncheckedCreateInput) {
  return tx.currency.create({ data, include: { rules: true } });
}

export function saveRules(
  tx: LedgerDb,
  currencyId: string,
  companyId: string,
  rules: Omit<Prisma.ProgramRulesUncheckedCreateInput, 'currencyId' | 'companyId'>,
) {
  return tx.programRules.upsert({ where: { currencyId }, create: { currencyId, companyId, ...rules }, update: rules });
}

/** The order a currency's lots are spent in (soonest expiry first until the rules say otherwise). */
export function spendingOrderOf(currency: { rules: { spendingOrder: string } | null }): SpendingOrder {
  return (currency.rules?.spendingOrder ?? 'EXPIRING_FIRST') as SpendingOrder;
}

/** A currency a stored record refers to (a purchase's), with its rules. */
export async function currencyById(db: LedgerSql, id: string): Promise<CurrencyWithRules> {
  const currency = await currencyWithRules(db, { id });
  if (!currency) throw new Error(`currency ${id} is gone`);
  return currency;
}

/** The codes among these the company has currencies for, with their exchange rates. */
export async function existingCurrencyRates(db: LedgerDb, companyId: string, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.currency.findMany({ where: { companyId, code: { in: codes } }, select: { code: true, exchangeRate: true } });
  return new Map(rows.map((row) => [row.code, row.exchangeRate.toString()]));
}
