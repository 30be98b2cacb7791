import { randomUUID } from 'node:crypto';
import { issueToken } from '../../infra/auth/tokens';
import {
  BlockMemberAccountDocument,
  ChangeOperatorPasswordDocument,
  ChangePasswordDocument,
  CurrentCompanyDocument,
  LoginMemberDocument,
  LoginOperatorDocument,
  MeDocument,
  OptOutDocument,
  RefreshSessionDocument,
  RequestEmailChangeDocument,
  RequestPhoneChangeDocument,
  SignOutDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { createSignedInOperator, registerMember, uniqueEmail, uniquePhone } from '../support/seed';
import { expectRefused as refused } from '../support/sessions';

/**
 * Access tokens are short-lived and belong to a session; ending the session (sign-out, a password
 * change, a blocked account, an opt-out) makes them stop working, whatever their expiry says.
 */
const env = usePlatformWithCompany();

async function memberSession(phone: string, password: string) {
  const { loginMember } = await request(env.platform.gatewayUrl, LoginMemberDocument, { input: { phone, password, companyId: env.company.companyId } });
  expect(loginMember.errors).toEqual([]);
  return { token: loginMember.token as string, refreshToken: loginMember.refreshToken as string };
}

async function signedInMember() {
  const { member, input } = await registerMember(env.platform, env.company.adminToken);
  return { member, input, ...(await memberSession(input.phone as string, input.password as string)) };
}

const meWith = (token: string) => call(env.platform.gatewayUrl, MeDocument, {}, { token });

const expectRefused = (token: string, query?: Parameters<typeof refused>[2]) => refused(env.platform.gatewayUrl, token, query);

test('a sign-in gives a token that lives 15 minutes and a refresh token; a refresh gives new ones and uses the old one up', async () => {
  const { refreshToken } = await signedInMember();
  const { refreshSession } = await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken } });
  expect(refreshSession.errors).toEqual([]);
  const expiresIn = Date.parse(refreshSession.expiresAt as string) - Date.now();
  expect(expiresIn).toBeGreaterThan(14 * 60_000);
  expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
  expect(Date.parse(refreshSession.refreshExpiresAt as string) - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
  expect((await meWith(refreshSession.token as string)).status).toBe(200);
  expect(refreshSession.refreshToken).not.toBe(refreshToken);
  const again = await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken: refreshSession.refreshToken as string } });
  expect(again.refreshSession.errors).toEqual([]);
});

test('a used-up refresh token presented again was copied: the session ends for both holders', async () => {
  const { refreshToken } = await signedInMember();
  const first = (await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken } })).refreshSession;
  const replay = (await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken } })).refreshSession;
  expect(replay.errors.map((e) => e.code)).toEqual(['SESSION_ENDED']);
  const legitimate = (await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken: first.refreshToken as string } })).refreshSession;
  expect(legitimate.errors.map((e) => e.code)).toEqual(['SESSION_ENDED']);
  await expectRefused(first.token as string);
});

test('two refreshes racing with the same refresh token: at most one succeeds', async () => {
  const { refreshToken } = await signedInMember();
  const answers = await Promise.all(Array.from({ length: 10 }, () => request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken } })));
  expect(answers.filter((a) => a.refreshSession.errors.length === 0).length).toBeLessThanOrEqual(1);
});

test('garbage refresh tokens are refused with SESSION_ENDED', async () => {
  for (const refreshToken of ['', 'nonsense', `${randomUUID()}.abc`, 'x'.repeat(500)]) {
    const { refreshSession } = await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken } });
    expect(refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_ENDED']);
  }
});

test('sign-out ends this session only; sign-out everywhere ends them all', async () => {
  const { input, token, refreshToken } = await signedInMember();
  const other = await memberSession(input.phone as string, input.password as string);
  const { signOut } = await request(env.platform.gatewayUrl, SignOutDocument, { input: {} }, { token });
  expect(signOut).toEqual({ signedOut: true, errors: [] });
  await expectRefused(token);
  const refreshed = await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken } });
  expect(refreshed.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_ENDED']);
  expect((await meWith(other.token)).status).toBe(200);

  const third = await memberSession(input.phone as string, input.password as string);
  await request(env.platform.gatewayUrl, SignOutDocument, { input: { everywhere: true } }, { token: third.token });
  await expectRefused(other.token);
  await expectRefused(third.token);
});

test('a member’s password change ends their other sessions and keeps the one that made it', async () => {
  const { input, token } = await signedInMember();
  const elsewhere = await memberSession(input.phone as string, input.password as string);
  const { changePassword } = await request(
    env.platform.gatewayUrl,
    ChangePasswordDocument,
    { input: { currentPassword: input.password as string, newPassword: 'another-pass-2' } },
    { token },
  );
  expect(changePassword.errors).toEqual([]);
  await expectRefused(elsewhere.token);
  expect((await meWith(token)).status).toBe(200);
});

test('a blocked or opted-out member’s tokens stop working at once, and cannot be refreshed', async () => {
  const blocked = await signedInMember();
  const { blockMemberAccount } = await request(
    env.platform.gatewayUrl,
    BlockMemberAccountDocument,
    { input: { memberId: blocked.member.id, reason: 'suspected fraud' } },
    { token: env.company.adminToken },
  );
  expect(blockMemberAccount.errors).toEqual([]);
  await expectRefused(blocked.token);
  const refreshed = await request(env.platform.gatewayUrl, RefreshSessionDocument, { input: { refreshToken: blocked.refreshToken } });
  expect(refreshed.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_ENDED']);

  // An opted-out member's old token cannot write personal data after the erasure.
  const leaving = await signedInMember();
  await request(env.platform.gatewayUrl, OptOutDocument, { input: {} }, { token: leaving.token });
  await expectRefused(leaving.token);
  const phoneChange = await call(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: uniquePhone() } }, { token: leaving.token });
  const emailChange = await call(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail: uniqueEmail() } }, { token: leaving.token });
  for (const result of [phoneChange, emailChange]) expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
});

test('an operator’s password change ends their other sessions', async () => {
  const email = uniqueEmail('operator');
  const password = 'operator-pass-1';
  await createSignedInOperator(env.platform, env.company.adminToken, { email, password, role: 'OPERATOR' });
  const signIn = async () => (await request(env.platform.gatewayUrl, LoginOperatorDocument, { input: { email, password } })).loginOperator.token as string;
  const [first, second] = [await signIn(), await signIn()];
  const { changeOperatorPassword } = await request(
    env.platform.gatewayUrl,
    ChangeOperatorPasswordDocument,
    { input: { currentPassword: password, newPassword: 'operator-pass-2' } },
    { token: first },
  );
  expect(changeOperatorPassword.errors).toEqual([]);
  const company = (token: string) => call(env.platform.gatewayUrl, CurrentCompanyDocument, {}, { token });
  await expectRefused(second, company);
  expect((await company(changeOperatorPassword.token as string)).status).toBe(200);
});

test('a token signed with the right secret but naming no session is refused', async () => {
  const forged = issueToken(
    { kind: 'operator', operatorId: randomUUID(), companyId: env.company.companyId, role: 'ADMIN', sessionId: randomUUID() },
    env.platform.secrets.tokenSecret,
  );
  const result = await call(env.platform.gatewayUrl, CurrentCompanyDocument, {}, { token: forged });
  expect(result.status).toBe(401);
  expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
});
