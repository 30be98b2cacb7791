import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import type { Card as CardRow } from '../data/prisma';
import { isValidCardNumber } from '../domain/card-number';
import { DomainError } from '../domain/errors';
import { CardBlockReason, CardBlockRequestReason, CardKind, CardState } from './enums';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { canSeeCard, fieldsShownBy, seesCardField, visibleOrNull } from './visibility';

/** A Card field shown only to the callers visibility.ts lets see it; null to everyone else. */
const shownTo = fieldsShownBy<CardRow>(seesCardField);

export const Card = builder.prismaObject('Card', {
  description:
    'A loyalty card: physical (from a numbered batch) or virtual. The balance belongs to the member, not the card. What a caller sees of one depends on who they are (visibility.ts).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The card’s id.' }),
    number: t.exposeString('number', { ...shownTo('number'), description: '16 digits, the last one a Luhn check digit; unique in the company.' }),
    kind: t.field({ type: CardKind, ...shownTo('kind'), description: 'Physical or virtual.', resolve: (c) => c.kind }),
    state: t.field({ type: CardState, ...shownTo('state'), description: 'Where the card stands.', resolve: (c) => c.state }),
    blockReason: t.field({
      type: CardBlockReason,
      ...shownTo('blockReason'),
      description: 'Why it is blocked or was replaced; null otherwise.',
      resolve: (c) => c.blockReason,
    }),
    blockedAt: t.expose('blockedAt', { type: 'DateTime', ...shownTo('blockedAt'), description: 'When it was blocked or replaced; null otherwise.' }),
    boundAt: t.expose('boundAt', { type: 'DateTime', ...shownTo('boundAt'), description: 'When it was bound to its member; null while BLANK.' }),
    member: t.relation('member', { ...shownTo('member'), description: 'The member it is bound to; null while BLANK.' }),
    replacedBy: t.relation('replacedBy', { ...shownTo('replacedBy'), description: 'The card that replaced this one; null unless REPLACED.' }),
    batch: t.relation('batch', {
      nullable: true,
      description: 'The batch a physical card came from; null for virtual cards, and for callers other than operators.',
      authScopes: { operator: true },
      unauthorizedResolver: () => null,
    }),
    createdAt: t.expose('createdAt', {
      type: 'DateTime',
      ...shownTo('createdAt'),
      description: 'When the card was issued (its batch created, or the virtual card issued).',
    }),
  }),
});

builder.asEntity(Card, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.card.load(id), (c) => canSeeCard(ctx.identity, c)),
});

export const CardBatch = builder.prismaObject('CardBatch', {
  description: 'A pre-numbered range of physical cards, issued blank.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The batch’s id.' }),
    name: t.exposeString('name', { description: 'Its name for people (“Autumn 2026”).' }),
    prefix: t.exposeString('prefix', { description: 'The digits every card number of the batch starts with.' }),
    firstNumber: t.string({
      description: 'The first sequence number of the range (after the prefix, before the check digit).',
      resolve: (b) => b.firstNumber.toString(),
    }),
    size: t.exposeInt('size', { description: 'How many cards the batch holds, numbered consecutively.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the batch was created.' }),
  }),
});

builder.queryField('card', (t) =>
  t.prismaField({
    type: 'Card',
    nullable: true,
    description:
      "A card of the caller's company by number; members see only their own cards. Null when unknown, malformed or not visible to the caller. A terminal that named too many unknown cards is refused for a while with a GraphQL error whose extensions.code is LOOKUP_RATE_LIMITED (see ErrorCode).",
    authScopes: { signedIn: true },
    args: { number: t.arg.string({ required: true, description: 'The card number; spaces and dashes are ignored.' }) },
    resolve: async (query, _root, args, ctx) => {
      const number = args.number.replace(/[\s-]/g, '');
      const identity = ctx.identity;
      if (identity.kind === 'anonymous' || !isValidCardNumber(number)) return null;
      const find = async () =>
        visibleOrNull(await ctx.db.card.findUnique({ ...query, where: { companyId_number: { companyId: identity.companyId, number } } }), (c) =>
          canSeeCard(identity, c),
        );
      try {
        return await ctx.services.guardLookup(identity, { cardNumber: number }, find, (card) => card !== null);
      } catch (error) {
        // A query has no payload: the refusal is a GraphQL error with the code.
        if (error instanceof DomainError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
        throw error;
      }
    },
  }),
);

const CreateCardBatchInput = builder.inputType('CreateCardBatchInput', {
  description: 'A range of physical card numbers to issue blank.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name for people; not blank.' }),
    prefix: t.string({ required: true, description: '1 to 8 digits, not starting with 0 or 9 (9 is for virtual cards).' }),
    firstNumber: t.string({ description: 'First sequence number, digits only; 1 when omitted. The range must fit the digits left after the prefix.' }),
    size: t.int({ required: true, description: 'Up to 100,000 cards.' }),
  }),
});

builder.mutationField('createCardBatch', (t) =>
  t.field({
    type: payloadType('CreateCardBatchPayload', 'batch', CardBatch, {
      description: 'What createCardBatch answers: the new batch, or why it was refused.',
      result: 'The new batch; its cards are BLANK.',
    }),
    description:
      'Admins: creates a batch of blank physical cards with check-digit numbers (prefix, then the sequence, then a Luhn digit). Refused when the range overlaps existing cards. Emits card_batch.created. Errors: INVALID_INPUT, CARD_NUMBER_CONFLICT.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateCardBatchInput, required: true, description: 'The batch to create.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.createCardBatch(ctx.identity, input)),
  }),
);

const CardPayload = payloadType('CardPayload', 'card', Card, {
  description: 'What a card mutation answers: the card after the change, or why it was refused.',
  result: 'The card after the change.',
});

const IssueVirtualCardInput = builder.inputType('IssueVirtualCardInput', {
  description: 'Whom to issue a virtual card to.',
  fields: (t) => ({ memberId: t.id({ description: 'Omitted by a member issuing a card for themself.' }) }),
});

builder.mutationField('issueVirtualCard', (t) =>
  t.field({
    type: CardPayload,
    description:
      'Members (for themselves), admins and operators: issues a virtual card to a member, active at once for registered members and inactive for card holders until they register. Emits card.issued (and card.activated). Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: { $any: { member: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: IssueVirtualCardInput, required: true, description: 'The member.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.issueVirtualCard(ctx.identity, { memberId: input.memberId?.toString() })),
  }),
);

const BindCardInput = builder.inputType('BindCardInput', {
  description: 'Give memberId, or phone (an unknown phone creates a card holder), or neither (an anonymous card holder).',
  fields: (t) => ({
    cardNumber: t.string({ required: true, description: 'The blank card’s number; spaces and dashes are ignored.' }),
    memberId: t.id({ description: 'The member to bind it to.' }),
    phone: t.string({ description: 'The holder’s phone, instead of memberId: the member with it, or a new card holder.' }),
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
  }),
});

builder.mutationField('bindCard', (t) =>
  t.field({
    type: CardPayload,
    description:
      'Terminals, admins and operators: binds a blank physical card to a member at the checkout; an unknown phone (or none) creates a card holder who collects bonuses until registering. Emits card.bound (and card.activated for a registered member). Errors: INVALID_INPUT, INVALID_CARD_NUMBER, CARD_NOT_FOUND, CARD_BLOCKED, CARD_ALREADY_BOUND, INVALID_PHONE, MEMBER_NOT_FOUND, MEMBER_BLOCKED, IDEMPOTENCY_CONFLICT, LOOKUP_RATE_LIMITED.',
    authScopes: { $any: { terminal: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: BindCardInput, required: true, description: 'The card and whom it goes to.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.bindCard(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ReplaceCardInput = builder.inputType('ReplaceCardInput', {
  description: 'The card to replace, why, and optionally the blank card that replaces it.',
  fields: (t) => ({
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
    cardNumber: t.string({ required: true, description: 'The card to replace, bound to a member.' }),
    newCardNumber: t.string({ description: 'A blank physical card; a virtual card is issued when omitted.' }),
    reason: t.field({ type: CardBlockRequestReason, required: true, description: 'Why; kept as the old card’s blockReason.' }),
  }),
});

const ReplaceCardPayload = builder.objectRef<Outcome<{ oldCard: CardRow; newCard: CardRow }>>('ReplaceCardPayload').implement({
  description: 'What replaceCard answers: the old card and its replacement, or why the replacement was refused.',
  fields: (t) => ({
    oldCard: t.field({
      type: Card,
      nullable: true,
      description: 'The old card, now REPLACED. Null when errors is not empty.',
      resolve: (o) => o.result?.oldCard ?? null,
    }),
    newCard: t.field({
      type: Card,
      nullable: true,
      description: 'The card that replaced it, bound to the same member. Null when errors is not empty.',
      resolve: (o) => o.result?.newCard ?? null,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('replaceCard', (t) =>
  t.field({
    type: ReplaceCardPayload,
    description:
      'Terminals, admins and operators: replaces a lost or damaged card with a blank physical one or, when none is given, a new virtual one; the old card is marked REPLACED with the reason and the member keeps their balance. Emits card.blocked and card.replaced. Errors: INVALID_INPUT, INVALID_CARD_NUMBER, CARD_NOT_FOUND, CARD_REPLACED, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CARD_BLOCKED, CARD_NOT_BLANK, IDEMPOTENCY_CONFLICT, LOOKUP_RATE_LIMITED.',
    authScopes: { $any: { terminal: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: ReplaceCardInput, required: true, description: 'The card to replace and why.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.replaceCard(ctx.identity, input)),
  }),
);

const BlockCardInput = builder.inputType('BlockCardInput', {
  description: 'The card to block and why.',
  fields: (t) => ({
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
    cardNumber: t.string({ required: true, description: 'The card to block.' }),
    reason: t.field({
      type: CardBlockRequestReason,
      required: true,
      description: 'Why; kept as the card’s blockReason. Members may not give SUSPICIOUS_ACTIVITY.',
    }),
    comment: t.string({ description: 'Free text for staff, kept with the block.' }),
  }),
});

builder.mutationField('blockCard', (t) =>
  t.field({
    type: CardPayload,
    description:
      'Members (their own cards, not for SUSPICIOUS_ACTIVITY), terminals, admins, operators and security: blocks a card; it can neither accrue nor pay until unblocked. Emits card.blocked. Errors: INVALID_INPUT, INVALID_CARD_NUMBER, CARD_NOT_FOUND, CARD_BLOCKED, IDEMPOTENCY_CONFLICT, LOOKUP_RATE_LIMITED.',
    authScopes: { $any: { member: true, terminal: true, role: ['ADMIN', 'OPERATOR', 'SECURITY'] } },
    args: { input: t.arg({ type: BlockCardInput, required: true, description: 'The card and why.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.blockCard(ctx.identity, input)),
  }),
);

const UnblockCardInput = builder.inputType('UnblockCardInput', {
  description: 'The card to unblock.',
  fields: (t) => ({ cardNumber: t.string({ required: true, description: 'The blocked card’s number.' }) }),
});

builder.mutationField('unblockCard', (t) =>
  t.field({
    type: CardPayload,
    description:
      'Admins, operators and security: lifts a card block; the card returns to the state its member’s state gives it (BLANK when unbound). Emits card.unblocked. Errors: INVALID_CARD_NUMBER, CARD_NOT_FOUND, CARD_NOT_BLOCKED.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: { input: t.arg({ type: UnblockCardInput, required: true, description: 'The card.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.cards.unblockCard(ctx.identity, input)),
  }),
);
