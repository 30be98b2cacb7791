import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { pushToLedger } from '../support/ledger-events';
import { querySql, registerSignedInMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  type CalculatePurchaseInput,
  CalculatePurchaseWithOffersDocument,
  ConfirmPurchaseWithOffersDocument,
  ImportPersonalOffersDocument,
  MyOffersWithPersonalDocument,
  OptOutDocument,
  type PersonalOfferInput,
  PersonalOffersDocument,
  RequestBonusPaymentWithOffersDocument,
  WithdrawPersonalOffersDocument,
} from './__generated__/operations';

/**
 * Personal offers: imported for members by id or card, applied at the till to that member alone
 * while valid, shown among what the member is offered, replaced by importing the same key again,
 * withdrawn, and gone with the member who opts out.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;
type Member = Awaited<ReturnType<typeof registerSignedInMember>>;
let alice: Member;
let bob: Member;
const cardOf = (member: Member) => member.member.cards[0]?.number as string;

const HOUR = 3600_000;
const TEA = { product: 'TEA', category: 'drinks/tea', price: '10.00', quantity: '1' };
const COFFEE = { product: 'COFFEE', category: 'drinks/coffee', price: '20.00', quantity: '1' };

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  till = await seedTerminal(env.platform, admin());
  [alice, bob] = [await registerSignedInMember(env.platform, env.company), await registerSignedInMember(env.platform, env.company)];
  await Promise.all([waitForLedgerCard(env.platform, cardOf(alice)), waitForLedgerCard(env.platform, cardOf(bob))]);
});

const window = (fromHours: number, toHours: number) => {
  const now = env.platform.clock.now().getTime();
  return { validFrom: new Date(now + fromHours * HOUR).toISOString(), validTo: new Date(now + toHours * HOUR).toISOString() };
};
const importOffers = async (offers: PersonalOfferInput[]) =>
  (await request(url(), ImportPersonalOffersDocument, { input: { offers } }, { token: admin() })).importPersonalOffers;
const calculate = async (input: Partial<CalculatePurchaseInput>) => {
  const { calculatePurchase } = await request(
    url(),
    CalculatePurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), lines: [TEA, COFFEE], ...input } },
    { token: till.token },
  );
  if (!calculatePurchase.purchase) throw new Error(JSON.stringify(calculatePurchase.errors));
  return calculatePurchase.purchase;
};
const offerLines = (purchase: Awaited<ReturnType<typeof calculate>>) =>
  purchase.lines.map((line) => [line.product, line.discount, line.offers.map((offer) => [offer.offerId, offer.discount, offer.bonus])]);

test('a personal offer applies to its member alone while it is valid; the receipt names it', async () => {
  const imported = await importOffers([
    {
      externalId: 'tea-alice',
      memberId: alice.member.id,
      name: 'Your tea: 20 % off',
      products: [{ sku: 'TEA' }],
      benefitKind: 'DISCOUNT_PERCENT',
      benefitValue: '20',
      ...window(-1, 24),
    },
    {
      externalId: 'coffee-bob',
      cardNumber: cardOf(bob),
      name: 'Triple points on coffee',
      products: [{ category: 'coffee' }],
      benefitKind: 'BONUS_MULTIPLIER',
      benefitValue: '3',
      ...window(-1, 24),
    },
    { externalId: 'later-alice', memberId: alice.member.id, name: 'Next week', benefitKind: 'DISCOUNT_AMOUNT', benefitValue: '5', ...window(24 * 7, 24 * 8) },
  ]);
  expect(imported).toEqual({ result: { imported: 3 }, errors: [] });
  const [aliceOffers, bobOffers] = [
    (await request(url(), PersonalOffersDocument, { memberId: alice.member.id }, { token: admin() })).personalOffers,
    (await request(url(), PersonalOffersDocument, { memberId: bob.member.id }, { token: admin() })).personalOffers,
  ];
  const teaId = aliceOffers.find((offer) => offer.externalId === 'tea-alice')?.id as string;
  const coffeeId = bobOffers[0]?.id as string;
  expect(bobOffers[0]).toMatchObject({
    memberId: bob.member.id,
    benefit: { kind: 'BONUS_MULTIPLIER', value: '3' },
    products: [{ sku: null, category: 'coffee', brand: null }],
  });

  const forAlice = await calculate({ cardNumber: cardOf(alice) });
  expect(offerLines(forAlice)).toEqual([
    ['TEA', '2.00', [[teaId, '2.00', '0.00']]],
    ['COFFEE', '0.00', []],
  ]);
  expect(forAlice.appliedOffers).toEqual([
    { offerId: teaId, version: 1, name: 'Your tea: 20 % off', lineNos: [1], discount: '2.00', bonus: '0.00', otherBonuses: [] },
  ]);
  // Bob: no discount on tea; on coffee the program's 5 % (1.00) and twice more (2.00).
  const forBob = await calculate({ cardNumber: cardOf(bob) });
  expect(offerLines(forBob)).toEqual([
    ['TEA', '0.00', []],
    ['COFFEE', '0.00', [[coffeeId, '0.00', '2.00']]],
  ]);
  expect(forBob.accrual).toBe('3.50');
  expect(offerLines(await calculate({}))).toEqual([
    ['TEA', '0.00', []],
    ['COFFEE', '0.00', []],
  ]);

  // Calculated again (paying with bonuses), the purchase keeps its personal offer.
  const again = await request(
    url(),
    RequestBonusPaymentWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: forAlice.id, amount: '0' } },
    { token: till.token },
  );
  expect(again.requestBonusPayment.errors).toEqual([]);
  const confirmed = await request(
    url(),
    ConfirmPurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: forAlice.id } },
    { token: till.token },
  );
  expect(confirmed.confirmPurchase.purchase).toMatchObject({ state: 'CONFIRMED', discount: '2.00' });

  // The member sees theirs among what they are offered: the running one and the coming one.
  const mine = (await request(url(), MyOffersWithPersonalDocument, {}, { token: alice.token })).me?.offers.filter((offer) => offer.personal);
  expect(mine?.map((offer) => [offer.name, offer.active])).toEqual([
    ['Your tea: 20 % off', true],
    ['Next week', false],
  ]);
  expect((await request(url(), MyOffersWithPersonalDocument, {}, { token: bob.token })).me?.offers.filter((o) => o.personal).map((o) => o.offerId)).toEqual([
    coffeeId,
  ]);
});

test('importing a key again replaces its offer; a withdrawn one stops applying; an expired one never did', async () => {
  await importOffers([
    {
      externalId: 'tea-alice',
      memberId: alice.member.id,
      name: 'Your tea: 50 % off',
      products: [{ sku: 'TEA' }],
      benefitKind: 'DISCOUNT_PERCENT',
      benefitValue: '50',
      ...window(-1, 24),
    },
  ]);
  expect((await calculate({ cardNumber: cardOf(alice) })).lines[0]?.discount).toBe('5.00');
  const { withdrawPersonalOffers } = await request(
    url(),
    WithdrawPersonalOffersDocument,
    { input: { externalIds: ['tea-alice', 'no-such-key'] } },
    { token: admin() },
  );
  expect(withdrawPersonalOffers.result).toEqual({ withdrawn: 1 });
  expect((await calculate({ cardNumber: cardOf(alice) })).lines[0]?.discount).toBe('0.00');
  // The import, delivered again after the withdrawal (as a queue does when its push failed), is older: it changes nothing.
  const [late] = await querySql<{ type: string; company_id: string; payload: object; occurred_at: Date }>(
    env.platform,
    `SELECT type, company_id, payload, occurred_at FROM offers.outbox_events
      WHERE type = 'personal_offers.imported' AND payload->'offers'->0->'rule'->>'name' = 'Your tea: 50 % off' ORDER BY id DESC LIMIT 1`,
  );
  const redelivered = {
    eventId: randomUUID(),
    type: late?.type,
    source: 'offers',
    companyId: late?.company_id,
    occurredAt: late?.occurred_at.toISOString(),
    payload: late?.payload,
  };
  expect((await pushToLedger(env.platform, [redelivered])).status).toBe(200);
  expect((await calculate({ cardNumber: cardOf(alice) })).lines[0]?.discount).toBe('0.00');
  const all = (await request(url(), PersonalOffersDocument, { memberId: alice.member.id, includeEnded: true }, { token: admin() })).personalOffers;
  expect(all.find((offer) => offer.externalId === 'tea-alice')).toMatchObject({ withdrawn: true, name: 'Your tea: 50 % off' });
});

test('a member has at most 20 personal offers in force; one already ended is refused', async () => {
  const many = Array.from({ length: 21 }, (_, i) => ({
    externalId: `many-${i}`,
    memberId: alice.member.id,
    name: `Offer ${i}`,
    benefitKind: 'BONUS_PERCENT' as const,
    benefitValue: '1',
    ...window(-1, 24),
  }));
  // Alice has one in force already ('later-alice'): 19 more fit, the 20th new one does not.
  expect((await importOffers(many.slice(0, 19))).errors).toEqual([]);
  expect((await importOffers(many.slice(19))).errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'offers.0.memberId']]);
  const ended = await importOffers([
    { externalId: 'tea-expired', memberId: bob.member.id, name: 'Gone', benefitKind: 'FIXED_PRICE', benefitValue: '1', ...window(-48, -24) },
  ]);
  expect(ended.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_PERIOD', 'offers.0.validTo']]);
  const { withdrawPersonalOffers } = await request(
    url(),
    WithdrawPersonalOffersDocument,
    { input: { externalIds: many.map((o) => o.externalId) } },
    { token: admin() },
  );
  expect(withdrawPersonalOffers.result).toEqual({ withdrawn: 19 });
});

test('a bad import is refused with every problem at its row and stores nothing', async () => {
  const { errors } = await importOffers([
    { externalId: 'ok', memberId: alice.member.id, name: 'Fine', benefitKind: 'DISCOUNT_PERCENT', benefitValue: '10', ...window(0, 1) },
    { externalId: 'ok', memberId: randomUUID(), name: '', benefitKind: 'DISCOUNT_PERCENT', benefitValue: '120', ...window(1, 0) },
    {
      externalId: 'both',
      memberId: alice.member.id,
      cardNumber: cardOf(alice),
      name: 'Both',
      benefitKind: 'DISCOUNT_AMOUNT',
      benefitValue: '-1',
      ...window(0, 1),
    },
    { externalId: 'card', cardNumber: '0000', name: 'Nobody', benefitKind: 'BONUS_PERCENT', benefitValue: '5', ...window(0, 1) },
    { externalId: 'empty', memberId: alice.member.id, name: 'No products', products: [], benefitKind: 'BONUS_PERCENT', benefitValue: '5', ...window(0, 1) },
  ]);
  expect(errors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID_INPUT', 'offers.1.externalId'],
    ['MEMBER_NOT_FOUND', 'offers.1.memberId'],
    ['INVALID_PERIOD', 'offers.1.validTo'],
    ['INVALID_INPUT', 'offers.1.name'],
    ['INVALID_PERCENT', 'offers.1.benefit.value'],
    ['INVALID_INPUT', 'offers.2.memberId'],
    ['INVALID_AMOUNT', 'offers.2.benefit.value'],
    ['MEMBER_NOT_FOUND', 'offers.3.cardNumber'],
    ['INVALID_INPUT', 'offers.4.products'],
  ]);
  const { withdrawPersonalOffers } = await request(url(), WithdrawPersonalOffersDocument, { input: { externalIds: [] } }, { token: admin() });
  expect(withdrawPersonalOffers.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'externalIds']]);
  expect(await querySql(env.platform, `SELECT 1 FROM offers.personal_offers WHERE external_id IN ('ok', 'both', 'card')`)).toEqual([]);
});

test('opting out leaves no personal offer of the member in either subgraph', async () => {
  await importOffers([{ externalId: 'bye-bob', memberId: bob.member.id, name: 'Bye', benefitKind: 'DISCOUNT_PERCENT', benefitValue: '10', ...window(-1, 24) }]);
  const { optOut } = await request(url(), OptOutDocument, { input: { memberId: bob.member.id, reason: 'leaving' } }, { token: admin() });
  expect(optOut.errors).toEqual([]);
  await waitForLedger(env.platform, bob.member.id, 'DELETED');
  const left = async () =>
    (
      await querySql(
        env.platform,
        'SELECT 1 FROM offers.personal_offers WHERE member_id = $1 UNION ALL SELECT 1 FROM ledger.personal_offers WHERE member_id = $1',
        [bob.member.id],
      )
    ).length;
  await eventually(async () => ((await left()) === 0 ? true : undefined), 'both subgraphs forgot the personal offer');
});
