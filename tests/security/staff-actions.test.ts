import {
  BlockMemberAccountDocument,
  OptOutDocument,
  RequestPasswordResetDocument,
  SetEReceiptConsentDocument,
  StaffActionsDocument,
  UnblockMemberAccountDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { querySql, registerSignedInMember, seedCompany } from '../support/seed';

/** Every change staff make to a member leaves a trace the security officer reads, and it outlives the member. */
const env = usePlatformWithCompany();

async function operatorIdOf(token: string): Promise<string> {
  return JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')).sub;
}

test('the security role reads what operators did to a member, and only that; the trail survives the opt-out', async () => {
  const { member, token } = await registerSignedInMember(env.platform, env.company);
  const operator = await env.company.operator('OPERATOR');
  const security = await env.company.operator('SECURITY');
  await request(env.platform.gatewayUrl, SetEReceiptConsentDocument, { input: { consent: true } }, { token });
  await request(env.platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'suspected fraud' } }, { token: security });
  await request(env.platform.gatewayUrl, UnblockMemberAccountDocument, { input: { memberId: member.id } }, { token: operator });
  await request(env.platform.gatewayUrl, RequestPasswordResetDocument, { input: { memberId: member.id } }, { token: operator });
  await request(env.platform.gatewayUrl, OptOutDocument, { input: { memberId: member.id, reason: 'asked by phone' } }, { token: operator });

  const trail = async (filter: object) =>
    (await request(env.platform.gatewayUrl, StaffActionsDocument, { filter, first: 50 }, { token: security })).staffActions.edges.map((e) => e.node);
  const onMember = await trail({ memberId: member.id });
  const operatorId = await operatorIdOf(operator);
  const securityId = await operatorIdOf(security);
  // The admin who registered the member (and set the password up through a reset code) is in the
  // trail too; these two officers' actions, newest first:
  const byTheseTwo = onMember.filter((a) => a.operatorId === operatorId || a.operatorId === securityId);
  expect(byTheseTwo.map(({ action, operatorId: by }) => ({ action, by }))).toEqual([
    { action: 'member.deleted', by: operatorId },
    { action: 'member.password_reset_requested', by: operatorId },
    { action: 'verification.code_requested', by: operatorId },
    { action: 'member.unblocked', by: operatorId },
    { action: 'member.blocked', by: securityId },
  ]);
  expect(onMember.map((a) => a.action)).not.toContain('member.e_receipt_consent_changed');
  // Giving someone staff powers is a staff action too.
  expect((await trail({})).map((a) => a.action)).toContain('operator.created');
  // So is choosing one's own password at the first sign-in (every operator here did).
  expect((await trail({ operatorId })).map((a) => a.action)).toContain('operator.password_changed');
  // The member's own change is not a staff action; the operator's filter finds theirs only.
  expect((await trail({ operatorId })).every((a) => a.operatorId === operatorId)).toBe(true);
  // The payloads are erased, the trail of ids is not.
  const [erased] = await querySql<{ payload: object }>(
    env.platform,
    "SELECT payload FROM members.outbox_events WHERE member_id = $1 AND type = 'member.blocked'",
    [member.id],
  );
  expect(erased?.payload).toEqual({ erased: true, actor: expect.objectContaining({ kind: 'operator', id: securityId }) });
});

test('only security officers and admins read the trail, each of their own company', async () => {
  for (const role of ['OPERATOR', 'MARKETER'] as const) {
    const token = await env.company.operator(role);
    expect(errorCodes(await call(env.platform.gatewayUrl, StaffActionsDocument, { first: 5 }, { token }))).toEqual(['FORBIDDEN']);
  }
  const other = await seedCompany(env.platform);
  const seen = await request(env.platform.gatewayUrl, StaffActionsDocument, { first: 100 }, { token: other.adminToken });
  const ours = await querySql<{ member_id: string }>(
    env.platform,
    'SELECT DISTINCT member_id FROM members.outbox_events WHERE company_id = $1 AND member_id IS NOT NULL',
    [env.company.companyId],
  );
  const ourMembers = new Set(ours.map((r) => r.member_id));
  expect(seen.staffActions.edges.filter((e) => e.node.memberId && ourMembers.has(e.node.memberId))).toEqual([]);
});
