import { LedgerError } from '../domain/errors';
import type { SpendingOrder } from '../domain/lots';
import type { LedgerDb, Prisma } from './prisma';

export const DEFAULT_CURRENCY = { code: 'BONUS', name: 'Bonuses' } as const;

/** The company's currencies; a company starts with the default "BONUS" currency, created on first use. */
export async function ensureDefaultCurrency(db: LedgerDb, companyId: string) {
  const existing = await db.currency.findFirst({ where: { companyId, isDefault: true }, include: { rules: true } });
  if (existing) return existing;
  await db.$executeRaw`
    INSERT INTO currencies (id, company_id, code, name, exchange_rate, is_default)
    VALUES (gen_random_uuid(), ${companyId}::uuid, ${DEFAULT_CURRENCY.code}, ${DEFAULT_CURRENCY.name}, 1, true)
    ON CONFLICT (company_id, code) DO NOTHING`;
  return db.currency.findFirstOrThrow({ where: { companyId, code: DEFAULT_CURRENCY.code }, include: { rules: true } });
}

export async function findCurrency(db: LedgerDb, companyId: string, code: string | null | undefined) {
  if (!code) return ensureDefaultCurrency(db, companyId);
  return db.currency.findUnique({ where: { companyId_code: { companyId, code } }, include: { rules: true } });
}

/** The currency by code (the default one when no code is given), refused when the company has none such. */
export async function requireCurrency(db: LedgerDb, companyId: string, code: string | null | undefined) {
  const currency = await findCurrency(db, companyId, code);
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
export function currencyById(db: LedgerDb, id: string) {
  return db.currency.findUniqueOrThrow({ where: { id }, include: { rules: true } });
}
