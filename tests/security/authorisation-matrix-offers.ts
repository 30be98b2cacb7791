import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateOfferDocument,
  CreateProductListDocument,
  CreatePromotionDocument,
  ImportPersonalOffersDocument,
  IssueCouponsDocument,
  type OfferContentInput,
  PauseOfferDocument,
  PublishOfferDocument,
  UploadProductsDocument,
} from '../e2e/__generated__/operations';
import { request } from '../support/graphql-client';
import type { MatrixOperation } from './authorisation-matrix-operations';
import type { World } from './authorisation-matrix-world';

/** The offers subgraph's rows of the authorisation matrix: each acts on an offer of the home company. */

const CONTENT: OfferContentInput = { name: 'Matrix offer', event: { kind: 'RECEIPT' }, actions: [{ receiptMessage: 'Matrix' }] };
const COUPON_CONTENT: OfferContentInput = { ...CONTENT, filters: { couponRequired: true } };

type StepDocument = TypedDocumentNode<unknown, { input: { offerId: string } }>;

/** Every offer the rows made in the home company: a list that shows one reaches the home company's offers. */
const homeOfferIds = new Set<string>();

/** A new offer of the home company, moved along its life cycle by its admin to the state a step starts from. */
async function homeOffer(world: World, through: StepDocument[] = [], content: OfferContentInput = CONTENT): Promise<string> {
  const token = world.home.adminToken;
  const { createOffer } = await request(world.url, CreateOfferDocument, { input: { content } }, { token });
  const offerId = createOffer.offer?.id as string;
  homeOfferIds.add(offerId);
  for (const document of through) await request(world.url, document, { input: { offerId } }, { token });
  return offerId;
}

const offerStep = (name: string, from: (world: World) => Promise<string>): MatrixOperation => ({
  document: `mutation($input: OfferIdInput!) { ${name}(input: $input) { errors { code } } }`,
  prepare: async (world, cell) => ({ variables: { input: { offerId: await cell.subject(() => from(world)) } } }),
});

const PUBLISHED: StepDocument[] = [PublishOfferDocument];

const PROMOTION = { title: 'Matrix content', published: true };
const homePromotionIds = new Set<string>();

const FAVOURITES_LIST = { name: 'Matrix favourites', kind: 'FAVOURITES' as const, favourites: { candidateSkus: ['MATRIX'], picks: 1 } };
const homeListIds = new Set<string>();

/** A new favourites list of the home company. */
async function homeList(world: World): Promise<string> {
  const { createProductList } = await request(world.url, CreateProductListDocument, { input: { list: FAVOURITES_LIST } }, { token: world.home.adminToken });
  const listId = createProductList.productList?.id as string;
  homeListIds.add(listId);
  return listId;
}
let shared: Promise<string> | undefined;
const sharedList = (world: World) => {
  shared ??= homeList(world);
  return shared;
};

/** New promo content of the home company. */
async function homePromotion(world: World): Promise<string> {
  const { createPromotion } = await request(world.url, CreatePromotionDocument, { input: { content: PROMOTION } }, { token: world.home.adminToken });
  const promotionId = createPromotion.promotion?.id as string;
  homePromotionIds.add(promotionId);
  return promotionId;
}

/** The home company's catalogue: one product, the SKU its favourites list names. */
const HOME_PRODUCT = { sku: 'MATRIX', name: 'Matrix product', category: 'matrix' };
let catalogue: Promise<unknown> | undefined;
const homeCatalogue = (world: World) => {
  catalogue ??= request(world.url, UploadProductsDocument, { input: { products: [HOME_PRODUCT] } }, { token: world.home.adminToken });
  return catalogue;
};

/** A personal offer for a member, running now. */
const personalOffer = (externalId: string, memberId: string) => ({
  externalId,
  memberId,
  name: 'Matrix personal offer',
  benefitKind: 'DISCOUNT_PERCENT' as const,
  benefitValue: '10',
  validFrom: new Date(Date.now() - 3600_000).toISOString(),
  validTo: new Date(Date.now() + 86_400_000).toISOString(),
});

export const OFFER_OPERATIONS: Record<string, MatrixOperation> = {
  offer: {
    document: 'query($id: ID!) { offer(id: $id) { id } }',
    prepare: async (world, cell) => ({ variables: { id: await cell.subject(() => homeOffer(world)) } }),
  },
  offers: {
    document: 'query { offers(first: 100) { edges { node { id } } } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeOffer(world));
      return { variables: {} };
    },
    judge: (value) => {
      const ids = (value as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
      return ids.some((id) => homeOfferIds.has(id)) ? 'allowed' : 'hidden';
    },
  },
  createOffer: {
    document: 'mutation($input: CreateOfferInput!) { createOffer(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { content: CONTENT } } }),
  },
  updateOffer: {
    document: 'mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { offerId: await cell.subject(() => homeOffer(world)), content: CONTENT } } }),
  },
  reviseOffer: offerStep('reviseOffer', (world) => homeOffer(world, PUBLISHED)),
  publishOffer: offerStep('publishOffer', (world) => homeOffer(world)),
  pauseOffer: offerStep('pauseOffer', (world) => homeOffer(world, PUBLISHED)),
  resumeOffer: offerStep('resumeOffer', (world) => homeOffer(world, [...PUBLISHED, PauseOfferDocument])),
  finishOffer: offerStep('finishOffer', (world) => homeOffer(world, PUBLISHED)),
  archiveOffer: offerStep('archiveOffer', (world) => homeOffer(world)),
  promotions: {
    document: 'query { promotions(first: 100) { edges { node { id } } } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homePromotion(world));
      return { variables: {} };
    },
    judge: (value) => {
      const ids = (value as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
      return ids.some((id) => homePromotionIds.has(id)) ? 'allowed' : 'hidden';
    },
  },
  createPromotion: {
    document: 'mutation($input: CreatePromotionInput!) { createPromotion(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { content: PROMOTION } } }),
  },
  updatePromotion: {
    document: 'mutation($input: UpdatePromotionInput!) { updatePromotion(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { promotionId: await cell.subject(() => homePromotion(world)), content: PROMOTION } } }),
  },
  deletePromotion: {
    document: 'mutation($input: DeletePromotionInput!) { deletePromotion(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { promotionId: await cell.subject(() => homePromotion(world)) } } }),
  },
  issueCoupons: {
    document: 'mutation($input: IssueCouponsInput!) { issueCoupons(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { offerId: await cell.subject(() => homeOffer(world, [], COUPON_CONTENT)) } } }),
  },
  coupons: {
    document: 'query($offerId: ID!) { coupons(offerId: $offerId, first: 10) { edges { node { code } } } }',
    prepare: async (world, cell) => ({
      variables: {
        offerId: await cell.subject(async () => {
          const id = await homeOffer(world, [], COUPON_CONTENT);
          await request(world.url, IssueCouponsDocument, { input: { offerId: id } }, { token: world.home.adminToken });
          return id;
        }),
      },
    }),
    judge: (value) => ((value as { edges: unknown[] }).edges.length > 0 ? 'allowed' : 'hidden'),
  },
  productLists: {
    document: 'query { productLists(first: 100) { edges { node { id } } } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeList(world));
      return { variables: {} };
    },
    judge: (value) => {
      const ids = (value as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
      return ids.some((id) => homeListIds.has(id)) ? 'allowed' : 'hidden';
    },
  },
  products: {
    document: 'query { products(first: 10) { edges { node { sku } } } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeCatalogue(world));
      return { variables: {} };
    },
    judge: (value) => ((value as { edges: Array<{ node: { sku: string } }> }).edges.some((edge) => edge.node.sku === HOME_PRODUCT.sku) ? 'allowed' : 'hidden'),
  },
  product: {
    document: 'query($sku: String!) { product(sku: $sku) { sku } }',
    prepare: async (world, cell) => {
      await cell.subject(() => homeCatalogue(world));
      return { variables: { sku: HOME_PRODUCT.sku } };
    },
  },
  uploadProducts: {
    document: 'mutation($input: UploadProductsInput!) { uploadProducts(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { products: [HOME_PRODUCT] } } }),
  },
  uploadProductsCsv: {
    document: 'mutation($input: UploadProductsCsvInput!) { uploadProductsCsv(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { csv: `sku,name\n${HOME_PRODUCT.sku},${HOME_PRODUCT.name}\n` } } }),
  },
  importPersonalOffers: {
    document: 'mutation($input: ImportPersonalOffersInput!) { importPersonalOffers(input: $input) { errors { code } } }',
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { offers: [personalOffer(`matrix-${subject.id}`, subject.id)] } } };
    },
  },
  withdrawPersonalOffers: {
    document: 'mutation($input: WithdrawPersonalOffersInput!) { withdrawPersonalOffers(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { externalIds: ['matrix-none'] } } }),
  },
  personalOffers: {
    document: 'query($memberId: ID!) { personalOffers(memberId: $memberId) { id } }',
    prepare: async (world, cell) => {
      const subject = await cell.subject(async () => {
        const member = await world.newMember();
        const offers = [personalOffer(`matrix-${member.id}`, member.id)];
        await request(world.url, ImportPersonalOffersDocument, { input: { offers } }, { token: world.home.adminToken });
        return member;
      });
      return { subject, variables: { memberId: subject.id } };
    },
    judge: (value) => ((value as unknown[]).length > 0 ? 'allowed' : 'hidden'),
  },
  createProductList: {
    document: 'mutation($input: CreateProductListInput!) { createProductList(input: $input) { errors { code } } }',
    prepare: async () => ({ variables: { input: { list: FAVOURITES_LIST } } }),
  },
  updateProductList: {
    document: 'mutation($input: UpdateProductListInput!) { updateProductList(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { listId: await cell.subject(() => homeList(world)), list: FAVOURITES_LIST } } }),
  },
  chooseFavouriteProducts: {
    document: 'mutation($input: ChooseFavouriteProductsInput!) { chooseFavouriteProducts(input: $input) { errors { code } } }',
    prepare: async (world, cell) => {
      const subject = await cell.subject(world.newMember);
      return { subject, variables: { input: { listId: await sharedList(world), skus: ['MATRIX'], memberId: subject.id } } };
    },
  },
  simulateOffer: {
    document: 'query($input: SimulateOfferInput!) { simulateOffer(input: $input) { errors { code } } }',
    prepare: async (world, cell) => ({ variables: { input: { offerId: await cell.subject(() => homeOffer(world)) } } }),
  },
};
