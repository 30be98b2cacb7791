import { accrualParts } from './accrual-lots';
import { amount } from './money';

const line = (...bonuses: Array<{ amount: string; terms?: { activationDelayDays: number | null; lifetimeDays: number | null } }>) => ({ offers: { bonuses } });
const parts = (lines: ReturnType<typeof line>[], accrual: string) => accrualParts(lines, amount(accrual)).map((part) => [part.terms, part.amount.toFixed(2)]);

describe('a purchase accrual as lots', () => {
  test('bonuses without terms of their own stay in the one lot on the currency’s terms', () => {
    expect(parts([line({ amount: '2.00' }), { offers: undefined } as never], '5.00')).toEqual([[null, '5.00']]);
  });

  test('an offer’s own terms make a lot of their own; equal terms share one; the parts add up to the accrual', () => {
    const thirtyDays = { activationDelayDays: null, lifetimeDays: 30 };
    const delayed = { activationDelayDays: 7, lifetimeDays: null };
    expect(
      parts(
        [line({ amount: '1.50', terms: thirtyDays }, { amount: '0.25' }), line({ amount: '2.00', terms: thirtyDays }, { amount: '1.00', terms: delayed })],
        '6.00',
      ),
    ).toEqual([
      [null, '1.50'],
      [thirtyDays, '3.50'],
      [delayed, '1.00'],
    ]);
  });

  test('only bonuses with terms of their own: no lot on the currency’s terms', () => {
    expect(parts([line({ amount: '3.00', terms: { activationDelayDays: 0, lifetimeDays: 10 } })], '3.00')).toEqual([
      [{ activationDelayDays: 0, lifetimeDays: 10 }, '3.00'],
    ]);
  });
});
