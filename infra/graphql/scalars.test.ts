import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars';

test('date-times that name no real moment are refused, not rolled over', () => {
  for (const bad of ['2020-02-30T00:00:00Z', '2026-11-26T24:00:00Z', '2026-11-26T10:60:00Z', '2026-11-26T10:00:61Z', '2026-11-26T10:00:00']) {
    expect(() => DateTimeScalar.parseValue(bad)).toThrow();
  }
  expect((DateTimeScalar.parseValue('2024-02-29T23:59:59+01:00') as Date).toISOString()).toBe('2024-02-29T22:59:59.000Z');
  expect(() => DateScalar.parseValue('2020-02-30')).toThrow();
});

test('amounts printed by their fields keep their decimals however large', () => {
  expect(DecimalScalar.serialize('1009999898989900.00')).toBe('1009999898989900.00');
  expect(DecimalScalar.serialize('15.00')).toBe('15.00');
});
