import { builder } from '../builder';
import type { Member as MemberRow } from '../data/prisma';
import type { SessionTokens } from '../services/session-service';
import { attempt, errorsField, type Outcome } from './errors';
import { Member } from './member';
import { sessionTokenFields } from './session';

const RequestPasswordResetInput = builder.inputType('RequestPasswordResetInput', {
  description: 'Whose password to reset.',
  fields: (t) => ({ memberId: t.id({ description: 'The member; omitted by a member acting for themself, required from staff.' }) }),
});

const RequestPasswordResetPayload = builder.objectRef<Outcome<{ expiresAt: Date }>>('RequestPasswordResetPayload').implement({
  description: 'What requestPasswordReset answers: until when the code sent is valid.',
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

builder.mutationField('requestPasswordReset', (t) =>
  t.field({
    type: RequestPasswordResetPayload,
    description:
      'Members (themselves), admins and operators (for a member they serve): sends the member an SMS code to choose a new password with (resetMemberPassword). Staff never see the code or the password; the request is recorded with who made it (member.password_reset_requested). Valid 10 minutes, 5 tries, one request per 30 seconds. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, CODE_REQUESTED_TOO_OFTEN.',
    authScopes: { $any: { member: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: RequestPasswordResetInput, required: true, description: 'The member.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.requestPasswordReset(ctx.identity, { memberId: input.memberId?.toString() })),
  }),
);

const ResetMemberPasswordInput = builder.inputType('ResetMemberPasswordInput', {
  description: 'The member’s phone, the code requestPasswordReset sent to it, and the new password.',
  fields: (t) => ({
    phone: t.string({ required: true, description: 'The member’s phone, in international format.' }),
    code: t.string({ required: true, description: 'The 6-digit code.' }),
    newPassword: t.string({ required: true, description: '8 to 128 characters with letters and digits.' }),
    companyId: t.id({ description: 'The program; may be omitted when the platform hosts one company.' }),
  }),
});

const ResetMemberPasswordPayload = builder.objectRef<Outcome<SessionTokens & { member: MemberRow }>>('ResetMemberPasswordPayload').implement({
  description: 'What resetMemberPassword answers: a session for the member with the new password, or why not.',
  fields: (t) => ({
    ...sessionTokenFields(t),
    member: t.field({ type: Member, nullable: true, description: 'The member. Null when errors is not empty.', resolve: (o) => o.result?.member ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('resetMemberPassword', (t) =>
  t.field({
    type: ResetMemberPasswordPayload,
    description:
      'Anyone holding the code: the member sets a new password with the code requestPasswordReset sent, and is signed in; every earlier session of theirs ends. Wrong codes count like failed sign-ins (5 in 15 minutes lock the phone). Errors: INVALID_INPUT, COMPANY_NOT_FOUND, COMPANY_REQUIRED, INVALID_PHONE, WEAK_PASSWORD, INVALID_CREDENTIALS, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: ResetMemberPasswordInput, required: true, description: 'The phone, the code and the new password.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.resetMemberPassword({ ...input, companyId: input.companyId?.toString() })),
  }),
);
