import { builder } from '../builder';
import { amount } from '../domain/money';
import { amountField } from './amount';
import { attempt, errorsField, type Outcome } from './errors';
import { OperationKind } from './operation';
import { PurchaseState } from './purchase';

export const ManualOperation = builder.prismaObject('ManualOperation', {
  description:
    'A cashier’s manual accrual or deduction at a till, two-phase like a purchase: PENDING (judged by the limits; a deduction holds its bonuses and may wait for the member’s SMS code), then CONFIRMED (recorded in the ledger) or CANCELLED (by the terminal, or by itself when not confirmed in time).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The manual operation’s id, for its confirmation or cancellation.' }),
    state: t.field({ type: PurchaseState, description: 'PENDING, CONFIRMED or CANCELLED.', resolve: (o) => o.state }),
    kind: t.field({ type: OperationKind, description: 'ACCRUAL or DEDUCTION.', resolve: (o) => o.kind }),
    amount: amountField(t, 'Bonuses to accrue or deduct, in the operation’s currency.', (o) => o.amount),
    reason: t.exposeString('reason', { description: 'Why, as the cashier gave it.' }),
    memberId: t.exposeID('memberId', { description: 'The member the card belongs to.' }),
    cardNumber: t.exposeString('cardNumber', { nullable: true, description: 'The card the cashier scanned.' }),
    activatesAt: t.expose('activatesAt', { type: 'DateTime', nullable: true, description: 'An accrual: not payable before; at confirmation when null.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'An accrual: expires unspent at; never when null.' }),
    holdExpiresAt: t.expose('holdExpiresAt', { type: 'DateTime', description: 'Unless confirmed by then, the operation cancels itself.' }),
    codeRequired: t.boolean({
      description: 'The point of sale wants the code sent to the member by SMS before the deduction is confirmed.',
      resolve: (o) => o.codeHash !== null,
    }),
    operation: t.prismaField({
      type: 'Operation',
      nullable: true,
      description: 'The ledger operation its confirmation recorded.',
      resolve: (query, o, _args, ctx) => (o.operationId ? ctx.db.operation.findUnique({ ...query, where: { id: o.operationId } }) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was calculated.' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: 'When it was confirmed; null unless CONFIRMED.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled; null unless CANCELLED.' }),
    cancelReason: t.exposeString('cancelReason', {
      nullable: true,
      description: 'The terminal’s reason, CANCELLED_BY_TERMINAL when it gave none, or TIMEOUT when the hold lapsed; null unless CANCELLED.',
    }),
  }),
});

const ManualOperationPayload = builder.objectRef<Outcome<string>>('ManualOperationPayload').implement({
  description: 'What a call of the manual-operation set answers: the operation as it is now, or why the call was refused.',
  fields: (t) => ({
    manualOperation: t.prismaField({
      type: 'ManualOperation',
      nullable: true,
      description: 'The manual operation as it is now. Null when errors is not empty.',
      resolve: (query, o, _args, ctx) => (o.result ? ctx.db.manualOperation.findUnique({ ...query, where: { id: o.result } }) : null),
    }),
    errors: errorsField(t),
  }),
});

const ManualOperationKind = builder.enumType('ManualOperationKind', {
  description: 'What a cashier does by hand.',
  values: {
    ACCRUAL: { description: 'Adds bonuses (goodwill, a missed accrual).' },
    DEDUCTION: { description: 'Takes bonuses off (a correction); held from calculation to confirmation.' },
  } as const,
});

const CalculateManualOperationInput = builder.inputType('CalculateManualOperationInput', {
  description: 'A cashier’s manual accrual or deduction for the card’s member.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    cardNumber: t.string({ required: true, description: 'The member’s card.' }),
    kind: t.field({ type: ManualOperationKind, required: true, description: 'Accrue or deduct.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Bonus units, positive, at most 2 decimal places.' }),
    reason: t.string({ required: true, description: 'Why; required, not blank.' }),
    currency: t.string({ description: 'Bonus currency code; the default one when omitted.' }),
    activatesAt: t.field({ type: 'DateTime', description: 'An accrual: not payable before; at once when omitted.' }),
    expiresAt: t.field({ type: 'DateTime', description: 'An accrual: expires unspent at; never when omitted.' }),
  }),
});

builder.mutationField('calculateManualOperation', (t) =>
  t.field({
    type: ManualOperationPayload,
    description:
      'Terminals, phase one of a cashier’s manual accrual or deduction: checks the card and the limits, holds the bonuses a deduction takes and, where the point of sale requires it, sends the member a code (bonuses.deduction_code_requested). Nothing changes a balance until confirmManualOperation. Errors: INVALID_INPUT, INVALID_AMOUNT, CARD_NOT_FOUND, CARD_BLOCKED, MEMBER_BLOCKED, CURRENCY_NOT_FOUND, INSUFFICIENT_BALANCE, LIMIT_EXCEEDED, CODE_REQUESTED_TOO_OFTEN, IDEMPOTENCY_CONFLICT, DATE_OUT_OF_RANGE, LOOKUP_RATE_LIMITED.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: CalculateManualOperationInput, required: true, description: 'The operation to calculate.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.tillManual.calculateManualOperation(ctx.identity, { ...input, amount: amount(input.amount) })),
  }),
);

const ManualOperationActionInput = builder.inputType('ManualOperationActionInput', {
  description: 'Confirms or cancels a pending manual operation.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    manualOperationId: t.id({ required: true, description: 'The pending operation, from calculateManualOperation.' }),
    code: t.string({ description: 'The code sent to the member (confirmManualOperation, where the point of sale requires it).' }),
    reason: t.string({ description: 'Why it is cancelled (cancelManualOperation only).' }),
  }),
});

builder.mutationField('confirmManualOperation', (t) =>
  t.field({
    type: ManualOperationPayload,
    description:
      'Terminals of the point of sale that calculated it: records the operation in the ledger, judged by the limits again; a deduction the point of sale guards needs the code sent to the member. A wrong code uses up one of its five tries; a refusal that a code cures may be retried with the same key. Emits bonuses.accrued or bonuses.deducted. Errors: INVALID_INPUT, CARD_BLOCKED, OPERATION_NOT_FOUND, OPERATION_NOT_PENDING, OPERATION_EXPIRED, PAYMENT_CODE_REQUIRED, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INSUFFICIENT_BALANCE, LIMIT_EXCEEDED, IDEMPOTENCY_CONFLICT, DATE_OUT_OF_RANGE.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: ManualOperationActionInput, required: true, description: 'The operation, and the code or the reason.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.tillManual.confirmManualOperation(ctx.identity, { ...input, manualOperationId: String(input.manualOperationId) })),
  }),
);

builder.mutationField('cancelManualOperation', (t) =>
  t.field({
    type: ManualOperationPayload,
    description:
      'Terminals of the point of sale that calculated it: drops a pending manual operation (also one whose hold has lapsed) and releases what it held. Errors: INVALID_INPUT, OPERATION_NOT_FOUND, OPERATION_NOT_PENDING, IDEMPOTENCY_CONFLICT.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: ManualOperationActionInput, required: true, description: 'The operation, and the code or the reason.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.tillManual.cancelManualOperation(ctx.identity, { ...input, manualOperationId: String(input.manualOperationId) })),
  }),
);
