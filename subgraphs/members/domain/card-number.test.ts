import { cardNumberFor, isValidCardNumber, luhnCheckDigit, normaliseCardNumber, planCardBatch } from './card-number';
import { DomainError } from './errors';

describe('card numbers', () => {
  test('the check digit is Luhn (the textbook example 7992739871 → 3)', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(cardNumberFor('27', 1000n)).toBe(`270000000001000${luhnCheckDigit('270000000001000')}`);
  });

  test('one changed digit or swapped neighbours are caught', () => {
    const number = cardNumberFor('4', 123456n);
    expect(isValidCardNumber(number)).toBe(true);
    const changed = `${number.slice(0, 5)}${(Number(number[5]) + 1) % 10}${number.slice(6)}`;
    expect(isValidCardNumber(changed)).toBe(false);
    expect(isValidCardNumber(number.slice(0, -1))).toBe(false);
  });

  test('scanner spaces are tolerated; letters are not', () => {
    const number = cardNumberFor('5', 42n);
    expect(normaliseCardNumber(`${number.slice(0, 4)} ${number.slice(4, 8)}-${number.slice(8)}`)).toBe(number);
    expect(() => normaliseCardNumber('5abc')).toThrow(DomainError);
  });

  test('a batch lists its numbers and refuses ranges that do not fit', () => {
    const plan = planCardBatch('8', 99n, 3);
    expect(plan.numbers.map((n) => n.slice(0, 15))).toEqual(['800000000000099', '800000000000100', '800000000000101']);
    expect(() => planCardBatch('12345678', 9_999_999n, 1)).not.toThrow();
    expect(() => planCardBatch('12345678', 9_999_999n, 2)).toThrow(/does not fit/);
    expect(() => planCardBatch('0', 1n, 1)).toThrow(/Prefix/);
  });
});
