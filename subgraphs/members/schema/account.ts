import { builder } from '../builder';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { Member } from './member';

const MemberPayload = payloadType('MemberPayload', 'member', Member, {
  description: 'What an account mutation answers: the member after the change, or why it was refused.',
  result: 'The member after the change.',
});

const BlockMemberAccountInput = builder.inputType('BlockMemberAccountInput', {
  description: 'The account to block and why.',
  fields: (t) => ({
    memberId: t.id({ required: true, description: 'The member.' }),
    reason: t.string({ required: true, description: 'Why, for staff; not blank. Shown to operators as blockedReason.' }),
  }),
});

builder.mutationField('blockMemberAccount', (t) =>
  t.field({
    type: MemberPayload,
    description:
      'Admins, operators and security: blocks a whole account on suspected fraud, with a reason; no card accrues or pays until unblocked. Emits member.blocked. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: { input: t.arg({ type: BlockMemberAccountInput, required: true, description: 'The member and why.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.accounts.blockMemberAccount(ctx.identity, { ...input, memberId: String(input.memberId) })),
  }),
);

const UnblockMemberAccountInput = builder.inputType('UnblockMemberAccountInput', {
  description: 'The account to unblock.',
  fields: (t) => ({ memberId: t.id({ required: true, description: 'The member.' }) }),
});

builder.mutationField('unblockMemberAccount', (t) =>
  t.field({
    type: MemberPayload,
    description:
      'Admins, operators and security: lifts an account block; the member returns to the state they had (REGISTERED, or CARD_HOLDER when never registered). Emits member.unblocked. Errors: MEMBER_NOT_FOUND, MEMBER_NOT_BLOCKED.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: { input: t.arg({ type: UnblockMemberAccountInput, required: true, description: 'The member.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.accounts.unblockMemberAccount(ctx.identity, { memberId: String(input.memberId) })),
  }),
);

const OptOutInput = builder.inputType('OptOutInput', {
  description: 'Who leaves the program.',
  fields: (t) => ({
    memberId: t.id({ description: 'Omitted by a member leaving themself; required from staff.' }),
    reason: t.string({ description: 'Why, for the caller’s own records: not stored, since free text may name the person.' }),
  }),
});

const OptOutPayload = builder.objectRef<Outcome<{ memberId: string; deletedAt: Date }>>('OptOutPayload').implement({
  description: 'What optOut answers: who left and when, or why it was refused.',
  fields: (t) => ({
    memberId: t.id({
      nullable: true,
      description: 'The member who left (the id stays, without personal data). Null when errors is not empty.',
      resolve: (o) => o.result?.memberId ?? null,
    }),
    deletedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the personal data was erased. Null when errors is not empty.',
      resolve: (o) => o.result?.deletedAt ?? null,
    }),
    errors: errorsField(t),
  }),
});

builder.mutationField('optOut', (t) =>
  t.field({
    type: OptOutPayload,
    description:
      'Members (themselves), admins and operators: the member leaves the program. All personal data is erased at once; a head leaving passes the family on to its oldest member. Emits member.deleted, which tells the other subgraphs to erase theirs. Cannot be undone. Errors: INVALID_INPUT, MEMBER_NOT_FOUND.',
    authScopes: { $any: { member: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: OptOutInput, required: true, description: 'The member and why.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.accounts.optOut(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);
