import { builder } from '../builder';
import { findPurchase, purchaseIdByKey, readPurchase } from '../data/purchases-store';
import { amount, type Decimal } from '../domain/money';
import type { CalculatedLine } from '../domain/receipt';
import type { PurchaseAnswer } from '../services/purchase-service';
import { amountField } from './amount';
import { attempt, errorsField, type Outcome } from './errors';

export const PurchaseState = builder.enumType('PurchaseState', {
  description: 'Where a two-phase operation of the till (a purchase, a return, a manual operation) stands.',
  values: {
    PENDING: { description: 'Calculated; what it takes is held until it is confirmed or cancelled, or its hold lapses.' },
    CONFIRMED: { description: 'Applied to the balance.' },
    CANCELLED: { description: 'Dropped, by the terminal or by itself when not confirmed in time; it changed no balance.' },
  } as const,
});

/** A calculated line as stored in JSON: amounts as decimal strings. */
export type StoredLine = Omit<CalculatedLine, 'price' | 'quantity' | 'registerDiscount' | 'discount' | 'total' | 'bonusPaid' | 'accrual'> &
  Record<'price' | 'quantity' | 'registerDiscount' | 'discount' | 'total' | 'bonusPaid' | 'accrual', string>;

export const PurchaseLine = builder.objectRef<StoredLine>('PurchaseLine').implement({
  description: 'A line of the receipt as calculated: money fields in the POS currency, accrual in bonuses.',
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo', { description: 'Its position on the receipt, from 1; returns name lines by it.' }),
    product: t.exposeString('product', { description: 'The product as the register named it.' }),
    category: t.exposeString('category', { nullable: true, description: 'The product category the register gave; null when none.' }),
    brand: t.string({ nullable: true, description: 'The brand the register gave; null when none.', resolve: (l) => l.brand ?? null }),
    price: amountField(t, 'Unit price, in money.', (l) => l.price),
    quantity: t.field({ type: 'Decimal', description: 'Units sold, up to 3 decimal places (weighed goods).', resolve: (l) => amount(l.quantity) }),
    registerDiscount: amountField(t, "The register's own discount, accepted.", (l) => l.registerDiscount),
    discount: amountField(t, 'The platform’s direct discount, with the line’s share of the rounding correction.', (l) => l.discount),
    total: amountField(t, 'What the line costs after every discount.', (l) => l.total),
    bonusPaid: amountField(t, 'Money paid on the line with bonuses.', (l) => l.bonusPaid),
    accrual: amountField(t, 'Bonuses the line accrues.', (l) => l.accrual),
  }),
});

export const Purchase = builder.prismaObject('Purchase', {
  description: 'A receipt in the two-phase protocol. Money fields are in the POS currency; bonus fields in the bonus currency.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The purchase’s id, for its confirmation, cancellation and returns.' }),
    state: t.field({ type: PurchaseState, description: 'PENDING, CONFIRMED or CANCELLED.', resolve: (p) => p.state }),
    cardNumber: t.exposeString('cardNumber', { nullable: true, description: 'The card the member was named by; null when by phone or without a member.' }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member; null for a receipt without a member.' }),
    lines: t.field({ type: [PurchaseLine], description: 'The receipt’s lines, in the register’s order.', resolve: (p) => p.lines as unknown as StoredLine[] }),
    subtotal: amountField(t, 'The sum of the lines before any discount, each line being price × quantity rounded down to the cent.', (p) => p.subtotal),
    discount: amountField(
      t,
      'Every discount on the receipt: the register’s own, the platform’s direct ones and the rounding correction. subtotal − discount = total, always.',
      (p) => p.discount,
    ),
    roundingCorrection: amountField(
      t,
      'What rounding the discounted total down to the program’s step took off (part of discount).',
      (p) => p.roundingCorrection,
    ),
    total: amountField(t, 'The receipt after discounts, before paying with bonuses.', (p) => p.total),
    maxBonusPayment: amountField(t, 'The most that may be paid with bonuses (bonus units).', (p) => p.maxBonusPayment),
    bonusPayment: amountField(t, 'Bonuses held now, paid at confirmation.', (p) => p.bonusPayment),
    cashDue: amountField(t, 'What remains to pay in money.', (p) => p.cashDue),
    accrual: amountField(t, 'Bonuses accrued at confirmation.', (p) => p.accrual),
    accrualActivatesAt: t.expose('accrualActivatesAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the accrual can pay (the program’s activation delay after the sale); null when nothing accrues. Offers’ bonuses with an activation delay or lifetime of their own are accrued in lots of their own, with their own dates.',
    }),
    accrualExpiresAt: t.expose('accrualExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When what is left of the accrual expires; null when it never does or nothing accrues. Offers’ bonuses with their own lifetime expire on their own dates.',
    }),
    holdExpiresAt: t.expose('holdExpiresAt', { type: 'DateTime', description: 'Unless confirmed by then, the purchase cancels itself.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was calculated (received, for an offline receipt).' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: 'When it was confirmed; null unless CONFIRMED.' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled; null unless CANCELLED.' }),
    cancelReason: t.exposeString('cancelReason', {
      nullable: true,
      description: 'The terminal’s reason, CANCELLED_BY_TERMINAL when it gave none, or TIMEOUT when the hold lapsed; null unless CANCELLED.',
    }),
    offline: t.exposeBoolean('offline', { description: 'Sent later by a register that was offline; it accrued only.' }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When the sale happened (the register’s time for an offline receipt).',
      resolve: (p) => p.occurredAt ?? p.createdAt,
    }),
    paymentCodeRequired: t.boolean({
      description:
        'The SMS code sent to the member is needed before the bonus payment is confirmed: the point of sale asks for it, or the member was named by phone alone and the point of sale does not allow that without a code.',
      resolve: (p) => p.paymentCodeHash !== null && Number(p.bonusPayment) > 0,
    }),
  }),
});

export const PurchasePayload = builder.objectRef<Outcome<PurchaseAnswer>>('PurchasePayload').implement({
  description: 'What a call of the purchase set answers: the purchase as it is now, or why the call was refused.',
  fields: (t) => ({
    purchase: t.field({
      type: Purchase,
      nullable: true,
      description: 'The purchase as it is now. Null when errors is not empty.',
      // The row the call wrote, or one plain read: every POS call answers with its purchase (refunds load on their own when asked).
      resolve: (o, _args, ctx) => (typeof o.result === 'string' ? readPurchase(ctx.sql, o.result) : (o.result ?? null)),
    }),
    errors: errorsField(t),
  }),
});

const ReceiptLineInput = builder.inputType('ReceiptLineInput', {
  description: 'A line of the register’s receipt (1 to 500 lines per receipt).',
  fields: (t) => ({
    product: t.string({ required: true, description: 'The product’s name or code; not blank.' }),
    category: t.string({ description: 'The product’s category path, levels separated by `/` (`drinks/coffee`): an offer naming any level applies.' }),
    brand: t.string({ description: 'The product’s brand, for offers that name one.' }),
    price: t.field({ type: 'Decimal', required: true, description: 'Unit price in the POS currency: 0 to 1,000,000,000, at most 2 decimal places.' }),
    quantity: t.field({ type: 'Decimal', required: true, description: 'Units sold: positive, up to 10,000, at most 3 decimal places (weighed goods).' }),
    registerDiscount: t.field({ type: 'Decimal', description: "The register's own discount on the line, in money; at most the line's amount." }),
  }),
});

const CalculatePurchaseInput = builder.inputType('CalculatePurchaseInput', {
  description: 'The register’s receipt, the member by card or phone (or neither), and what to pay with bonuses.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    cardNumber: t.string({ description: 'The member’s card (barcode, magnetic stripe, QR).' }),
    phone: t.string({ description: 'The member’s phone, instead of a card. Neither: a receipt without a member.' }),
    currency: t.string({ description: 'Bonus currency code; the default one when omitted.' }),
    lines: t.field({ type: [ReceiptLineInput], required: true, description: 'The receipt’s lines, 1 to 500.' }),
    payWithBonuses: t.field({
      type: 'Decimal',
      description: 'Bonuses to pay with (held until confirmation), at most 2 decimal places; none when omitted or zero.',
    }),
    localTime: t.string({
      description:
        'The register’s local time, ISO-8601 (`2026-12-05T14:30:00+01:00`): offers’ periods, days and hours are judged on its clock when it agrees with ours (within 15 minutes, read in its offset; without an offset, within the time zones’ span); a clock that is off is read as now in its offset, and one that cannot be read, or none, gives way to the company’s time zone.',
    }),
    coupons: t.stringList({
      description:
        'Coupon codes presented (up to 10): each opens the offer it was issued for. One whose offer applies is held for this purchase and spent at its confirmation; a coupon another pending purchase holds counts as used.',
    }),
    explainOffers: t.boolean({
      description:
        'Also say why each of the company’s offers that did not apply did not (Purchase.offersNotApplied); for support and testing, not every receipt.',
    }),
  }),
});

builder.mutationField('calculatePurchase', (t) =>
  t.field({
    type: PurchasePayload,
    description:
      'Terminals: calculates a receipt (discounts, rounding, accrual and its lot dates, the most payable with bonuses) for the member named by card or phone (or none), judged by the limits, and holds the bonuses to pay; where the point of sale requires it, or the member is named by phone alone and the point of sale does not allow that without a code, sends the member a code (purchase.payment_code_requested). Confirm or cancel it next; it cancels itself when not confirmed in time. Errors: INVALID_INPUT, INVALID_PHONE, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CARD_NOT_FOUND, CARD_BLOCKED, CURRENCY_NOT_FOUND, INVALID_RECEIPT, INVALID_AMOUNT, MEMBER_CANNOT_SPEND, INSUFFICIENT_BALANCE, PAYMENT_EXCEEDS_SHARE, LIMIT_EXCEEDED, IDEMPOTENCY_CONFLICT, LOOKUP_RATE_LIMITED, COUPON_NOT_FOUND, COUPON_EXPIRED, COUPON_USED_UP, COUPON_NOT_YOURS.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: CalculatePurchaseInput, required: true, description: 'The receipt to calculate.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.purchases.calculatePurchase(ctx.identity, {
          ...input,
          payWithBonuses: input.payWithBonuses ? amount(input.payWithBonuses) : null,
          lines: input.lines.map(toReceiptLine),
        }),
      ),
  }),
);

function toReceiptLine(line: { product: string; category?: string | null; price: Decimal; quantity: Decimal; registerDiscount?: Decimal | null }) {
  return { ...line, registerDiscount: line.registerDiscount ?? null };
}

const RequestBonusPaymentInput = builder.inputType('RequestBonusPaymentInput', {
  description: 'The bonuses a pending purchase is to be paid with.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    purchaseId: t.id({ required: true, description: 'The pending purchase.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Bonuses to pay with, at most 2 decimal places; zero pays none.' }),
  }),
});

builder.mutationField('requestBonusPayment', (t) =>
  t.field({
    type: PurchasePayload,
    description:
      'Terminals of the point of sale that calculated it: pays a pending purchase with bonuses after its calculation (or changes the amount; zero pays none). The receipt is calculated again and the bonuses held; where a code is needed (see calculatePurchase), a new SMS code is sent (purchase.payment_code_requested). Errors: INVALID_INPUT, PURCHASE_NOT_FOUND, PURCHASE_NOT_PENDING, PURCHASE_EXPIRED, MEMBER_CANNOT_SPEND, MEMBER_BLOCKED, CARD_NOT_FOUND, CARD_BLOCKED, INVALID_AMOUNT, INSUFFICIENT_BALANCE, PAYMENT_EXCEEDS_SHARE, LIMIT_EXCEEDED, CODE_REQUESTED_TOO_OFTEN, IDEMPOTENCY_CONFLICT.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: RequestBonusPaymentInput, required: true, description: 'The purchase and the bonuses to pay.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.purchases.requestBonusPayment(ctx.identity, { ...input, purchaseId: String(input.purchaseId), amount: amount(input.amount) })),
  }),
);

const PurchaseActionInput = builder.inputType('ConfirmPurchaseInput', {
  description: 'The pending purchase to confirm, with the member’s code where a bonus payment needs one.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    purchaseId: t.id({ required: true, description: 'The pending purchase.' }),
    paymentCode: t.string({ description: 'The SMS code, where paying with bonuses needs one (Purchase.paymentCodeRequired).' }),
  }),
});

builder.mutationField('confirmPurchase', (t) =>
  t.field({
    type: PurchasePayload,
    description:
      'Terminals of the point of sale that calculated it: applies a pending purchase atomically, judged by the limits again: pays the held bonuses and accrues. A wrong SMS code uses up one of its five tries; a refusal that a code cures (PAYMENT_CODE_REQUIRED, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS) may be retried with the same key. Emits purchase.confirmed. Errors: INVALID_INPUT, PURCHASE_NOT_FOUND, PURCHASE_NOT_PENDING, PURCHASE_EXPIRED, PAYMENT_CODE_REQUIRED, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, MEMBER_BLOCKED, CARD_NOT_FOUND, CARD_BLOCKED, MEMBER_CANNOT_SPEND, INSUFFICIENT_BALANCE, LIMIT_EXCEEDED, IDEMPOTENCY_CONFLICT.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: PurchaseActionInput, required: true, description: 'The purchase to confirm.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.purchases.confirmPurchase(ctx.identity, { ...input, purchaseId: String(input.purchaseId) })),
  }),
);

const RegisterOfflinePurchaseInput = builder.inputType('RegisterOfflinePurchaseInput', {
  description: 'A receipt the register kept while offline, with the member by card or phone (or neither).',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per receipt (1 to 128 characters): a resend with the same key gets the first answer.' }),
    occurredAt: t.field({ type: 'DateTime', required: true, description: 'When the sale happened, in the register’s local time with its offset.' }),
    cardNumber: t.string({ description: 'The member’s card.' }),
    phone: t.string({ description: 'The member’s phone, instead of a card. Neither: a receipt without a member.' }),
    currency: t.string({ description: 'Bonus currency code; the default one when omitted.' }),
    lines: t.field({ type: [ReceiptLineInput], required: true, description: 'The receipt’s lines, 1 to 500.' }),
    localTime: t.string({
      description:
        'The register’s local time, ISO-8601 (`2026-12-05T14:30:00+01:00`): offers’ periods, days and hours are judged on its clock when it agrees with ours (within 15 minutes, read in its offset; without an offset, within the time zones’ span); a clock that is off is read as now in its offset, and one that cannot be read, or none, gives way to the company’s time zone.',
    }),
  }),
});

builder.mutationField('registerOfflinePurchase', (t) =>
  t.field({
    type: PurchasePayload,
    description:
      'Terminals: a receipt kept while the register was offline, sent once it is back (up to 30 days later). Calculated and confirmed in one call at the time of the sale: it accrues (lots dated from the sale, later spends replayed) and never pays with bonuses. Emits purchase.confirmed. Errors: INVALID_INPUT, INVALID_PHONE, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CARD_NOT_FOUND, CARD_BLOCKED, CURRENCY_NOT_FOUND, INVALID_RECEIPT, LIMIT_EXCEEDED, INSUFFICIENT_BALANCE, IDEMPOTENCY_CONFLICT, DATE_OUT_OF_RANGE, LOOKUP_RATE_LIMITED.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: RegisterOfflinePurchaseInput, required: true, description: 'The receipt and when it was made.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.purchases.registerOfflinePurchase(ctx.identity, { ...input, lines: input.lines.map(toReceiptLine) })),
  }),
);

const CancelPurchaseInput = builder.inputType('CancelPurchaseInput', {
  description: 'The pending purchase to cancel.',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Unique per call (1 to 128 characters); a retry with the same key gets the first answer.' }),
    purchaseId: t.id({ required: true, description: 'The pending purchase.' }),
    reason: t.string({ description: 'Why, kept as its cancelReason; CANCELLED_BY_TERMINAL when omitted.' }),
  }),
});

builder.mutationField('cancelPurchase', (t) =>
  t.field({
    type: PurchasePayload,
    description:
      'Terminals of the point of sale that calculated it: cancels a pending purchase (also one whose hold has lapsed) and releases its held bonuses. Emits purchase.cancelled. Errors: INVALID_INPUT, PURCHASE_NOT_FOUND, PURCHASE_NOT_PENDING, IDEMPOTENCY_CONFLICT.',
    authScopes: { terminal: true },
    args: { input: t.arg({ type: CancelPurchaseInput, required: true, description: 'The purchase to cancel.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.purchases.cancelPurchase(ctx.identity, { ...input, purchaseId: String(input.purchaseId) })),
  }),
);

builder.queryField('purchase', (t) =>
  t.field({
    type: Purchase,
    nullable: true,
    description: 'A purchase of the caller’s company, for its terminals and operators (an adapter that lost a response learns the state). Null when unknown.',
    authScopes: { $any: { terminal: true, operator: true } },
    args: { id: t.arg.id({ required: true, description: 'The purchase’s id.' }) },
    resolve: async (_root, args, ctx) => {
      const caller = ctx.identity;
      if (caller.kind !== 'terminal' && caller.kind !== 'operator') return null;
      return findPurchase(ctx.db, caller.companyId, String(args.id));
    },
  }),
);

builder.queryField('purchaseByIdempotencyKey', (t) =>
  t.field({
    type: Purchase,
    nullable: true,
    description:
      'Terminals: the purchase a call of this terminal with this idempotency key answered with (a purchase call, or a return of it), without replaying the call. Null when the key is unknown or answered with something else.',
    authScopes: { terminal: true },
    args: { key: t.arg.string({ required: true, description: 'The idempotency key the terminal sent.' }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.identity.kind !== 'terminal') return null;
      const id = await purchaseIdByKey(ctx.db, ctx.identity.terminalId, args.key.trim());
      return id ? findPurchase(ctx.db, ctx.identity.companyId, id) : null;
    },
  }),
);
