import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerSignedInMember, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import { buyAtTill, useRoundTillRules } from '../support/till';
import {
  CalculatePurchaseWithOffersDocument,
  ChooseFavouriteProductsDocument,
  CreateOfferDocument,
  type CreateOfferInput,
  CreateProductListDocument,
  MyFavouriteProductsDocument,
  type ProductListInput,
  UpdateProductListDocument,
} from './__generated__/operations';

/**
 * Product lists: a static list offers name (carried inside the offers in the snapshot, changed at
 * the till with the next calculation) and the favourite-products mechanic (members pick among
 * candidates, the till applies the offer to their picks, picks change no sooner than allowed).
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;

async function createList(list: ProductListInput): Promise<string> {
  const { createProductList } = await request(url(), CreateProductListDocument, { input: { list } }, { token: admin() });
  if (!createProductList.productList) throw new Error(JSON.stringify(createProductList.errors));
  return createProductList.productList.id;
}

const publish = (content: CreateOfferInput['content']) => publishOffer(env.platform, admin(), content);

async function member() {
  const { member, token } = await registerSignedInMember(env.platform, env.company);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1', [member.id])).length ? true : undefined),
    'facts copied',
  );
  return { id: member.id, cardNumber, token };
}

const line = (product: string, price = '10.00') => ({ product, category: 'grocery', price, quantity: '1' });
const calculate = (cardNumber: string | undefined, products: string[]) =>
  request(
    url(),
    CalculatePurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), ...(cardNumber ? { cardNumber } : {}), lines: products.map((p) => line(p)) } },
    { token: till.token },
  ).then((answer) => answer.calculatePurchase);

beforeAll(async () => {
  till = await seedTerminal(env.platform, admin());
  await useRoundTillRules(env.platform, admin());
});

test('favourites: a member picks among the candidates, the till gives the extra points on their picks only', async () => {
  const listId = await createList({
    name: 'Pick 2 of 4',
    kind: 'FAVOURITES',
    favourites: { candidateSkus: ['APPLE', 'BREAD', 'CHEESE', 'DATES'], picks: 2, changeEveryDays: 30 },
  });
  await publish({
    name: 'Favourites: 10 % more points',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ productListId: listId }] },
    actions: [{ bonusPoints: { base: 'PERCENT', value: '10' } }],
  });
  const picker = await member();
  const choose = (skus: string[], token = picker.token) =>
    request(url(), ChooseFavouriteProductsDocument, { input: { listId, skus } }, { token }).then((answer) => answer.chooseFavouriteProducts);

  // Before a pick the offer applies to nothing.
  expect((await calculate(picker.cardNumber, ['APPLE', 'CHEESE'])).purchase?.accrual).toBe('1.00');
  const chosen = await choose(['APPLE', 'BREAD']);
  expect(chosen.errors).toEqual([]);
  expect(chosen.favourites).toMatchObject({ listId, picks: 2, chosen: ['APPLE', 'BREAD'] });
  // 5 % base on 20.00, and 10 % more on the APPLE line only.
  const picked = await calculate(picker.cardNumber, ['APPLE', 'CHEESE']);
  expect(picked.purchase?.accrual).toBe('2.00');
  expect(picked.purchase?.lines.map((l) => l.offers.map((o) => o.bonus))).toEqual([['1.00'], []]);
  // Another member, and an anonymous receipt, get nothing of it.
  const other = await member();
  expect((await calculate(other.cardNumber, ['APPLE'])).purchase?.accrual).toBe('0.50');
  expect((await calculate(undefined, ['APPLE'])).purchase?.appliedOffers).toEqual([]);

  // The pick holds 30 days; outside the candidates, or too many, is refused.
  expect((await choose(['CHEESE'])).errors.map((e) => e.code)).toEqual(['FAVOURITES_LOCKED']);
  expect((await choose(['APPLE', 'BREAD', 'CHEESE'], other.token)).errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'skus']]);
  expect((await choose(['CAVIAR'], other.token)).errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'skus.0']]);
  env.platform.clock.advance(31 * 86_400_000);
  expect((await choose(['CHEESE'])).favourites?.chosen).toEqual(['CHEESE']);
  expect((await calculate(picker.cardNumber, ['APPLE', 'CHEESE'])).purchase?.lines.map((l) => l.offers.length)).toEqual([0, 1]);

  const mine = (await request(url(), MyFavouriteProductsDocument, {}, { token: picker.token })).me?.favouriteProducts;
  expect(mine?.find((f) => f.listId === listId)).toMatchObject({ candidates: ['APPLE', 'BREAD', 'CHEESE', 'DATES'], chosen: ['CHEESE'] });
  expect((await choose(['DATES', 'DATES'], other.token)).errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'skus.1']]);

  // The candidates shrink: a pick outside them stops applying, and its member may pick again at once.
  const { updateProductList } = await request(
    url(),
    UpdateProductListDocument,
    {
      input: {
        listId,
        list: { name: 'Pick 2 of 3', kind: 'FAVOURITES', favourites: { candidateSkus: ['APPLE', 'BREAD', 'DATES'], picks: 2, changeEveryDays: 30 } },
      },
    },
    { token: admin() },
  );
  expect(updateProductList.errors).toEqual([]);
  expect((await calculate(picker.cardNumber, ['CHEESE'])).purchase?.appliedOffers).toEqual([]);
  expect((await choose(['DATES'])).favourites?.chosen).toEqual(['DATES']);
  // Staff picking for a member who asks them are not held to the interval.
  const { chooseFavouriteProducts: byStaff } = await request(
    url(),
    ChooseFavouriteProductsDocument,
    { input: { listId, skus: ['BREAD'], memberId: picker.id } },
    { token: admin() },
  );
  expect(byStaff.favourites?.chosen).toEqual(['BREAD']);
});

test('favourites from each member’s own purchases: the candidates are what they bought most', async () => {
  const listId = await createList({ name: 'Your usuals', kind: 'FAVOURITES', favourites: { historyDays: 30, historyTop: 2, picks: 1 } });
  const buyer = await member();
  const bought = [
    await buyAtTill(env.platform, till, { cardNumber: buyer.cardNumber, lines: [line('TEA'), line('HONEY')] }),
    await buyAtTill(env.platform, till, { cardNumber: buyer.cardNumber, lines: [line('TEA'), line('LEMON')] }),
  ];
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT 1 FROM offers.receipts WHERE purchase_id = ANY($1)', [bought.map((b) => b.id)])).length === 2 ? true : undefined,
    'receipts copied',
  );
  const usuals = (await request(url(), MyFavouriteProductsDocument, {}, { token: buyer.token })).me?.favouriteProducts.find((f) => f.listId === listId);
  expect(usuals?.candidates).toEqual(['TEA', 'HONEY']);
  const { chooseFavouriteProducts } = await request(url(), ChooseFavouriteProductsDocument, { input: { listId, skus: ['LEMON'] } }, { token: buyer.token });
  expect(chooseFavouriteProducts.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
});

test('a static list offers name: its new content applies at the till from the next calculation', async () => {
  const listId = await createList({ name: 'Breakfast', kind: 'STATIC', selectors: [{ sku: 'EGGS' }] });
  await publish({
    name: 'Breakfast 20 % off',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ productListId: listId }] },
    actions: [{ discount: { base: 'PERCENT', value: '20' } }],
  });
  expect((await calculate(undefined, ['EGGS', 'JAM'])).purchase?.lines.map((l) => l.discount)).toEqual(['2.00', '0.00']);
  const { updateProductList } = await request(
    url(),
    UpdateProductListDocument,
    { input: { listId, list: { name: 'Breakfast', kind: 'STATIC', selectors: [{ sku: 'JAM' }] } } },
    { token: admin() },
  );
  expect(updateProductList.errors).toEqual([]);
  expect((await calculate(undefined, ['EGGS', 'JAM'])).purchase?.lines.map((l) => l.discount)).toEqual(['0.00', '2.00']);
});

test('bad lists are refused with every field at fault; an offer naming an unknown list is refused', async () => {
  const { createProductList } = await request(
    url(),
    CreateProductListDocument,
    { input: { list: { name: '', kind: 'FAVOURITES', favourites: { picks: 0, changeEveryDays: 400 } } } },
    { token: admin() },
  );
  expect(createProductList.errors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID_INPUT', 'name'],
    ['INVALID_INPUT', 'favourites.picks'],
    ['INVALID_INPUT', 'favourites.changeEveryDays'],
    ['INVALID_INPUT', 'favourites'],
  ]);
  const { createOffer } = await request(
    url(),
    CreateOfferDocument,
    {
      input: {
        content: {
          name: 'Ghost list',
          event: { kind: 'RECEIPT' },
          filters: { productsInclude: [{ productListId: randomUUID() }] },
          actions: [{ receiptMessage: 'x' }],
        },
      },
    },
    { token: admin() },
  );
  expect(createOffer.errors.map((e) => e.code)).toEqual(['PRODUCT_LIST_NOT_FOUND']);
});
