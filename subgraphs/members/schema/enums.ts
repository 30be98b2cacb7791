import { builder } from '../builder';
import type { Channel as MessageChannel } from '../domain/message-preferences';
import type { ProfileField, RegistrationChannel as RegistrationChannelName } from '../domain/registration';

export const MemberState = builder.enumType('MemberState', {
  description: 'Where a member stands in the program; what the state lets them do.',
  values: {
    CARD_HOLDER: {
      description: 'Holds a card bound at a checkout but has not registered: collects bonuses; pays only where the company lets card holders spend.',
    },
    REGISTERED: { description: 'Registered through a channel: collects and (by default) pays with bonuses.' },
    BLOCKED: { description: 'Blocked on suspected fraud: neither collects nor pays until unblocked.' },
    DELETED: { description: 'Left the program; personal data erased. Such members are no longer found by queries.' },
  } as const,
});

export const CardState = builder.enumType('CardState', {
  description: 'Where a card stands.',
  values: {
    BLANK: { description: 'Issued in a batch, not bound to anyone yet.' },
    INACTIVE: { description: 'Bound to a card holder who has not registered: collects bonuses; registration activates it.' },
    ACTIVE: { description: 'Bound to a registered member: collects and pays.' },
    BLOCKED: { description: 'Blocked (see blockReason): neither collects nor pays until unblocked.' },
    REPLACED: { description: 'Replaced by another card (see replacedBy); no longer usable.' },
  } as const,
});

export const CardKind = builder.enumType('CardKind', {
  description: 'Plastic or number only.',
  values: {
    PHYSICAL: { description: 'A plastic card from a numbered batch, bound to its member at a checkout.' },
    VIRTUAL: { description: 'A number issued to a member for the app or a wallet (numbers start with 9).' },
  } as const,
});

const REQUESTED_REASONS = {
  LOST: { description: 'Reported lost.' },
  DAMAGED: { description: 'Damaged or unreadable.' },
  STOLEN: { description: 'Reported stolen.' },
  SUSPICIOUS_ACTIVITY: { description: 'Blocked by staff on suspected fraud (not a reason members may give).' },
  OTHER: { description: 'Any other reason; the block’s comment may say which.' },
} as const;

export const CardBlockReason = builder.enumType('CardBlockReason', {
  description: 'Why a card is blocked or was replaced.',
  values: {
    LOST: REQUESTED_REASONS.LOST,
    DAMAGED: REQUESTED_REASONS.DAMAGED,
    STOLEN: REQUESTED_REASONS.STOLEN,
    SUSPICIOUS_ACTIVITY: REQUESTED_REASONS.SUSPICIOUS_ACTIVITY,
    REPLACED: { description: 'Set by the system: the card was replaced by another.' },
    MEMBER_OPTED_OUT: { description: 'Set by the system: its member left the program.' },
    OTHER: REQUESTED_REASONS.OTHER,
  },
});

export const CardBlockRequestReason = builder.enumType('CardBlockRequestReason', {
  description: 'The reasons a person may give for blocking or replacing a card (REPLACED and MEMBER_OPTED_OUT are set by the system).',
  values: REQUESTED_REASONS,
});

export const OperatorRole = builder.enumType('OperatorRole', {
  description: 'What an operator may do; each call’s description names the roles it admits.',
  values: {
    ADMIN: { description: 'Runs the company: settings, operators, points of sale and terminals, currencies, limits, imports, and all an operator does.' },
    MARKETER: { description: 'The program: its rules, manual and bulk accruals.' },
    OPERATOR: { description: 'The contact center: members and their cards, profiles and families, manual accruals and deductions, returns.' },
    SECURITY: { description: 'Fraud: limits and their alerts, settlements, blocking members and cards.' },
    SUPPORT: { description: 'Support agents: members’ tickets (feedback), their queue, replies and states, and the member’s inbox.' },
  } as const,
});

const CHANNELS: Record<RegistrationChannelName, { description: string }> = {
  PERSONAL_ACCOUNT: { description: 'The personal account on the web: self-service, after confirming the phone with a code.' },
  MOBILE_APP: { description: 'The mobile app: self-service, after confirming the phone with a code.' },
  POS: { description: 'A cash register at the checkout (terminals; operators may use it too).' },
  CONTACT_CENTER: { description: 'An operator on the member’s behalf.' },
  SMS: { description: 'Self-service by SMS, after confirming the phone with a code.' },
  WALLET: { description: 'Self-service from a mobile wallet, after confirming the phone with a code.' },
};

export const RegistrationChannel = builder.enumType('RegistrationChannel', {
  description: 'Where a member registered; each company configures which channels are open and what they require.',
  values: CHANNELS,
});

const FIELDS: Record<ProfileField, { description: string }> = {
  email: { description: 'An email address.' },
  firstName: { description: 'The first name.' },
  lastName: { description: 'The last name.' },
  birthDate: { description: 'The birth date.' },
  password: { description: 'A password, for signing in without a code.' },
  cardNumber: { description: 'A card to bind: a blank one, or the card holder’s own.' },
};

export const RegistrationField = builder.enumType('RegistrationField', {
  description: 'Profile fields a registration channel may require (the phone is always required).',
  values: FIELDS,
});

export const ReturnPolicy = builder.enumType('ReturnPolicy', {
  description: 'What a return does with accrued bonuses the member already spent.',
  values: {
    WRITE_OFF_TO_NEGATIVE: { description: 'Takes them anyway: the balance goes below zero by them, a debt the next accruals repay (the default).' },
    FORGIVE: { description: 'Lets them go: the balance never goes below zero.' },
  } as const,
});

export const FamilyInvitationState = builder.enumType('FamilyInvitationState', {
  description: 'Where an invitation to a family stands.',
  values: {
    PENDING: { description: 'Sent, not answered yet.' },
    ACCEPTED: { description: 'The invitee joined the family.' },
    DECLINED: { description: 'The invitee declined.' },
    CANCELLED: { description: 'Withdrawn; it can no longer be answered. No call withdraws invitations yet.' },
  } as const,
});

// Federated with the communications subgraph's Channel: the same values, the same descriptions.
const MESSAGE_CHANNELS: Record<MessageChannel, { description: string }> = {
  SMS: { description: 'A text message to a phone.' },
  EMAIL: { description: 'An email.' },
  PUSH: { description: 'A notification to the member’s app.' },
  VIBER: { description: 'A Viber business message.' },
  SOCIAL: { description: 'A message through a social network.' },
};

export const Channel = builder.enumType('Channel', { description: 'How a message reaches its recipient.', values: MESSAGE_CHANNELS });

export const ConsentSource = builder.enumType('ConsentSource', {
  description: 'Who gave or withdrew a marketing consent.',
  values: {
    REGISTRATION: { description: 'Given at registration.' },
    MEMBER: { description: 'The member, in the app or the personal account.' },
    STAFF: { description: 'An operator, at the member’s request.' },
    STOP_REPLY: { description: 'The member answered STOP to a text.' },
    UNSUBSCRIBE: { description: 'The member followed an unsubscribe link.' },
  } as const,
});
