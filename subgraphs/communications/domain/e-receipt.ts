import { escapeHtml } from './template-text';

/**
 * The electronic receipt a member who consented to it gets by email instead of a paper one (seed
 * 001): what the ledger's purchase.confirmed event says was bought, in plain text and in HTML.
 */
export interface ReceiptLine {
  product: string;
  quantity: string;
  price: string;
  total: string;
  discount?: string;
  bonusPaid?: string;
  accrual?: string;
}

export interface EReceipt {
  purchaseId: string;
  occurredAt: string;
  lines: ReceiptLine[];
  subtotal: string;
  discount: string;
  total: string;
  bonusPayment: string;
  cashDue: string;
  accrual: string;
}

const isZero = (amount: string | undefined) => !amount || /^-?0*(\.0*)?$/.test(amount);

/** An exact decimal from the ledger with at least two places (80 → 80.00, 4.5 → 4.50); never through a float. */
export function twoPlaces(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** When the sale was, in the member's time zone: 26.11.2026 14:05 style, unambiguous in any language. */
function saleTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The receipt's parts a template puts where it wants them: the sale's local time, the total, the body as text and as an HTML table. */
export function renderEReceipt(receipt: EReceipt, options: { timeZone: string; currency: string; shop: string }) {
  const when = saleTime(receipt.occurredAt, options.timeZone);
  const money = (amount: string) => `${twoPlaces(amount)} ${options.currency}`;
  const totals: [string, string][] = [
    ['Subtotal', money(receipt.subtotal)],
    ...(isZero(receipt.discount) ? [] : ([['Discount', `-${money(receipt.discount)}`]] as [string, string][])),
    ['Total', money(receipt.total)],
    ...(isZero(receipt.bonusPayment) ? [] : ([['Paid with bonus points', twoPlaces(receipt.bonusPayment)]] as [string, string][])),
    ['Paid', money(receipt.cashDue)],
    ['Bonus points earned', twoPlaces(receipt.accrual)],
  ];
  const text = [
    `${options.shop}: receipt ${receipt.purchaseId}`,
    when,
    '',
    ...receipt.lines.map((line) => `${line.product}  ${line.quantity} x ${twoPlaces(line.price)} = ${twoPlaces(line.total)}`),
    '',
    ...totals.map(([label, value]) => `${label}: ${value}`),
  ].join('\n');
  const row = (cells: string[], tag = 'td') => `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
  const html = [
    '<!doctype html><html><body>',
    `<h1>${escapeHtml(options.shop)}</h1>`,
    `<p>Receipt ${escapeHtml(receipt.purchaseId)}<br>${escapeHtml(when)}</p>`,
    '<table>',
    row(['Product', 'Quantity', 'Price', 'Total'], 'th'),
    ...receipt.lines.map((line) => row([line.product, line.quantity, twoPlaces(line.price), twoPlaces(line.total)])),
    '</table>',
    '<table>',
    ...totals.map(([label, value]) => row([label, value])),
    '</table>',
    '</body></html>',
  ].join('\n');
  return { when, total: money(receipt.total), text, html };
}
