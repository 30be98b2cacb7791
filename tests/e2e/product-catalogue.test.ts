import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, type SeededTerminal, seedTerminal } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  CalculatePurchaseWithOffersDocument,
  ConfirmPurchaseWithOffersDocument,
  CreateOfferDocument,
  CreateProductListDocument,
  ProductDocument,
  type ProductInput,
  ProductsDocument,
  PublishOfferDocument,
  UploadProductsCsvDocument,
  UploadProductsDocument,
} from './__generated__/operations';

/**
 * The product catalogue: uploaded by SKU (GraphQL or CSV), idempotent; the till judges lines sent
 * by SKU alone by its category and brand; once it exists, offers and lists name only SKUs it holds.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;
/** A draft written before the company had a catalogue, naming a SKU it will not hold. */
let draftBeforeCatalogue: string;

const MILK: ProductInput = { sku: 'MILK-1L', name: 'Milk 1 l', category: 'dairy/milk', brand: 'Meadow', attributes: [{ name: 'fat', value: '3.2' }] };
const KEFIR: ProductInput = { sku: 'KEFIR', name: 'Kefir', category: ' dairy / fermented ', brand: 'Acme' };
const BREAD: ProductInput = { sku: 'BREAD', name: 'Bread', category: 'bakery', brand: 'Acme' };

const upload = async (products: ProductInput[]) => (await request(url(), UploadProductsDocument, { input: { products } }, { token: admin() })).uploadProducts;
const uploadCsv = async (csv: string) => (await request(url(), UploadProductsCsvDocument, { input: { csv } }, { token: admin() })).uploadProductsCsv;
const fields = (errors: Array<{ code: string; field?: string | null }>) => errors.map((e) => [e.code, e.field]);

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  till = await seedTerminal(env.platform, admin());
  const { createOffer } = await request(
    url(),
    CreateOfferDocument,
    {
      input: {
        content: {
          name: 'Before the catalogue',
          event: { kind: 'RECEIPT' },
          filters: { productsInclude: [{ sku: 'OAT-DRINK' }] },
          actions: [{ bonusPoints: { base: 'PERCENT', value: '5' } }],
        },
      },
    },
    { token: admin() },
  );
  draftBeforeCatalogue = createOffer.offer?.id as string;
});

test('an upload stores products by SKU; the same again changes nothing, a change replaces the product', async () => {
  expect((await upload([MILK, KEFIR, BREAD])).upload).toEqual({ created: 3, updated: 0, unchanged: 0 });
  expect((await upload([MILK, KEFIR, BREAD])).upload).toEqual({ created: 0, updated: 0, unchanged: 3 });
  expect((await upload([{ ...BREAD, name: 'Rye bread' }, KEFIR])).upload).toEqual({ created: 0, updated: 1, unchanged: 1 });
  const { product } = await request(url(), ProductDocument, { sku: 'KEFIR' }, { token: admin() });
  // The category path is kept as the till reads it: levels trimmed.
  expect(product).toEqual({ sku: 'KEFIR', name: 'Kefir', category: 'dairy/fermented', brand: 'Acme', attributes: [] });
  const dairy = await request(url(), ProductsDocument, { category: 'dairy' }, { token: admin() });
  expect(dairy.products.edges.map((edge) => edge.node.sku)).toEqual(['KEFIR', 'MILK-1L']);
  // A category is read as it is written: LIKE's wildcards are characters.
  for (const category of ['%', 'd_iry', 'da%']) expect((await request(url(), ProductsDocument, { category }, { token: admin() })).products.edges).toEqual([]);
  expect((await request(url(), ProductDocument, { sku: 'MILK-1L' }, { token: admin() })).product?.attributes).toEqual([{ name: 'fat', value: '3.2' }]);
});

test('a CSV upload: header columns, attributes from the other columns; a bad row or a bad CSV stores nothing', async () => {
  const csv = 'sku,name,category,brand,origin\nCHEESE,Cheese,dairy/cheese,Meadow,FR\nBUTTER,Butter,dairy,,\n';
  expect((await uploadCsv(csv)).upload).toEqual({ created: 2, updated: 0, unchanged: 0 });
  const { product } = await request(url(), ProductDocument, { sku: 'CHEESE' }, { token: admin() });
  expect(product).toMatchObject({ brand: 'Meadow', attributes: [{ name: 'origin', value: 'FR' }] });
  expect((await request(url(), ProductDocument, { sku: 'BUTTER' }, { token: admin() })).product).toMatchObject({ brand: null, attributes: [] });

  const badRows = await uploadCsv('sku,name\nYOGURT,Yogurt\nSOUR CREAM,\nYOGURT,Again\n');
  expect(fields(badRows.errors)).toEqual([
    ['INVALID_INPUT', 'products.1.sku'],
    ['INVALID_INPUT', 'products.1.name'],
    ['INVALID_INPUT', 'products.2.sku'],
  ]);
  expect((await request(url(), ProductDocument, { sku: 'YOGURT' }, { token: admin() })).product).toBeNull();
  expect(fields((await uploadCsv('sku,name\n"UNCLOSED,Thing\n')).errors)).toEqual([['INVALID_INPUT', 'csv']]);
  expect(fields((await uploadCsv('code,title\nX,Y\n')).errors)).toEqual([['INVALID_INPUT', 'csv']]);
  expect(fields((await uploadCsv('sku,name,sku\nX,Y,Z\n')).errors)).toEqual([['INVALID_INPUT', 'csv']]);
  expect(fields((await uploadCsv('sku,name,\nX,Y,\n')).errors)).toEqual([['INVALID_INPUT', 'csv']]);
  // The four known columns are read in any case.
  expect((await uploadCsv('SKU,Name,Category\nKVASS,Kvass,drinks\n')).upload).toEqual({ created: 1, updated: 0, unchanged: 0 });
  expect(fields((await upload([])).errors)).toEqual([['INVALID_INPUT', 'products']]);
});

test('the till judges a line sent by SKU alone by the catalogue’s category and brand; what the register sends wins', async () => {
  const dairyOffer = await publishOffer(env.platform, admin(), {
    name: '10 % off dairy',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'dairy' }] },
    actions: [{ discount: { base: 'PERCENT', value: '10' } }],
  });
  const acmeOffer = await publishOffer(env.platform, admin(), {
    name: 'Acme: 1.00 off',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ brand: 'Acme' }] },
    actions: [{ discount: { base: 'AMOUNT', value: '1' } }],
  });
  const lines = [
    { product: 'MILK-1L', price: '10.00', quantity: '1' },
    { product: 'BREAD', price: '5.00', quantity: '1' },
    // The register says what this is: the catalogue is not asked for it.
    { product: 'KEFIR', category: 'drinks', brand: 'Other', price: '10.00', quantity: '1' },
    { product: 'UNKNOWN', price: '3.00', quantity: '1' },
  ];
  const { calculatePurchase } = await request(
    url(),
    CalculatePurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), lines } },
    { token: till.token },
  );
  const purchase = calculatePurchase.purchase;
  expect(purchase?.lines.map((line) => [line.product, line.discount])).toEqual([
    ['MILK-1L', '1.00'],
    ['BREAD', '1.00'],
    ['KEFIR', '0.00'],
    ['UNKNOWN', '0.00'],
  ]);
  expect(purchase?.appliedOffers.map((offer) => [offer.offerId, offer.lineNos])).toEqual(
    expect.arrayContaining([
      [dairyOffer, [1]],
      [acmeOffer, [2]],
    ]),
  );
  // Confirmed, the offers subgraph's copy of the receipt knows the categories too (what audiences select by).
  await request(
    url(),
    ConfirmPurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase?.id as string } },
    { token: till.token },
  );
  const copied = await eventually(async () => {
    const rows = await querySql<{ lines: Array<{ sku: string; category: string | null; brand: string | null }> }>(
      env.platform,
      'SELECT lines FROM offers.receipts WHERE purchase_id = $1',
      [purchase?.id],
    );
    return rows[0]?.lines;
  }, 'the receipt copied');
  expect(copied?.map((line) => [line.sku, line.category, line.brand])).toEqual([
    ['MILK-1L', 'dairy/milk', 'Meadow'],
    ['BREAD', 'bakery', 'Acme'],
    ['KEFIR', 'drinks', 'Other'],
    ['UNKNOWN', null, null],
  ]);
});

test('once there is a catalogue, offers and product lists name only SKUs it holds', async () => {
  const { createOffer } = await request(
    url(),
    CreateOfferDocument,
    {
      input: {
        content: {
          name: 'Unknown SKU',
          event: { kind: 'RECEIPT' },
          filters: { productsInclude: [{ sku: 'MILK-1L' }, { sku: 'NO-SUCH' }] },
          actions: [{ receiptMessage: 'Hi' }],
        },
      },
    },
    { token: admin() },
  );
  expect(fields(createOffer.errors)).toEqual([['PRODUCT_NOT_FOUND', 'filters.productsInclude.1.sku']]);
  expect(createOffer.errors[0]?.message).toBe('filters.productsInclude.1.sku: no product NO-SUCH in the catalogue');
  // A draft written before the catalogue existed is checked again when published: the refusal names the input's field too.
  const { publishOffer } = await request(url(), PublishOfferDocument, { input: { offerId: draftBeforeCatalogue } }, { token: admin() });
  expect(fields(publishOffer.errors)).toEqual([['PRODUCT_NOT_FOUND', 'filters.productsInclude.0.sku']]);
  expect(publishOffer.errors[0]?.message).toBe('filters.productsInclude.0.sku: no product OAT-DRINK in the catalogue');
  const { createProductList } = await request(
    url(),
    CreateProductListDocument,
    { input: { list: { name: 'Favourites', kind: 'FAVOURITES', favourites: { candidateSkus: ['BREAD', 'GHOST'], picks: 1 } } } },
    { token: admin() },
  );
  expect(fields(createProductList.errors)).toEqual([['PRODUCT_NOT_FOUND', 'favourites.candidateSkus.1']]);
});
