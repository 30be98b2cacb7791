import fc from 'fast-check';
import { amount, sum } from './money';
import { calculateReceipt, distribute, openReceipt } from './receipt';

const rules = { baseAccrualPercent: amount(5), maxPaymentShare: amount('0.5'), roundingStep: amount('0.10'), exchangeRate: amount(1) };
const member = { canAccrue: true, canSpend: true, spendable: amount(100) };

test('distribute always adds up to the amount, to the cent', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000 }), fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 20 }), (cents, weights) => {
      const total = amount(cents).dividedBy(100);
      const shares = distribute(
        total,
        weights.map((w) => amount(w)),
      );
      return sum(shares).eq(total) && shares.every((s) => s.gte(0));
    }),
  );
});

test('rounding, payment and accrual are exact and spread over the lines', () => {
  const receipt = calculateReceipt(
    [
      { product: 'a', price: amount('3.99'), quantity: amount(2) },
      { product: 'b', price: amount('12.50'), quantity: amount(1), registerDiscount: amount(1) },
    ],
    { rules, member, requestedPayment: amount('9.70') },
  );
  expect([receipt.total, receipt.roundingCorrection, receipt.cashDue, receipt.accrual].map((d) => d.toFixed(2))).toEqual(['19.40', '0.08', '9.70', '0.48']);
  expect(sum(receipt.lines.map((l) => l.bonusPaid)).toFixed(2)).toBe('9.70');
  expect(sum(receipt.lines.map((l) => l.accrual)).toFixed(2)).toBe('0.48');
});

test('the payment cap is the smaller of the share and what the member can spend; beyond it is refused', () => {
  const lines = [{ product: 'tv', price: amount(100), quantity: amount(1) }];
  const poor = calculateReceipt(lines, { rules, member: { ...member, spendable: amount(12) }, requestedPayment: amount(0) });
  expect(poor.maxBonusPayment.toFixed()).toBe('12');
  expect(() => calculateReceipt(lines, { rules, member, requestedPayment: amount('50.01') })).toThrow(
    expect.objectContaining({ code: 'PAYMENT_EXCEEDS_SHARE' }),
  );
  expect(() => calculateReceipt(lines, { rules, member: { ...member, canSpend: false }, requestedPayment: amount(1) })).toThrow(
    expect.objectContaining({ code: 'MEMBER_CANNOT_SPEND' }),
  );
});

test('subtotal − discount = total on every receipt, whatever the prices, quantities, register discounts and rounding step', () => {
  const line = fc.record({
    price: fc.integer({ min: 0, max: 100_000 }),
    quantity: fc.integer({ min: 1, max: 5_000 }),
    discountShare: fc.integer({ min: 0, max: 100 }),
  });
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('0.01', '0.05', '0.10', '1', '5.55'), (lines, step) => {
      const inputs = lines.map((l, i) => {
        const price = amount(l.price).dividedBy(100);
        const quantity = amount(l.quantity).dividedBy(1000);
        const gross = price.times(quantity).toDecimalPlaces(2, 1);
        return { product: `p${i}`, price, quantity, registerDiscount: gross.times(l.discountShare).dividedBy(100).toDecimalPlaces(2, 1) };
      });
      const receipt = calculateReceipt(inputs, { rules: { ...rules, roundingStep: amount(step) }, member, requestedPayment: amount(0) });
      return (
        receipt.subtotal.minus(receipt.discount).eq(receipt.total) &&
        sum(receipt.lines.map((l) => l.total)).eq(receipt.total) &&
        receipt.total.dividedBy(step).isInteger()
      );
    }),
  );
});

test('paying bonuses worth less than a cent is refused: units are never paid for nothing', () => {
  const lines = [{ product: 'gum', price: amount('1.00'), quantity: amount(1) }];
  const thin = { ...rules, exchangeRate: amount('0.001') };
  expect(() => calculateReceipt(lines, { rules: thin, member, requestedPayment: amount('5') })).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  expect(calculateReceipt(lines, { rules: thin, member, requestedPayment: amount('10') }).lines[0]?.bonusPaid.toFixed(2)).toBe('0.01');
});

test('prices and quantities beyond what the ledger holds are refused as a bad receipt, not an overflow', () => {
  const huge = [{ product: 'x', price: amount('99999999999999'), quantity: amount('99999') }];
  expect(() => calculateReceipt(huge, { rules, member, requestedPayment: amount(0) })).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
});

test('a receipt worth more than the largest amount the ledger takes is refused, lines within their bounds notwithstanding', () => {
  const line = { product: 'gold', price: amount('999999999.99'), quantity: amount('2') };
  expect(() => openReceipt([line])).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT', field: 'lines' }));
  expect(openReceipt([{ ...line, quantity: amount('1') }]).subtotal.toFixed(2)).toBe('999999999.99');
});

test('a register discount is money: more than two decimal places is refused', () => {
  expect(() => openReceipt([{ product: 'a', price: amount(10), quantity: amount(1), registerDiscount: amount('0.005') }])).toThrow(
    expect.objectContaining({ code: 'INVALID_RECEIPT', field: 'lines.0.registerDiscount' }),
  );
});
