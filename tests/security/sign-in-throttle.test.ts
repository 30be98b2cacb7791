import { randomUUID } from 'node:crypto';
import { SIGN_IN_POLICY } from '../../subgraphs/members/domain/login-throttle';
import { MAX_CODE_ATTEMPTS } from '../../subgraphs/members/domain/one-time-code';
import {
  ChangePhoneDocument,
  LoginMemberDocument,
  LoginOperatorDocument,
  LoginTerminalDocument,
  RequestMemberCodeDocument,
  RequestPhoneChangeDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { createSignedInOperator, lastCodeSentTo, registerSignedInMember, seedTerminal, uniqueEmail, uniquePhone } from '../support/seed';

/**
 * Guessing in parallel gains nothing: every attempt takes its own number before its credentials
 * are checked, so of 40 wrong tries sent at once at most the limit are checked, and the right
 * secret is refused afterwards until the lock ends.
 */
const env = usePlatformWithCompany();
const PARALLEL = 40;
const { maxFailures } = SIGN_IN_POLICY;

/** Sends `PARALLEL` attempts at once and returns how many were answered with each error code. */
async function inParallel(attempt: () => Promise<{ errors: Array<{ code: string }> }>) {
  const answers = await Promise.all(Array.from({ length: PARALLEL }, attempt));
  const counts: Record<string, number> = {};
  for (const answer of answers) for (const { code } of answer.errors) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

test('operators: 40 parallel wrong passwords check at most the limit, then the right one is refused', async () => {
  const email = uniqueEmail('operator');
  const password = 'right-pass-1';
  await createSignedInOperator(env.platform, env.company.adminToken, { email, password, role: 'OPERATOR' });
  const login = (secret: string) => request(env.platform.gatewayUrl, LoginOperatorDocument, { input: { email, password: secret } });
  const counts = await inParallel(async () => (await login('wrong-pass-1')).loginOperator);
  expect(counts).toEqual({ INVALID_CREDENTIALS: maxFailures - 1, TOO_MANY_ATTEMPTS: PARALLEL - maxFailures + 1 });
  const right = (await login(password)).loginOperator;
  expect([right.token, right.errors.map((e) => e.code)]).toEqual([null, ['TOO_MANY_ATTEMPTS']]);
});

test('terminals: 40 parallel wrong secrets check at most the limit, then the right one is refused', async () => {
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const login = (secret: string) => request(env.platform.gatewayUrl, LoginTerminalDocument, { input: { terminalId: till.terminalId, secret } });
  const counts = await inParallel(async () => (await login(randomUUID())).loginTerminal);
  expect(counts).toEqual({ INVALID_CREDENTIALS: maxFailures - 1, TOO_MANY_ATTEMPTS: PARALLEL - maxFailures + 1 });
  expect((await login(till.secret)).loginTerminal.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
});

test('members: 40 parallel wrong passwords check at most the limit, then the right one is refused', async () => {
  const { input } = await registerSignedInMember(env.platform, env.company);
  const login = (password: string) =>
    request(env.platform.gatewayUrl, LoginMemberDocument, { input: { companyId: env.company.companyId, phone: input.phone as string, password } });
  const counts = await inParallel(async () => (await login('wrong-pass-1')).loginMember);
  expect(counts).toEqual({ INVALID_CREDENTIALS: maxFailures - 1, TOO_MANY_ATTEMPTS: PARALLEL - maxFailures + 1 });
  expect((await login(input.password as string)).loginMember.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
});

test('members: 40 parallel wrong sign-in codes check at most the limit, then the right code is refused', async () => {
  const { input } = await registerSignedInMember(env.platform, env.company);
  const phone = input.phone as string;
  await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { companyId: env.company.companyId, phone } });
  const code = await lastCodeSentTo(env.platform, phone);
  const login = (given: string) => request(env.platform.gatewayUrl, LoginMemberDocument, { input: { companyId: env.company.companyId, phone, code: given } });
  const counts = await inParallel(async () => (await login(wrong(code))).loginMember);
  expect(counts).toEqual({ CODE_INVALID: maxFailures - 1, TOO_MANY_ATTEMPTS: PARALLEL - maxFailures + 1 });
  expect((await login(code)).loginMember.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
});

test('one-time codes: 40 parallel wrong codes for a phone change are checked at most the code’s limit, then the code is dead', async () => {
  const { token } = await registerSignedInMember(env.platform, env.company);
  const newPhone = uniquePhone();
  await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
  const code = await lastCodeSentTo(env.platform, newPhone);
  const change = (given: string) => request(env.platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code: given } }, { token });
  const counts = await inParallel(async () => (await change(wrong(code))).changePhone);
  expect(counts).toEqual({ CODE_INVALID: MAX_CODE_ATTEMPTS, TOO_MANY_ATTEMPTS: PARALLEL - MAX_CODE_ATTEMPTS });
  expect((await change(code)).changePhone.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
});
