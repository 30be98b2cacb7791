import { builder } from '../builder';
import { PROFILE_FIELDS, REGISTRATION_CHANNELS } from '../domain/registration';

export const MemberState = builder.enumType('MemberState', {
  description: 'CARD_HOLDER only collects bonuses; REGISTERED collects and (by default) spends; BLOCKED does neither.',
  values: ['CARD_HOLDER', 'REGISTERED', 'BLOCKED', 'DELETED'] as const,
});

export const CardState = builder.enumType('CardState', {
  description: 'BLANK: issued, not bound. INACTIVE: bound to a card holder who has not registered. ACTIVE, BLOCKED, REPLACED.',
  values: ['BLANK', 'INACTIVE', 'ACTIVE', 'BLOCKED', 'REPLACED'] as const,
});

export const CardKind = builder.enumType('CardKind', { values: ['PHYSICAL', 'VIRTUAL'] as const });

export const CardBlockReason = builder.enumType('CardBlockReason', {
  values: ['LOST', 'DAMAGED', 'STOLEN', 'SUSPICIOUS_ACTIVITY', 'REPLACED', 'MEMBER_OPTED_OUT', 'OTHER'] as const,
});

/** Reasons a person may give; REPLACED and MEMBER_OPTED_OUT are set by the system. */
export const CardBlockRequestReason = builder.enumType('CardBlockRequestReason', {
  values: ['LOST', 'DAMAGED', 'STOLEN', 'SUSPICIOUS_ACTIVITY', 'OTHER'] as const,
});

export const OperatorRole = builder.enumType('OperatorRole', { values: ['ADMIN', 'MARKETER', 'OPERATOR', 'SECURITY'] as const });

export const RegistrationChannel = builder.enumType('RegistrationChannel', { values: REGISTRATION_CHANNELS });

export const RegistrationField = builder.enumType('RegistrationField', {
  description: 'Profile fields a registration channel may require (the phone is always required).',
  values: PROFILE_FIELDS,
});

export const ReturnPolicy = builder.enumType('ReturnPolicy', {
  description: 'What a return does with accrued bonuses the member already spent.',
  values: ['WRITE_OFF_TO_NEGATIVE', 'FORGIVE'] as const,
});

export const FamilyInvitationState = builder.enumType('FamilyInvitationState', {
  values: ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED'] as const,
});
