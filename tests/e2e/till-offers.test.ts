import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseExplainedDocument,
  type CalculatePurchaseInput,
  CalculatePurchaseWithOffersDocument,
  ConfirmPurchaseWithOffersDocument,
  type CreateOfferInput,
  MemberBalanceDocument,
  PauseOfferDocument,
  RefundPurchaseDocument,
  RegisterOfflinePurchaseWithOffersDocument,
  RequestBonusPaymentWithOffersDocument,
  ResumeOfferDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/** Offers at the till: calculatePurchase evaluates the company's live offers in the same call. */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;
const offerIds: Record<string, string> = {};
/** Just after the first three offers were published. */
let offersLive: Date;

const publish = (content: CreateOfferInput['content']) => publishOffer(env.platform, admin(), content);

beforeAll(async () => {
  till = await seedTerminal(env.platform, admin());
  const { updateProgramRules } = await request(
    url(),
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '5', maxPaymentShare: '0.5', activationDelayDays: 0, lifetimeDays: 365 } },
    { token: admin() },
  );
  expect(updateProgramRules.errors).toEqual([]);
  offerIds.coffee = await publish({
    name: 'Coffee week',
    priority: 10,
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'coffee' }] },
    actions: [{ discount: { base: 'PERCENT', value: '10', rounding: { step: '0.10', of: 'UNIT_PRICE' } } }, { receiptMessage: 'Coffee week: 10 % off' }],
  });
  offerIds.cake = await publish({
    name: 'Double points on cake',
    priority: 5,
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ sku: 'CAKE-1' }], membersOnly: true },
    actions: [{ bonusPoints: { base: 'MULTIPLIER', value: '2' } }, { cashierMessage: 'Tell them: double points on cake' }],
  });
  offerIds.tobacco = await publish({
    name: 'No bonuses for tobacco',
    priority: 1,
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ brand: 'Tobacco Co' }] },
    actions: [{ payment: { maxShare: '0' } }],
  });
  offersLive = new Date();
});

async function memberWithBonuses(bonuses: string) {
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, cardNumber);
  await request(url(), AccrueBonusesDocument, { input: { memberId: member.id, amount: bonuses } }, { token: admin() });
  return { memberId: member.id, cardNumber };
}

const LINES: CalculatePurchaseInput['lines'] = [
  { product: 'ESPRESSO-BEANS', category: 'drinks/coffee', price: '3.99', quantity: '2' },
  { product: 'CAKE-1', category: 'bakery', price: '12.50', quantity: '1' },
  { product: 'CIGARETTES', category: 'tobacco', brand: 'Tobacco Co', price: '8.00', quantity: '1' },
];
/** Now, as a register with this UTC offset (in hours) reads it: `2026-12-05T14:30:00+01:00`. */
function registerNow(offsetHours: number, shiftMs = 0): string {
  const local = new Date(Date.now() + shiftMs + offsetHours * 3600_000).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}
const isoDay = (wallClock: string) => ((new Date(`${wallClock.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

async function calculate(input: Partial<CalculatePurchaseInput> & { cardNumber?: string }) {
  const { calculatePurchase } = await request(
    url(),
    CalculatePurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), lines: LINES, localTime: registerNow(1), ...input } },
    { token: till.token },
  );
  return calculatePurchase;
}

test('the worked receipt: discount rounded per unit, double points, no bonus payment on tobacco, messages, exact to the cent', async () => {
  const member = await memberWithBonuses('100');
  const { purchase, errors } = await calculate({ cardNumber: member.cardNumber, payWithBonuses: '9.75' });
  expect(errors).toEqual([]);
  // Coffee: 3.99 less 10 % is 3.591 a unit, rounded down to 3.50: 0.49 off each, 0.98 on the line.
  // Bonuses pay at most half of coffee (3.50) and cake (6.25), nothing of tobacco: 9.75.
  // Base accrual 5 % of the 17.75 paid in money, 0.88, spread by what each line was paid in money;
  // double points on cake add (2 − 1) × 5 % of its 6.25: 0.31.
  expect(purchase).toMatchObject({
    subtotal: '28.48',
    discount: '0.98',
    total: '27.50',
    maxBonusPayment: '9.75',
    bonusPayment: '9.75',
    cashDue: '17.75',
    accrual: '1.19',
    receiptMessages: ['Coffee week: 10 % off'],
    cashierMessages: ['Tell them: double points on cake'],
    lines: [
      {
        lineNo: 1,
        discount: '0.98',
        total: '7.00',
        bonusPaid: '3.50',
        accrual: '0.17',
        offers: [{ offerId: offerIds.coffee, discount: '0.98', bonus: '0.00' }],
      },
      {
        lineNo: 2,
        discount: '0.00',
        total: '12.50',
        bonusPaid: '6.25',
        accrual: '0.62',
        offers: [{ offerId: offerIds.cake, discount: '0.00', bonus: '0.31' }],
      },
      {
        lineNo: 3,
        brand: 'Tobacco Co',
        discount: '0.00',
        total: '8.00',
        bonusPaid: '0.00',
        accrual: '0.40',
        offers: [{ offerId: offerIds.tobacco, discount: '0.00', bonus: '0.00' }],
      },
    ],
  });
  expect(purchase?.appliedOffers.map((o) => [o.name, o.lineNos, o.discount, o.bonus])).toEqual([
    ['Coffee week', [1], '0.98', '0.00'],
    ['Double points on cake', [2], '0.00', '0.31'],
    ['No bonuses for tobacco', [3], '0.00', '0.00'],
  ]);
  expect(purchase?.offerSnapshotVersion).toBe(3);

  const { confirmPurchase } = await request(
    url(),
    ConfirmPurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase?.id as string } },
    { token: till.token },
  );
  expect(confirmPurchase.purchase).toMatchObject({ state: 'CONFIRMED', accrual: '1.19', bonusPayment: '9.75' });
  const { member: read } = await request(url(), MemberBalanceDocument, { id: member.memberId }, { token: admin() });
  // 100 − 9.75 + 1.19, the accrual active at once (no activation delay).
  expect(read?.balance?.active).toBe('91.44');

  // Returning the cake gives back what paid it and takes back its accrual, the offer's double points included.
  const { refundPurchase } = await request(
    url(),
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase?.id as string, lines: [{ lineNo: 2, quantity: '1' }] } },
    { token: admin() },
  );
  expect(refundPurchase.errors).toEqual([]);
  expect(refundPurchase.purchase?.refunds).toEqual([expect.objectContaining({ bonusReturned: '6.25', accrualTakenBack: '0.62' })]);
  const after = await request(url(), MemberBalanceDocument, { id: member.memberId }, { token: admin() });
  expect(after.member?.balance?.active).toBe('97.07');
});

test('asking for more than the offers let bonuses pay is refused with the cap', async () => {
  const member = await memberWithBonuses('100');
  const { purchase, errors } = await calculate({ cardNumber: member.cardNumber, payWithBonuses: '9.76' });
  expect(purchase).toBeNull();
  expect(errors).toEqual([expect.objectContaining({ code: 'PAYMENT_EXCEEDS_SHARE' })]);
});

test('a receipt without a member gets the discounts that need no membership, and no bonuses', async () => {
  const { purchase } = await calculate({});
  expect(purchase).toMatchObject({ discount: '0.98', accrual: '0.00', cashierMessages: [] });
  expect(purchase?.appliedOffers.map((o) => o.name)).toEqual(['Coffee week', 'No bonuses for tobacco']);
});

test('asked to, the purchase says why each offer that did not apply did not; not asked, it says nothing', async () => {
  const explained = async (input: Partial<CalculatePurchaseInput>) =>
    (
      await request(
        url(),
        CalculatePurchaseExplainedDocument,
        { input: { idempotencyKey: randomUUID(), lines: LINES, localTime: registerNow(1), ...input } },
        { token: till.token },
      )
    ).calculatePurchase.purchase;
  const anonymous = await explained({ explainOffers: true });
  expect(anonymous?.appliedOffers.map((o) => o.name)).toEqual(['Coffee week', 'No bonuses for tobacco']);
  expect(anonymous?.offersNotApplied).toEqual([
    { offerId: offerIds.cake, name: 'Double points on cake', reason: 'MEMBERS_ONLY', detail: expect.any(String), winnerOfferIds: [] },
  ]);
  const coffeeOnly = await explained({ explainOffers: true, lines: LINES.slice(0, 1) });
  expect(coffeeOnly?.offersNotApplied.map((o) => [o.name, o.reason])).toEqual([
    ['Double points on cake', 'MEMBERS_ONLY'],
    ['No bonuses for tobacco', 'NO_QUALIFYING_LINES'],
  ]);
  expect((await explained({}))?.offersNotApplied).toEqual([]);
});

test('days of the week are judged on the register’s clock, which is taken only when it agrees with ours', async () => {
  const inUtc = registerNow(0);
  // Of UTC+14 and UTC−12, one is on another date than UTC at any moment.
  const elsewhere = [registerNow(14), registerNow(-12)].find((clock) => clock.slice(0, 10) !== inUtc.slice(0, 10)) as string;
  const offerId = await publish({
    name: 'Today only',
    event: { kind: 'RECEIPT' },
    filters: { daysOfWeek: [isoDay(inUtc)] },
    actions: [{ receiptMessage: 'Today only' }],
  });
  try {
    const messages = async (localTime: string | null) => (await calculate({ localTime })).purchase?.receiptMessages;
    expect(await messages(inUtc)).toEqual(['Coffee week: 10 % off', 'Today only']);
    expect(await messages(elsewhere)).toEqual(['Coffee week: 10 % off']);
    // A register two days ahead does not time the offers: its offset is kept, its clock is not.
    expect(await messages(registerNow(0, 2 * 24 * 3600_000))).toEqual(['Coffee week: 10 % off', 'Today only']);
    // An offset no time zone has (+50:00 would put the clock two days ahead) is no clock at all.
    expect(await messages(registerNow(50))).toEqual(['Coffee week: 10 % off', 'Today only']);
    // No clock, or one that cannot be read: the company's (UTC here).
    expect(await messages(null)).toEqual(['Coffee week: 10 % off', 'Today only']);
    expect(await messages('Tuesday noon')).toEqual(['Coffee week: 10 % off', 'Today only']);
  } finally {
    await request(url(), PauseOfferDocument, { input: { offerId } }, { token: admin() });
  }
});

test('an offline receipt gets the offers in force when it was sold: their bonuses and messages, not discounts the register could not have given', async () => {
  const member = await memberWithBonuses('1');
  const offline = async (soldAt: Date) =>
    (
      await request(
        url(),
        RegisterOfflinePurchaseWithOffersDocument,
        { input: { idempotencyKey: randomUUID(), cardNumber: member.cardNumber, occurredAt: soldAt.toISOString(), lines: LINES } },
        { token: till.token },
      )
    ).registerOfflinePurchase;
  const justNow = await offline(offersLive);
  expect(justNow.errors).toEqual([]);
  // Nothing off the 28.48 that was paid; 5 % of it is 1.42, and double points on cake add 5 % of 12.50: 0.62.
  expect(justNow.purchase).toMatchObject({ discount: '0.00', total: '28.48', accrual: '2.04', receiptMessages: ['Coffee week: 10 % off'] });
  expect(justNow.purchase?.appliedOffers.map((o) => o.name)).toEqual(['Coffee week', 'Double points on cake']);
  // Sold a day ago, before any offer was published: the program alone.
  const yesterday = await offline(new Date(Date.now() - 24 * 3600_000));
  expect(yesterday.purchase).toMatchObject({ discount: '0.00', accrual: '1.42', offerSnapshotVersion: null, appliedOffers: [] });
});

test('an offer for the member’s first purchase: calculated again after another purchase, the pending one keeps it', async () => {
  const firstOnly = await publish({
    name: 'Welcome: 20 % off your first purchase',
    priority: 20,
    event: { kind: 'RECEIPT' },
    filters: { purchaseOrdinal: 1, productsInclude: [{ sku: 'CAKE-1' }] },
    actions: [{ discount: { base: 'PERCENT', value: '20' } }],
  });
  try {
    const member = await memberWithBonuses('100');
    const { purchase: first } = await calculate({ cardNumber: member.cardNumber });
    expect(first?.lines[1]?.discount).toBe('2.50');
    const { purchase: other } = await calculate({ cardNumber: member.cardNumber });
    await request(
      url(),
      ConfirmPurchaseWithOffersDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: other?.id as string } },
      { token: till.token },
    );
    expect((await calculate({ cardNumber: member.cardNumber })).purchase?.lines[1]?.discount).toBe('0.00');
    const { requestBonusPayment } = await request(
      url(),
      RequestBonusPaymentWithOffersDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: first?.id as string, amount: '1' } },
      { token: till.token },
    );
    expect(requestBonusPayment.purchase?.lines[1]?.discount).toBe('2.50');
  } finally {
    await request(url(), PauseOfferDocument, { input: { offerId: firstOnly } }, { token: admin() });
  }
});

test('a pending purchase is calculated again with the offers it was calculated with; new receipts get the new set', async () => {
  const member = await memberWithBonuses('100');
  const { purchase: pending } = await calculate({ cardNumber: member.cardNumber });
  expect(pending?.discount).toBe('0.98');
  const { pauseOffer } = await request(url(), PauseOfferDocument, { input: { offerId: offerIds.coffee as string } }, { token: admin() });
  expect(pauseOffer.errors).toEqual([]);
  try {
    const { purchase: fresh } = await calculate({ cardNumber: member.cardNumber });
    expect(fresh?.discount).toBe('0.00');
    expect(fresh?.offerSnapshotVersion).toBe((pending?.offerSnapshotVersion as number) + 1);
    const { requestBonusPayment } = await request(
      url(),
      RequestBonusPaymentWithOffersDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: pending?.id as string, amount: '5' } },
      { token: till.token },
    );
    expect(requestBonusPayment.errors).toEqual([]);
    expect(requestBonusPayment.purchase).toMatchObject({ discount: '0.98', bonusPayment: '5.00', offerSnapshotVersion: pending?.offerSnapshotVersion });
  } finally {
    await request(url(), ResumeOfferDocument, { input: { offerId: offerIds.coffee as string } }, { token: admin() });
  }
});
