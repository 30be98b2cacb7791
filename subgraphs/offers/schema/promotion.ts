import { builder } from '../builder';
import { displayWindowOf } from '../data/promotions-store';
import type { PromotionDraft } from '../domain/promotion';
import { OFFER_ROLES } from '../services/offer-service';
import { attempt, payloadType } from './errors';

// Who writes promo content: marketers and administrators (the service checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };
const CONTENT_ERRORS = 'INVALID_INPUT, INVALID_PERIOD, AUDIENCE_NOT_FOUND, OFFER_NOT_FOUND';

/** Fields for marketers only: a member reads what is shown, not whom it targets. */
const forStaff = <T>(value: T, kind: string): T | null => (kind === 'operator' ? value : null);

export const Promotion = builder.prismaObject('Promotion', {
  description: 'Promo content for the personal account and the app.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    title: t.exposeString('title', { description: 'Its title.' }),
    text: t.exposeString('text', { description: 'Its text.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'An image to show with it.' }),
    link: t.exposeString('link', { nullable: true, description: 'Where it leads.' }),
    offerId: t.exposeID('offerId', { nullable: true, description: 'The offer it promotes (the offer’s lineage id); it is hidden once that offer has ended.' }),
    displayFrom: t.field({
      type: 'LocalDateTime',
      nullable: true,
      description: 'Shown from (the company’s local time), inclusive; null: from publication.',
      resolve: (promotion) => displayWindowOf(promotion).displayFrom,
    }),
    displayTo: t.field({
      type: 'LocalDateTime',
      nullable: true,
      description: 'Shown until, exclusive; null: until unpublished.',
      resolve: (promotion) => displayWindowOf(promotion).displayTo,
    }),
    position: t.exposeInt('position', { description: 'Lower comes first.' }),
    audienceId: t.id({
      nullable: true,
      description: 'Staff only: the audience it is shown to (null: everyone, and for members).',
      resolve: (promotion, _args, ctx) => forStaff(promotion.audienceId, ctx.identity.kind),
    }),
    published: t.boolean({
      nullable: true,
      description: 'Staff only: whether members may see it (null for members, who only see published content).',
      resolve: (promotion, _args, ctx) => forStaff(promotion.published, ctx.identity.kind),
    }),
  }),
});

const PromotionContentInput = builder.inputType('PromotionContentInput', {
  description: 'What promo content says, to whom and when.',
  fields: (t) => ({
    title: t.string({ required: true, description: '1 to 200 characters.' }),
    text: t.string({ description: 'Up to 5,000 characters.' }),
    imageUrl: t.string({ description: 'An http(s) address of an image.' }),
    link: t.string({ description: 'An http(s) address it leads to.' }),
    audienceId: t.id({ description: 'Shown to this audience’s members only; omitted: to every member.' }),
    offerId: t.id({ description: 'The offer it promotes (any version’s id): hidden once that offer has ended.' }),
    displayFrom: t.field({ type: 'LocalDateTime', description: 'Shown from, in the company’s local time (may be before the offer starts).' }),
    displayTo: t.field({ type: 'LocalDateTime', description: 'Shown until, exclusive.' }),
    position: t.int({ description: 'Lower comes first, -1000 to 1000 (default 0; equal ones newest first).' }),
    published: t.boolean({ description: 'Whether members may see it (default false: a draft).' }),
  }),
});

type ContentInput = typeof PromotionContentInput.$inferInput;

function draftOfInput(input: ContentInput): PromotionDraft {
  return {
    title: input.title,
    text: input.text ?? '',
    imageUrl: input.imageUrl ?? null,
    link: input.link ?? null,
    audienceId: input.audienceId == null ? null : String(input.audienceId),
    offerId: input.offerId == null ? null : String(input.offerId),
    displayFrom: input.displayFrom ?? null,
    displayTo: input.displayTo ?? null,
    position: input.position ?? 0,
    published: input.published ?? false,
  };
}

const promotionPayload = (name: string, result: string) =>
  payloadType(name, 'promotion', Promotion, { description: `What ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())} answers.`, result });

builder.mutationField('createPromotion', (t) =>
  t.field({
    type: promotionPayload('CreatePromotionPayload', 'The promo content.'),
    description: `Marketers and admins: writes promo content for the personal account and the app. Errors: ${CONTENT_ERRORS}.`,
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('CreatePromotionInput', {
          description: 'New promo content.',
          fields: (f) => ({ content: f.field({ type: PromotionContentInput, required: true, description: 'What it is.' }) }),
        }),
        required: true,
        description: 'The content.',
      }),
    },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.promotions.createPromotion(ctx.identity, draftOfInput(input.content))),
  }),
);

builder.mutationField('updatePromotion', (t) =>
  t.field({
    type: promotionPayload('UpdatePromotionPayload', 'The promo content as it is now.'),
    description: `Marketers and admins: replaces promo content (publishing or unpublishing it too). Errors: ${CONTENT_ERRORS}, PROMOTION_NOT_FOUND.`,
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('UpdatePromotionInput', {
          description: 'Promo content’s new content.',
          fields: (f) => ({
            promotionId: f.id({ required: true, description: 'The content.' }),
            content: f.field({ type: PromotionContentInput, required: true, description: 'Its whole content, replacing what it had.' }),
          }),
        }),
        required: true,
        description: 'The content and what it becomes.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.promotions.updatePromotion(ctx.identity, String(input.promotionId), draftOfInput(input.content))),
  }),
);

builder.mutationField('deletePromotion', (t) =>
  t.field({
    type: promotionPayload('DeletePromotionPayload', 'The promo content, deleted: no member sees it any more.'),
    description: 'Marketers and admins: deletes promo content. Errors: PROMOTION_NOT_FOUND.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('DeletePromotionInput', {
          description: 'The content to delete.',
          fields: (f) => ({ promotionId: f.id({ required: true, description: 'Its id.' }) }),
        }),
        required: true,
        description: 'The content.',
      }),
    },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.promotions.deletePromotion(ctx.identity, String(input.promotionId))),
  }),
);

builder.queryField('promotions', (t) =>
  t.prismaConnection(
    {
      type: 'Promotion',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description: 'Marketers and admins: their company’s promo content, published or not, in display order; 20 per page by default, at most 100.',
      authScopes: MARKETERS,
      resolve: (query, _root, _args, ctx) => {
        const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
        return ctx.db.promotion.findMany({
          ...query,
          where: { companyId, deletedAt: null },
          orderBy: [{ position: 'asc' }, { createdAt: 'desc' }, { id: 'asc' }],
        });
      },
    },
    { description: 'A page of promo content.' },
    { description: 'One piece of promo content in the page, with its cursor.' },
  ),
);
