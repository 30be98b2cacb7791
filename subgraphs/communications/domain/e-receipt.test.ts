import { renderEReceipt, twoPlaces } from './e-receipt';

test('amounts show two places at least, exactly as the ledger gave them', () => {
  expect(['80', '4.5', '0.125', '-3', '12.30'].map(twoPlaces)).toEqual(['80.00', '4.50', '0.125', '-3.00', '12.30']);
});

test('a receipt lists the lines and only the totals that apply, in the member’s time zone, HTML escaped', () => {
  const receipt = {
    purchaseId: 'p-1',
    occurredAt: '2026-11-26T23:30:00.000Z',
    lines: [{ product: 'Tea & <cakes>', quantity: '2', price: '3.5', total: '7' }],
    subtotal: '7',
    discount: '0',
    total: '7',
    bonusPayment: '2',
    cashDue: '5',
    accrual: '0.35',
  };
  const { when, total, text, html } = renderEReceipt(receipt, { timeZone: 'Europe/Berlin', currency: 'EUR', shop: 'Demo' });
  expect([when, total]).toEqual(['2026-11-27 00:30', '7.00 EUR']);
  expect(text.split('\n')).toEqual([
    'Demo: receipt p-1',
    '2026-11-27 00:30',
    '',
    'Tea & <cakes>  2 x 3.50 = 7.00',
    '',
    'Subtotal: 7.00 EUR',
    'Total: 7.00 EUR',
    'Paid with bonus points: 2.00',
    'Paid: 5.00 EUR',
    'Bonus points earned: 0.35',
  ]);
  expect(html).toContain('<td>Tea &#38; &#60;cakes&#62;</td>');
  expect(html).not.toContain('Discount');
});
