import type { OfferRule } from '../../../packages/mechanics/definition';
import { builder } from '../builder';
import { type BENEFIT_KINDS, benefitOf, type PersonalOfferImport } from '../domain/personal-offer';
import { OFFER_ROLES } from '../services/offer-service';
import { attempt, payloadType } from './errors';
import { ProductSelectorInput, selectorOf } from './mechanics-input';
import { money, ProductSelectorType } from './mechanics-output';

// Who imports personal offers: marketers and administrators (the service checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

const PersonalBenefitKind = builder.enumType('PersonalBenefitKind', {
  description: 'What a personal offer gives on its products.',
  values: {
    DISCOUNT_PERCENT: { description: 'This percent off each qualifying line.' },
    DISCOUNT_AMOUNT: { description: 'This amount off the qualifying lines of a receipt, spread over them.' },
    FIXED_PRICE: { description: 'Each qualifying unit at this price.' },
    BONUS_PERCENT: { description: 'Bonus points: this percent of what the qualifying lines were paid in money.' },
    BONUS_MULTIPLIER: { description: 'The program’s base accrual on the qualifying lines, this many times more.' },
  } satisfies Record<(typeof BENEFIT_KINDS)[number], { description: string }>,
});

const PersonalBenefit = builder.objectRef<PersonalOfferImport['benefit']>('PersonalBenefit').implement({
  description: 'What a personal offer gives.',
  fields: (t) => ({
    kind: t.field({ type: PersonalBenefitKind, description: 'Its kind.', resolve: (b) => b.kind }),
    value: t.field({
      type: 'Decimal',
      description: 'The percent, amount, price or multiplier.',
      resolve: (b) => (b.kind === 'DISCOUNT_AMOUNT' || b.kind === 'FIXED_PRICE' ? money(b.value) : b.value),
    }),
  }),
});

builder.prismaObject('PersonalOffer', {
  description: 'A personal offer imported for one member: a benefit on some products for a while, applied at the till to that member alone.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id (what receipts name in appliedOffers).' }),
    externalId: t.exposeString('externalId', { description: 'The importer’s key.' }),
    memberId: t.exposeID('memberId', { description: 'The member it is for.' }),
    name: t.exposeString('name', { description: 'Its name, as receipts show it.' }),
    products: t.field({
      type: [ProductSelectorType],
      nullable: true,
      description: 'The products it applies to; null: the whole receipt.',
      resolve: (offer) => (offer.rule as unknown as OfferRule).filters.products.include,
    }),
    benefit: t.field({ type: PersonalBenefit, description: 'What it gives.', resolve: (offer) => benefitOf(offer.rule as unknown as OfferRule) }),
    validFrom: t.expose('validFrom', { type: 'DateTime', description: 'From when it applies.' }),
    validTo: t.expose('validTo', { type: 'DateTime', description: 'Until when (exclusive).' }),
    withdrawn: t.boolean({ description: 'Withdrawn: it no longer applies.', resolve: (offer) => offer.withdrawnAt !== null }),
  }),
});

const PersonalOfferInput = builder.inputType('PersonalOfferInput', {
  description: 'A personal offer to import: for one member (by id or card number), a benefit on some products, for a while.',
  fields: (t) => ({
    externalId: t.string({ required: true, description: 'Your key for it, 1 to 100 characters: importing it again replaces it.' }),
    memberId: t.id({ description: 'The member (or cardNumber).' }),
    cardNumber: t.string({ description: 'A card of the member (or memberId).' }),
    name: t.string({ required: true, description: '1 to 100 characters, as receipts show it.' }),
    products: t.field({ type: [ProductSelectorInput], description: 'The products it applies to (SKU, category level or brand); omitted: the whole receipt.' }),
    benefitKind: t.field({ type: PersonalBenefitKind, required: true, description: 'What it gives.' }),
    benefitValue: t.field({ type: 'Decimal', required: true, description: 'The percent, amount, price or multiplier.' }),
    validFrom: t.field({ type: 'DateTime', required: true, description: 'From when it applies.' }),
    validTo: t.field({ type: 'DateTime', required: true, description: 'Until when (exclusive).' }),
  }),
});

function importOf(input: typeof PersonalOfferInput.$inferInput): PersonalOfferImport {
  return {
    externalId: input.externalId,
    memberId: input.memberId == null ? null : String(input.memberId),
    cardNumber: input.cardNumber ?? null,
    name: input.name,
    products: input.products ? input.products.map(selectorOf) : null,
    benefit: { kind: input.benefitKind, value: input.benefitValue.toFixed() },
    validFrom: input.validFrom,
    validTo: input.validTo,
  };
}

const ImportedPersonalOffers = builder.objectRef<{ imported: number }>('ImportedPersonalOffers').implement({
  description: 'What an import stored.',
  fields: (t) => ({ imported: t.exposeInt('imported', { description: 'The personal offers stored (new or replacing those with the same key).' }) }),
});

const WithdrawnPersonalOffers = builder.objectRef<{ withdrawn: number }>('WithdrawnPersonalOffers').implement({
  description: 'What a withdrawal did.',
  fields: (t) => ({ withdrawn: t.exposeInt('withdrawn', { description: 'The personal offers in force that were withdrawn.' }) }),
});

builder.mutationField('importPersonalOffers', (t) =>
  t.field({
    type: payloadType('ImportPersonalOffersPayload', 'result', ImportedPersonalOffers, {
      description: 'What importPersonalOffers answers.',
      result: 'The count; the till applies them from the next calculation.',
    }),
    description:
      'Marketers and admins: stores up to 5,000 personal offers by your key (importing a key again replaces its offer and puts it in force again); a member may have 20 in force. Every problem is reported at offers.<index>.<field> and nothing is stored. Errors: INVALID_INPUT, INVALID_PERIOD, INVALID_PERCENT, INVALID_AMOUNT, MEMBER_NOT_FOUND, PRODUCT_NOT_FOUND.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('ImportPersonalOffersInput', {
          description: 'The personal offers.',
          fields: (f) => ({ offers: f.field({ type: [PersonalOfferInput], required: true, description: '1 to 5,000 personal offers, each key once.' }) }),
        }),
        required: true,
        description: 'The personal offers.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(async () => ({ imported: (await ctx.services.personalOffers.importPersonalOffers(ctx.identity, input.offers.map(importOf))).length })),
  }),
);

builder.mutationField('withdrawPersonalOffers', (t) =>
  t.field({
    type: payloadType('WithdrawPersonalOffersPayload', 'result', WithdrawnPersonalOffers, {
      description: 'What withdrawPersonalOffers answers.',
      result: 'The count; the till stops applying them from the next calculation.',
    }),
    description: 'Marketers and admins: withdraws personal offers by your keys, 1 to 5,000 (unknown keys are passed over). Errors: INVALID_INPUT.',
    authScopes: MARKETERS,
    args: {
      input: t.arg({
        type: builder.inputType('WithdrawPersonalOffersInput', {
          description: 'The keys.',
          fields: (f) => ({ externalIds: f.stringList({ required: true, description: 'The keys of the offers, 1 to 5,000.' }) }),
        }),
        required: true,
        description: 'The keys.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      attempt(async () => ({ withdrawn: await ctx.services.personalOffers.withdrawPersonalOffers(ctx.identity, input.externalIds) })),
  }),
);

builder.queryField('personalOffers', (t) =>
  t.prismaField({
    type: ['PersonalOffer'],
    description: 'Marketers and admins: a member’s personal offers in force now or later, soonest first; or all, ended and withdrawn ones too, newest first.',
    authScopes: MARKETERS,
    args: {
      memberId: t.arg.id({ required: true, description: 'The member.' }),
      includeEnded: t.arg.boolean({ description: 'Also those that ended or were withdrawn (default false).' }),
    },
    resolve: (_query, _root, { memberId, includeEnded }, ctx) =>
      ctx.services.personalOffers.personalOffersOf(ctx.identity, String(memberId), includeEnded ?? false),
  }),
);
