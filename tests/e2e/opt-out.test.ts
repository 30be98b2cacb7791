import { request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { querySql, registerMember, type SeededCompany, seedCompany } from '../support/seed';
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

let platform: TestPlatform;
let company: SeededCompany;
beforeAll(async () => {
  platform = await startTestPlatform();
  company = await seedCompany(platform);
});
afterAll(() => platform?.stop());

/** Rows in any table of the members schema whose text contains the value. */
async function rowsMentioning(value: string): Promise<string[]> {
  const tables = await querySql<{ table_name: string }>(platform, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'members'");
  const found: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = await querySql<{ count: string }>(platform, `SELECT count(*) FROM members."${table}" t WHERE t::text ILIKE '%' || $1 || '%'`, [value]);
    if (Number(rows[0]?.count) > 0) found.push(table);
  }
  return found;
}

async function signIn(phone: string, password: string): Promise<string> {
  const { loginMember } = await request(platform.gatewayUrl, LoginMemberDocument, { input: { phone, password, companyId: company.companyId } });
  return loginMember.token as string;
}

describe('opt-out', () => {
  test('a member leaves the program: no table of the members schema keeps their phone, email or name', async () => {
    const { member, input } = await registerMember(platform, company.adminToken, { firstName: 'Wilhelmina', lastName: 'Zauberstein' });
    const phone = input.phone as string;
    const email = input.email as string;
    const token = await signIn(phone, input.password as string);
    // Leave traces everywhere: codes, a family with an invitation, sign-in attempts.
    await request(platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: company.companyId } });
    await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: '+4915199999999' } }, { token });
    await request(platform.gatewayUrl, LoginMemberDocument, { input: { phone, password: 'wrong-pass-9', companyId: company.companyId } });
    const { member: relative } = await registerMember(platform, company.adminToken);
    await request(platform.gatewayUrl, CreateFamilyDocument, { input: { memberId: member.id } }, { token: company.adminToken });
    await request(platform.gatewayUrl, InviteToFamilyDocument, { input: { memberId: member.id, inviteeMemberId: relative.id } }, { token: company.adminToken });
    expect(await rowsMentioning(phone)).not.toEqual([]);

    const { optOut } = await request(platform.gatewayUrl, OptOutDocument, { input: {} }, { token });
    expect(optOut.errors).toEqual([]);
    expect(optOut.memberId).toBe(member.id);

    for (const value of [phone, email, 'Wilhelmina', 'Zauberstein', '+4915199999999']) {
      expect({ value, tables: await rowsMentioning(value) }).toEqual({ value, tables: [] });
    }
    const [event] = await querySql<{ type: string }>(platform, "SELECT type FROM members.outbox_events WHERE member_id = $1 AND type = 'member.deleted'", [
      member.id,
    ]);
    expect(event?.type).toBe('member.deleted');
    const cards = await querySql<{ state: string; member_id: string | null }>(platform, 'SELECT state, member_id FROM members.cards WHERE number = $1', [
      member.cards[0]?.number,
    ]);
    expect(cards).toEqual([{ state: 'BLOCKED', member_id: null }]);
  });

  test('after opt-out the member cannot sign in and is not found; the phone can register anew', async () => {
    const { member, input } = await registerMember(platform, company.adminToken);
    const { optOut } = await request(
      platform.gatewayUrl,
      OptOutDocument,
      { input: { memberId: member.id, reason: 'called the contact center' } },
      { token: company.adminToken },
    );
    expect(optOut.errors).toEqual([]);
    const login = await request(platform.gatewayUrl, LoginMemberDocument, {
      input: { phone: input.phone as string, password: input.password, companyId: company.companyId },
    });
    expect(login.loginMember.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await request(platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token: company.adminToken })).member).toBeNull();
    const twice = await request(platform.gatewayUrl, OptOutDocument, { input: { memberId: member.id } }, { token: company.adminToken });
    expect(twice.optOut.errors.map((e) => e.code)).toEqual(['MEMBER_NOT_FOUND']);
    await registerMember(platform, company.adminToken, { phone: input.phone, email: input.email });
  });

  test('a family head who opts out hands the family to the next member', async () => {
    const head = await registerMember(platform, company.adminToken);
    const relative = await registerMember(platform, company.adminToken);
    const relativeToken = await signIn(relative.input.phone as string, relative.input.password as string);
    await request(platform.gatewayUrl, CreateFamilyDocument, { input: { memberId: head.member.id } }, { token: company.adminToken });
    const { inviteToFamily } = await request(
      platform.gatewayUrl,
      InviteToFamilyDocument,
      { input: { memberId: head.member.id, inviteeMemberId: relative.member.id } },
      { token: company.adminToken },
    );
    await request(platform.gatewayUrl, JoinFamilyDocument, { input: { invitationId: inviteToFamily.invitation?.id as string } }, { token: relativeToken });
    await request(platform.gatewayUrl, OptOutDocument, { input: { memberId: head.member.id } }, { token: company.adminToken });
    const after = await request(platform.gatewayUrl, MemberByIdDocument, { id: relative.member.id }, { token: company.adminToken });
    expect(after.member?.family?.head.id).toBe(relative.member.id);
    expect(after.member?.family?.members.map((m) => m.id)).toEqual([relative.member.id]);
  });
});
