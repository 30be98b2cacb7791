import type { PaymentAction } from './definition';
import { applyOffers } from './evaluate';
import { context, line, offer, receipt } from './test-support';

const payment = (maxShare: string, minCash: string | null = null): PaymentAction => ({ kind: 'PAYMENT', maxShare, minCash });

describe('payment with bonuses', () => {
  test('a PAYMENT offer sets the share of its lines (money cap rounded down); other lines keep the program default (null)', () => {
    const dairy = offer('dairy', { filters: { products: { include: [{ category: 'dairy' }], exclude: null } }, actions: [payment('0.5')] });
    const result = applyOffers(receipt([line('milk', '9.99', 1, { categoryPath: ['dairy'] }), line('bread', '3.00')]), [dairy], context());
    expect(result.lines.map((l) => [l.maxPaymentShare?.toString() ?? null, l.maxPayment?.toFixed(2) ?? null])).toEqual([
      ['0.5', '4.99'],
      [null, null],
    ]);
  });

  test('the share applies to the line total after the offers’ discounts', () => {
    const both = offer('both', {
      actions: [{ kind: 'DISCOUNT', base: 'PERCENT', value: '20', scope: 'LINE', n: null, m: null, rounding: null }, payment('0.3')],
    });
    expect(applyOffers(receipt([line('a', '10.00')]), [both], context()).lines[0]?.maxPayment?.toFixed(2)).toBe('2.40');
  });

  test('two PAYMENT offers on a line: the higher-ranked one’s share; the receipt keeps the largest min cash', () => {
    const high = offer('high', { priority: 2, actions: [payment('0.2', '1.00')] });
    const low = offer('low', { priority: 1, actions: [payment('0.9', '5.00')] });
    const result = applyOffers(receipt([line('a', '10.00')]), [low, high], context());
    expect(result.lines[0]?.maxPaymentShare?.toString()).toBe('0.2');
    expect(result.minCash?.toFixed(2)).toBe('5.00');
  });

  test('no PAYMENT offer: no share, no min cash', () => {
    const result = applyOffers(receipt([line('a', '10.00')]), [offer('none')], context());
    expect([result.lines[0]?.maxPaymentShare, result.minCash]).toEqual([null, null]);
  });
});

describe('messages', () => {
  const first = offer('first', {
    priority: 9,
    actions: [
      { kind: 'CASHIER_MESSAGE', text: 'Offer a bag' },
      { kind: 'RECEIPT_MESSAGE', text: 'Thank you' },
      { kind: 'MEMBER_MESSAGE', channel: 'SMS', template: 'thanks' },
    ],
  });
  const second = offer('second', { priority: 1, actions: [{ kind: 'RECEIPT_MESSAGE', text: 'See you soon' }] });

  test('receipt and cashier messages in offer order; member messages for a member', () => {
    const result = applyOffers(receipt([line('a', '1.00')]), [second, first], context());
    expect(result.receiptMessages).toEqual([
      { offerId: 'first', text: 'Thank you' },
      { offerId: 'second', text: 'See you soon' },
    ]);
    expect(result.cashierMessages).toEqual([{ offerId: 'first', text: 'Offer a bag' }]);
    expect(result.memberMessages).toEqual([{ offerId: 'first', channel: 'SMS', template: 'thanks' }]);
  });

  test('an anonymous receipt gets no member messages', () => {
    expect(applyOffers(receipt([line('a', '1.00')]), [first], context({ member: null })).memberMessages).toEqual([]);
  });

  test('an offer that did not apply says nothing', () => {
    const gated = offer('gated', { filters: { couponRequired: true }, actions: [{ kind: 'RECEIPT_MESSAGE', text: 'never' }] });
    expect(applyOffers(receipt([line('a', '1.00')]), [gated], context()).receiptMessages).toEqual([]);
  });
});

describe('input checks', () => {
  test('a register discount beyond the line, a zero quantity or a malformed clock are refused', () => {
    expect(() => applyOffers(receipt([line('a', '1.00', 1, { registerDiscount: '1.01' })]), [], context())).toThrow(RangeError);
    expect(() => applyOffers(receipt([line('a', '1.00', 0)]), [], context())).toThrow(RangeError);
    expect(() => applyOffers(receipt([line('a', '1.00')], { localTime: '2025-02-30T10:00' }), [], context())).toThrow(RangeError);
    expect(() => applyOffers(receipt([line('a', '1.00')], { localTime: '2025-03-05 10:00' }), [], context())).toThrow(RangeError);
  });
});
