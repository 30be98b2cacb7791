import { amount, formatAmount } from './money';

describe('formatAmount', () => {
  test('prints an amount with two decimal places, whatever the value carries', () => {
    expect(['100.5', '15', '0', '-6', '0.01', '1234567.89'].map((value) => formatAmount(amount(value)))).toEqual([
      '100.50',
      '15.00',
      '0.00',
      '-6.00',
      '0.01',
      '1234567.89',
    ]);
  });

  test('takes stored decimals as they come: strings and decimal objects', () => {
    expect(formatAmount('7.1')).toBe('7.10');
    expect(formatAmount({ toString: () => '3' })).toBe('3.00');
  });
});
