import { builder } from '../builder';
import type { MemberOffer } from '../services/member-offers';
import { FavouriteProducts } from './product-list';
import { Promotion } from './promotion';

const MemberOfferType = builder.objectRef<MemberOffer>('MemberOffer').implement({
  description: 'An offer a member is offered: what it is called and when it runs.',
  fields: (t) => ({
    offerId: t.exposeID('offerId', { description: 'The offer (its lineage id: the same across its versions), or the personal offer.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'What it is.' }),
    startsAt: t.expose('startsAt', { type: 'LocalDateTime', nullable: true, description: 'Local start; null: running already.' }),
    endsAt: t.expose('endsAt', { type: 'LocalDateTime', nullable: true, description: 'Local end; null: until further notice.' }),
    active: t.boolean({ description: 'True while it runs; false while it is yet to start.', resolve: ({ state }) => state === 'ACTIVE' }),
    personal: t.exposeBoolean('personal', { description: 'True for a personal offer, made for this member alone.' }),
  }),
});

/** The members subgraph owns Member; the offers subgraph adds what the member is offered. */
export const MemberRef = builder.externalRef('Member', builder.selection<{ id: string }>('id')).implement({
  description: 'A member of the loyalty program (owned by the members subgraph), with what they are offered.',
  externalFields: (t) => ({ id: t.id({ description: 'The member’s id.' }) }),
  fields: (t) => ({
    offers: t.field({
      type: [MemberOfferType],
      description:
        'The running and coming offers this member qualifies for by who they are (everyone’s, their audiences’, their state’s); coupon offers are shown to coupon holders. Empty for callers other than the member and staff of their company.',
      resolve: (member, _args, ctx) => ctx.services.memberOffers.offersOf(ctx.identity, member.id),
    }),
    favouriteProducts: t.field({
      type: [FavouriteProducts],
      description:
        'The company’s favourites lists as this member sees them: what to pick from, their pick, when it may change. Empty for callers other than the member and staff of their company.',
      resolve: (member, _args, ctx) => ctx.services.productLists.favouritesOf(ctx.identity, member.id),
    }),
    promotions: t.field({
      type: [Promotion],
      description:
        'The promo content this member may see now (in its display window, for everyone or an audience of theirs, its offer still running), in display order. Empty for callers other than the member and staff of their company.',
      resolve: (member, _args, ctx) => ctx.services.memberOffers.promotionsOf(ctx.identity, member.id),
    }),
  }),
});
