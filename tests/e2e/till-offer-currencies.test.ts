import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import { buyAtTill, useRoundTillRules } from '../support/till';
import {
  CalculatePurchaseWithOffersDocument,
  CalculateRefundDocument,
  CancelRefundDocument,
  ConfirmPurchaseDocument,
  CreateCurrencyDocument,
  CreateOfferDocument,
  MemberBalanceDocument,
  RefundPurchaseDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/**
 * A receipt offer's bonuses in another bonus currency than the receipt's: shown at the till line by
 * line, accrued at confirmation in the member's account of that currency (with the offer's own
 * lifetime, or that currency's rules), taken back by returns line by line; a currency the company
 * does not have is refused when the offer is written.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  const { createCurrency } = await request(
    url(),
    CreateCurrencyDocument,
    { input: { code: 'MILES', name: 'Air miles', exchangeRate: '2' } },
    { token: admin() },
  );
  expect(createCurrency.errors).toEqual([]);
  // 10 % of what coffee was paid in money, as miles; 6 miles a receipt that last a week.
  await publishOffer(env.platform, admin(), {
    name: 'Miles on coffee',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'coffee' }], membersOnly: true },
    actions: [{ bonusPoints: { base: 'PERCENT', value: '10', currency: 'MILES' } }],
  });
  await publishOffer(env.platform, admin(), {
    name: 'Weekly miles',
    event: { kind: 'RECEIPT' },
    filters: { membersOnly: true },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '6', currency: 'MILES', lifetimeDays: 7 } }],
  });
  till = await seedTerminal(env.platform, admin());
});

const balanceOf = async (memberId: string, currency?: string) =>
  (await request(url(), MemberBalanceDocument, { id: memberId, currency }, { token: admin() })).member?.balance;
const lines = [
  { product: 'ESPRESSO', category: 'drinks/coffee', price: '20.00', quantity: '2' },
  { product: 'BREAD', category: 'bakery', price: '10.00', quantity: '1' },
];

test('the till shows miles beside the accrual, confirmation accrues them, returns take them back line by line', async () => {
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  const { calculatePurchase } = await request(
    url(),
    CalculatePurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines } },
    { token: till.token },
  );
  const purchase = calculatePurchase.purchase;
  expect(calculatePurchase.errors).toEqual([]);
  // The receipt's own currency: 5 % of 50.00. Miles: 10 % of the 40.00 of coffee is 4.00 bonuses,
  // worth 4.00: 2.00 miles at 2.00 each; and 6 spread by what each line paid (4.80 / 1.20).
  expect(purchase?.accrual).toBe('2.50');
  expect(purchase?.bonusesInOtherCurrencies).toEqual([{ currency: 'MILES', amount: '8.00' }]);
  // Same priority: ranked by id; read by name.
  const applied = [...(purchase?.appliedOffers ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  expect(applied.map((o) => [o.name, o.bonus, o.otherBonuses])).toEqual([
    ['Miles on coffee', '0.00', [{ currency: 'MILES', amount: '2.00' }]],
    ['Weekly miles', '0.00', [{ currency: 'MILES', amount: '6.00' }]],
  ]);
  expect(purchase?.lines.map((line) => line.offers.flatMap((o) => o.otherBonuses.map((b) => `${b.currency} ${b.amount}`)).sort())).toEqual([
    ['MILES 2.00', 'MILES 4.80'],
    ['MILES 1.20'],
  ]);

  const { confirmPurchase } = await request(
    url(),
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase?.id as string } },
    { token: till.token },
  );
  expect(confirmPurchase.errors).toEqual([]);
  expect(await balanceOf(member.id, 'MILES')).toMatchObject({ active: '8.00', totalAccrued: '8.00' });
  expect(await balanceOf(member.id)).toMatchObject({ active: '2.50' });
  // Two lots of miles: one on the currency's rules (no expiry), the week-long one.
  const lots = await querySql<{ amount: string; days: number | null }>(
    env.platform,
    `SELECT l.amount::text, round(extract(epoch FROM l.expires_at - l.effective_at) / 86400)::int AS days
       FROM ledger.lots l JOIN ledger.accounts a ON a.id = l.account_id JOIN ledger.currencies c ON c.id = a.currency_id
      WHERE a.member_id = $1 AND c.code = 'MILES' ORDER BY l.amount`,
    [member.id],
  );
  expect(lots).toEqual([
    { amount: '2.00', days: null },
    { amount: '6.00', days: 7 },
  ]);

  const refund = (returned: Array<{ lineNo: number; quantity: string }> | null) =>
    request(
      url(),
      RefundPurchaseDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: purchase?.id as string, lines: returned } },
      { token: admin() },
    );
  // One coffee back: half the coffee line's miles (1.00 + 2.40) and half its accrual (1.00 of its 2.00).
  const half = (await refund([{ lineNo: 1, quantity: '1' }])).refundPurchase;
  expect(half.errors).toEqual([]);
  expect(half.refund).toMatchObject({
    accrualTakenBack: '1.00',
    otherCurrencies: [{ currency: 'MILES', accrualTakenBack: '3.40', accrualForgiven: '0.00', accrualOwed: '0.00' }],
  });
  expect(await balanceOf(member.id, 'MILES')).toMatchObject({ active: '4.60' });
  expect(await balanceOf(member.id)).toMatchObject({ active: '1.50' });
  // The rest: every mile and bonus it gave, to the cent.
  expect((await refund(null)).refundPurchase.errors).toEqual([]);
  expect(await balanceOf(member.id, 'MILES')).toMatchObject({ active: '0.00', totalAccrued: '0.00' });
  expect(await balanceOf(member.id)).toMatchObject({ active: '0.00' });
});

test('an offer naming a bonus currency the company does not have is refused, whatever gives or takes it', async () => {
  const create = (content: Parameters<typeof publishOffer>[2]) => request(url(), CreateOfferDocument, { input: { content } }, { token: admin() });
  const stars = await create({ name: 'Stars', event: { kind: 'RECEIPT' }, actions: [{ bonusPoints: { base: 'PERCENT', value: '5', currency: 'STARS' } }] });
  expect(stars.createOffer.errors.map((e) => [e.code, e.field])).toEqual([['CURRENCY_NOT_FOUND', 'actions.0.bonusPoints.currency']]);
  const penalty = await create({ name: 'Penalty', event: { kind: 'SOCIAL_GROUP_LEFT' }, actions: [{ bonusDeduction: { value: '5', currency: 'NOPE' } }] });
  expect(penalty.createOffer.errors.map((e) => [e.code, e.field])).toEqual([['CURRENCY_NOT_FOUND', 'actions.0.bonusDeduction.currency']]);
  const filtered = await create({ name: 'Filtered', event: { kind: 'RECEIPT' }, filters: { currency: 'NOPE' }, actions: [{ receiptMessage: 'Hi' }] });
  expect(filtered.createOffer.errors.map((e) => [e.code, e.field])).toEqual([['CURRENCY_NOT_FOUND', 'filters.currency']]);
  // The company's own currencies are known: the one made for it, and its default one.
  const fine = await create({
    name: 'Fine',
    event: { kind: 'RECEIPT' },
    actions: [{ bonusPoints: { base: 'PERCENT', value: '5', currency: 'BONUS' } }, { bonusPoints: { base: 'PERCENT', value: '1', currency: 'MILES' } }],
  });
  expect(fine.createOffer.errors).toEqual([]);
});

test('a return pending at a till holds the miles it will take back: they cannot be spent until it is cancelled', async () => {
  // Miles may pay half a receipt in miles.
  await request(url(), UpdateProgramRulesDocument, { input: { currency: 'MILES', maxPaymentShare: '0.5' } }, { token: admin() });
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  const purchase = await buyAtTill(env.platform, till, { cardNumber, lines });
  expect(await balanceOf(member.id, 'MILES')).toMatchObject({ active: '8.00' });
  const payInMiles = (payWithBonuses: string) =>
    request(
      url(),
      CalculatePurchaseWithOffersDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber, currency: 'MILES', payWithBonuses, lines: [{ product: 'TEA', price: '40.00', quantity: '1' }] } },
      { token: till.token },
    );
  const { calculateRefund } = await request(
    url(),
    CalculateRefundDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, lines: null } },
    { token: till.token },
  );
  expect(calculateRefund.refund?.otherCurrencies).toEqual([{ currency: 'MILES', accrualTakenBack: '8.00', hold: '8.00' }]);
  expect((await payInMiles('5')).calculatePurchase.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  const { cancelRefund } = await request(
    url(),
    CancelRefundDocument,
    { input: { idempotencyKey: randomUUID(), refundId: calculateRefund.refund?.id as string } },
    { token: till.token },
  );
  expect(cancelRefund.errors).toEqual([]);
  expect((await payInMiles('5')).calculatePurchase.errors).toEqual([]);
});
