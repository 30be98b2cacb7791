import type Decimal from 'decimal.js';
import { builder } from '../builder';
import { type AudienceRules, NO_AUDIENCE_RULES } from '../domain/audience-rules';
import { currencyCode } from './mechanics-input';
import { money } from './mechanics-output';

/** The rules of a target audience as the API writes and shows them (domain/audience-rules.ts). */

const PurchaseRuleInput = builder.inputType('PurchaseRuleInput', {
  description: 'Confirmed purchases (returns taken off) in a recent period: give at least one bound.',
  fields: (t) => ({
    periodDays: t.int({ required: true, description: 'The last N days.' }),
    minCount: t.int({ description: 'At least this many purchases.' }),
    maxCount: t.int({ description: 'At most this many.' }),
    minTotal: t.field({ type: 'Decimal', description: 'Spent at least this much.' }),
    maxTotal: t.field({ type: 'Decimal', description: 'Spent at most this much.' }),
  }),
});

const VisitRuleInput = builder.inputType('VisitRuleInput', {
  description: 'Bought at any of these points of sale in a recent period.',
  fields: (t) => ({
    pointOfSaleIds: t.idList({ required: true, description: 'The points of sale.' }),
    periodDays: t.int({ required: true, description: 'The last N days.' }),
  }),
});

const CategoryRuleInput = builder.inputType('CategoryRuleInput', {
  description: 'Bought a product of any of these categories (any level of its path) in a recent period.',
  fields: (t) => ({
    categories: t.stringList({ required: true, description: 'Category names, one level each (coffee).' }),
    periodDays: t.int({ required: true, description: 'The last N days.' }),
  }),
});

const BalanceRuleInput = builder.inputType('BalanceRuleInput', {
  description: 'Active bonuses in a currency within bounds: give at least one. Read as the ledger reported them at the audience’s last full refresh.',
  fields: (t) => ({
    currency: t.string({ description: 'The bonus currency’s code; omitted: the company’s default one.' }),
    min: t.field({ type: 'Decimal', description: 'At least this many active bonuses.' }),
    max: t.field({ type: 'Decimal', description: 'At most this many.' }),
  }),
});

export const AudienceRulesInput = builder.inputType('AudienceRulesInput', {
  description: 'Whom a rule-based audience selects: every rule given must hold; an omitted one does not limit.',
  fields: (t) => ({
    memberStates: t.stringList({ description: 'Member states (CARD_HOLDER, REGISTERED, BLOCKED); omitted: card holders and registered members.' }),
    registrationChannels: t.stringList({ description: 'Registered through these channels (POS, MOBILE_APP, PERSONAL_ACCOUNT, CONTACT_CENTER, SMS, WALLET).' }),
    registeredFrom: t.string({ description: 'Registered on or after this day, YYYY-MM-DD in the company’s time zone.' }),
    registeredTo: t.string({ description: 'Registered on or before this day.' }),
    registeredWithinDays: t.int({ description: 'Registered within the last N days.' }),
    birthdayMonths: t.intList({ description: 'Birthday in one of these months, 1 to 12.' }),
    birthdayWithinDays: t.int({ description: 'Birthday today or within the next N days (0 to 60; 0: today), in the company’s days.' }),
    cardKinds: t.stringList({ description: 'Holds an unblocked card of one of these kinds (PHYSICAL, VIRTUAL).' }),
    purchases: t.field({ type: PurchaseRuleInput, description: 'Purchase count and sum in a recent period.' }),
    lastPurchaseWithinDays: t.int({ description: 'Bought something within the last N days.' }),
    noPurchaseWithinDays: t.int({ description: 'Bought nothing within the last N days (never-buyers included).' }),
    pointsOfSaleVisited: t.field({ type: VisitRuleInput, description: 'Bought at these points of sale.' }),
    boughtCategories: t.field({ type: CategoryRuleInput, description: 'Bought in these categories.' }),
    appInstalled: t.boolean({ description: 'Has (true) or has not (false) installed the mobile app.' }),
    socialGroupMember: t.boolean({ description: 'Is (true) or is not (false) in the company’s group on a social network.' }),
    profileCompleted: t.boolean({ description: 'Has (true) or has not (false) completed their profile.' }),
    consents: t.stringList({ description: 'Agreed to marketing through every one of these channels (SMS, EMAIL, PUSH, VIBER, SOCIAL).' }),
    balance: t.field({ type: BalanceRuleInput, description: 'Active bonuses within bounds (as of the audience’s last full refresh).' }),
  }),
});

type RulesInput = typeof AudienceRulesInput.$inferInput;

const text = (value: Decimal | null | undefined) => (value == null ? null : value.toString());

/** The input read as rules; omitted means "does not limit". */
export function rulesOfInput(input: RulesInput): AudienceRules {
  const p = input.purchases;
  return {
    ...NO_AUDIENCE_RULES,
    memberStates: input.memberStates ?? null,
    registrationChannels: input.registrationChannels ?? null,
    registeredFrom: input.registeredFrom ?? null,
    registeredTo: input.registeredTo ?? null,
    registeredWithinDays: input.registeredWithinDays ?? null,
    birthdayMonths: input.birthdayMonths ?? null,
    birthdayWithinDays: input.birthdayWithinDays ?? null,
    cardKinds: input.cardKinds ?? null,
    purchases: p
      ? { periodDays: p.periodDays, minCount: p.minCount ?? null, maxCount: p.maxCount ?? null, minTotal: text(p.minTotal), maxTotal: text(p.maxTotal) }
      : null,
    lastPurchaseWithinDays: input.lastPurchaseWithinDays ?? null,
    noPurchaseWithinDays: input.noPurchaseWithinDays ?? null,
    pointsOfSaleVisited: input.pointsOfSaleVisited
      ? { pointOfSaleIds: input.pointsOfSaleVisited.pointOfSaleIds.map(String), periodDays: input.pointsOfSaleVisited.periodDays }
      : null,
    boughtCategories: input.boughtCategories ?? null,
    appInstalled: input.appInstalled ?? null,
    socialGroupMember: input.socialGroupMember ?? null,
    profileCompleted: input.profileCompleted ?? null,
    consents: input.consents ?? null,
    balance: input.balance ? { currency: currencyCode(input.balance.currency), min: text(input.balance.min), max: text(input.balance.max) } : null,
  };
}

const PurchaseRule = builder.objectRef<NonNullable<AudienceRules['purchases']>>('PurchaseRule').implement({
  description: 'Confirmed purchases (returns taken off) in a recent period.',
  fields: (t) => ({
    periodDays: t.exposeInt('periodDays', { description: 'The last N days.' }),
    minCount: t.exposeInt('minCount', { nullable: true, description: 'At least this many purchases.' }),
    maxCount: t.exposeInt('maxCount', { nullable: true, description: 'At most this many.' }),
    minTotal: t.field({ type: 'Decimal', nullable: true, description: 'Spent at least this much.', resolve: (rule) => money(rule.minTotal) }),
    maxTotal: t.field({ type: 'Decimal', nullable: true, description: 'Spent at most this much.', resolve: (rule) => money(rule.maxTotal) }),
  }),
});

const VisitRule = builder.objectRef<NonNullable<AudienceRules['pointsOfSaleVisited']>>('VisitRule').implement({
  description: 'Bought at any of these points of sale in a recent period.',
  fields: (t) => ({
    pointOfSaleIds: t.exposeIDList('pointOfSaleIds', { description: 'The points of sale.' }),
    periodDays: t.exposeInt('periodDays', { description: 'The last N days.' }),
  }),
});

const CategoryRule = builder.objectRef<NonNullable<AudienceRules['boughtCategories']>>('CategoryRule').implement({
  description: 'Bought in any of these categories in a recent period.',
  fields: (t) => ({
    categories: t.exposeStringList('categories', { description: 'Category names, one level each.' }),
    periodDays: t.exposeInt('periodDays', { description: 'The last N days.' }),
  }),
});

const BalanceRule = builder.objectRef<NonNullable<AudienceRules['balance']>>('BalanceRule').implement({
  description: 'Active bonuses in a currency within bounds, as of the audience’s last full refresh.',
  fields: (t) => ({
    currency: t.exposeString('currency', { nullable: true, description: 'The bonus currency; null: the company’s default one.' }),
    min: t.field({ type: 'Decimal', nullable: true, description: 'At least this many.', resolve: (rule) => money(rule.min) }),
    max: t.field({ type: 'Decimal', nullable: true, description: 'At most this many.', resolve: (rule) => money(rule.max) }),
  }),
});

export const AudienceRulesType = builder.objectRef<AudienceRules>('AudienceRules').implement({
  description: 'Whom a rule-based audience selects; a null rule does not limit.',
  fields: (t) => ({
    memberStates: t.exposeStringList('memberStates', { nullable: true, description: 'Member states; null: card holders and registered members.' }),
    registrationChannels: t.exposeStringList('registrationChannels', { nullable: true, description: 'Registration channels.' }),
    registeredFrom: t.exposeString('registeredFrom', { nullable: true, description: 'Registered on or after this day.' }),
    registeredTo: t.exposeString('registeredTo', { nullable: true, description: 'Registered on or before this day.' }),
    registeredWithinDays: t.exposeInt('registeredWithinDays', { nullable: true, description: 'Registered within the last N days.' }),
    birthdayMonths: t.exposeIntList('birthdayMonths', { nullable: true, description: 'Birthday months.' }),
    birthdayWithinDays: t.int({
      nullable: true,
      description: 'Birthday today or within the next N days.',
      resolve: (rules) => rules.birthdayWithinDays ?? null,
    }),
    cardKinds: t.exposeStringList('cardKinds', { nullable: true, description: 'Kinds of unblocked card held.' }),
    purchases: t.field({ type: PurchaseRule, nullable: true, description: 'Purchase count and sum.', resolve: (rules) => rules.purchases }),
    lastPurchaseWithinDays: t.exposeInt('lastPurchaseWithinDays', { nullable: true, description: 'Bought within the last N days.' }),
    noPurchaseWithinDays: t.exposeInt('noPurchaseWithinDays', { nullable: true, description: 'Bought nothing within the last N days.' }),
    pointsOfSaleVisited: t.field({ type: VisitRule, nullable: true, description: 'Points of sale visited.', resolve: (rules) => rules.pointsOfSaleVisited }),
    boughtCategories: t.field({ type: CategoryRule, nullable: true, description: 'Categories bought.', resolve: (rules) => rules.boughtCategories }),
    appInstalled: t.exposeBoolean('appInstalled', { nullable: true, description: 'Installed the mobile app, or not.' }),
    socialGroupMember: t.boolean({
      nullable: true,
      description: 'In the company’s social group, or not.',
      resolve: (rules) => rules.socialGroupMember ?? null,
    }),
    profileCompleted: t.exposeBoolean('profileCompleted', { nullable: true, description: 'Completed their profile, or not.' }),
    consents: t.exposeStringList('consents', { nullable: true, description: 'Marketing consents held, every one.' }),
    balance: t.field({ type: BalanceRule, nullable: true, description: 'Active bonuses within bounds.', resolve: (rules) => rules.balance ?? null }),
  }),
});
