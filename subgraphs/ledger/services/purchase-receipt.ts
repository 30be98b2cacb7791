import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import type { OfferRule } from '../../../packages/mechanics';
import type { CurrencyWithRules } from '../data/currencies-store';
import type { Purchase } from '../data/prisma';
import { lotDatesOn } from '../domain/lots';
import { amount, type Decimal, ZERO } from '../domain/money';
import type { CalculatedLine, LineBonus, Receipt, ReceiptLineInput, ReceiptOffers, ReceiptRules, TillOffers } from '../domain/receipt';
import { budgetUsedOn } from './till-budgets';
import { couponsUsed } from './till-coupons';

/** Between a currency's rules, a calculated receipt and a stored purchase. */

export function rulesOf(currency: CurrencyWithRules): ReceiptRules {
  return {
    baseAccrualPercent: amount(currency.rules?.baseAccrualPercent ?? 0),
    maxPaymentShare: amount(currency.rules?.maxPaymentShare ?? 0),
    roundingStep: amount(currency.rules?.roundingStep ?? '0.01'),
    exchangeRate: amount(currency.exchangeRate),
  };
}

/** What a purchase keeps of the offers it was calculated with (its `offers` column). */
export interface StoredOffers {
  snapshotVersion: number;
  /** The member's purchase number offers judged it as (null: no member). */
  purchaseOrdinal: number | null;
  /** The audiences offers judged the member in (absent from purchases calculated before audiences). */
  audienceIds?: string[];
  /** The coupons it redeems: those presented whose offer applied, one per offer (held, then spent at confirmation). */
  coupons?: Array<{ code: string; offerId: string }>;
  /** What it holds (spent once confirmed) of offers' budgets, in money. */
  budgets?: Array<{ offerId: string; amount: string }>;
  /** The member's personal offers it was calculated with. */
  personal?: OfferRule[];
  /** The catalogue's category and brand of the lines the register sent without them, as offers judged them. */
  catalogue?: Record<string, { category: string | null; brand: string | null }>;
  /** The member's favourites picks offers judged it with. */
  favourites?: Record<string, string[]>;
  /** The offers that applied, in rank order, with what each gave on the receipt (bonuses in its currency). */
  applied: Array<{ offerId: string; version: number; name: string; lineNos: number[]; discount: string; bonus: string }>;
  /** Asked for (explainOffers): the offers that did not apply and why, in rank order. */
  notApplied?: Array<{ offerId: string; version: number; name: string; reason: string; detail: string; winnerOfferIds: string[] }>;
  receiptMessages: string[];
  cashierMessages: string[];
  /** Messages offers send the member once the purchase is confirmed (offer.message_due); absent before they were kept. */
  memberMessages?: Array<{ offerId: string; channel: string; template: string }>;
  /** Offers' bonuses in other currencies than the receipt's, per offer and currency (accrued at confirmation). */
  deferred: Array<{ offerId: string; currency: string; amount: string }>;
}

function storedOffers(receipt: Receipt, offers: ReceiptOffers, till: TillOffers, exchangeRate: Decimal): StoredOffers {
  const bonuses = new Map<string, Decimal>();
  for (const bonus of receipt.lines.flatMap((line) => line.offers?.bonuses ?? []))
    bonuses.set(bonus.offerId, (bonuses.get(bonus.offerId) ?? ZERO).plus(bonus.amount));
  const bonusOf = (offerId: string) => bonuses.get(offerId) ?? ZERO;
  return {
    snapshotVersion: offers.snapshotVersion,
    purchaseOrdinal: till.purchaseOrdinal,
    audienceIds: till.audienceIds,
    favourites: till.favourites,
    catalogue: till.catalogue,
    personal: till.personal,
    budgets: [...budgetUsedOn(receipt, till, exchangeRate)].map(([offerId, used]) => ({ offerId, amount: used.toFixed(2) })),
    coupons: couponsUsed(till.coupons, new Set(offers.applied.offers.flatMap((outcome) => (outcome.status === 'APPLIED' ? [outcome.offerId] : [])))),
    applied: offers.applied.offers.flatMap((outcome) =>
      outcome.status === 'APPLIED'
        ? [
            {
              offerId: outcome.offerId,
              version: outcome.version,
              name: till.names.get(outcome.offerId) ?? '',
              lineNos: outcome.lineNos,
              discount: amount(outcome.discount).toFixed(2),
              bonus: bonusOf(outcome.offerId).toFixed(2),
            },
          ]
        : [],
    ),
    ...(till.explain ? { notApplied: notApplied(offers, till) } : {}),
    receiptMessages: offers.applied.receiptMessages.map((message) => message.text),
    cashierMessages: offers.applied.cashierMessages.map((message) => message.text),
    memberMessages: offers.applied.memberMessages.map(({ offerId, channel, template }) => ({ offerId, channel, template })),
    deferred: offers.deferred.map((bonus) => ({ ...bonus, amount: bonus.amount.toFixed(2) })),
  };
}

function notApplied(offers: ReceiptOffers, till: TillOffers): NonNullable<StoredOffers['notApplied']> {
  return offers.applied.offers.flatMap((outcome) =>
    outcome.status === 'REJECTED'
      ? [
          {
            offerId: outcome.offerId,
            version: outcome.version,
            name: till.names.get(outcome.offerId) ?? '',
            reason: outcome.reason.code,
            detail: outcome.reason.detail,
            winnerOfferIds: outcome.reason.winnerOfferIds ?? [],
          },
        ]
      : [],
  );
}

/** The calculated receipt as purchase columns; the accrual's lot dates count from `soldAt`. */
export function receiptColumns(receipt: Receipt, currency: CurrencyWithRules, soldAt: Date, till: TillOffers | null = null) {
  const { activatesAt, expiresAt } = lotDatesOn(soldAt, null, currency.rules);
  const accrues = receipt.accrual.gt(0);
  return {
    lines: receipt.lines.map(storedLine),
    subtotal: receipt.subtotal.toFixed(2),
    discount: receipt.discount.toFixed(2),
    roundingCorrection: receipt.roundingCorrection.toFixed(2),
    total: receipt.total.toFixed(2),
    maxBonusPayment: receipt.maxBonusPayment.toFixed(2),
    bonusPayment: receipt.bonusPayment.toFixed(2),
    cashDue: receipt.cashDue.toFixed(2),
    accrual: receipt.accrual.toFixed(2),
    accrualActivatesAt: accrues ? activatesAt : null,
    accrualExpiresAt: accrues ? expiresAt : null,
    offers: receipt.offers && till ? storedOffers(receipt, receipt.offers, till, amount(currency.exchangeRate)) : null,
  };
}

/** A calculated line as the purchase keeps it (its `lines` JSON): amounts as decimal strings. */
function storedLine(line: CalculatedLine) {
  const { offers, ...rest } = line;
  const kept = {
    ...rest,
    price: line.price.toJSON(),
    quantity: line.quantity.toJSON(),
    registerDiscount: line.registerDiscount.toJSON(),
    discount: line.discount.toJSON(),
    total: line.total.toJSON(),
    bonusPaid: line.bonusPaid.toJSON(),
    accrual: line.accrual.toJSON(),
  };
  if (!offers) return kept;
  const amounts = (list: Array<{ offerId: string; amount: Decimal }>) => list.map((entry) => ({ offerId: entry.offerId, amount: entry.amount.toJSON() }));
  return {
    ...kept,
    offers: {
      registerDiscountSent: offers.registerDiscountSent.toJSON(),
      offerIds: offers.offerIds,
      discounts: amounts(offers.discounts),
      maxPaymentShare: offers.maxPaymentShare?.toJSON() ?? null,
      accrues: offers.accrues,
      // An offer's own activation delay and lifetime go with its bonuses: a lot of their own at confirmation.
      bonuses: offers.bonuses.map(storedBonus),
      ...(offers.otherBonuses ? { otherBonuses: offers.otherBonuses.map((bonus) => ({ ...storedBonus(bonus), currency: bonus.currency })) } : {}),
    },
  };
}

function storedBonus({ offerId, amount, terms }: LineBonus) {
  return {
    offerId,
    amount: amount.toJSON(),
    ...(terms ? { terms: { activationDelayDays: terms.activationDelayDays, lifetimeDays: terms.lifetimeDays } } : {}),
  };
}

/** The register's lines back from a stored purchase, to calculate it again. */
export function storedLines(purchase: Purchase): ReceiptLineInput[] {
  return (purchase.lines as Array<Record<string, string | null>>).map((line) => ({
    product: String(line.product),
    category: line.category,
    brand: line.brand ?? null,
    price: amount(String(line.price)),
    quantity: amount(String(line.quantity)),
    // What the register sent, which an offer may have replaced on the line.
    registerDiscount: amount(
      String((line.offers as unknown as { registerDiscountSent?: string } | undefined)?.registerDiscountSent ?? line.registerDiscount ?? 0),
    ),
  }));
}

/**
 * The event asking the communications subgraph to send a member an offer's message (its channel
 * and template): once per confirmed purchase an offer with a MEMBER_MESSAGE action applied to,
 * and once per occurrence of an event an offer rewards (services/offer-rewards.ts).
 */
export const OFFER_MESSAGE_EVENT = 'offer.message_due';

/** The confirmed purchase's offer messages to its member. */
export function offerMessagesDue(purchase: { id: string; companyId: string; memberId: string | null }, stored: StoredOffers | null): DomainEvent[] {
  const { memberId } = purchase;
  if (!memberId) return [];
  return (stored?.memberMessages ?? []).map(({ offerId, channel, template }) => ({
    type: OFFER_MESSAGE_EVENT,
    companyId: purchase.companyId,
    memberId,
    data: { memberId, offerId, channel, template, purchaseId: purchase.id },
  }));
}
