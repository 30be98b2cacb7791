import { InviteToFamilyDocument, JoinFamilyDocument, LeaveFamilyDocument } from '../e2e/__generated__/operations';
import { request } from './graphql-client';
import type { TestPlatform } from './platform';
import { querySql } from './seed';

/** A signed-in member as the family flows need them. */
interface SignedIn {
  member: { id: string };
  token: string;
}

/** Waits until the ledger knows whether a member is in a family (the family events reached it). */
export async function waitForLedgerFamily(platform: TestPlatform, memberId: string, inFamily: boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const [row] = await querySql<{ family_id: string | null }>(platform, 'SELECT family_id FROM ledger.member_refs WHERE member_id = $1', [memberId]);
    if ((row?.family_id != null) === inFamily) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the ledger did not learn the family of ${memberId}`);
}

/** The head of a family invites a member, who accepts; returns once the ledger pools them. */
export async function joinFamilyOf(platform: TestPlatform, head: SignedIn, invitee: SignedIn): Promise<void> {
  const { inviteToFamily } = await request(
    platform.gatewayUrl,
    InviteToFamilyDocument,
    { input: { inviteeMemberId: invitee.member.id } },
    { token: head.token },
  );
  const invitationId = inviteToFamily.invitation?.id;
  if (!invitationId) throw new Error(`the invitation was refused: ${JSON.stringify(inviteToFamily.errors)}`);
  const { joinFamily } = await request(platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId } }, { token: invitee.token });
  if (joinFamily.errors.length > 0) throw new Error(`joining was refused: ${JSON.stringify(joinFamily.errors)}`);
  await waitForLedgerFamily(platform, invitee.member.id, true);
}

/** A member leaves their family; returns once the ledger no longer pools them. */
export async function leaveFamilyOf(platform: TestPlatform, member: SignedIn): Promise<void> {
  const { leaveFamily } = await request(platform.gatewayUrl, LeaveFamilyDocument, { input: {} }, { token: member.token });
  if (leaveFamily.errors.length > 0) throw new Error(`leaving was refused: ${JSON.stringify(leaveFamily.errors)}`);
  await waitForLedgerFamily(platform, member.member.id, false);
}
