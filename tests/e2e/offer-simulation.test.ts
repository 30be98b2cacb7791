import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import { buyAtTill, useRoundTillRules } from '../support/till';
import {
  CreateOfferDocument,
  type CreateOfferInput,
  CreateProductListDocument,
  PublishOfferDocument,
  ReviseOfferDocument,
  SimulateOfferDocument,
  type SimulateOfferInput,
  UpdateOfferDocument,
} from './__generated__/operations';

/**
 * The simulation: a draft offer run over the copy of past confirmed receipts with the till's engine,
 * beside the live offers, answers its own cost, the net change, and where it falls.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let [main, station]: SeededTerminal[] = [];
let live: string;

async function createOffer(content: CreateOfferInput['content']): Promise<string> {
  const { createOffer } = await request(url(), CreateOfferDocument, { input: { content } }, { token: admin() });
  if (!createOffer.offer) throw new Error(JSON.stringify(createOffer.errors));
  return createOffer.offer.id;
}

const coffee = (price: string, quantity = '1') => ({ product: 'COFFEE', category: 'drinks/coffee', price, quantity });
const bread = { product: 'BREAD', category: 'bakery/bread', price: '5.00', quantity: '1' };

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  [main, station] = [await seedTerminal(env.platform, admin()), await seedTerminal(env.platform, admin())] as SeededTerminal[];
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  // Live already: 5 % off coffee, combinable.
  live = await createOffer({
    name: 'Coffee 5 %',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'coffee' }] },
    actions: [{ discount: { base: 'PERCENT', value: '5' } }],
  });
  await request(url(), PublishOfferDocument, { input: { offerId: live } }, { token: admin() });
  const purchases = [
    await buyAtTill(env.platform, main as SeededTerminal, { cardNumber, lines: [coffee('10.00', '2'), bread] }),
    await buyAtTill(env.platform, station as SeededTerminal, { lines: [coffee('10.00')] }),
    await buyAtTill(env.platform, main as SeededTerminal, { cardNumber, lines: [bread] }),
  ];
  await eventually(async () => {
    const copied = await querySql(env.platform, 'SELECT 1 FROM offers.receipts WHERE purchase_id = ANY($1)', [purchases.map((p) => p.id)]);
    return copied.length === purchases.length ? true : undefined;
  }, 'the receipts copied');
});

const simulate = (input: SimulateOfferInput) => request(url(), SimulateOfferDocument, { input }, { token: admin() }).then((answer) => answer.simulateOffer);

test('an exclusive 10 % on coffee for members: its own discount, the net change beside the live 5 %, per point of sale', async () => {
  const draft = await createOffer({
    name: 'Members’ coffee 10 %',
    startsAt: '2099-01-01T00:00',
    stacking: 'EXCLUSIVE',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'coffee' }], membersOnly: true },
    actions: [{ discount: { base: 'PERCENT', value: '10' } }],
  });
  const { simulation, errors } = await simulate({ offerId: draft, days: 7 });
  expect(errors).toEqual([]);
  // Its period (from 2099) is left open: what it would have done had it run then.
  expect(simulation).toMatchObject({
    days: 7,
    receiptsEvaluated: 3,
    receiptsTouched: 1,
    membersTouched: 1,
    // 10 % of the member's 20.00 of coffee; it takes the line from the live 5 % (1.00), so 1.00 more in all.
    discount: '2.00',
    netDiscount: '1.00',
    bonuses: '0.00',
    // The member's coffee comes to 18.00 instead of 19.00: the program's 5 % accrues 0.05 less.
    netBonuses: '-0.05',
    truncated: false,
    pointsOfSale: [{ pointOfSaleId: main?.pointOfSaleId, receiptsTouched: 1, discount: '2.00', bonuses: '0.00' }],
  });
});

test('unsaved content: double points on coffee, anonymous receipts accruing nothing', async () => {
  const { simulation, errors } = await simulate({
    content: {
      name: 'Double coffee',
      event: { kind: 'RECEIPT' },
      filters: { productsInclude: [{ category: 'coffee' }] },
      actions: [{ bonusPoints: { base: 'MULTIPLIER', value: '2' } }],
    },
  });
  expect(errors).toEqual([]);
  // Both coffee receipts qualify; the member's line (19.00 after the live 5 %) earns 5 % more: 0.95. The anonymous one nothing.
  expect(simulation).toMatchObject({ days: 30, receiptsTouched: 2, membersTouched: 1, discount: '0.00', bonuses: '0.95', netBonuses: '0.95' });
  expect(simulation?.pointsOfSale.map((place) => [place.pointOfSaleId, place.bonuses]).sort()).toEqual(
    [
      [main?.pointOfSaleId, '0.95'],
      [station?.pointOfSaleId, '0.00'],
    ].sort(),
  );
});

test('a revision of a live offer costs what it gives beyond the version it replaces', async () => {
  const { reviseOffer } = await request(url(), ReviseOfferDocument, { input: { offerId: live } }, { token: admin() });
  const revision = reviseOffer.offer?.id as string;
  await request(
    url(),
    UpdateOfferDocument,
    {
      input: {
        offerId: revision,
        content: {
          name: 'Coffee 10 %',
          event: { kind: 'RECEIPT' },
          filters: { productsInclude: [{ category: 'coffee' }] },
          actions: [{ discount: { base: 'PERCENT', value: '10' } }],
        },
      },
    },
    { token: admin() },
  );
  const { simulation } = await simulate({ offerId: revision });
  // 10 % of 30.00 of coffee in all is 3.00; the live 5 % gave 1.50 of it already.
  expect(simulation).toMatchObject({ receiptsTouched: 2, discount: '3.00', netDiscount: '1.50' });
});

test('an offer on a static product list is simulated with what the list holds, as the till applies it', async () => {
  const { createProductList } = await request(
    url(),
    CreateProductListDocument,
    { input: { list: { name: 'Hot drinks', kind: 'STATIC', selectors: [{ category: 'coffee' }] } } },
    { token: admin() },
  );
  const listId = createProductList.productList?.id as string;
  const { simulation, errors } = await simulate({
    content: {
      name: 'Hot drinks 20 %',
      stacking: 'EXCLUSIVE',
      event: { kind: 'RECEIPT' },
      filters: { productsInclude: [{ productListId: listId }] },
      actions: [{ discount: { base: 'PERCENT', value: '20' } }],
    },
  });
  expect(errors).toEqual([]);
  // 20 % of the 30.00 of coffee bought in all.
  expect(simulation).toMatchObject({ receiptsTouched: 2, discount: '6.00' });
});

test('bad requests are refused with a typed error', async () => {
  expect((await simulate({ days: 30 })).errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  expect((await simulate({ offerId: '00000000-0000-0000-0000-000000000000' })).errors.map((e) => e.code)).toEqual(['OFFER_NOT_FOUND']);
  const welcome = await createOffer({
    name: 'Welcome',
    event: { kind: 'CARD_ACTIVATED' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '10' } }],
  });
  expect((await simulate({ offerId: welcome, days: 500 })).errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'days']]);
  expect((await simulate({ offerId: welcome })).errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  const { errors } = await simulate({ content: { name: 'Bad', event: { kind: 'RECEIPT' }, actions: [{ discount: { base: 'PERCENT', value: '150' } }] } });
  expect(errors.map((e) => [e.code, e.field])).toEqual([['INVALID_PERCENT', 'actions.0.discount.value']]);
});
