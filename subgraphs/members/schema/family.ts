import { builder } from '../builder';
import { FamilyInvitationState } from './enums';
import { attempt, payloadType } from './errors';
import { Member } from './member';

export const Family = builder.prismaObject('Family', {
  description: 'Members pooling their bonus accounts into one shared balance under a head member.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The family’s id.' }),
    head: t.relation('head', { description: 'The head member: invites others, and leaves last.' }),
    members: t.relation('members', {
      description: 'Everyone in the family, the head too, oldest member record first.',
      query: { orderBy: { createdAt: 'asc' } },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the family was started.' }),
  }),
});

export const FamilyInvitation = builder.prismaObject('FamilyInvitation', {
  description: 'The head’s invitation of a member into the family; nothing is pooled until the invitee accepts.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The invitation’s id, for joinFamily and declineFamilyInvitation.' }),
    family: t.relation('family', { description: 'The family the invitee is invited into.' }),
    invitee: t.relation('invitee', {
      nullable: true,
      description:
        'The member invited. For invitations a member made by phone, shown only to the invitee and staff (the inviter sees inviteePhone), so that inviting does not tell whether a phone is registered; null for one that reached nobody.',
      authScopes: (invitation, _args, ctx) =>
        invitation.inviteePhoneKey === null ||
        ctx.identity.kind === 'operator' ||
        (ctx.identity.kind === 'member' && ctx.identity.memberId === invitation.inviteeMemberId),
      unauthorizedResolver: () => null,
    }),
    inviteePhone: t.exposeString('inviteePhoneMasked', {
      nullable: true,
      description: 'For invitations by phone: the phone named, masked as relatives see phones; null for invitations by member id.',
    }),
    state: t.field({ type: FamilyInvitationState, description: 'Where the invitation stands.', resolve: (i) => i.state }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
  }),
});

builder.queryField('myFamilyInvitations', (t) =>
  t.prismaField({
    type: ['FamilyInvitation'],
    description: 'Pending invitations of the signed-in member.',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.identity.kind === 'member'
        ? ctx.db.familyInvitation.findMany({ ...query, where: { inviteeMemberId: ctx.identity.memberId, state: 'PENDING' }, orderBy: { createdAt: 'desc' } })
        : [],
  }),
);

const MEMBER_OR_SERVICE = { $any: { member: true, role: ['ADMIN' as const, 'OPERATOR' as const] } };

const CreateFamilyInput = builder.inputType('CreateFamilyInput', {
  description: 'Who heads the new family.',
  fields: (t) => ({ memberId: t.id({ description: 'The future head; omitted by a member.' }) }),
});

builder.mutationField('createFamily', (t) =>
  t.field({
    type: payloadType('CreateFamilyPayload', 'family', Family, {
      description: 'What createFamily answers: the new family, or why it was refused.',
      result: 'The new family, headed by the member.',
    }),
    description:
      'Members (themselves), admins and operators: starts a family account headed by a registered member. Emits family.created. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, MEMBER_NOT_REGISTERED, ALREADY_IN_FAMILY.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: CreateFamilyInput, required: true, description: 'The future head.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.families.createFamily(ctx.identity, { memberId: input.memberId?.toString() })),
  }),
);

const InviteToFamilyInput = builder.inputType('InviteToFamilyInput', {
  description: 'Name the invitee by id or by phone.',
  fields: (t) => ({
    memberId: t.id({ description: 'The head; omitted by a member.' }),
    inviteeMemberId: t.id({ description: 'The invitee, a registered member of the company.' }),
    inviteePhone: t.string({ description: 'The invitee’s phone, instead of inviteeMemberId.' }),
  }),
});

builder.mutationField('inviteToFamily', (t) =>
  t.field({
    type: payloadType('InviteToFamilyPayload', 'invitation', FamilyInvitation, {
      description: 'What inviteToFamily answers: the pending invitation, or why it was refused.',
      result: 'The pending invitation (the same one when the invitee was invited before).',
    }),
    description:
      'The head (a member, or admins and operators for them) invites a registered member; nothing is pooled until the invitee accepts with joinFamily. A member inviting by phone gets the same answer whatever the phone is, a pending invitation showing the phone masked (so inviting tells nobody whether a phone is registered): it reaches the phone’s holder only when they are a registered member outside any family, and nobody otherwise; the refusals about the invitee answer invitations by id and staff only. Emits family.invitation_sent. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, MEMBER_BLOCKED, MEMBER_NOT_REGISTERED, NOT_IN_FAMILY, NOT_FAMILY_HEAD, INVALID_PHONE, ALREADY_IN_FAMILY.',
    authScopes: MEMBER_OR_SERVICE,
    args: { input: t.arg({ type: InviteToFamilyInput, required: true, description: 'The head and the invitee.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.families.inviteToFamily(ctx.identity, {
          ...input,
          memberId: input.memberId?.toString(),
          inviteeMemberId: input.inviteeMemberId?.toString(),
        }),
      ),
  }),
);

const InvitationInput = builder.inputType('FamilyInvitationInput', {
  description: 'The invitation to answer.',
  fields: (t) => ({ invitationId: t.id({ required: true, description: 'A pending invitation of the signed-in member.' }) }),
});
const InvitationPayload = payloadType('FamilyInvitationPayload', 'invitation', FamilyInvitation, {
  description: 'What answering an invitation returns: the answered invitation, or why the answer was refused.',
  result: 'The answered invitation.',
});

builder.mutationField('joinFamily', (t) =>
  t.field({
    type: InvitationPayload,
    description:
      'The invited member (only they): accepts; their account joins the family pool. Emits family.member_joined. Errors: INVITATION_NOT_FOUND, MEMBER_NOT_FOUND, MEMBER_BLOCKED, MEMBER_NOT_REGISTERED, ALREADY_IN_FAMILY.',
    authScopes: { member: true },
    args: { input: t.arg({ type: InvitationInput, required: true, description: 'The invitation.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.families.answerFamilyInvitation(ctx.identity, { invitationId: String(input.invitationId), accept: true })),
  }),
);

builder.mutationField('declineFamilyInvitation', (t) =>
  t.field({
    type: InvitationPayload,
    description:
      'The invited member (only they): declines; nothing is pooled. Errors: INVITATION_NOT_FOUND, MEMBER_NOT_FOUND, MEMBER_BLOCKED, MEMBER_NOT_REGISTERED.',
    authScopes: { member: true },
    args: { input: t.arg({ type: InvitationInput, required: true, description: 'The invitation.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.families.answerFamilyInvitation(ctx.identity, { invitationId: String(input.invitationId), accept: false })),
  }),
);

const LeaveFamilyInput = builder.inputType('LeaveFamilyInput', {
  description: 'Who leaves their family.',
  fields: (t) => ({ memberId: t.id({ description: 'Admins name the member; omitted by a member.' }) }),
});

builder.mutationField('leaveFamily', (t) =>
  t.field({
    type: payloadType('LeaveFamilyPayload', 'member', Member, {
      description: 'What leaveFamily answers: the member after leaving, or why it was refused.',
      result: 'The member after leaving, in no family.',
    }),
    description:
      'A member leaves their family (or an admin takes them out); their account stops pooling from now on. The head leaves last, which ends the family. Emits family.member_left. Errors: INVALID_INPUT, MEMBER_NOT_FOUND, NOT_IN_FAMILY, FAMILY_HEAD_CANNOT_LEAVE.',
    authScopes: { $any: { member: true, role: ['ADMIN'] } },
    args: { input: t.arg({ type: LeaveFamilyInput, required: true, description: 'The member leaving.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.families.leaveFamily(ctx.identity, { memberId: input.memberId?.toString() })),
  }),
);
