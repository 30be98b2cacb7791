import { BlockMemberAccountDocument, CreatePosTerminalDocument, JoinFamilyDocument, OptOutDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call } from '../support/graphql-client';
import { registerSignedInMember } from '../support/seed';

/** Ids that are not UUIDs are the caller's mistake: a typed refusal, never an internal error. */
const env = usePlatformWithCompany();

test('malformed ids in members mutations are refused as INVALID_INPUT, by operators and members alike', async () => {
  const admin = { token: env.company.adminToken };
  const { token } = await registerSignedInMember(env.platform, env.company);
  const answers = [
    await call(env.platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: 'abc', reason: 'check' } }, admin),
    await call(env.platform.gatewayUrl, CreatePosTerminalDocument, { input: { pointOfSaleId: 'abc', name: 'Till' } }, admin),
    await call(env.platform.gatewayUrl, OptOutDocument, { input: { memberId: 'abc' } }, admin),
    await call(env.platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId: 'abc' } }, { token }),
  ];
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    const payload = Object.values(answer.data ?? {})[0] as { errors: Array<{ code: string }> };
    expect(payload.errors.map((e) => e.code)).toEqual([
      expect.stringMatching(/^(INVALID_INPUT|MEMBER_NOT_FOUND|POINT_OF_SALE_NOT_FOUND|INVITATION_NOT_FOUND)$/),
    ]);
  }
});
