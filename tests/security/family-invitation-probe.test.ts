import {
  BlockMemberAccountDocument,
  CreateFamilyDocument,
  InviteToFamilyAsSeenDocument,
  JoinFamilyDocument,
  MyFamilyInvitationsDocument,
} from '../e2e/__generated__/operations';
import { joinFamilyOf } from '../support/family';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerSignedInMember, uniquePhone } from '../support/seed';

/**
 * Inviting by phone must not tell a member which phones are registered: the head gets the same
 * answer for a registered phone and for one nobody holds (a pending invitation showing the phone
 * masked, no invitee), and the invitation reaches only a holder who may join.
 */
const env = usePlatformWithCompany({ events: true });

async function headOfFamily() {
  const head = await registerSignedInMember(env.platform, env.company);
  const { createFamily } = await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  expect(createFamily.errors).toEqual([]);
  return head;
}

async function invite(token: string, inviteePhone: string) {
  return (await request(env.platform.gatewayUrl, InviteToFamilyAsSeenDocument, { input: { inviteePhone } }, { token })).inviteToFamily;
}

/** What the inviter can tell from an answer, ids and the phone's own digits aside. */
function shape(answer: Awaited<ReturnType<typeof invite>>, familyId: string) {
  const invitation = answer.invitation;
  return {
    errors: answer.errors,
    state: invitation?.state,
    invitee: invitation?.invitee,
    inviteePhone: invitation?.inviteePhone?.replace(/\d/g, '0'),
    sameFamily: invitation?.family.id === familyId,
  };
}

test('a registered phone and an unknown phone get the same answer; only the registered member is invited', async () => {
  const head = await headOfFamily();
  const familyId = (await invite(head.token, uniquePhone())).invitation?.family.id as string;
  const registered = await registerSignedInMember(env.platform, env.company);
  const unknownPhone = uniquePhone();

  const toRegistered = await invite(head.token, registered.input.phone as string);
  const toUnknown = await invite(head.token, unknownPhone);
  expect(shape(toRegistered, familyId)).toEqual(shape(toUnknown, familyId));
  expect(shape(toUnknown, familyId)).toEqual({ errors: [], state: 'PENDING', invitee: null, inviteePhone: expect.stringContaining('•'), sameFamily: true });
  // The phone comes back masked, never whole, never with a name.
  expect(toRegistered.invitation?.inviteePhone).not.toContain((registered.input.phone as string).slice(3, 9));

  // Asking again answers with the same invitation, for both.
  expect((await invite(head.token, registered.input.phone as string)).invitation?.id).toBe(toRegistered.invitation?.id);
  expect((await invite(head.token, unknownPhone)).invitation?.id).toBe(toUnknown.invitation?.id);

  // The registered member got it and may join; the unknown phone's invitation reaches nobody.
  const mine = await request(env.platform.gatewayUrl, MyFamilyInvitationsDocument, {}, { token: registered.token });
  expect(mine.myFamilyInvitations.map((i) => i.id)).toEqual([toRegistered.invitation?.id]);
  const { joinFamily } = await request(
    env.platform.gatewayUrl,
    JoinFamilyDocument,
    { input: { invitationId: toRegistered.invitation?.id as string } },
    { token: registered.token },
  );
  expect(joinFamily.errors).toEqual([]);
});

test('blocked members and members of another family answer like unknown phones, and are not invited', async () => {
  const head = await headOfFamily();
  const familyId = (await invite(head.token, uniquePhone())).invitation?.family.id as string;
  const blocked = await registerSignedInMember(env.platform, env.company);
  const { blockMemberAccount } = await request(
    env.platform.gatewayUrl,
    BlockMemberAccountDocument,
    { input: { memberId: blocked.member.id, reason: 'probe test' } },
    { token: env.company.adminToken },
  );
  expect(blockMemberAccount.errors).toEqual([]);
  const otherHead = await headOfFamily();
  const taken = await registerSignedInMember(env.platform, env.company);
  await joinFamilyOf(env.platform, otherHead, taken);

  const unknown = shape(await invite(head.token, uniquePhone()), familyId);
  expect(shape(await invite(head.token, blocked.input.phone as string), familyId)).toEqual(unknown);
  expect(shape(await invite(head.token, taken.input.phone as string), familyId)).toEqual(unknown);
  expect(shape(await invite(head.token, head.input.phone as string), familyId)).toEqual(unknown);
  const takenInvitations = await request(env.platform.gatewayUrl, MyFamilyInvitationsDocument, {}, { token: taken.token });
  expect(takenInvitations.myFamilyInvitations).toEqual([]);
});
