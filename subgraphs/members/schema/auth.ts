import { builder } from '../builder';
import type { Member as MemberRow, Operator as OperatorRow } from '../data/prisma';
import { Operator } from './company';
import { attempt, errorsField, type Outcome } from './errors';
import { Member } from './member';

const LoginOperatorInput = builder.inputType('LoginOperatorInput', {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

const LoginOperatorPayload = builder.objectRef<Outcome<{ token: string; operator: OperatorRow }>>('LoginOperatorPayload').implement({
  fields: (t) => ({
    token: t.string({ nullable: true, description: 'Send as `Authorization: Bearer <token>`.', resolve: (o) => o.result?.token ?? null }),
    operator: t.field({ type: Operator, nullable: true, resolve: (o) => o.result?.operator ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('loginOperator', (t) =>
  t.field({
    type: LoginOperatorPayload,
    description:
      'Signs an operator in with email and password; no token needed. After 5 failures in 15 minutes the email is locked for 15 minutes. Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: LoginOperatorInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.loginOperator(input)),
  }),
);

const RequestMemberCodeInput = builder.inputType('RequestMemberCodeInput', {
  fields: (t) => ({
    phone: t.string({ required: true }),
    companyId: t.id({ description: 'The program; may be omitted when the platform hosts one company.' }),
  }),
});

const RequestMemberCodePayload = builder.objectRef<Outcome<{ expiresAt: Date }>>('RequestMemberCodePayload').implement({
  fields: (t) => ({
    sent: t.boolean({ resolve: (o) => o.result !== null }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.result?.expiresAt ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('requestMemberCode', (t) =>
  t.field({
    type: RequestMemberCodePayload,
    description:
      'Anyone: sends a one-time code by SMS: for signing in (`loginMember`) or, for a phone not yet registered, for self-registration (`registerMember.verificationCode`). The answer is the same either way, so it does not tell who is a member. Valid 10 minutes, 5 tries, one request per 30 seconds. Emits verification.code_requested. Errors: COMPANY_NOT_FOUND, COMPANY_REQUIRED, INVALID_PHONE, CODE_REQUESTED_TOO_OFTEN.',
    args: { input: t.arg({ type: RequestMemberCodeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.auth.requestMemberCode(ctx.identity, { phone: input.phone, companyId: input.companyId?.toString() })),
  }),
);

const LoginMemberInput = builder.inputType('LoginMemberInput', {
  description: 'Exactly one of password and code.',
  fields: (t) => ({
    phone: t.string({ required: true }),
    password: t.string(),
    code: t.string(),
    companyId: t.id({ description: 'The program; may be omitted when the platform hosts one company.' }),
  }),
});

const LoginMemberPayload = builder.objectRef<Outcome<{ token: string; member: MemberRow }>>('LoginMemberPayload').implement({
  fields: (t) => ({
    token: t.string({ nullable: true, description: 'Send as `Authorization: Bearer <token>`.', resolve: (o) => o.result?.token ?? null }),
    member: t.field({ type: Member, nullable: true, resolve: (o) => o.result?.member ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('loginMember', (t) =>
  t.field({
    type: LoginMemberPayload,
    description:
      'Signs a registered member in with a password or an SMS code from requestMemberCode; no token needed. After 5 failures in 15 minutes the phone is locked for 15 minutes. Errors: INVALID_INPUT, COMPANY_NOT_FOUND, COMPANY_REQUIRED, INVALID_PHONE, INVALID_CREDENTIALS, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: LoginMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.loginMember({ ...input, companyId: input.companyId?.toString() })),
  }),
);
