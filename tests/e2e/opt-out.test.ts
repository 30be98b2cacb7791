import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, signInMember } from '../support/seed';
import {
  CreateFamilyDocument,
  InviteToFamilyDocument,
  JoinFamilyDocument,
  LoginMemberDocument,
  MemberByIdDocument,
  OptOutDocument,
  RequestMemberCodeDocument,
  RequestPhoneChangeDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany();

/** Rows in any table of the members schema whose text contains the value. */
async function rowsMentioning(value: string): Promise<string[]> {
  const tables = await querySql<{ table_name: string }>(env.platform, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'members'");
  const found: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = await querySql<{ count: string }>(env.platform, `SELECT count(*) FROM members."${table}" t WHERE t::text ILIKE '%' || $1 || '%'`, [value]);
    if (Number(rows[0]?.count) > 0) found.push(table);
  }
  return found;
}

describe('opt-out', () => {
  test('a member leaves the program: no table of the members schema keeps their phone, email or name', async () => {
    const { member, input } = await registerMember(env.platform, env.company.adminToken, { firstName: 'Wilhelmina', lastName: 'Zauberstein' });
    const phone = input.phone as string;
    const email = input.email as string;
    const token = await signInMember(env.platform, env.company.companyId, phone, input.password as string);
    // Leave traces everywhere: codes, a family with an invitation, sign-in attempts.
    await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
    await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: '+4915199999999' } }, { token });
    await request(env.platform.gatewayUrl, LoginMemberDocument, { input: { phone, password: 'wrong-pass-9', companyId: env.company.companyId } });
    const { member: relative } = await registerMember(env.platform, env.company.adminToken);
    await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: { memberId: member.id } }, { token: env.company.adminToken });
    await request(
      env.platform.gatewayUrl,
      InviteToFamilyDocument,
      { input: { memberId: member.id, inviteeMemberId: relative.id } },
      { token: env.company.adminToken },
    );
    expect(await rowsMentioning(phone)).not.toEqual([]);

    const { optOut } = await request(env.platform.gatewayUrl, OptOutDocument, { input: {} }, { token });
    expect(optOut.errors).toEqual([]);
    expect(optOut.memberId).toBe(member.id);

    for (const value of [phone, email, 'Wilhelmina', 'Zauberstein', '+4915199999999']) {
      expect({ value, tables: await rowsMentioning(value) }).toEqual({ value, tables: [] });
    }
    const [event] = await querySql<{ type: string }>(env.platform, "SELECT type FROM members.outbox_events WHERE member_id = $1 AND type = 'member.deleted'", [
      member.id,
    ]);
    expect(event?.type).toBe('member.deleted');
    // The card stays, blocked and unbound, under a number that names nobody.
    const cards = await querySql<{ state: string; member_id: string | null; number: string }>(
      env.platform,
      'SELECT state, member_id, number FROM members.cards WHERE id = $1',
      [member.cards[0]?.id],
    );
    expect(cards).toEqual([{ state: 'BLOCKED', member_id: null, number: `erased:${member.cards[0]?.id}` }]);
  });

  test('after opt-out the member cannot sign in and is not found; the phone can register anew', async () => {
    const { member, input } = await registerMember(env.platform, env.company.adminToken);
    const { optOut } = await request(
      env.platform.gatewayUrl,
      OptOutDocument,
      { input: { memberId: member.id, reason: 'called the contact center' } },
      { token: env.company.adminToken },
    );
    expect(optOut.errors).toEqual([]);
    const login = await request(env.platform.gatewayUrl, LoginMemberDocument, {
      input: { phone: input.phone as string, password: input.password, companyId: env.company.companyId },
    });
    expect(login.loginMember.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await request(env.platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token: env.company.adminToken })).member).toBeNull();
    const twice = await request(env.platform.gatewayUrl, OptOutDocument, { input: { memberId: member.id } }, { token: env.company.adminToken });
    expect(twice.optOut.errors.map((e) => e.code)).toEqual(['MEMBER_NOT_FOUND']);
    await registerMember(env.platform, env.company.adminToken, { phone: input.phone, email: input.email });
  });

  test('a family head who opts out hands the family to the next member', async () => {
    const head = await registerMember(env.platform, env.company.adminToken);
    const relative = await registerMember(env.platform, env.company.adminToken);
    const relativeToken = await signInMember(env.platform, env.company.companyId, relative.input.phone as string, relative.input.password as string);
    await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: { memberId: head.member.id } }, { token: env.company.adminToken });
    const { inviteToFamily } = await request(
      env.platform.gatewayUrl,
      InviteToFamilyDocument,
      { input: { memberId: head.member.id, inviteeMemberId: relative.member.id } },
      { token: env.company.adminToken },
    );
    await request(env.platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId: inviteToFamily.invitation?.id as string } }, { token: relativeToken });
    await request(env.platform.gatewayUrl, OptOutDocument, { input: { memberId: head.member.id } }, { token: env.company.adminToken });
    const after = await request(env.platform.gatewayUrl, MemberByIdDocument, { id: relative.member.id }, { token: env.company.adminToken });
    expect(after.member?.family?.head.id).toBe(relative.member.id);
    expect(after.member?.family?.members.map((m) => m.id)).toEqual([relative.member.id]);
  });
});
