import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { registerSignedInMember } from '../support/seed';
import {
  CreateFamilyDocument,
  DeclineFamilyInvitationDocument,
  InviteToFamilyDocument,
  JoinFamilyDocument,
  LeaveFamilyDocument,
  MemberByIdDocument,
  MyFamilyInvitationsDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany();

test('a head creates a family, invites by phone, the invitee consents and joins; members leave, the head last', async () => {
  const head = await registerSignedInMember(env.platform, env.company);
  const invitee = await registerSignedInMember(env.platform, env.company);
  const { createFamily } = await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  expect(createFamily.family?.head.id).toBe(head.member.id);

  const { inviteToFamily } = await request(
    env.platform.gatewayUrl,
    InviteToFamilyDocument,
    { input: { inviteePhone: invitee.input.phone } },
    { token: head.token },
  );
  expect(inviteToFamily.invitation?.state).toBe('PENDING');
  const invitationId = inviteToFamily.invitation?.id as string;

  // Only the invitee can accept: not the head, not an operator.
  expect(errorCodes(await call(env.platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId } }, { token: env.company.adminToken }))).toEqual([
    'FORBIDDEN',
  ]);
  const byHead = await request(env.platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId } }, { token: head.token });
  expect(byHead.joinFamily.errors.map((e) => e.code)).toEqual(['INVITATION_NOT_FOUND']);

  const pending = await request(env.platform.gatewayUrl, MyFamilyInvitationsDocument, {}, { token: invitee.token });
  expect(pending.myFamilyInvitations.map((i) => i.id)).toEqual([invitationId]);
  const { joinFamily } = await request(env.platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId } }, { token: invitee.token });
  expect(joinFamily.invitation?.state).toBe('ACCEPTED');
  expect(joinFamily.invitation?.family.members.map((m) => m.id).sort()).toEqual([head.member.id, invitee.member.id].sort());

  const headLeaves = await request(env.platform.gatewayUrl, LeaveFamilyDocument, { input: {} }, { token: head.token });
  expect(headLeaves.leaveFamily.errors.map((e) => e.code)).toEqual(['FAMILY_HEAD_CANNOT_LEAVE']);
  const inviteeLeaves = await request(env.platform.gatewayUrl, LeaveFamilyDocument, { input: {} }, { token: invitee.token });
  expect(inviteeLeaves.leaveFamily.member?.family).toBeNull();
  const headLeavesLast = await request(env.platform.gatewayUrl, LeaveFamilyDocument, { input: {} }, { token: head.token });
  expect(headLeavesLast.leaveFamily.errors).toEqual([]);
  const after = await request(env.platform.gatewayUrl, MemberByIdDocument, { id: head.member.id }, { token: env.company.adminToken });
  expect(after.member?.family).toBeNull();
});

test('family rules: one family per member, only the head invites, declined invitations pool nothing', async () => {
  const head = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  const third = await registerSignedInMember(env.platform, env.company);
  await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  const twice = await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  expect(twice.createFamily.errors.map((e) => e.code)).toEqual(['ALREADY_IN_FAMILY']);

  const notHead = await request(env.platform.gatewayUrl, InviteToFamilyDocument, { input: { inviteeMemberId: third.member.id } }, { token: other.token });
  expect(notHead.inviteToFamily.errors.map((e) => e.code)).toEqual(['NOT_IN_FAMILY']);
  const self = await request(env.platform.gatewayUrl, InviteToFamilyDocument, { input: { inviteeMemberId: head.member.id } }, { token: head.token });
  expect(self.inviteToFamily.errors.map((e) => e.code)).toEqual(['MEMBER_NOT_FOUND']);

  const { inviteToFamily } = await request(
    env.platform.gatewayUrl,
    InviteToFamilyDocument,
    { input: { inviteeMemberId: other.member.id } },
    { token: head.token },
  );
  const { declineFamilyInvitation } = await request(
    env.platform.gatewayUrl,
    DeclineFamilyInvitationDocument,
    { input: { invitationId: inviteToFamily.invitation?.id as string } },
    { token: other.token },
  );
  expect(declineFamilyInvitation.invitation?.state).toBe('DECLINED');
  const member = await request(env.platform.gatewayUrl, MemberByIdDocument, { id: other.member.id }, { token: env.company.adminToken });
  expect(member.member?.family).toBeNull();
  const notInFamily = await request(env.platform.gatewayUrl, LeaveFamilyDocument, { input: {} }, { token: other.token });
  expect(notInFamily.leaveFamily.errors.map((e) => e.code)).toEqual(['NOT_IN_FAMILY']);
});
