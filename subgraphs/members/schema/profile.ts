import { builder } from '../builder';
import { Channel } from './enums';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { Member } from './member';

const MEMBER_OR_SERVICE = { $any: { member: true, role: ['ADMIN' as const, 'OPERATOR' as const] } };
const ProfilePayload = payloadType('ProfilePayload', 'member', Member, {
  description: 'What a profile mutation answers: the member after the change, or why it was refused.',
  result: 'The member after the change.',
});

const CodeSentPayload = builder.objectRef<Outcome<{ expiresAt: Date }>>('CodeSentPayload').implement({
  description: 'What a request for a confirmation code answers: until when the code is valid, or why none was sent.',
  fields: (t) => ({
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the code stops being valid. Null when errors is not empty.',
      resolve: (o) => o.result?.expiresAt ?? null,
    }),
    errors: errorsField(t),
  }),
});

const RequestPhoneChangeInput = builder.inputType('RequestPhoneChangeInput', {
  description: 'The new phone to confirm.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member themself; may be omitted.' }),
    newPhone: t.string({ required: true, description: 'The new phone, in international format; not another member’s.' }),
  }),
});

builder.mutationField('requestPhoneChange', (t) =>
  t.field({
    type: CodeSentPayload,
    description:
      'Members (themselves), admins and operators: sends a code to the new phone by SMS (valid 10 minutes); `changePhone` with that code makes the change. Errors: INVALID_INPUT, INVALID_PHONE, PHONE_TAKEN, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CODE_REQUESTED_TOO_OFTEN.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: RequestPhoneChangeInput, required: true, description: 'The member and the new phone.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.requestPhoneChange(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ChangePhoneInput = builder.inputType('ChangePhoneInput', {
  description: 'The new phone with the code sent to it.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member themself; may be omitted.' }),
    newPhone: t.string({ required: true, description: 'The phone requestPhoneChange sent the code to.' }),
    code: t.string({ required: true, description: 'The 6-digit code sent to the new phone.' }),
  }),
});

builder.mutationField('changePhone', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members only (themselves): changes the phone, proven by the code sent to it; staff may start the change (requestPhoneChange) but only the member completes it, so whoever holds a new phone cannot take the account over through the contact center. Five wrong codes kill the code. Emits member.phone_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INVALID_PHONE, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, PHONE_TAKEN.',
    authScopes: { member: true },
    args: { input: t.arg({ type: ChangePhoneInput, required: true, description: 'The new phone and its code.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.changePhone(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const RequestEmailChangeInput = builder.inputType('RequestEmailChangeInput', {
  description: 'The new email address to confirm.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member themself; may be omitted.' }),
    newEmail: t.string({ required: true, description: 'The new email address; not another member’s.' }),
  }),
});

builder.mutationField('requestEmailChange', (t) =>
  t.field({
    type: CodeSentPayload,
    description:
      'Members (themselves), admins and operators: sends a code to the new email address (valid 10 minutes); `changeEmail` with that code makes the change. Errors: INVALID_INPUT, INVALID_EMAIL, EMAIL_TAKEN, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CODE_REQUESTED_TOO_OFTEN.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: RequestEmailChangeInput, required: true, description: 'The member and the new email address.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.requestEmailChange(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ChangeEmailInput = builder.inputType('ChangeEmailInput', {
  description: 'The new email address with the code sent to it.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member themself; may be omitted.' }),
    newEmail: t.string({ required: true, description: 'The address requestEmailChange sent the code to.' }),
    code: t.string({ required: true, description: 'The 6-digit code sent to the new address.' }),
  }),
});

builder.mutationField('changeEmail', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members only (themselves): changes the email, proven by the code sent to it; staff may start the change (requestEmailChange) but only the member completes it. Five wrong codes kill the code. Emits member.email_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INVALID_EMAIL, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, EMAIL_TAKEN.',
    authScopes: { member: true },
    args: { input: t.arg({ type: ChangeEmailInput, required: true, description: 'The new address and its code.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.changeEmail(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  description: 'A member’s new password, proven by the current one.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member themself; may be omitted.' }),
    currentPassword: t.string({ description: 'Required when the member has a password (forgotten: requestPasswordReset, then resetMemberPassword).' }),
    newPassword: t.string({ required: true, description: '8 to 128 characters with letters and digits.' }),
  }),
});

builder.mutationField('changePassword', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members only (themselves, proving the current password when they have one): sets a new password; every other session of theirs ends. Staff never set a member’s password: they send a reset code (requestPasswordReset). Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, WEAK_PASSWORD, WRONG_PASSWORD.',
    authScopes: { member: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true, description: 'The member and the passwords.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.changePassword(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const SetEReceiptConsentInput = builder.inputType('SetEReceiptConsentInput', {
  description: 'Whether the member takes electronic receipts.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; omitted by a member acting for themself, required from staff.' }),
    consent: t.boolean({ required: true, description: 'true: electronic receipts instead of paper ones; false: paper again.' }),
  }),
});

builder.mutationField('setEReceiptConsent', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: records consent to electronic receipts (and to no paper ones), or withdraws it. Emits member.e_receipt_consent_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: SetEReceiptConsentInput, required: true, description: 'The member and the consent.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.setEReceiptConsent(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const UpdateMemberProfileInput = builder.inputType('UpdateMemberProfileInput', {
  description: 'Profile fields to change; omitted ones stay.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; omitted by a member acting for themself, required from staff.' }),
    firstName: t.string({ description: 'The first name, 1 to 100 characters.' }),
    lastName: t.string({ description: 'The last name, 1 to 100 characters.' }),
    birthDate: t.field({ type: 'Date', description: 'The birth date, in the past and plausible.' }),
  }),
});

builder.mutationField('updateMemberProfile', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: changes names and birth date; omitted fields stay. Emits member.profile_updated, and member.profile_completed once when the profile becomes complete. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INVALID_BIRTH_DATE.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: UpdateMemberProfileInput, required: true, description: 'The member and the changes.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.updateMemberProfile(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const SetMessagePreferencesInput = builder.inputType('SetMessagePreferencesInput', {
  description: 'How messages reach the member; omitted fields stay.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; omitted by a member acting for themself, required from staff.' }),
    language: t.string({ description: 'The language messages are written in: a BCP 47 tag such as en, de or pt-BR.' }),
    timeZone: t.string({ description: 'The member’s IANA time zone (e.g. Europe/Berlin), for quiet hours.' }),
  }),
});

builder.mutationField('setMessagePreferences', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: sets the language messages are written in and the time zone quiet hours are kept in; omitted fields stay. Emits member.message_preferences_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: SetMessagePreferencesInput, required: true, description: 'The member and the preferences.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.setMessagePreferences(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const SetMarketingConsentInput = builder.inputType('SetMarketingConsentInput', {
  description: 'A marketing consent given or withdrawn.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; omitted by a member acting for themself, required from staff.' }),
    channel: t.field({ type: Channel, required: true, description: 'The channel the consent is about.' }),
    granted: t.boolean({ required: true, description: 'true: marketing over the channel is welcome; false: withdrawn.' }),
  }),
});

builder.mutationField('setMarketingConsent', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: gives or withdraws the member’s consent to marketing over one channel, recorded with who and when (codes and service messages need none); a blocked member may still withdraw one. Emits member.marketing_consent_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: SetMarketingConsentInput, required: true, description: 'The member, the channel and the consent.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.setMarketingConsent(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const SetProfileLinksInput = builder.inputType('SetProfileLinksInput', {
  description: 'Flags of actions the member took; omitted ones stay.',
  fields: (t) => ({
    memberId: t.id({ description: 'The member; omitted by a member acting for themself, required from staff.' }),
    socialProfileLinked: t.boolean({ description: 'The member has linked (true) or unlinked (false) a social profile.' }),
    mobileAppInstalled: t.boolean({ description: 'The member has installed (true) or removed (false) the mobile app.' }),
  }),
});

const SetSocialGroupMembershipInput = builder.inputType('SetSocialGroupMembershipInput', {
  description: 'A member joined or left the company’s group on a social network.',
  fields: (t) => ({
    memberId: t.id({ required: true, description: 'The member.' }),
    joined: t.boolean({ required: true, description: 'In the group now (true) or not any more (false).' }),
  }),
});

builder.mutationField('setSocialGroupMembership', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Admins and operators (the social network’s integration signs in as one): records that the member joined or left the company’s social group; the same state again changes nothing. Offers on SOCIAL_GROUP_JOINED / SOCIAL_GROUP_LEFT reward or deduct once per member. Emits member.social_group_joined or member.social_group_left. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: { role: ['ADMIN', 'OPERATOR'] },
    args: { input: t.arg({ type: SetSocialGroupMembershipInput, required: true, description: 'The member and whether they are in the group.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.setSocialGroupMembership(ctx.identity, { ...input, memberId: input.memberId.toString() })),
  }),
);

builder.mutationField('setProfileLinks', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: records a linked social profile or an installed mobile app (actions that can earn bonuses); omitted flags stay. Emits member.social_profile_linked or _unlinked, and member.app_installed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: SetProfileLinksInput, required: true, description: 'The member and the flags.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.setProfileLinks(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);
