import type { RejectionCode } from '../../../packages/mechanics';
import { builder } from '../builder';
import { amount } from '../domain/money';
import type { StoredOffers } from '../services/purchase-receipt';
import { amountField } from './amount';
import { PurchaseLine } from './purchase';

/** What offers did on a purchase: per line, per offer, and the messages for the receipt and the cashier. */

type StoredAmounts = Array<{ offerId: string; amount: string }>;
type CurrencyBonus = { currency: string; amount: string };
type LineEffect = { offerId: string; discount: string; bonus: string; otherBonuses: CurrencyBonus[] };

const BonusInCurrency = builder.objectRef<CurrencyBonus>('BonusInCurrency').implement({
  description: 'Bonuses an offer gives in a bonus currency other than the purchase’s (accrued at confirmation in that currency).',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'The bonus currency’s code.' }),
    amount: amountField(t, 'The bonuses, in that currency’s units.', (b) => b.amount),
  }),
});

/** Amounts per currency, summed and sorted by code. */
function perCurrency(bonuses: CurrencyBonus[]): CurrencyBonus[] {
  const sums = new Map<string, ReturnType<typeof amount>>();
  for (const bonus of bonuses) sums.set(bonus.currency, (sums.get(bonus.currency) ?? amount(0)).plus(amount(bonus.amount)));
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, total]) => ({ currency, amount: total.toFixed(2) }));
}

const LineOfferEffect = builder.objectRef<LineEffect>('LineOfferEffect').implement({
  description: 'What one offer gave on one line.',
  fields: (t) => ({
    offerId: t.exposeID('offerId', { description: 'The offer (its first version’s id, as in the offers API’s lineageId).' }),
    discount: amountField(t, 'Its direct discount on the line, in money, rounding correction included.', (e) => e.discount),
    bonus: amountField(t, 'The bonuses it gives on the line, in the purchase’s currency (part of the line’s accrual).', (e) => e.bonus),
    otherBonuses: t.field({
      type: [BonusInCurrency],
      description: 'The bonuses it gives on the line in other currencies (not part of the line’s accrual).',
      resolve: (e) => e.otherBonuses,
    }),
  }),
});

builder.objectField(PurchaseLine, 'offers', (t) =>
  t.field({
    type: [LineOfferEffect],
    description: 'The offers that applied to the line and what each gave, in the order they applied; empty when none did.',
    resolve: (line) => {
      const stored = (
        line as {
          offers?: { offerIds?: string[]; discounts?: StoredAmounts; bonuses?: StoredAmounts; otherBonuses?: Array<CurrencyBonus & { offerId: string }> };
        }
      ).offers;
      const effects = new Map<string, LineEffect>();
      const effect = (offerId: string): LineEffect => {
        const known = effects.get(offerId);
        if (known) return known;
        const made: LineEffect = { offerId, discount: '0', bonus: '0', otherBonuses: [] };
        effects.set(offerId, made);
        return made;
      };
      for (const offerId of stored?.offerIds ?? []) effect(offerId);
      for (const d of stored?.discounts ?? []) effect(d.offerId).discount = amount(d.amount).toFixed(2);
      for (const b of stored?.bonuses ?? []) effect(b.offerId).bonus = amount(b.amount).toFixed(2);
      for (const b of stored?.otherBonuses ?? []) effect(b.offerId).otherBonuses.push({ currency: b.currency, amount: amount(b.amount).toFixed(2) });
      return [...effects.values()].map((e) => ({ ...e, otherBonuses: perCurrency(e.otherBonuses) }));
    },
  }),
);

type AppliedOfferView = StoredOffers['applied'][number] & { otherBonuses: CurrencyBonus[] };

const AppliedOffer = builder.objectRef<AppliedOfferView>('AppliedOffer').implement({
  description: 'An offer that applied to the purchase, in the version it was calculated with.',
  fields: (t) => ({
    offerId: t.exposeID('offerId', { description: 'The offer (its first version’s id, as in the offers API’s lineageId).' }),
    version: t.exposeInt('version', { description: 'The offer’s version that applied.' }),
    name: t.exposeString('name', { description: 'Its name then.' }),
    lineNos: t.exposeIntList('lineNos', { description: 'The lines it applied to.' }),
    discount: amountField(t, 'Its direct discounts on the receipt, in money.', (o) => o.discount),
    bonus: amountField(t, 'The bonuses it gives, in the purchase’s currency.', (o) => o.bonus),
    otherBonuses: t.field({
      type: [BonusInCurrency],
      description: 'The bonuses it gives in other currencies, per currency.',
      resolve: (o) => o.otherBonuses,
    }),
  }),
});

const REJECTIONS: Record<RejectionCode, string> = {
  INVALID_OFFER: 'The offer cannot be evaluated (it should not have been published).',
  OUTSIDE_PERIOD: 'Outside its period on the register’s clock.',
  CHANNEL: 'Not for this sales channel.',
  POINT_OF_SALE: 'Not for this point of sale.',
  DAY_OF_WEEK: 'Not on this day of the week.',
  HOURS: 'Not at this hour.',
  CURRENCY: 'Not for this bonus currency.',
  MEMBERS_ONLY: 'For members only, and the receipt names none.',
  MEMBER_STATE: 'Not for the member’s state.',
  PURCHASE_ORDINAL: 'Not for the member’s Nth purchase this is.',
  AUDIENCE: 'The member is not in its audiences.',
  COUPON_REQUIRED: 'No coupon of it was presented.',
  BUDGET_SPENT: 'Its budget is spent (or the member’s part of it).',
  NO_QUALIFYING_LINES: 'No line is of its products.',
  MIN_TOTAL: 'Its lines do not reach its minimum total.',
  MIN_QUANTITY: 'Its lines do not reach its minimum quantity.',
  LOST_TO_OFFER: 'Other offers took its lines (winnerOfferIds).',
};

const OfferRejectionReason = builder.enumType('OfferRejectionReason', {
  description: 'Why an offer did not apply to a receipt.',
  values: Object.fromEntries(Object.entries(REJECTIONS).map(([code, description]) => [code, { description }])) as Record<
    RejectionCode,
    { description: string }
  >,
});

const OfferNotApplied = builder.objectRef<NonNullable<StoredOffers['notApplied']>[number]>('OfferNotApplied').implement({
  description: 'An offer of the company that did not apply to the purchase, and why.',
  fields: (t) => ({
    offerId: t.exposeID('offerId', { description: 'The offer (its lineage id).' }),
    version: t.exposeInt('version', { description: 'The version judged.' }),
    name: t.exposeString('name', { description: 'Its name then.' }),
    reason: t.field({ type: OfferRejectionReason, description: 'Why.', resolve: (o) => o.reason as RejectionCode }),
    detail: t.exposeString('detail', { description: 'The particulars, for people (“qualifying total 12.00 is below 20.00”).' }),
    winnerOfferIds: t.exposeIDList('winnerOfferIds', { description: 'LOST_TO_OFFER: the offers that took its lines.' }),
  }),
});

const offersOf = (purchase: { offers: unknown }) => purchase.offers as StoredOffers | null;

builder.prismaObjectFields('Purchase', (t) => ({
  offerSnapshotVersion: t.int({
    nullable: true,
    description: 'The version of the company’s offers it was calculated with (calculated again, it keeps them); null when the company had none.',
    resolve: (p) => offersOf(p)?.snapshotVersion ?? null,
  }),
  appliedOffers: t.field({
    type: [AppliedOffer],
    description: 'The offers that applied, in the order they applied (priority first).',
    resolve: (p) => {
      const stored = offersOf(p);
      return (stored?.applied ?? []).map((o) => ({ ...o, otherBonuses: perCurrency((stored?.deferred ?? []).filter((b) => b.offerId === o.offerId)) }));
    },
  }),
  bonusesInOtherCurrencies: t.field({
    type: [BonusInCurrency],
    description:
      'What offers give in bonus currencies other than the purchase’s, per currency (accrual is the purchase’s currency only); accrued at confirmation, taken back by returns line by line.',
    resolve: (p) => perCurrency(offersOf(p)?.deferred ?? []),
  }),
  offersNotApplied: t.field({
    type: [OfferNotApplied],
    description: 'Asked for with explainOffers: the company’s offers that did not apply, and why, in rank order; empty otherwise.',
    resolve: (p) => offersOf(p)?.notApplied ?? [],
  }),
  receiptMessages: t.stringList({ description: 'Texts the offers print on the receipt, in order.', resolve: (p) => offersOf(p)?.receiptMessages ?? [] }),
  cashierMessages: t.stringList({ description: 'Texts the offers show the cashier, in order.', resolve: (p) => offersOf(p)?.cashierMessages ?? [] }),
  couponsRedeemed: t.stringList({
    description:
      'The coupons it redeems: those presented whose offer applied, one per offer (held while it is pending, spent when it is confirmed); coupons presented in vain are not spent.',
    resolve: (p) => offersOf(p)?.coupons?.map((coupon) => coupon.code) ?? [],
  }),
}));
