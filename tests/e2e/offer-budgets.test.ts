import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, registerSignedInMember, type SeededTerminal, seedTerminal, seedTerminalAt, waitForLedgerCard } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  type CalculatePurchaseInput,
  CalculatePurchaseWithOffersDocument,
  CancelPurchaseDocument,
  ConfirmPurchaseWithOffersDocument,
  CreateCurrencyDocument,
  CreateOfferDocument,
  type CreateOfferInput,
  MemberBalanceDocument,
  OfferDocument,
  PublishOfferDocument,
  RegisterOfflinePurchaseWithOffersDocument,
  ReviseOfferDocument,
  UpdateOfferDocument,
} from './__generated__/operations';

/**
 * Offers' budgets: what an offer may give away (discounts plus bonuses at their money value), held
 * at calculation, spent at confirmation, free again when a purchase is cancelled or lapses; never
 * exceeded by racing tills; per member within a period; all or nothing for a reward.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let tills: SeededTerminal[];

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  const first = await seedTerminal(env.platform, admin());
  tills = [first, await seedTerminalAt(env.platform, admin(), first.pointOfSaleId), await seedTerminalAt(env.platform, admin(), first.pointOfSaleId)];
});

const till = (index: number) => tills[index] as SeededTerminal;
const cake = (category: string) => ({ product: `CAKE-${category}`, category, price: '20.00', quantity: '1' });

/** 5.00 off each receipt with a cake of the category, within the budget. */
const fiveOff = (category: string, budget: NonNullable<CreateOfferInput['content']['budget']>) =>
  publishOffer(env.platform, admin(), {
    name: `5 off ${category}`,
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category }] },
    actions: [{ discount: { base: 'AMOUNT', value: '5', scope: 'RECEIPT' } }],
    budget,
  });

const calculate = (at: SeededTerminal, input: Partial<CalculatePurchaseInput>) =>
  request(url(), CalculatePurchaseWithOffersDocument, { input: { idempotencyKey: randomUUID(), lines: [], ...input } }, { token: at.token }).then((answer) => {
    if (!answer.calculatePurchase.purchase) throw new Error(JSON.stringify(answer.calculatePurchase.errors));
    return answer.calculatePurchase.purchase;
  });
const confirm = (at: SeededTerminal, purchaseId: string) =>
  request(url(), ConfirmPurchaseWithOffersDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: at.token }).then((answer) => {
    if (!answer.confirmPurchase.purchase) throw new Error(JSON.stringify(answer.confirmPurchase.errors));
    return answer.confirmPurchase.purchase;
  });
const buy = async (at: SeededTerminal, input: Partial<CalculatePurchaseInput>) => confirm(at, (await calculate(at, input)).id);
const cancel = (at: SeededTerminal, purchaseId: string) =>
  request(url(), CancelPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: at.token });
const spentOf = async (offerId: string) => (await request(url(), OfferDocument, { id: offerId }, { token: admin() })).offer?.budget?.spent;
const spentReported = (offerId: string, amount: string) =>
  eventually(async () => ((await spentOf(offerId)) === amount ? true : undefined), `the offers subgraph told ${amount} was spent`);

test('a total caps the discounts across receipts; the last one gets what is left; the offers subgraph shows it spent', async () => {
  const offerId = await fiveOff('budget-total', { total: '12' });
  const discounts = [];
  for (let i = 0; i < 4; i += 1) discounts.push((await buy(till(0), { lines: [cake('budget-total')] })).discount);
  expect(discounts).toEqual(['5.00', '5.00', '2.00', '0.00']);
  await spentReported(offerId, '12.00');

  // A revision may not set the total below what was spent; it may raise it, and the till gives the difference.
  const { reviseOffer } = await request(url(), ReviseOfferDocument, { input: { offerId } }, { token: admin() });
  const revisionId = reviseOffer.offer?.id as string;
  const content = { name: '5 off, more budget', event: { kind: 'RECEIPT' as const }, filters: { productsInclude: [{ category: 'budget-total' }] } };
  const actions = [{ discount: { base: 'AMOUNT' as const, value: '5', scope: 'RECEIPT' as const } }];
  const low = await request(
    url(),
    UpdateOfferDocument,
    { input: { offerId: revisionId, content: { ...content, actions, budget: { total: '11.99' } } } },
    { token: admin() },
  );
  expect(low.updateOffer.errors.map((e) => [e.code, e.field])).toEqual([['BUDGET_BELOW_SPENT', 'budget.total']]);
  expect((await request(url(), OfferDocument, { id: revisionId }, { token: admin() })).offer?.budget?.total).toBe('12.00');
  const raised = await request(
    url(),
    UpdateOfferDocument,
    { input: { offerId: revisionId, content: { ...content, actions, budget: { total: '20' } } } },
    { token: admin() },
  );
  expect(raised.updateOffer.offer?.budget).toEqual({ total: '20.00', perMember: null, periodDays: null, spent: '12.00' });
  expect((await request(url(), PublishOfferDocument, { input: { offerId: revisionId } }, { token: admin() })).publishOffer.errors).toEqual([]);
  const more = [];
  for (let i = 0; i < 3; i += 1) more.push((await buy(till(1), { lines: [cake('budget-total')] })).discount);
  expect(more).toEqual(['5.00', '3.00', '0.00']);
  await spentReported(offerId, '20.00');
});

test('racing tills never give more than the budget, and all of it is given in the end', async () => {
  const offerId = await fiveOff('budget-race', { total: '30' });
  const raced = await Promise.all(Array.from({ length: 12 }, (_, i) => calculate(till(i % 3), { lines: [cake('budget-race')] })));
  const held = raced.reduce((sum, purchase) => sum + Number(purchase.discount), 0);
  expect(held).toBeLessThanOrEqual(30);
  for (const purchase of raced) expect(Number(purchase.discount)).toBeLessThanOrEqual(5);
  await Promise.all(raced.map((purchase, i) => confirm(till(i % 3), purchase.id)));
  // What racing left in other slots is gathered by the next receipts, up to the last cent.
  let given = held;
  for (let i = 0; i < 12; i += 1) {
    const { discount } = await buy(till(i % 3), { lines: [cake('budget-race')] });
    given += Number(discount);
    if (discount === '0.00') break;
  }
  expect(given.toFixed(2)).toBe('30.00');
  const [kept] = await querySql<{ spent: string; granted: string; total: string }>(
    env.platform,
    `SELECT (SELECT sum(spent) FROM ledger.offer_budget_slots WHERE offer_id = $1)::text AS spent, granted::text, total::text
       FROM ledger.offer_budgets WHERE offer_id = $1`,
    [offerId],
  );
  expect(kept).toEqual({ spent: '30.00', granted: '30.00', total: '30.00' });
  await spentReported(offerId, '30.00');
});

test('a cancelled purchase gives back what it held, and so does one that lapsed', async () => {
  await fiveOff('budget-hold', { total: '5' });
  const lines = [cake('budget-hold')];
  const first = await calculate(till(0), { lines });
  expect(first.discount).toBe('5.00');
  expect((await calculate(till(1), { lines })).discount).toBe('0.00');
  await cancel(till(0), first.id);
  const second = await calculate(till(1), { lines });
  expect(second.discount).toBe('5.00');
  env.platform.clock.advance(16 * 60_000);
  expect((await calculate(till(2), { lines })).discount).toBe('5.00');
});

test('a budget per member counts that member’s receipts within its period; a receipt without a member gets nothing of it', async () => {
  await fiveOff('budget-member', { perMember: '6', periodDays: 30 });
  const [one, two] = [await registerSignedInMember(env.platform, env.company), await registerSignedInMember(env.platform, env.company)];
  const [cardOne, cardTwo] = [one.member.cards[0]?.number as string, two.member.cards[0]?.number as string];
  await Promise.all([waitForLedgerCard(env.platform, cardOne), waitForLedgerCard(env.platform, cardTwo)]);
  const lines = [cake('budget-member')];
  const ones = [];
  for (let i = 0; i < 3; i += 1) ones.push((await buy(till(0), { cardNumber: cardOne, lines })).discount);
  expect(ones).toEqual(['5.00', '1.00', '0.00']);
  expect((await buy(till(1), { cardNumber: cardTwo, lines })).discount).toBe('5.00');
  expect((await buy(till(1), { lines })).discount).toBe('0.00');
  env.platform.clock.advance(31 * 24 * 3600_000);
  expect((await buy(till(2), { cardNumber: cardOne, lines })).discount).toBe('5.00');
});

test('bonuses are drawn from the budget at their money value', async () => {
  const offerId = await publishOffer(env.platform, admin(), {
    name: '4 extra points on a cake',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'budget-bonus' }] },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '4' } }],
    budget: { total: '6' },
  });
  const { member } = await registerSignedInMember(env.platform, env.company);
  const card = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, card);
  const bonuses = [];
  for (let i = 0; i < 3; i += 1) {
    const purchase = await buy(till(0), { cardNumber: card, lines: [cake('budget-bonus')] });
    bonuses.push([purchase.appliedOffers.find((o) => o.offerId === offerId)?.bonus ?? null, purchase.accrual]);
  }
  // The program's 5 % of 20.00 is 1.00; the offer's 4 points, then the 2 its budget has left, then none.
  expect(bonuses).toEqual([
    ['4.00', '5.00'],
    ['2.00', '3.00'],
    [null, '1.00'],
  ]);
  await spentReported(offerId, '6.00');
});

test('an offline receipt sold before a revision set the budget is still held to it', async () => {
  const content = {
    name: '5 points per cake, offline too',
    event: { kind: 'RECEIPT' as const },
    filters: { productsInclude: [{ category: 'budget-offline' }] },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT' as const, value: '5' } }],
  };
  const offerId = await publishOffer(env.platform, admin(), content);
  const soldAt = new Date(env.platform.clock.now().getTime() + 30 * 60_000).toISOString();
  env.platform.clock.advance(60 * 60_000);
  const { reviseOffer } = await request(url(), ReviseOfferDocument, { input: { offerId } }, { token: admin() });
  const revisionId = reviseOffer.offer?.id as string;
  await request(url(), UpdateOfferDocument, { input: { offerId: revisionId, content: { ...content, budget: { total: '5' } } } }, { token: admin() });
  expect((await request(url(), PublishOfferDocument, { input: { offerId: revisionId } }, { token: admin() })).publishOffer.errors).toEqual([]);
  const { member } = await registerSignedInMember(env.platform, env.company);
  const card = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, card);
  const offline = async () => {
    const { registerOfflinePurchase } = await request(
      url(),
      RegisterOfflinePurchaseWithOffersDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: card, occurredAt: soldAt, lines: [cake('budget-offline')] } },
      { token: till(0).token },
    );
    if (!registerOfflinePurchase.purchase) throw new Error(JSON.stringify(registerOfflinePurchase.errors));
    return registerOfflinePurchase.purchase.appliedOffers.find((o) => o.offerId === offerId)?.bonus ?? null;
  };
  expect([await offline(), await offline()]).toEqual(['5.00', null]);
  // The version with the budget shows what the offer spent.
  await spentReported(revisionId, '5.00');
});

test('a reward is given whole or not at all: the budget pays the first welcome, not the second', async () => {
  const offerId = await publishOffer(env.platform, admin(), {
    name: 'Welcome, while the budget lasts',
    event: { kind: 'MEMBER_REGISTERED' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '100' } }],
    budget: { total: '150' },
  });
  const balanceOf = async (memberId: string) =>
    (await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() })).member?.balance?.totalAccrued;
  const first = (await registerMember(env.platform, admin())).member;
  await eventually(async () => ((await balanceOf(first.id)) === '100.00' ? true : undefined), 'the first welcome accrued');
  const second = (await registerMember(env.platform, admin())).member;
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM ledger.offer_rewards WHERE member_id = $1', [second.id])).length > 0 ? true : undefined),
    'the second registration judged',
  );
  expect(await balanceOf(second.id)).toBe('0.00');
  await spentReported(offerId, '100.00');
});

test('a budget without a total or a limit, or with bad figures, is refused with each problem and nothing is stored', async () => {
  const refused = async (budget: NonNullable<CreateOfferInput['content']['budget']>) => {
    const { createOffer } = await request(
      url(),
      CreateOfferDocument,
      { input: { content: { name: 'Bad budget', event: { kind: 'RECEIPT' }, actions: [{ receiptMessage: 'Hi' }], budget } } },
      { token: admin() },
    );
    expect(createOffer.offer).toBeNull();
    return createOffer.errors.map((e) => [e.code, e.field]);
  };
  expect(await refused({})).toEqual([['INVALID_INPUT', 'budget']]);
  expect(await refused({ total: '0', perMember: '1.001' })).toEqual([
    ['INVALID_AMOUNT', 'budget.total'],
    ['INVALID_AMOUNT', 'budget.perMember'],
  ]);
  expect(await refused({ total: '10', periodDays: 7 })).toEqual([['INVALID_INPUT', 'budget.periodDays']]);
  expect(await refused({ perMember: '10', periodDays: 0 })).toEqual([['INVALID_INPUT', 'budget.periodDays']]);
  expect(await querySql(env.platform, `SELECT 1 FROM offers.offers WHERE name = 'Bad budget'`)).toEqual([]);
});

test('an event’s reward worth more than its budget’s limit could never be given, so the offer is refused', async () => {
  const { createCurrency } = await request(url(), CreateCurrencyDocument, { input: { code: 'MILES', name: 'Miles', exchangeRate: '2' } }, { token: admin() });
  expect(createCurrency.errors).toEqual([]);
  const refused = async (rewards: Array<{ value: string; currency?: string }>, budget: NonNullable<CreateOfferInput['content']['budget']>) => {
    const actions = rewards.map((reward) => ({ bonusPoints: { base: 'FIXED_PER_RECEIPT' as const, ...reward } }));
    const { createOffer } = await request(
      url(),
      CreateOfferDocument,
      { input: { content: { name: 'Too big', event: { kind: 'APP_INSTALLED' }, actions, budget } } },
      { token: admin() },
    );
    return createOffer.errors.map((e) => [e.code, e.field, e.message]);
  };
  expect(await refused([{ value: '100' }], { perMember: '99.99' })).toEqual([
    ['INVALID_AMOUNT', 'budget.perMember', 'budget.perMember: a reward of 100 BONUS is worth 100.00, more than 99.99: it could never be given'],
  ]);
  // 30 miles are worth 60.00.
  expect((await refused([{ value: '30', currency: 'MILES' }], { total: '59.99' })).map(([code, field]) => [code, field])).toEqual([
    ['INVALID_AMOUNT', 'budget.total'],
  ]);
  expect(await refused([{ value: '30', currency: 'MILES' }], { total: '60' })).toEqual([]);
  // Each fits alone; an occurrence gives both: 40.00 and 20.00.
  expect(await refused([{ value: '40' }, { value: '10', currency: 'MILES' }], { perMember: '50' })).toEqual([
    ['INVALID_AMOUNT', 'budget.perMember', 'budget.perMember: a reward of 40 BONUS and 10 MILES is worth 60.00, more than 50: it could never be given'],
  ]);
});
