import { builder } from '../builder';
import type { Member as MemberRow, Operator as OperatorRow } from '../data/prisma';
import type { SessionTokens } from '../services/session-service';
import { Operator } from './company';
import { attempt, errorsField, type Outcome } from './errors';
import { Member } from './member';
import { sessionTokenFields } from './session';

const LoginOperatorInput = builder.inputType('LoginOperatorInput', {
  description: 'An operator’s credentials.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The sign-in email address (any case).' }),
    password: t.string({ required: true, description: 'The operator’s password.' }),
  }),
});

const LoginOperatorPayload = builder.objectRef<Outcome<SessionTokens & { operator: OperatorRow }>>('LoginOperatorPayload').implement({
  description: 'What loginOperator answers: a session for the operator, or why the sign-in failed.',
  fields: (t) => ({
    ...sessionTokenFields(t),
    operator: t.field({
      type: Operator,
      nullable: true,
      description: 'The signed-in operator. Null when errors is not empty.',
      resolve: (o) => o.result?.operator ?? null,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('loginOperator', (t) =>
  t.field({
    type: LoginOperatorPayload,
    description:
      'Signs an operator in with email and password; no token needed. After 5 failures in 15 minutes the email is locked for 15 minutes. Errors: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: LoginOperatorInput, required: true, description: 'The email and password.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.loginOperator(input)),
  }),
);

const RequestMemberCodeInput = builder.inputType('RequestMemberCodeInput', {
  description: 'Where to send a sign-in or registration code.',
  fields: (t) => ({
    phone: t.string({ required: true, description: 'The phone, in international format (a leading 00 counts as +).' }),
    companyId: t.id({ description: 'The program; may be omitted when the platform hosts one company.' }),
  }),
});

const RequestMemberCodePayload = builder.objectRef<Outcome<{ expiresAt: Date }>>('RequestMemberCodePayload').implement({
  description: 'What requestMemberCode answers: whether a code went out and until when it is valid.',
  fields: (t) => ({
    sent: t.boolean({ description: 'A code was sent; false when errors is not empty.', resolve: (o) => o.result !== null }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the code stops being valid. Null when errors is not empty.',
      resolve: (o) => o.result?.expiresAt ?? null,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('requestMemberCode', (t) =>
  t.field({
    type: RequestMemberCodePayload,
    description:
      'Anyone: sends a one-time code by SMS: for signing in (`loginMember`) or, for a phone not yet registered, for self-registration (`registerMember.verificationCode`). The answer is the same either way, so it does not tell who is a member. Valid 10 minutes, 5 tries, one request per 30 seconds per phone, and a capped number a minute per client network and per program. Emits verification.code_requested. Errors: COMPANY_NOT_FOUND, COMPANY_REQUIRED, INVALID_PHONE, CODE_REQUESTED_TOO_OFTEN, TOO_MANY_CODE_REQUESTS.',
    args: { input: t.arg({ type: RequestMemberCodeInput, required: true, description: 'The phone and the program.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.auth.requestMemberCode(ctx.identity, { phone: input.phone, companyId: input.companyId?.toString() }, ctx.clientAddress)),
  }),
);

const LoginMemberInput = builder.inputType('LoginMemberInput', {
  description: 'A member’s phone with exactly one of password and code.',
  fields: (t) => ({
    phone: t.string({ required: true, description: 'The member’s phone, in international format.' }),
    password: t.string({ description: 'The member’s password; or give code.' }),
    code: t.string({ description: 'The 6-digit code requestMemberCode sent; or give password.' }),
    companyId: t.id({ description: 'The program; may be omitted when the platform hosts one company.' }),
  }),
});

const LoginMemberPayload = builder.objectRef<Outcome<SessionTokens & { member: MemberRow }>>('LoginMemberPayload').implement({
  description: 'What loginMember answers: a session for the member, or why the sign-in failed.',
  fields: (t) => ({
    ...sessionTokenFields(t),
    member: t.field({
      type: Member,
      nullable: true,
      description: 'The signed-in member. Null when errors is not empty.',
      resolve: (o) => o.result?.member ?? null,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('loginMember', (t) =>
  t.field({
    type: LoginMemberPayload,
    description:
      'Signs a registered member in with a password or an SMS code from requestMemberCode; no token needed. After 5 failures in 15 minutes the phone is locked for 15 minutes. Errors: INVALID_INPUT, COMPANY_NOT_FOUND, COMPANY_REQUIRED, INVALID_PHONE, INVALID_CREDENTIALS, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS.',
    args: { input: t.arg({ type: LoginMemberInput, required: true, description: 'The phone and a password or code.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.auth.loginMember({ ...input, companyId: input.companyId?.toString() })),
  }),
);
