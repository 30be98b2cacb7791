import {
  ChangePasswordDocument,
  ChangePhoneDocument,
  LoginMemberDocument,
  MeDocument,
  RequestPasswordResetDocument,
  RequestPhoneChangeDocument,
  ResetMemberPasswordDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { lastCodeSentTo, querySql, registerSignedInMember, uniquePhone } from '../support/seed';
import { expectRefused } from '../support/sessions';

/**
 * Staff never learn or set a member's password: a contact-center operator who could would sign in
 * as the member. They send a reset code to the member's phone instead, and that is recorded.
 */
const env = usePlatformWithCompany();

test('an operator cannot set a member’s password', async () => {
  const { member } = await registerSignedInMember(env.platform, env.company);
  const operator = await env.company.operator('OPERATOR');
  for (const token of [operator, env.company.adminToken]) {
    const result = await call(env.platform.gatewayUrl, ChangePasswordDocument, { input: { memberId: member.id, newPassword: 'chosen-by-staff-1' } }, { token });
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  }
});

test('the contact center sends a reset code; the member chooses a new password with it and every old session ends', async () => {
  const { member, input, token } = await registerSignedInMember(env.platform, env.company);
  const operator = await env.company.operator('OPERATOR');
  const { requestPasswordReset } = await request(
    env.platform.gatewayUrl,
    RequestPasswordResetDocument,
    { input: { memberId: member.id } },
    { token: operator },
  );
  expect(requestPasswordReset.errors).toEqual([]);
  const [recorded] = await querySql<{ actor: { kind: string; id: string } }>(
    env.platform,
    "SELECT payload->'actor' AS actor FROM members.outbox_events WHERE member_id = $1 AND type = 'member.password_reset_requested'",
    [member.id],
  );
  expect(recorded?.actor).toMatchObject({ kind: 'operator' });

  const phone = input.phone as string;
  const code = await lastCodeSentTo(env.platform, phone);
  const reset = (newPassword: string, given: string) =>
    request(env.platform.gatewayUrl, ResetMemberPasswordDocument, { input: { phone, code: given, newPassword, companyId: env.company.companyId } });
  const wrong = await reset('new-pass-22', code === '000000' ? '111111' : '000000');
  expect(wrong.resetMemberPassword.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
  const weak = await reset('short', code);
  expect(weak.resetMemberPassword.errors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);
  const right = await reset('new-pass-22', code);
  expect(right.resetMemberPassword.errors).toEqual([]);
  expect((await call(env.platform.gatewayUrl, MeDocument, {}, { token: right.resetMemberPassword.token as string })).data?.me?.id).toBe(member.id);
  // The code is used up; the old password and the old session are gone.
  expect((await reset('another-pass-3', code)).resetMemberPassword.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
  const old = await request(env.platform.gatewayUrl, LoginMemberDocument, {
    input: { phone, password: input.password as string, companyId: env.company.companyId },
  });
  expect(old.loginMember.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  await expectRefused(env.platform.gatewayUrl, token);
});

test('a marketer cannot send reset codes; a member can, for themself only', async () => {
  const { member, token } = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  const marketer = await env.company.operator('MARKETER');
  expect(errorCodes(await call(env.platform.gatewayUrl, RequestPasswordResetDocument, { input: { memberId: member.id } }, { token: marketer }))).toEqual([
    'FORBIDDEN',
  ]);
  expect(errorCodes(await call(env.platform.gatewayUrl, RequestPasswordResetDocument, { input: { memberId: other.member.id } }, { token }))).toEqual([
    'FORBIDDEN',
  ]);
  const own = await request(env.platform.gatewayUrl, RequestPasswordResetDocument, { input: {} }, { token });
  expect(own.requestPasswordReset.errors).toEqual([]);
});

test('an operator who holds a new phone cannot take a member over: only the member completes a phone change', async () => {
  const { member } = await registerSignedInMember(env.platform, env.company);
  const operator = await env.company.operator('OPERATOR');
  const attackerPhone = uniquePhone();
  const started = await request(
    env.platform.gatewayUrl,
    RequestPhoneChangeDocument,
    { input: { memberId: member.id, newPhone: attackerPhone } },
    { token: operator },
  );
  expect(started.requestPhoneChange.errors).toEqual([]);
  const code = await lastCodeSentTo(env.platform, attackerPhone);
  const completed = await call(
    env.platform.gatewayUrl,
    ChangePhoneDocument,
    { input: { memberId: member.id, newPhone: attackerPhone, code } },
    { token: operator },
  );
  expect(errorCodes(completed)).toEqual(['FORBIDDEN']);
  const [row] = await querySql<{ phone: string }>(env.platform, 'SELECT phone FROM members.members WHERE id = $1', [member.id]);
  expect(row?.phone).not.toBe(attackerPhone);
});
