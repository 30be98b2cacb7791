import { builder } from '../builder';
import { readPurchase } from '../data/purchases-store';
import { findRefund } from '../data/refunds-store';
import { amount } from '../domain/money';
import { amountField } from './amount';
import { attempt, errorsField, type Outcome } from './errors';
import { Purchase, PurchaseState } from './purchase';

const ReturnedLine = builder.objectRef<{ lineNo: number; quantity: string }>('ReturnedLine').implement({
  description: 'A line of the purchase and the quantity of it a return takes back.',
  fields: (l) => ({
    lineNo: l.exposeInt('lineNo', { description: 'The purchase line (PurchaseLine.lineNo).' }),
    quantity: l.field({ type: 'Decimal', description: 'Units of the line taken back, up to 3 decimal places.', resolve: (r) => amount(r.quantity) }),
  }),
});

type InCurrency = { currency: string; takenBack: string; forgiven: string; owed: string; hold?: string };

const RefundInCurrency = builder.objectRef<InCurrency>('RefundInCurrency').implement({
  description: 'What a return takes back of offers’ bonuses in a bonus currency other than the purchase’s.',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'The bonus currency’s code.' }),
    accrualTakenBack: amountField(t, 'Taken back (while PENDING: all it will take back).', (r) => r.takenBack),
    accrualForgiven: amountField(t, 'Already spent, forgiven.', (r) => r.forgiven),
    accrualOwed: amountField(t, 'Already spent, written off below zero: a debt in that currency.', (r) => r.owed),
    hold: amountField(t, 'Held from the member’s active bonuses in that currency while PENDING.', (r) => r.hold ?? '0'),
  }),
});

export const PurchaseRefund = builder.prismaObject('PurchaseRefund', {
  description:
    'A return of goods from a confirmed purchase. At a till it is PENDING first (its quantities reserved, the bonuses it takes back held), then CONFIRMED or CANCELLED; an operator’s return is CONFIRMED at once.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The return’s id, for its confirmation or cancellation.' }),
    state: t.field({ type: PurchaseState, description: 'PENDING, CONFIRMED or CANCELLED.', resolve: (r) => r.state }),
    lines: t.field({
      type: [ReturnedLine],
      description: 'What the return takes back, line by line.',
      resolve: (r) => Object.entries(r.lines as Record<string, string>).map(([lineNo, quantity]) => ({ lineNo: Number(lineNo), quantity })),
    }),
    bonusReturned: amountField(t, 'Paid bonuses given back.', (r) => r.bonusReturned),
    accrualTakenBack: amountField(t, 'Accrued bonuses taken back (while PENDING: all the accrual the return will take back).', (r) => r.accrualTakenBack),
    accrualForgiven: amountField(t, 'Accrued bonuses already spent, forgiven (return policy FORGIVE).', (r) => r.accrualForgiven),
    accrualOwed: amountField(
      t,
      'Accrued bonuses already spent, written off below zero (return policy WRITE_OFF_TO_NEGATIVE): a debt the next accruals repay.',
      (r) => r.accrualOwed,
    ),
    otherCurrencies: t.field({
      type: [RefundInCurrency],
      description: 'The same for offers’ bonuses in other currencies, per currency (while PENDING: what it will take back, and what it holds).',
      resolve: (r) => r.otherCurrencies as InCurrency[],
    }),
    hold: amountField(t, 'Bonuses held from the member’s active balance while PENDING.', (r) => r.hold),
    holdExpiresAt: t.expose('holdExpiresAt', { type: 'DateTime', nullable: true, description: 'Unless confirmed by then, the return cancels itself.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was calculated (made, for an operator’s return).' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: 'When it was confirmed; null unless CONFIRMED.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled; null unless CANCELLED.' }),
    cancelReason: t.exposeString('cancelReason', {
      nullable: true,
      description: 'The terminal’s reason, CANCELLED_BY_TERMINAL when it gave none, or TIMEOUT when the hold lapsed; null unless CANCELLED.',
    }),
  }),
});

builder.objectField(Purchase, 'refunds', (t) =>
  t.prismaField({
    type: [PurchaseRefund],
    description: 'Returns made against this purchase (pending ones included), oldest first.',
    resolve: (query, p, _args, ctx) => ctx.db.purchaseRefund.findMany({ ...query, where: { purchaseId: p.id }, orderBy: { createdAt: 'asc' } }),
  }),
);

const RefundPayload = builder.objectRef<Outcome<string>>('RefundPayload').implement({
  description: 'The return a call created or changed, and its purchase.',
  fields: (t) => ({
    refund: t.prismaField({
      type: 'PurchaseRefund',
      nullable: true,
      description: 'The return as it is now. Null when errors is not empty.',
      resolve: (query, o, _args, ctx) => (o.result ? ctx.db.purchaseRefund.findUnique({ ...query, where: { id: o.result } }) : null),
    }),
    purchase: t.field({
      type: Purchase,
      nullable: true,
      description: 'The purchase returned from, with all its returns. Null when errors is not empty.',
      resolve: async (o, _args, ctx) => {
        const refund = o.result ? await findRefund(ctx.db, o.result) : null;
        return refund ? readPurchase(ctx.db, refund.purchaseId) : null;
      },
    }),
    errors: errorsField(t),
  }),
});

const RefundLineInput = builder.inputType('RefundLineInput', {
  description: 'A returned quantity of one line; a line named twice counts once, with the quantities added up.',
  fields: (t) => ({
    lineNo: t.int({ required: true, description: 'The purchase line (PurchaseLine.lineNo).' }),
    quantity: t.field({
      type: 'Decimal',
      required: true,
      description: 'Units returned: positive, at most 3 decimal places, at most what is left of the line.',
    }),
  }),
});

const RefundPurchaseInput = builder.inputType('RefundPurchaseInput', {
  description: 'A full or partial return of a confirmed purchase.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    purchaseId: t.id({ required: true, description: 'The confirmed purchase, made at any point of sale of the company.' }),
    lines: t.field({ type: [RefundLineInput], description: 'Returned quantities by line; everything not yet returned when omitted.' }),
  }),
});

const RETURN_RULES =
  'Gives back the bonuses paid on the returned goods and takes back what they accrued (the purchase’s own lot first, then the active balance; what was already spent beyond that becomes a debt or is forgiven, by the return policy of the point of sale of the purchase). However returns are worded or raced, together they never give back more than the purchase paid nor take back more than it accrued.';

const toRefundInput = (input: {
  idempotencyKey: string;
  purchaseId: string | number;
  lines?: Array<{ lineNo: number; quantity: { toString(): string } }> | null;
}) => ({
  idempotencyKey: input.idempotencyKey,
  purchaseId: String(input.purchaseId),
  lines: input.lines?.map((line) => ({ lineNo: line.lineNo, quantity: amount(line.quantity) })) ?? null,
});

builder.mutationField('refundPurchase', (t) =>
  t.field({
    type: RefundPayload,
    description: `Operators (ADMIN, OPERATOR), back office: a full or partial return by lines in one step. ${RETURN_RULES} Emits purchase.refunded. Errors: INVALID_INPUT, PURCHASE_NOT_FOUND, PURCHASE_NOT_CONFIRMED, INVALID_RECEIPT, IDEMPOTENCY_CONFLICT.`,
    authScopes: { role: ['ADMIN', 'OPERATOR'] },
    args: { input: t.arg({ type: RefundPurchaseInput, required: true, description: 'The purchase and what is returned.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.refunds.refundPurchase(ctx.identity, toRefundInput(input))),
  }),
);

builder.mutationField('calculateRefund', (t) =>
  t.field({
    type: RefundPayload,
    description: `Terminals, phase one of a return at any point of sale of the company: what it gives back and takes back; the quantities are reserved and the bonuses it will take from the balance held. Nothing changes a balance until confirmRefund. ${RETURN_RULES} Errors: INVALID_INPUT, PURCHASE_NOT_FOUND, PURCHASE_NOT_CONFIRMED, INVALID_RECEIPT, IDEMPOTENCY_CONFLICT.`,
    authScopes: { terminal: true },
    args: { input: t.arg({ type: RefundPurchaseInput, required: true, description: 'The purchase and what is returned.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.refunds.calculateRefund(ctx.identity, toRefundInput(input))),
  }),
);

const RefundActionInput = builder.inputType('RefundActionInput', {
  description: 'Confirms or cancels a pending return.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    refundId: t.id({ required: true, description: 'The pending return, from calculateRefund.' }),
    reason: t.string({ description: 'Why it is cancelled (cancelRefund only).' }),
  }),
});

builder.mutationField('confirmRefund', (t) =>
  t.field({
    type: RefundPayload,
    description:
      'Terminals of the point of sale that calculated it: applies a pending return, atomically, its shares taken again on the confirmed returns of the purchase. Emits purchase.refunded. Errors: INVALID_INPUT, REFUND_NOT_FOUND, REFUND_NOT_PENDING, REFUND_EXPIRED, IDEMPOTENCY_CONFLICT.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: RefundActionInput, required: true, description: 'The return, and the reason for a cancellation.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.refunds.confirmRefund(ctx.identity, { ...input, refundId: String(input.refundId) })),
  }),
);

builder.mutationField('cancelRefund', (t) =>
  t.field({
    type: RefundPayload,
    description:
      'Terminals of the point of sale that calculated it: drops a pending return (also one whose hold has lapsed); its quantities and held bonuses are free again. Errors: INVALID_INPUT, REFUND_NOT_FOUND, REFUND_NOT_PENDING, IDEMPOTENCY_CONFLICT.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: RefundActionInput, required: true, description: 'The return, and the reason for a cancellation.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.refunds.cancelRefund(ctx.identity, { ...input, refundId: String(input.refundId) })),
  }),
);
