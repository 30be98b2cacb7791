import { builder } from '../builder';
import { favouritesRuleOf, selectorsOf } from '../data/product-lists-store';
import type { ProductListDraft } from '../domain/product-list';
import { OFFER_ROLES } from '../services/offer-service';
import type { MemberFavourites } from '../services/product-list-service';
import { attempt, payloadType } from './errors';
import { ProductSelectorInput, selectorOf } from './mechanics-input';
import { ProductSelectorType } from './mechanics-output';

// Who writes product lists: marketers and administrators (the service checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

const ProductListKind = builder.enumType('ProductListKind', {
  description: 'What a product list holds.',
  values: {
    STATIC: { description: 'Products named by SKU, category or brand.' },
    FAVOURITES: { description: 'Each member’s own pick among candidates: an offer naming it applies to the products the member picked.' },
  },
});

const FavouritesRuleType = builder.objectRef<NonNullable<ReturnType<typeof favouritesRuleOf>>>('FavouritesRule').implement({
  description: 'How members pick from a favourites list.',
  fields: (t) => ({
    candidateSkus: t.exposeStringList('candidateSkus', { nullable: true, description: 'The products to pick from; null: each member’s most bought.' }),
    historyDays: t.exposeInt('historyDays', { nullable: true, description: 'Most bought over this many days.' }),
    historyTop: t.exposeInt('historyTop', { nullable: true, description: 'At most this many of them.' }),
    picks: t.exposeInt('picks', { description: 'How many a member may pick.' }),
    changeEveryDays: t.exposeInt('changeEveryDays', { description: 'Days a pick holds before it may change (0: any time).' }),
  }),
});

export const ProductList = builder.prismaObject('ProductList', {
  description: 'A list of products offers name in their product filters.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id, which offers name as productListId.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    kind: t.field({ type: ProductListKind, description: 'What it holds.', resolve: (list) => list.kind }),
    selectors: t.field({
      type: [ProductSelectorType],
      description: 'A static list’s products; empty for a favourites list.',
      resolve: (list) => (list.kind === 'STATIC' ? selectorsOf(list) : []),
    }),
    favourites: t.field({ type: FavouritesRuleType, nullable: true, description: 'A favourites list’s rule.', resolve: (list) => favouritesRuleOf(list) }),
  }),
});

const FavouritesRuleInput = builder.inputType('FavouritesRuleInput', {
  description: 'A favourites list’s candidates (fixed SKUs, or each member’s most bought) and how members pick.',
  fields: (t) => ({
    candidateSkus: t.stringList({ description: 'The products to pick from, by SKU (or historyDays and historyTop).' }),
    historyDays: t.int({ description: 'Candidates: the member’s most bought SKUs over this many days…' }),
    historyTop: t.int({ description: '…at most this many (1 to 100).' }),
    picks: t.int({ required: true, description: 'How many a member may pick, 1 to 50.' }),
    changeEveryDays: t.int({ description: 'Days a pick holds before the member may change it, 0 to 365 (default 0: any time).' }),
  }),
});

const ProductListInput = builder.inputType('ProductListInput', {
  description: 'A product list: a static one’s selectors, or a favourites list’s rule.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 100 characters.' }),
    kind: t.field({ type: ProductListKind, required: true, description: 'What it holds (it does not change later).' }),
    selectors: t.field({ type: [ProductSelectorInput], description: 'STATIC: 1 to 1,000 selectors, each a SKU, a category (one level) or a brand.' }),
    favourites: t.field({ type: FavouritesRuleInput, description: 'FAVOURITES: its rule.' }),
  }),
});

function draftOfInput(input: typeof ProductListInput.$inferInput): ProductListDraft {
  const rule = input.favourites;
  return {
    name: input.name,
    kind: input.kind,
    selectors: input.selectors ? input.selectors.map(selectorOf) : null,
    favourites: rule
      ? {
          candidateSkus: rule.candidateSkus ?? null,
          historyDays: rule.historyDays ?? null,
          historyTop: rule.historyTop ?? null,
          picks: rule.picks,
          changeEveryDays: rule.changeEveryDays ?? 0,
        }
      : null,
  };
}

const listPayload = (name: string, result: string) =>
  payloadType(name, 'productList', ProductList, { description: `What ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())} answers.`, result });

builder.mutationField('createProductList', (t) =>
  t.field({
    type: listPayload('CreateProductListPayload', 'The list.'),
    description: 'Marketers and admins: a product list offers can name (productListId in their product filters). Errors: INVALID_INPUT, PRODUCT_NOT_FOUND.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('CreateProductListInput', {
          description: 'A new product list.',
          fields: (f) => ({ list: f.field({ type: ProductListInput, required: true, description: 'The list.' }) }),
        }),
        required: true,
        description: 'The list.',
      }),
    },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.productLists.createProductList(ctx.identity, draftOfInput(input.list))),
  }),
);

builder.mutationField('updateProductList', (t) =>
  t.field({
    type: listPayload('UpdateProductListPayload', 'The list as it is now.'),
    description:
      'Marketers and admins: replaces a list’s content (its kind stays); live offers naming a static list apply the new content from the next calculation. Errors: INVALID_INPUT, PRODUCT_LIST_NOT_FOUND, PRODUCT_NOT_FOUND.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('UpdateProductListInput', {
          description: 'A list and its new content.',
          fields: (f) => ({
            listId: f.id({ required: true, description: 'The list.' }),
            list: f.field({ type: ProductListInput, required: true, description: 'Its whole content.' }),
          }),
        }),
        required: true,
        description: 'The list and its content.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.productLists.updateProductList(ctx.identity, String(input.listId), draftOfInput(input.list))),
  }),
);

builder.queryField('productLists', (t) =>
  t.prismaConnection(
    {
      type: 'ProductList',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description: 'Marketers and admins: their company’s product lists, oldest first; 20 per page by default, at most 100.',
      authScopes: MARKETERS,
      resolve: (query, _root, _args, ctx) => {
        const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
        return ctx.db.productList.findMany({ ...query, where: { companyId, deletedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      },
    },
    { description: 'A page of product lists.' },
    { description: 'One product list in the page, with its cursor.' },
  ),
);

export const FavouriteProducts = builder.objectRef<MemberFavourites>('FavouriteProducts').implement({
  description: 'A favourites list as a member sees it: the products to pick from, their pick, when it may change.',
  fields: (t) => ({
    listId: t.id({ description: 'The list (what chooseFavouriteProducts names).', resolve: (f) => f.list.id }),
    name: t.string({ description: 'Its name.', resolve: (f) => f.list.name }),
    picks: t.int({ description: 'How many products may be picked.', resolve: (f) => f.list.picks ?? 1 }),
    candidates: t.stringList({ description: 'The SKUs to pick from.', resolve: (f) => f.candidates }),
    chosen: t.stringList({ description: 'The SKUs picked (empty: none yet).', resolve: (f) => f.chosen }),
    changeableAt: t.expose('changeableAt', { type: 'DateTime', nullable: true, description: 'From when the pick may change; null: now.' }),
  }),
});

builder.mutationField('chooseFavouriteProducts', (t) =>
  t.field({
    type: payloadType('ChooseFavouriteProductsPayload', 'favourites', FavouriteProducts, {
      description: 'What chooseFavouriteProducts answers.',
      result: 'The list with the pick; the till applies it from the next calculation.',
    }),
    description:
      'Members (or admins and operators for a member of their company): picks products from a favourites list, up to its number of picks, among its candidates, no sooner than its interval after the last pick; the offers naming the list apply to them at the till. Errors: INVALID_INPUT, PRODUCT_LIST_NOT_FOUND, MEMBER_NOT_FOUND, FAVOURITES_LOCKED.',
    authScopes: { member: true, role: ['ADMIN', 'OPERATOR'] },
    args: {
      input: t.arg({
        type: builder.inputType('ChooseFavouriteProductsInput', {
          description: 'The pick.',
          fields: (f) => ({
            listId: f.id({ required: true, description: 'The favourites list.' }),
            skus: f.stringList({ required: true, description: 'The SKUs picked, replacing the last pick.' }),
            memberId: f.id({ description: 'Staff: the member picked for; omitted by members.' }),
          }),
        }),
        required: true,
        description: 'The list and the pick.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.productLists.chooseFavouriteProducts(ctx.identity, {
          listId: String(input.listId),
          skus: input.skus,
          memberId: input.memberId == null ? null : String(input.memberId),
        }),
      ),
  }),
);
