import type { LedgerTypes } from '../builder';
import { formatAmount } from '../domain/money';

/** What an amount field reads from its parent: a decimal, a Prisma decimal or a stored decimal string. */
type AmountValue = { toString(): string };

/**
 * A money or bonus amount field: a Decimal printed at its currency's scale (`"100.50"`, `"0.00"`).
 * Every amount the ledger shows is made here; quantities, percents, shares and exchange rates are
 * plain Decimal fields, printed exactly.
 */
export function amountField<Parent>(
  t: Pick<PothosSchemaTypes.ObjectFieldBuilder<LedgerTypes, Parent>, 'field'>,
  description: string,
  amountOf: (parent: Parent) => AmountValue,
) {
  return t.field({ type: 'Decimal', description, resolve: (parent) => formatAmount(amountOf(parent)) });
}
