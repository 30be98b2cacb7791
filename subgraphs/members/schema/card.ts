import type { Identity } from '../../../infra/auth/identity';
import { builder } from '../builder';
import type { Card as CardRow } from '../data/prisma';
import { isValidCardNumber } from '../domain/card-number';
import { CardBlockReason, CardBlockRequestReason, CardKind, CardState } from './enums';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { canSeeCard, seesCardField, visibleOrNull } from './visibility';

/** A Card field shown only to the callers visibility.ts lets see it; null to everyone else. */
const shownTo = (field: string) => ({
  nullable: true as const,
  authScopes: (card: CardRow, _args: unknown, ctx: { identity: Identity }) => seesCardField(ctx.identity, card, field),
  unauthorizedResolver: () => null,
});

export const Card = builder.prismaObject('Card', {
  description:
    'A loyalty card: physical (from a numbered batch) or virtual. The balance belongs to the member, not the card. What a caller sees of one depends on who they are (visibility.ts).',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { ...shownTo('number'), description: '16 digits, the last one a Luhn check digit.' }),
    kind: t.field({ type: CardKind, ...shownTo('kind'), resolve: (c) => c.kind }),
    state: t.field({ type: CardState, ...shownTo('state'), resolve: (c) => c.state }),
    blockReason: t.field({ type: CardBlockReason, ...shownTo('blockReason'), resolve: (c) => c.blockReason }),
    blockedAt: t.expose('blockedAt', { type: 'DateTime', ...shownTo('blockedAt') }),
    boundAt: t.expose('boundAt', { type: 'DateTime', ...shownTo('boundAt') }),
    member: t.relation('member', shownTo('member')),
    replacedBy: t.relation('replacedBy', { ...shownTo('replacedBy'), description: 'The card that replaced this one.' }),
    batch: t.relation('batch', { nullable: true, authScopes: { operator: true }, unauthorizedResolver: () => null }),
    createdAt: t.expose('createdAt', { type: 'DateTime', ...shownTo('createdAt') }),
  }),
});

builder.asEntity(Card, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.card.load(id), (c) => canSeeCard(ctx.identity, c)),
});

export const CardBatch = builder.prismaObject('CardBatch', {
  description: 'A pre-numbered range of physical cards, issued blank.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix'),
    firstNumber: t.string({ description: 'The first sequence number of the range.', resolve: (b) => b.firstNumber.toString() }),
    size: t.exposeInt('size'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('card', (t) =>
  t.prismaField({
    type: 'Card',
    nullable: true,
    description: "A card of the caller's company by number; members see only their own cards.",
    authScopes: { signedIn: true },
    args: { number: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const number = args.number.replace(/[\s-]/g, '');
      if (ctx.identity.kind === 'anonymous' || !isValidCardNumber(number)) return null;
      const card = await ctx.db.card.findUnique({ ...query, where: { companyId_number: { companyId: ctx.identity.companyId, number } } });
      return visibleOrNull(card, (c) => canSeeCard(ctx.identity, c));
    },
  }),
);

const CreateCardBatchInput = builder.inputType('CreateCardBatchInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    prefix: t.string({ required: true, description: '1 to 8 digits, not starting with 0 or 9 (9 is for virtual cards).' }),
    firstNumber: t.string({ description: 'First sequence number; 1 when omitted.' }),
    size: t.int({ required: true, description: 'Up to 100,000 cards.' }),
  }),
});

builder.mutationField('createCardBatch', (t) =>
  t.field({
    type: payloadType('CreateCardBatchPayload', 'batch', CardBatch, 'The new batch; its cards are BLANK.'),
    description: 'Admins: creates a batch of blank physical cards with check-digit numbers. Refused when the range overlaps existing cards.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateCardBatchInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.createCardBatch(ctx.identity, input)),
  }),
);

const CardPayload = payloadType('CardPayload', 'card', Card, 'The card after the change.');

const IssueVirtualCardInput = builder.inputType('IssueVirtualCardInput', {
  fields: (t) => ({ memberId: t.id({ description: 'Omitted by a member issuing a card for themself.' }) }),
});

builder.mutationField('issueVirtualCard', (t) =>
  t.field({
    type: CardPayload,
    description: 'Issues a virtual card to a member (active at once for registered members).',
    authScopes: { $any: { member: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: IssueVirtualCardInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.issueVirtualCard(ctx.identity, { memberId: input.memberId?.toString() })),
  }),
);

const BindCardInput = builder.inputType('BindCardInput', {
  description: 'Give memberId, or phone (an unknown phone creates a card holder), or neither (an anonymous card holder).',
  fields: (t) => ({
    cardNumber: t.string({ required: true }),
    memberId: t.id(),
    phone: t.string(),
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
  }),
});

builder.mutationField('bindCard', (t) =>
  t.field({
    type: CardPayload,
    description: 'Terminals and operators: binds a blank physical card to a member at the checkout.',
    authScopes: { $any: { terminal: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: BindCardInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.bindCard(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ReplaceCardInput = builder.inputType('ReplaceCardInput', {
  fields: (t) => ({
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
    cardNumber: t.string({ required: true }),
    newCardNumber: t.string({ description: 'A blank physical card; a virtual card is issued when omitted.' }),
    reason: t.field({ type: CardBlockRequestReason, required: true }),
  }),
});

const ReplaceCardPayload = builder.objectRef<Outcome<{ oldCard: CardRow; newCard: CardRow }>>('ReplaceCardPayload').implement({
  fields: (t) => ({
    oldCard: t.field({ type: Card, nullable: true, resolve: (o) => o.result?.oldCard ?? null }),
    newCard: t.field({ type: Card, nullable: true, resolve: (o) => o.result?.newCard ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('replaceCard', (t) =>
  t.field({
    type: ReplaceCardPayload,
    description: 'Replaces a lost or damaged card: the old card is blocked with the reason; the member keeps their balance.',
    authScopes: { $any: { terminal: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: ReplaceCardInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.replaceCard(ctx.identity, input)),
  }),
);

const BlockCardInput = builder.inputType('BlockCardInput', {
  fields: (t) => ({
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
    cardNumber: t.string({ required: true }),
    reason: t.field({ type: CardBlockRequestReason, required: true }),
    comment: t.string(),
  }),
});

builder.mutationField('blockCard', (t) =>
  t.field({
    type: CardPayload,
    description: 'Blocks a card: it can neither accrue nor pay. Members may block their own card.',
    authScopes: { $any: { member: true, terminal: true, role: ['ADMIN', 'OPERATOR', 'SECURITY'] } },
    args: { input: t.arg({ type: BlockCardInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.blockCard(ctx.identity, input)),
  }),
);

const UnblockCardInput = builder.inputType('UnblockCardInput', { fields: (t) => ({ cardNumber: t.string({ required: true }) }) });

builder.mutationField('unblockCard', (t) =>
  t.field({
    type: CardPayload,
    description: 'Operators: lifts a card block.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: { input: t.arg({ type: UnblockCardInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.unblockCard(ctx.identity, input)),
  }),
);
