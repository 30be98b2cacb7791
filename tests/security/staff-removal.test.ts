import {
  CurrentCompanyDocument,
  DeactivatePosTerminalDocument,
  LoginOperatorDocument,
  LoginTerminalDocument,
  RemoveOperatorDocument,
  StaffActionsDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call, request } from '../support/graphql-client';
import { createSignedInOperator, seedCompany, seedTerminal, uniqueEmail } from '../support/seed';
import { expectRefused } from '../support/sessions';

/** A removed operator or a deactivated till is signed out at once, cannot sign in again, and leaves a trace. */
const env = usePlatformWithCompany();

const companyOf = (token: string) => call(env.platform.gatewayUrl, CurrentCompanyDocument, {}, { token });

test('a removed operator’s tokens stop working, they cannot sign in, and the removal is in the trail', async () => {
  const email = uniqueEmail('leaving');
  const password = 'leaving-pass-1';
  const { operatorId, token } = await createSignedInOperator(env.platform, env.company.adminToken, { email, password, role: 'OPERATOR' });
  expect((await companyOf(token)).status).toBe(200);

  const { removeOperator } = await request(env.platform.gatewayUrl, RemoveOperatorDocument, { input: { operatorId } }, { token: env.company.adminToken });
  expect(removeOperator).toEqual({ operatorId, errors: [] });
  await expectRefused(env.platform.gatewayUrl, token, companyOf);
  const again = await request(env.platform.gatewayUrl, LoginOperatorDocument, { input: { email, password } });
  expect(again.loginOperator.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  const trail = await request(env.platform.gatewayUrl, StaffActionsDocument, { first: 20 }, { token: env.company.adminToken });
  expect(trail.staffActions.edges.map((e) => e.node.action)).toContain('operator.removed');
});

test('an admin cannot remove themselves, nor another company’s operator', async () => {
  const self = JSON.parse(Buffer.from(env.company.adminToken.split('.')[1] as string, 'base64url').toString('utf8')).sub;
  const own = await request(env.platform.gatewayUrl, RemoveOperatorDocument, { input: { operatorId: self } }, { token: env.company.adminToken });
  expect(own.removeOperator.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  const other = await seedCompany(env.platform);
  const theirs = JSON.parse(Buffer.from(other.adminToken.split('.')[1] as string, 'base64url').toString('utf8')).sub;
  const foreign = await request(env.platform.gatewayUrl, RemoveOperatorDocument, { input: { operatorId: theirs } }, { token: env.company.adminToken });
  expect(foreign.removeOperator.errors.map((e) => e.code)).toEqual(['OPERATOR_NOT_FOUND']);
  expect((await companyOf(other.adminToken)).status).toBe(200);
});

test('a deactivated till is signed out at once and cannot sign in again', async () => {
  const till = await seedTerminal(env.platform, env.company.adminToken);
  expect((await companyOf(till.token)).status).toBe(200);
  const { deactivatePosTerminal } = await request(
    env.platform.gatewayUrl,
    DeactivatePosTerminalDocument,
    { input: { terminalId: till.terminalId } },
    { token: env.company.adminToken },
  );
  expect(deactivatePosTerminal).toEqual({ terminal: { id: till.terminalId, active: false }, errors: [] });
  await expectRefused(env.platform.gatewayUrl, till.token, companyOf);
  const again = await request(env.platform.gatewayUrl, LoginTerminalDocument, { input: { terminalId: till.terminalId, secret: till.secret } });
  expect(again.loginTerminal.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  const other = await seedCompany(env.platform);
  const foreign = await request(
    env.platform.gatewayUrl,
    DeactivatePosTerminalDocument,
    { input: { terminalId: till.terminalId } },
    { token: other.adminToken },
  );
  expect(foreign.deactivatePosTerminal.errors.map((e) => e.code)).toEqual(['TERMINAL_NOT_FOUND']);
});
