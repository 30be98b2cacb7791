import { builder } from '../builder';
import type { Coupon as CouponRow } from '../data/prisma';
import { isUuid } from '../domain/problems';
import { OFFER_ROLES } from '../services/offer-service';
import { attempt, payloadType } from './errors';

// Who issues coupons: marketers and administrators (the service checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

export const Coupon = builder.prismaObject('Coupon', {
  description: 'A coupon issued for an offer that asks for one: the till presents its code to open the offer.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The code (the prefix asked for, then 10 characters without look-alikes).' }),
    offerId: t.exposeID('offerId', { description: 'The offer it opens (its lineage id).' }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member it was issued to; null: whoever presents it.' }),
    maxUses: t.exposeInt('maxUses', { description: 'How many purchases may redeem it.' }),
    validTo: t.expose('validTo', { type: 'DateTime', nullable: true, description: 'Valid until; null: no end.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was issued.' }),
  }),
});

const IssuedCoupons = builder.objectRef<{ coupons: CouponRow[] }>('IssuedCoupons').implement({
  description: 'Coupons just issued.',
  fields: (t) => ({ coupons: t.field({ type: [Coupon], description: 'By code.', resolve: (issued) => issued.coupons }) }),
});

const IssueCouponsInput = builder.inputType('IssueCouponsInput', {
  description: 'Coupons for an offer whose filters ask for one (couponRequired): one per member named, or a batch anyone may present.',
  fields: (t) => ({
    offerId: t.id({ required: true, description: 'The offer (any version’s id, or its lineage id).' }),
    memberIds: t.idList({ description: 'One coupon for each of these members, only they may redeem it.' }),
    count: t.int({ description: 'Without memberIds: how many coupons, 1 to 10,000 (default 1).' }),
    maxUses: t.int({ description: 'Purchases each may be redeemed on, 1 to 1,000 (default 1: single use).' }),
    validTo: t.field({ type: 'DateTime', description: 'Valid until (in the future); omitted: no end (the offer’s own period still applies).' }),
    prefix: t.string({ description: 'Up to 10 capital letters and digits the codes begin with (e.g. XMAS).' }),
  }),
});

builder.mutationField('issueCoupons', (t) =>
  t.field({
    type: payloadType('IssueCouponsPayload', 'issued', IssuedCoupons, {
      description: 'What issueCoupons answers.',
      result: 'The coupons issued; the till can redeem them at once.',
    }),
    description:
      'Marketers and admins: issues coupons for an offer that asks for one. Errors: INVALID_INPUT, INVALID_PERIOD, OFFER_NOT_FOUND, OFFER_STATE_CONFLICT, MEMBER_NOT_FOUND.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: IssueCouponsInput, required: true, description: 'The offer and the coupons.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(async () => ({
        coupons: await ctx.services.coupons.issueCoupons(ctx.identity, {
          offerId: String(input.offerId),
          memberIds: input.memberIds ? input.memberIds.map(String) : null,
          count: input.count ?? null,
          maxUses: input.maxUses ?? 1,
          validTo: input.validTo ?? null,
          prefix: input.prefix ?? '',
        }),
      })),
  }),
);

builder.queryField('coupons', (t) =>
  t.prismaConnection(
    {
      type: 'Coupon',
      cursor: 'id',
      maxSize: 1000,
      defaultSize: 100,
      description:
        'Marketers and admins: the coupons issued for an offer of their company, oldest first (an export reads them page by page); 100 per page by default, at most 1,000.',
      authScopes: MARKETERS,
      args: { offerId: t.arg.id({ required: true, description: 'The offer (its lineage id).' }) },
      resolve: (query, _root, { offerId }, ctx) => {
        const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
        if (!isUuid(String(offerId))) return [];
        return ctx.db.coupon.findMany({ ...query, where: { companyId, offerId: String(offerId) }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      },
    },
    { description: 'A page of coupons.' },
    { description: 'One coupon in the page, with its cursor.' },
  ),
);
