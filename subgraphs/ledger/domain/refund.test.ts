import fc from 'fast-check';
import { amount, bonusMoney, Decimal, sum, ZERO } from './money';
import { calculateReceipt } from './receipt';
import { type EarlierReturns, ownLotsTakeBack, ownLotTakeBack, type RefundablePurchase, refundShare, returnedPieces } from './refund';

/** 3 units at 3.00, 9.00 paid with bonuses (the case a return once gave 12.00 back for). */
const threeUnits: RefundablePurchase = {
  lines: [{ lineNo: 1, quantity: amount(3), bonusPaid: amount(9), accrual: amount('0.90') }],
  bonusPayment: amount(9),
};
const nothingYet: EarlierReturns = { quantities: new Map(), bonusReturned: ZERO };

function after(earlier: EarlierReturns, share: ReturnType<typeof refundShare>): EarlierReturns {
  const quantities = new Map(earlier.quantities);
  for (const [lineNo, quantity] of share.quantities) quantities.set(lineNo, (quantities.get(lineNo) ?? ZERO).plus(quantity));
  return { quantities, bonusReturned: earlier.bonusReturned.plus(share.bonusReturned) };
}

test('a line named twice is merged: two units of three give back two thirds, and the last unit the rest, never more', () => {
  const first = refundShare(threeUnits, nothingYet, [
    { lineNo: 1, quantity: amount(1) },
    { lineNo: 1, quantity: amount(1) },
  ]);
  expect(first.quantities.get(1)?.toFixed()).toBe('2');
  expect(first.bonusReturned.toFixed(2)).toBe('6.00');
  expect(first.accrual.toFixed(2)).toBe('0.60');
  const last = refundShare(threeUnits, after(nothingYet, first), [{ lineNo: 1, quantity: amount(1) }]);
  expect(last.bonusReturned.toFixed(2)).toBe('3.00');
  expect(last.accrual.toFixed(2)).toBe('0.30');
});

test('more than is left, a line that does not exist, or a quantity that is not positive is refused', () => {
  const refused =
    (requested: Array<{ lineNo: number; quantity: Decimal }> | null, earlier = nothingYet) =>
    () =>
      refundShare(threeUnits, earlier, requested);
  expect(
    refused([
      { lineNo: 1, quantity: amount(2) },
      { lineNo: 1, quantity: amount(2) },
    ]),
  ).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
  expect(refused([{ lineNo: 2, quantity: amount(1) }])).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
  expect(refused([{ lineNo: 1, quantity: amount(0) }])).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
  expect(
    refused([
      { lineNo: 1, quantity: amount(-1) },
      { lineNo: 1, quantity: amount(2) },
    ]),
  ).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
  expect(refused([{ lineNo: 1, quantity: amount('0.0001') }])).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
  expect(refused(null, { quantities: new Map([[1, amount(3)]]), bonusReturned: amount(9) })).toThrow(expect.objectContaining({ code: 'INVALID_RECEIPT' }));
});

test('however returns are split and worded, together they give back exactly what was paid and take back exactly what was accrued', () => {
  const scenario = fc.record({
    lines: fc.array(fc.record({ price: fc.integer({ min: 1, max: 20_000 }), quantity: fc.integer({ min: 1, max: 7 }) }), { minLength: 1, maxLength: 5 }),
    rate: fc.constantFrom('1', '0.3', '0.01', '2.5', '0.333333'),
    payShare: fc.integer({ min: 0, max: 100 }),
    // Each return: which lines, how many of each, possibly the same line twice.
    returns: fc.array(fc.array(fc.record({ line: fc.nat(), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
  });
  fc.assert(
    fc.property(scenario, ({ lines, rate, payShare, returns }) => {
      const rules = { baseAccrualPercent: amount(7), maxPaymentShare: amount(1), roundingStep: amount('0.01'), exchangeRate: amount(rate) };
      const inputs = lines.map((l, i) => ({ product: `p${i}`, price: amount(l.price).dividedBy(100), quantity: amount(l.quantity) }));
      const open = calculateReceipt(inputs, { rules, member: { canAccrue: true, canSpend: true, spendable: amount(1e9) }, requestedPayment: ZERO });
      let requestedPayment = open.maxBonusPayment.times(payShare).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
      // A payment worth less than a cent is refused at calculation; such a purchase pays nothing.
      if (bonusMoney.valueOf(requestedPayment, amount(rate)).isZero()) requestedPayment = ZERO;
      const receipt = calculateReceipt(inputs, { rules, member: { canAccrue: true, canSpend: true, spendable: amount(1e9) }, requestedPayment });
      // The money the bonuses paid for is never worth more than the units at the rate.
      expect(sum(receipt.lines.map((l) => l.bonusPaid)).lte(bonusMoney.valueOf(requestedPayment, amount(rate)))).toBe(true);
      const purchase: RefundablePurchase = { lines: receipt.lines, bonusPayment: receipt.bonusPayment };
      let earlier = nothingYet;
      let accrualBack = ZERO;
      for (const request of returns) {
        const wanted = request.map((r) => ({ lineNo: (r.line % lines.length) + 1, quantity: amount(r.quantity) }));
        try {
          const share = refundShare(purchase, earlier, wanted);
          earlier = after(earlier, share);
          accrualBack = accrualBack.plus(share.accrual);
        } catch {
          // Refused (more than left): nothing changes.
        }
        expect(earlier.bonusReturned.lte(receipt.bonusPayment)).toBe(true);
        expect(accrualBack.lte(receipt.accrual)).toBe(true);
      }
      const anythingLeft = receipt.lines.some((l) => (earlier.quantities.get(l.lineNo) ?? ZERO).lt(l.quantity));
      if (anythingLeft) {
        const rest = refundShare(purchase, earlier, null);
        earlier = after(earlier, rest);
        accrualBack = accrualBack.plus(rest.accrual);
      }
      expect(earlier.bonusReturned.toFixed(2)).toBe(receipt.bonusPayment.toFixed(2));
      expect(accrualBack.toFixed(2)).toBe(receipt.accrual.toFixed(2));
    }),
    { numRuns: 300 },
  );
});

test('paid bonuses come back on the terms they were paid with, to whom they were taken from: latest expiry first, newest lot among equals', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const accruedAt = new Date('2026-10-01T00:00:00Z');
  const draws = [
    { lotId: 'soon', accountId: 'head', accruedAt, expiresAt: new Date('2026-11-20T00:00:00Z'), drawn: amount(5), returned: ZERO },
    { lotId: 'later', accountId: 'relative', accruedAt, expiresAt: new Date('2027-01-01T00:00:00Z'), drawn: amount(3), returned: amount(1) },
    { lotId: 'never-old', accountId: 'head', accruedAt, expiresAt: null, drawn: amount(1), returned: ZERO },
    { lotId: 'never-new', accountId: 'relative', accruedAt: new Date('2026-10-02T00:00:00Z'), expiresAt: null, drawn: amount(1), returned: ZERO },
  ];
  const pieces = returnedPieces(draws, amount(7), now).map((p) => [p.sourceLotId, p.accountId, p.amount.toFixed(2), p.expiresAt?.toISOString() ?? null]);
  expect(pieces).toEqual([
    ['never-new', 'relative', '1.00', null],
    ['never-old', 'head', '1.00', null],
    ['later', 'relative', '2.00', '2027-01-01T00:00:00.000Z'],
    ['soon', 'head', '3.00', now.toISOString()],
  ]);
  expect(returnedPieces([], amount(2), now)).toEqual([{ sourceLotId: null, accountId: null, amount: amount(2), expiresAt: null }]);
});

test('the own lot gives what is left of it: all while inactive, within what nobody holds once active, nothing once expired', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const lot = (activatesAt: string, expiresAt: string | null) => ({
    remaining: '4',
    activatesAt: new Date(activatesAt),
    expiresAt: expiresAt ? new Date(expiresAt) : null,
  });
  expect(ownLotTakeBack(lot('2026-12-01T00:00:00Z', null), amount(10), amount(0), now)).toMatchObject({ drawn: amount(4), active: false });
  expect(ownLotTakeBack(lot('2026-11-01T00:00:00Z', null), amount(10), amount(1), now)).toMatchObject({ drawn: amount(1), active: true });
  expect(ownLotTakeBack(lot('2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z'), amount(10), amount(9), now)).toMatchObject({ drawn: ZERO, expired: amount(4) });
});

test('several own lots give in turn, up to what is taken back; active ones share what nobody holds, inactive ones need no hold', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  const lot = (id: string, remaining: string, activatesAt: string, expiresAt: string | null = null) => ({
    id,
    remaining,
    activatesAt: new Date(activatesAt),
    expiresAt: expiresAt ? new Date(expiresAt) : null,
  });
  const lots = [
    lot('own', '1.50', '2026-11-01T00:00:00Z'),
    lot('gone', '1.00', '2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z'),
    lot('offer', '2.00', '2026-11-01T00:00:00Z'),
    lot('later', '2.00', '2026-12-03T00:00:00Z'),
  ];
  const taken = ownLotsTakeBack(lots, amount('6'), amount('2.50'), now);
  expect(taken.draws.map((d) => [d.lot.id, d.amount.toFixed(2), d.active])).toEqual([
    ['own', '1.50', true],
    ['offer', '1.00', true],
    ['later', '2.00', false],
  ]);
  expect([taken.drawn, taken.drawnInactive, taken.expired].map((d) => d.toFixed(2))).toEqual(['4.50', '2.00', '1.00']);
  expect(ownLotsTakeBack(lots, amount('1'), amount('9'), now).draws.map((d) => [d.lot.id, d.amount.toFixed(2)])).toEqual([['own', '1.00']]);
});
