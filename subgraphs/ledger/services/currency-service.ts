import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { createCurrency, ensureDefaultCurrency, findCurrency, saveRules } from '../data/currencies-store';
import { Prisma } from '../data/prisma';
import { LedgerError } from '../domain/errors';
import type { SpendingOrder } from '../domain/lots';
import { Decimal } from '../domain/money';
import { changeConfiguration } from './configuration-change';
import type { LedgerDeps } from './deps';

export interface ProgramRulesInput {
  currency?: string | null;
  baseAccrualPercent?: Decimal | null;
  activationDelayDays?: number | null;
  lifetimeDays?: number | null;
  maxPaymentShare?: Decimal | null;
  roundingStep?: Decimal | null;
  spendingOrder?: SpendingOrder | null;
}

function inRange(value: Decimal | null | undefined, min: number, max: number, field: string): void {
  if (value != null && (value.lt(min) || value.gt(max))) throw new LedgerError('INVALID_INPUT', `${field} must be between ${min} and ${max}`, field);
}

export function createCurrencyService(deps: LedgerDeps) {
  return {
    async createCurrency(identity: Identity, input: { code: string; name: string; exchangeRate: Decimal }) {
      const admin = requireOperator(identity, ['ADMIN']);
      const code = input.code.trim().toUpperCase();
      if (!/^[A-Z][A-Z0-9_]{1,15}$/.test(code)) throw new LedgerError('INVALID_INPUT', 'Code: 2 to 16 letters, digits or _', 'code');
      if (!input.name.trim()) throw new LedgerError('INVALID_INPUT', 'A currency needs a name', 'name');
      if (!input.exchangeRate.gt(0)) throw new LedgerError('INVALID_INPUT', 'The exchange rate must be positive', 'exchangeRate');
      await ensureDefaultCurrency(deps.db, admin.companyId);
      try {
        return await changeConfiguration(
          deps,
          identity,
          (tx) => createCurrency(tx, { companyId: admin.companyId, code, name: input.name.trim(), exchangeRate: input.exchangeRate.toFixed(6) }),
          (currency) => ({
            type: 'currency.created',
            companyId: admin.companyId,
            data: { currencyId: currency.id, code: currency.code, exchangeRate: currency.exchangeRate.toString() },
          }),
        );
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw new LedgerError('CURRENCY_CODE_TAKEN', `The company already has a currency ${code}`, 'code');
        }
        throw error;
      }
    },

    /** Sets the program rules of a currency; omitted fields keep their value. */
    async updateProgramRules(identity: Identity, input: ProgramRulesInput) {
      const admin = requireOperator(identity, ['ADMIN', 'MARKETER']);
      const currency = await findCurrency(deps.db, admin.companyId, input.currency);
      if (!currency) throw new LedgerError('CURRENCY_NOT_FOUND', `No bonus currency ${input.currency}`, 'currency');
      inRange(input.baseAccrualPercent, 0, 100, 'baseAccrualPercent');
      inRange(input.maxPaymentShare, 0, 1, 'maxPaymentShare');
      inRange(input.roundingStep, 0.01, 1000, 'roundingStep');
      // A step that is not a whole number of cents would round totals to fractions of a cent.
      if (input.roundingStep && input.roundingStep.decimalPlaces() > 2) {
        throw new LedgerError('INVALID_INPUT', 'roundingStep must be a whole multiple of 0.01', 'roundingStep');
      }
      if (input.activationDelayDays != null && (input.activationDelayDays < 0 || input.activationDelayDays > 3650)) {
        throw new LedgerError('INVALID_INPUT', 'activationDelayDays must be 0 to 3650', 'activationDelayDays');
      }
      if (input.lifetimeDays != null && (input.lifetimeDays < 1 || input.lifetimeDays > 36500)) {
        throw new LedgerError('INVALID_INPUT', 'lifetimeDays must be 1 to 36500', 'lifetimeDays');
      }
      const current = currency.rules;
      const pick = (given: Decimal | null | undefined, stored: Prisma.Decimal | undefined, fallback: string) =>
        (given ?? new Decimal((stored ?? fallback).toString())).toFixed();
      const stored = {
        baseAccrualPercent: pick(input.baseAccrualPercent, current?.baseAccrualPercent, '0'),
        maxPaymentShare: pick(input.maxPaymentShare, current?.maxPaymentShare, '0'),
        roundingStep: pick(input.roundingStep, current?.roundingStep, '0.01'),
        activationDelayDays: input.activationDelayDays ?? current?.activationDelayDays ?? 0,
        lifetimeDays: input.lifetimeDays !== undefined ? input.lifetimeDays : (current?.lifetimeDays ?? null),
        spendingOrder: input.spendingOrder ?? current?.spendingOrder ?? 'EXPIRING_FIRST',
      };
      const rules = await changeConfiguration(
        deps,
        identity,
        (tx) => saveRules(tx, currency.id, admin.companyId, stored),
        () => ({ type: 'program_rules.updated', companyId: admin.companyId, data: { currencyId: currency.id, code: currency.code, ...stored } }),
      );
      return { ...currency, rules };
    },
  };
}
