import { EVENT_KINDS } from '../../../packages/mechanics/definition';
import { builder } from '../builder';

/** Enums of the offers API; each value says what it means. */

export const OfferState = builder.enumType('OfferState', {
  description: 'Where an offer stands now.',
  values: {
    DRAFT: { description: 'Being written: edited freely, changes nothing at the till.' },
    SCHEDULED: { description: 'Published; its period has not started yet.' },
    ACTIVE: { description: 'Published and within its period: applied at the till.' },
    PAUSED: { description: 'Published, then paused: not applied until resumed.' },
    FINISHED: { description: 'Its period is over, it was finished, or a newer version replaced it.' },
    ARCHIVED: { description: 'Put away: kept for the purchases it explains, shown only when asked for.' },
  } as const,
});

const EVENT_DESCRIPTIONS: Record<(typeof EVENT_KINDS)[number], string> = {
  RECEIPT: 'A receipt being calculated at a till (the purchase mechanics: discounts, bonus points, payment, messages).',
  PURCHASE_CONFIRMED: 'A purchase confirmed.',
  RETURN: 'A return confirmed.',
  CARD_ACTIVATED: 'A card issued to a member.',
  MEMBER_REGISTERED: 'A member registered, through any of `channels` (all when none are named).',
  PROFILE_COMPLETED: 'A member completed their profile.',
  CONTACT_LINKED: 'A member linked a phone, an email or a social profile (`contact`).',
  APP_INSTALLED: 'A member installed the mobile app.',
  SOCIAL_GROUP_JOINED: 'A member joined the company’s social group.',
  SOCIAL_GROUP_LEFT: 'A member left the company’s social group.',
  FRIEND_INVITED: 'A friend registered with the member’s referral code.',
  FRIENDS_FIRST_PURCHASE: 'A friend the member invited made their first purchase.',
  BIRTHDAY: 'A member’s birthday: `daysBefore` it, for `windowDays` days.',
  AUDIENCE_ENTERED: 'A member entered the audience `audienceId`.',
  SCHEDULE: 'A date and time: each `dayOfMonth`, or each of `daysOfWeek`, at `time` (company time).',
};

export const OfferEventKind = builder.enumType('OfferEventKind', {
  description: 'What an offer reacts to.',
  values: Object.fromEntries(EVENT_KINDS.map((kind) => [kind, { description: EVENT_DESCRIPTIONS[kind] }])) as Record<
    (typeof EVENT_KINDS)[number],
    { description: string }
  >,
});

export const StackingMode = builder.enumType('StackingMode', {
  description: 'How an offer combines with the others that qualify for the same line.',
  values: {
    EXCLUSIVE: { description: 'Alone on the lines it takes.' },
    COMBINABLE: { description: 'With the other combinable offers of its group (or, without a group, with every combinable offer without one).' },
  } as const,
});

export const Competition = builder.enumType('OfferCompetition', {
  description: 'Which offer takes a line when offers that do not combine compete for it.',
  values: {
    BEST_FOR_MEMBER: { description: 'The one worth most to the member.' },
    PRIORITY: { description: 'The one with the highest priority.' },
  } as const,
});

export const BonusPointsBase = builder.enumType('BonusPointsBase', {
  description: 'How a bonus points action counts.',
  values: {
    PERCENT: { description: '`value` percent of what the qualifying lines are paid in money.' },
    FIXED_PER_UNIT: { description: '`value` points per qualifying unit.' },
    FIXED_PER_RECEIPT: { description: '`value` points per receipt (or per event, for offers that react to another event).' },
    MULTIPLIER: { description: 'The base accrual times `value` on the qualifying lines (2: double points).' },
  } as const,
});

export const DiscountBase = builder.enumType('DiscountBase', {
  description: 'How a direct discount counts.',
  values: {
    PERCENT: { description: '`value` percent off.' },
    AMOUNT: { description: '`value` off, in money.' },
    FIXED_PRICE: { description: 'Each unit at `value` (never raises a price).' },
    N_FOR_M: { description: '`n` units for the price of `m`.' },
  } as const,
});

export const DiscountScope = builder.enumType('DiscountScope', {
  description: 'Where a discount applies.',
  values: {
    LINE: { description: 'On each qualifying line.' },
    RECEIPT: { description: 'Once on the receipt, spread over the qualifying lines by value.' },
  } as const,
});

export const RoundingTarget = builder.enumType('RoundingTarget', {
  description: 'What a rounding correction rounds down to its step, in the member’s favour.',
  values: {
    UNIT_PRICE: { description: 'Each discounted unit price.' },
    RECEIPT_TOTAL: { description: 'The qualifying lines’ total.' },
  } as const,
});

export const RegisterDiscountPolicy = builder.enumType('RegisterDiscountPolicy', {
  description: 'What becomes of the cash register’s own discount on a line.',
  values: {
    ACCEPT: { description: 'Kept; offers discount the price after it.' },
    REPLACE: { description: 'Dropped where an offer discounts the line, the larger of the two kept for the member.' },
    COMBINE: { description: 'Both apply.' },
  } as const,
});

export const SalesChannel = builder.enumType('SalesChannel', {
  description: 'Where a purchase is made.',
  values: {
    POS: { description: 'A cash register in a store.' },
    ONLINE: { description: 'The online shop.' },
    MOBILE: { description: 'The mobile app.' },
  } as const,
});

export const ContactKind = builder.enumType('ContactKind', {
  description: 'A contact a member links.',
  values: {
    PHONE: { description: 'A phone number.' },
    EMAIL: { description: 'An email address.' },
    SOCIAL: { description: 'A social network profile.' },
  } as const,
});

export const MessageChannel = builder.enumType('OfferMessageChannel', {
  description: 'The channel a message to the member goes through.',
  values: {
    SMS: { description: 'A text message.' },
    EMAIL: { description: 'An email.' },
    PUSH: { description: 'A push notification to the member’s app.' },
    VIBER: { description: 'A Viber message.' },
  } as const,
});
