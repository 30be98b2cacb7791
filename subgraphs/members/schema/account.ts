import { builder } from '../builder';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { Member } from './member';

const MemberPayload = payloadType('MemberPayload', 'member', Member, 'The member after the change.');

const BlockMemberAccountInput = builder.inputType('BlockMemberAccountInput', {
  fields: (t) => ({ memberId: t.id({ required: true }), reason: t.string({ required: true }) }),
});

builder.mutationField('blockMemberAccount', (t) =>
  t.field({
    type: MemberPayload,
    description: 'Operators: blocks a whole account on suspected fraud; no card accrues or pays until unblocked. Emits member.blocked.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: { input: t.arg({ type: BlockMemberAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.accounts.blockMemberAccount(ctx.identity, { ...input, memberId: String(input.memberId) })),
  }),
);

const UnblockMemberAccountInput = builder.inputType('UnblockMemberAccountInput', {
  fields: (t) => ({ memberId: t.id({ required: true }) }),
});

builder.mutationField('unblockMemberAccount', (t) =>
  t.field({
    type: MemberPayload,
    description: 'Operators: lifts an account block; the member returns to the state they had.',
    authScopes: { role: ['ADMIN', 'OPERATOR', 'SECURITY'] },
    args: { input: t.arg({ type: UnblockMemberAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.accounts.unblockMemberAccount(ctx.identity, { memberId: String(input.memberId) })),
  }),
);

const OptOutInput = builder.inputType('OptOutInput', {
  fields: (t) => ({
    memberId: t.id({ description: 'Omitted by a member leaving themself.' }),
    reason: t.string(),
  }),
});

const OptOutPayload = builder.objectRef<Outcome<{ memberId: string; deletedAt: Date }>>('OptOutPayload').implement({
  fields: (t) => ({
    memberId: t.id({ nullable: true, resolve: (o) => o.result?.memberId ?? null }),
    deletedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.result?.deletedAt ?? null }),
    errors: errorsField(t),
  }),
});

builder.mutationField('optOut', (t) =>
  t.field({
    type: OptOutPayload,
    description:
      'The member leaves the program (themself, or through the contact center). All personal data is erased at once; member.deleted tells the other subgraphs to erase theirs. Cannot be undone.',
    authScopes: { $any: { member: true, role: ['ADMIN', 'OPERATOR'] } },
    args: { input: t.arg({ type: OptOutInput, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.accounts.optOut(ctx.identity, { ...input, memberId: input.memberId?.toString() })),
  }),
);
