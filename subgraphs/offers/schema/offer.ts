import type { OfferBudget } from '../../../packages/mechanics/definition';
import { builder } from '../builder';
import { budgetSpentOf } from '../data/budget-spending-store';
import { draftOf } from '../data/offers-store';
import type { Prisma } from '../data/prisma';
import { type OfferState as OfferStateValue, offerState } from '../domain/lifecycle';
import { localToColumn } from '../domain/local-time';
import { isUuid } from '../domain/problems';
import { OFFER_ROLES } from '../services/offer-service';
import { Competition, OfferState, StackingMode } from './enums';
import { money, OfferActionType, OfferEventType, OfferFiltersType } from './mechanics-output';

// Who configures offers (services/offer-service.ts, which checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

/** An offer's budget with the lineage whose spending it reads. */
type BudgetOfOffer = OfferBudget & { lineageId: string };

const OfferBudgetType = builder.objectRef<BudgetOfOffer>('OfferBudget').implement({
  description: 'What the offer may give away, in money (discounts plus bonuses at their money value), and what it spent.',
  fields: (t) => ({
    total: t.field({ type: 'Decimal', nullable: true, description: 'Over the offer’s life; null: no total.', resolve: (b) => money(b.total) }),
    perMember: t.field({ type: 'Decimal', nullable: true, description: 'Per member; null: no such limit.', resolve: (b) => money(b.perMember) }),
    periodDays: t.int({ nullable: true, description: 'The days the per-member limit counts; null: the offer’s life.', resolve: (b) => b.periodDays }),
    spent: t.field({
      type: 'Decimal',
      description: 'Spent by confirmed purchases and rewards across the offer’s versions, as the ledger reported it (seconds behind the till).',
      resolve: (b, _args, ctx) => budgetSpentOf(ctx.db, b.lineageId),
    }),
  }),
});

export const Offer = builder.prismaObject('Offer', {
  description: 'One version of an offer of the caller’s company: what it reacts to, what limits it, what it does.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'This version’s id.' }),
    lineageId: t.exposeID('lineageId', { description: 'The offer across its versions: the id of its first version.' }),
    version: t.exposeInt('version', { description: 'Its version, 1 for the first; a revision of a live offer is the next.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'What it is, for marketers.' }),
    state: t.field({
      type: OfferState,
      description: 'Where it stands now.',
      resolve: async (offer, _args, ctx) => {
        const { startsAt, endsAt } = draftOf(offer);
        return offerState(offer.lifecycle, { startsAt, endsAt }, await ctx.services.offers.localNow(offer.companyId));
      },
    }),
    priority: t.exposeInt('priority', { description: 'Higher goes first.' }),
    stacking: t.field({ type: StackingMode, description: 'How it combines with other offers.', resolve: (offer) => offer.stackingMode }),
    stackingGroup: t.exposeString('stackingGroup', {
      nullable: true,
      description: 'The group it combines within; null: every combinable offer without a group.',
    }),
    competition: t.field({ type: Competition, description: 'Which offer takes a line when offers compete.', resolve: (offer) => offer.competition }),
    startsAt: t.field({
      type: 'LocalDateTime',
      nullable: true,
      description: 'Local start, inclusive; null: from publication.',
      resolve: (offer) => draftOf(offer).startsAt,
    }),
    endsAt: t.field({
      type: 'LocalDateTime',
      nullable: true,
      description: 'Local end, exclusive; null: until finished.',
      resolve: (offer) => draftOf(offer).endsAt,
    }),
    event: t.field({ type: OfferEventType, description: 'What it reacts to.', resolve: (offer) => draftOf(offer).event }),
    filters: t.field({ type: OfferFiltersType, description: 'What limits it.', resolve: (offer) => draftOf(offer).filters }),
    actions: t.field({ type: [OfferActionType], description: 'What it does, in order.', resolve: (offer) => draftOf(offer).actions }),
    budget: t.field({
      type: OfferBudgetType,
      nullable: true,
      description: 'What it may give away; null: without limit.',
      resolve: (offer) => {
        const budget = draftOf(offer).budget;
        return budget && { ...budget, lineageId: offer.lineageId };
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When this version was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When this version last changed.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When this version was published; null while a draft.' }),
  }),
});

builder.queryField('offer', (t) =>
  t.prismaField({
    type: 'Offer',
    nullable: true,
    description: 'Marketers and admins: an offer version of their company. Null when unknown.',
    authScopes: MARKETERS,
    args: { id: t.arg.id({ required: true, description: 'The version’s id.' }) },
    resolve: async (query, _root, { id }, ctx) => {
      if (!isUuid(String(id))) return null;
      const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
      return ctx.db.offer.findFirst({ ...query, where: { id: String(id), companyId } });
    },
  }),
);

/** The stored rows a state stands for, at a local wall-clock time. */
function whereState(state: OfferStateValue, localNow: string): Prisma.OfferWhereInput {
  const now = localToColumn(localNow);
  switch (state) {
    case 'SCHEDULED':
      return { lifecycle: 'PUBLISHED', startsAt: { gt: now } };
    case 'ACTIVE':
      return {
        lifecycle: 'PUBLISHED',
        AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
      };
    case 'FINISHED':
      return { OR: [{ lifecycle: 'FINISHED' }, { lifecycle: 'PUBLISHED', endsAt: { lte: now } }] };
    default:
      return { lifecycle: state };
  }
}

builder.queryField('offers', (t) =>
  t.prismaConnection(
    {
      type: 'Offer',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description: 'Marketers and admins: their company’s offer versions, newest first; 20 per page by default, at most 100.',
      authScopes: MARKETERS,
      args: {
        states: t.arg({ type: [OfferState], description: 'Only offers in these states; omitted: all but ARCHIVED.' }),
      },
      resolve: async (query, _root, { states }, ctx) => {
        const { companyId } = ctx.services.offers.operatorOf(ctx.identity);
        const localNow = await ctx.services.offers.localNow(companyId);
        const wanted = states ?? (['DRAFT', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'FINISHED'] as const);
        return ctx.db.offer.findMany({
          ...query,
          where: { companyId, OR: wanted.map((state) => whereState(state, localNow)) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { description: 'A page of offer versions.' },
    { description: 'One offer version in the page, with its cursor.' },
  ),
);
