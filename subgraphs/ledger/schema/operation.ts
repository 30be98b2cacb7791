import { builder } from '../builder';
import { amount } from '../domain/money';
import type { OperationActorKind as ActorKind, OperationChannel as Channel } from '../domain/operation-actor';
import { amountField } from './amount';
import { BalanceDetails } from './balance';
import { attempt, errorsField, type Outcome } from './errors';

export const OperationKind = builder.enumType('OperationKind', {
  description: 'What an operation did to the balance.',
  values: {
    ACCRUAL: { description: 'Bonuses earned: a purchase’s accrual, a manual or imported accrual, or paid bonuses a return gave back.' },
    PAYMENT: { description: 'Bonuses spent on a purchase (at a till, or imported).' },
    DEDUCTION: { description: 'Bonuses taken off by hand, or accrued bonuses a return took back.' },
  } as const,
});

const ACTOR_KINDS: Record<ActorKind, { description: string }> = {
  operator: { description: 'An operator in the back office (one-step operations, imports, bulk accruals); actorId is the operator.' },
  terminal: { description: 'A terminal at a till (purchases, returns, a cashier’s manual operations); actorId is the terminal.' },
  offer: { description: 'An offer rewarding a member’s action (registration, a card activated); actorId is the offer.' },
};

const CHANNELS: Record<Channel, { description: string }> = {
  ADMIN: { description: 'The back office: admin tools, the contact center, imports and bulk accruals.' },
  POS: { description: 'A till at a point of sale.' },
  SYSTEM: { description: 'The platform itself, on an event (an offer’s reward).' },
};

export const OperationActorKind = builder.enumType('OperationActorKind', {
  description: 'Who recorded an operation. The values are lower case, as they have always been on the wire.',
  values: ACTOR_KINDS,
});

export const OperationChannel = builder.enumType('OperationChannel', {
  description: 'Through which channel an operation was recorded.',
  values: CHANNELS,
});

export const Operation = builder.prismaObject('Operation', {
  description: 'One movement in the append-only ledger: who did it, through which channel, when it took effect and when it was recorded.',
  fields: (t) => ({
    id: t.id({ description: 'The operation’s id; ids grow in recording order.', resolve: (o) => o.id.toString() }),
    kind: t.field({ type: OperationKind, description: 'What the operation did to the balance.', resolve: (o) => o.kind }),
    amount: amountField(t, 'Bonuses the operation moved: added by an accrual, taken by a payment or deduction. Always positive.', (o) => o.amount),
    memberId: t.exposeID('memberId', { description: 'The member whose account it moved.' }),
    effectiveAt: t.expose('effectiveAt', {
      type: 'DateTime',
      description: 'When it took effect: the balance at a moment counts it from then (back-dated corrections, imports and offline receipts lie in the past).',
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When the ledger recorded it.' }),
    actorKind: t.field({ type: OperationActorKind, description: 'Who recorded it.', resolve: (o) => o.actorKind as ActorKind }),
    actorId: t.exposeString('actorId', { nullable: true, description: 'The operator’s or terminal’s id; null when not known.' }),
    channel: t.field({
      type: OperationChannel,
      nullable: true,
      description: 'Through which channel it was recorded; null when not known.',
      resolve: (o) => o.channel as Channel | null,
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why, as the operator or cashier gave it (or the purchase or return it belongs to); null when none was given.',
    }),
    externalId: t.exposeString('externalId', { nullable: true, description: 'Its id in the system it was imported from; null unless imported.' }),
    currency: t.string({
      description: 'The code of the bonus currency it moved.',
      select: { account: { select: { currency: { select: { code: true } } } } },
      resolve: (o) => o.account.currency.code,
    }),
  }),
});

type Recorded = { operationId: bigint; memberId: string; currencyCode: string };

const LedgerChangePayload = builder.objectRef<Outcome<Recorded>>('LedgerChangePayload').implement({
  description: 'What accrueBonuses and deductBonuses answer: the recorded operation and the balance right after it, or why it was refused.',
  fields: (t) => ({
    operation: t.prismaField({
      type: 'Operation',
      nullable: true,
      description: 'The recorded operation (the first one, for a retry with the same key). Null when errors is not empty.',
      resolve: (query, o, _args, ctx) => (o.result ? ctx.db.operation.findUnique({ ...query, where: { id: o.result.operationId } }) : null),
    }),
    balance: t.field({
      type: BalanceDetails,
      nullable: true,
      description: 'The member’s balance in the operation’s currency now. Null when errors is not empty.',
      resolve: (o, _args, ctx) => (o.result ? ctx.services.ledger.balance(ctx.identity, o.result.memberId, o.result.currencyCode, null) : null),
    }),
    errors: errorsField(t),
  }),
});

const AccrueBonusesInput = builder.inputType('AccrueBonusesInput', {
  description: 'A manual accrual to one member, named by memberId or cardNumber.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; or give cardNumber.' }),
    cardNumber: t.string({ description: 'A card in use of the member, instead of memberId (spaces and dashes ignored); a blocked card is refused.' }),
    idempotencyKey: t.string({ description: 'Optional (1 to 128 characters): a retry with the same key returns the first result and changes nothing.' }),
    currency: t.string({ description: 'Currency code; the default bonus currency when omitted.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Bonuses to accrue: positive, at most 2 decimal places, up to 1,000,000,000.' }),
    reason: t.string({ description: 'Why (goodwill, a missed accrual…); kept on the operation.' }),
    effectiveAt: t.field({ type: 'DateTime', description: 'When it took effect; now when omitted, earlier for corrections, never in the future.' }),
    activatesAt: t.field({ type: 'DateTime', description: 'Not payable before; at once when omitted.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'Expires unspent at; never when omitted.' }),
  }),
});

builder.mutationField('accrueBonuses', (t) =>
  t.field({
    type: LedgerChangePayload,
    description:
      'Operators (ADMIN, OPERATOR, MARKETER): manual accrual to a member in one step (a lot with optional activation and expiry), within the limits; a back-dated one replays later spends, and is refused with INSUFFICIENT_BALANCE when a later spend would no longer be covered. Terminals use calculateManualOperation / confirmManualOperation. Emits bonuses.accrued. Errors: INVALID_INPUT, INVALID_AMOUNT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CARD_NOT_FOUND, CARD_BLOCKED, CURRENCY_NOT_FOUND, LIMIT_EXCEEDED, INSUFFICIENT_BALANCE, IDEMPOTENCY_CONFLICT, DATE_OUT_OF_RANGE.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'MARKETER'] },
    args: { input: t.arg({ type: AccrueBonusesInput, required: true, description: 'Whom to accrue to, how much and when.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.ledger.accrueBonuses(ctx.identity, {
          ...input,
          memberId: input.memberId == null ? null : String(input.memberId),
          amount: amount(input.amount),
        }),
      ),
  }),
);

const DeductBonusesInput = builder.inputType('DeductBonusesInput', {
  description: 'A manual deduction from one member, named by memberId or cardNumber.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; or give cardNumber.' }),
    cardNumber: t.string({ description: 'A card in use of the member, instead of memberId (spaces and dashes ignored); a blocked card is refused.' }),
    idempotencyKey: t.string({ description: 'Optional (1 to 128 characters): a retry with the same key returns the first result and changes nothing.' }),
    currency: t.string({ description: 'Currency code; the default bonus currency when omitted.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Bonuses to deduct: positive, at most 2 decimal places, up to 1,000,000,000.' }),
    reason: t.string({ required: true, description: 'Why (a correction, a double accrual…); required, kept on the operation.' }),
    effectiveAt: t.field({ type: 'DateTime', description: 'When it took effect; now when omitted, never in the future.' }),
  }),
});

builder.mutationField('deductBonuses', (t) =>
  t.field({
    type: LedgerChangePayload,
    description:
      'Operators (ADMIN, OPERATOR): manual deduction with a reason in one step, drawn from active lots in spending order, within the limits; refused with INSUFFICIENT_BALANCE when the active balance, less what pending operations hold, does not cover it. Terminals use calculateManualOperation / confirmManualOperation. Emits bonuses.deducted. Errors: INVALID_INPUT, INVALID_AMOUNT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CARD_NOT_FOUND, CARD_BLOCKED, CURRENCY_NOT_FOUND, LIMIT_EXCEEDED, INSUFFICIENT_BALANCE, IDEMPOTENCY_CONFLICT, DATE_OUT_OF_RANGE.',
    authScopes: { role: ['ADMIN', 'OPERATOR'] },
    args: { input: t.arg({ type: DeductBonusesInput, required: true, description: 'Whom to deduct from, how much, why and when.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.ledger.deductBonuses(ctx.identity, {
          ...input,
          memberId: input.memberId == null ? null : String(input.memberId),
          amount: amount(input.amount),
        }),
      ),
  }),
);
