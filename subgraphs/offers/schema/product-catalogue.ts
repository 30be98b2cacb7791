import { builder } from '../builder';
import type { CatalogueProduct } from '../domain/product-catalogue';
import { OFFER_ROLES } from '../services/offer-service';
import type { ProductUpload } from '../services/product-catalogue-service';
import { attempt, payloadType } from './errors';

// Who keeps the catalogue: marketers and administrators (the service checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

const ProductAttribute = builder.objectRef<[string, string]>('ProductAttribute').implement({
  description: 'One further attribute of a product.',
  fields: (t) => ({
    name: t.string({ description: 'Its name.', resolve: ([name]) => name }),
    value: t.string({ description: 'Its value.', resolve: ([, value]) => value }),
  }),
});

builder.prismaObject('Product', {
  description:
    'A product of the company’s catalogue, by SKU: what offers and audiences judge a line’s category and brand by when the register sends only its SKU.',
  fields: (t) => ({
    sku: t.exposeString('sku', { description: 'Its SKU, as registers send it.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    category: t.exposeString('category', { nullable: true, description: 'Its category path, levels split by `/` (e.g. `dairy/milk`).' }),
    brand: t.exposeString('brand', { nullable: true, description: 'Its brand.' }),
    attributes: t.field({
      type: [ProductAttribute],
      description: 'Further attributes, by name.',
      resolve: (product) => Object.entries(product.attributes as Record<string, string>).sort(([a], [b]) => a.localeCompare(b)),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const ProductAttributeInput = builder.inputType('ProductAttributeInput', {
  description: 'A further attribute.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 50 characters.' }),
    value: t.string({ required: true, description: 'Up to 500 characters.' }),
  }),
});

const ProductInput = builder.inputType('ProductInput', {
  description: 'A product of the catalogue; a known SKU is replaced whole.',
  fields: (t) => ({
    sku: t.string({ required: true, description: '1 to 64 characters, no spaces.' }),
    name: t.string({ required: true, description: '1 to 200 characters.' }),
    category: t.string({ description: 'A path of up to 10 levels split by `/`, e.g. `dairy/milk`.' }),
    brand: t.string({ description: '1 to 100 characters.' }),
    attributes: t.field({ type: [ProductAttributeInput], description: 'Up to 50 further attributes.' }),
  }),
});

const ProductUploadType = builder.objectRef<ProductUpload>('ProductUpload').implement({
  description: 'What an upload did.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'Products new to the catalogue.' }),
    updated: t.exposeInt('updated', { description: 'Known products that changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Known products sent again as they were.' }),
  }),
});

const uploadPayload = (name: string) =>
  payloadType(name, 'upload', ProductUploadType, {
    description: `What ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())} answers.`,
    result: 'The counts; the till judges receipts with the new products from the next calculation.',
  });

function productOf(input: typeof ProductInput.$inferInput): CatalogueProduct {
  return {
    sku: input.sku,
    name: input.name,
    category: input.category ?? null,
    brand: input.brand ?? null,
    attributes: Object.fromEntries((input.attributes ?? []).map((attribute) => [attribute.name, attribute.value])),
  };
}

builder.mutationField('uploadProducts', (t) =>
  t.field({
    type: uploadPayload('UploadProductsPayload'),
    description:
      'Marketers and admins: stores up to 10,000 products by SKU (a known SKU is replaced; the same content again changes nothing). Every problem is reported with its product’s index and nothing is stored. Errors: INVALID_INPUT.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('UploadProductsInput', {
          description: 'The products.',
          fields: (f) => ({ products: f.field({ type: [ProductInput], required: true, description: '1 to 10,000 products, each SKU once.' }) }),
        }),
        required: true,
        description: 'The products.',
      }),
    },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.products.uploadProducts(ctx.identity, input.products.map(productOf))),
  }),
);

builder.mutationField('uploadProductsCsv', (t) =>
  t.field({
    type: uploadPayload('UploadProductsCsvPayload'),
    description:
      'Marketers and admins: uploadProducts from CSV text: a header row naming sku and name (category and brand optional), any other column an attribute; up to 10,000 rows. Problems name the row as products.<index> (the first data row is 0). Errors: INVALID_INPUT.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('UploadProductsCsvInput', {
          description: 'The CSV.',
          fields: (f) => ({ csv: f.string({ required: true, description: 'The CSV text, comma-separated, with its header row.' }) }),
        }),
        required: true,
        description: 'The CSV.',
      }),
    },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.products.uploadProductsCsv(ctx.identity, input.csv)),
  }),
);

builder.queryField('products', (t) =>
  t.prismaConnection(
    {
      type: 'Product',
      cursor: 'companyId_sku',
      maxSize: 1000,
      defaultSize: 100,
      description:
        'Marketers and admins: their company’s catalogue by SKU, optionally within a category (and everything under it); 100 per page by default, at most 1,000.',
      authScopes: MARKETERS,
      args: { category: t.arg.string({ description: 'A category path: its products and those of the categories under it.' }) },
      resolve: (query, _root, { category }, ctx) => {
        const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
        const path = category?.trim();
        // A path's own `%`, `_` and `\` are characters, not LIKE's wildcards.
        const literal = path?.replace(/[\\%_]/g, (character) => `\\${character}`);
        const within = path ? { OR: [{ category: path }, { category: { startsWith: `${literal}/` } }] } : {};
        return ctx.db.product.findMany({ ...query, where: { companyId, ...within }, orderBy: { sku: 'asc' } });
      },
    },
    { description: 'A page of products.' },
    { description: 'One product in the page, with its cursor.' },
  ),
);

builder.queryField('product', (t) =>
  t.prismaField({
    type: 'Product',
    nullable: true,
    description: 'Marketers and admins: a product of their company’s catalogue by SKU; null when there is none.',
    authScopes: MARKETERS,
    args: { sku: t.arg.string({ required: true, description: 'Its SKU.' }) },
    resolve: (query, _root, { sku }, ctx) => {
      const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
      return ctx.db.product.findUnique({ ...query, where: { companyId_sku: { companyId, sku } } });
    },
  }),
);
