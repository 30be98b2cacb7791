import { builder } from '../builder';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { Member } from './member';

const MEMBER_OR_SERVICE = { $any: { member: true, role: ['ADMIN' as const, 'OPERATOR' as const] } };
const ProfilePayload = payloadType('ProfilePayload', 'member', Member, {
  description: 'What a profile mutation answers: the member after the change, or why it was refused.',
  result: 'The member after the change.',
});

const CodeSentPayload = builder.objectRef<Outcome<{ expiresAt: Date }>>('CodeSentPayload').implement({
  fields: (t) => ({
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.result?.expiresAt ?? null }),
    errors: errorsField(t),
  }),
});

const RequestPhoneChangeInput = builder.inputType('RequestPhoneChangeInput', {
  fields: (t) => ({ memberId: t.id({ description: 'Omitted by the member themself.' }), newPhone: t.string({ required: true }) }),
});

builder.mutationField('requestPhoneChange', (t) =>
  t.field({
    type: CodeSentPayload,
    description:
      'Members (themselves), admins and operators: sends a code to the new phone by SMS (valid 10 minutes); `changePhone` with that code makes the change. Errors: INVALID_INPUT, INVALID_PHONE, PHONE_TAKEN, CODE_REQUESTED_TOO_OFTEN.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: RequestPhoneChangeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.requestPhoneChange(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ChangePhoneInput = builder.inputType('ChangePhoneInput', {
  fields: (t) => ({ memberId: t.id(), newPhone: t.string({ required: true }), code: t.string({ required: true }) }),
});

builder.mutationField('changePhone', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: changes the phone, proven by the code sent to it. Five wrong codes kill the code. Emits member.phone_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INVALID_PHONE, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, PHONE_TAKEN.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: ChangePhoneInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.changePhone(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const RequestEmailChangeInput = builder.inputType('RequestEmailChangeInput', {
  fields: (t) => ({ memberId: t.id(), newEmail: t.string({ required: true }) }),
});

builder.mutationField('requestEmailChange', (t) =>
  t.field({
    type: CodeSentPayload,
    description:
      'Members (themselves), admins and operators: sends a code to the new email address (valid 10 minutes); `changeEmail` with that code makes the change. Errors: INVALID_INPUT, INVALID_EMAIL, EMAIL_TAKEN, CODE_REQUESTED_TOO_OFTEN.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: RequestEmailChangeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.requestEmailChange(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ChangeEmailInput = builder.inputType('ChangeEmailInput', {
  fields: (t) => ({ memberId: t.id(), newEmail: t.string({ required: true }), code: t.string({ required: true }) }),
});

builder.mutationField('changeEmail', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: changes the email, proven by the code sent to it. Five wrong codes kill the code. Emits member.email_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INVALID_EMAIL, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, EMAIL_TAKEN.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: ChangeEmailInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.changeEmail(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    memberId: t.id(),
    currentPassword: t.string({ description: 'Required from a member who has a password.' }),
    newPassword: t.string({ required: true }),
  }),
});

builder.mutationField('changePassword', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves, proving the current password when they have one), admins and operators (without it): sets a new member password. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, WEAK_PASSWORD, WRONG_PASSWORD.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.changePassword(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const SetEReceiptConsentInput = builder.inputType('SetEReceiptConsentInput', {
  fields: (t) => ({ memberId: t.id(), consent: t.boolean({ required: true }) }),
});

builder.mutationField('setEReceiptConsent', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: records consent to electronic receipts (and to no paper ones), or withdraws it. Emits member.e_receipt_consent_changed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: SetEReceiptConsentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.setEReceiptConsent(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const UpdateMemberProfileInput = builder.inputType('UpdateMemberProfileInput', {
  fields: (t) => ({ memberId: t.id(), firstName: t.string(), lastName: t.string(), birthDate: t.field({ type: 'Date' }) }),
});

builder.mutationField('updateMemberProfile', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: changes names and birth date; omitted fields stay. Emits member.profile_updated, and member.profile_completed once when the profile becomes complete. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, INVALID_BIRTH_DATE.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: UpdateMemberProfileInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.profile.updateMemberProfile(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);

const SetProfileLinksInput = builder.inputType('SetProfileLinksInput', {
  fields: (t) => ({ memberId: t.id(), socialProfileLinked: t.boolean(), mobileAppInstalled: t.boolean() }),
});

builder.mutationField('setProfileLinks', (t) =>
  t.field({
    type: ProfilePayload,
    description:
      'Members (themselves), admins and operators: records a linked social profile or an installed mobile app (actions that can earn bonuses); omitted flags stay. Emits member.social_profile_linked or _unlinked, and member.app_installed. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: SetProfileLinksInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.profile.setProfileLinks(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);
