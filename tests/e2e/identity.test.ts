import { randomUUID } from 'node:crypto';
import { signIdentity } from '../../infra/auth/identity-header';
import { issueToken } from '../../infra/auth/tokens';
import { call, errorCodes, request } from '../support/graphql-client';
import { BOOTSTRAP_ADMIN, startTestPlatform, type TestPlatform } from '../support/platform';
import { seedCompany } from '../support/seed';
import { CurrentCompanyDocument, LoginOperatorDocument, MeDocument, SearchMembersDocument } from './__generated__/operations';

let platform: TestPlatform;
const logLines: Array<{ service?: string; requestId?: string; msg?: string }> = [];
beforeAll(async () => {
  platform = await startTestPlatform({ logs: { write: (line) => logLines.push(JSON.parse(line)) } });
});
afterAll(() => platform?.stop());

const COMPANY_QUERY = { query: '{ company { id } }' };

async function postToSubgraph(headers: Record<string, string>, operation: { query: string } = COMPANY_QUERY) {
  const response = await fetch(platform.membersUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(operation),
  });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> } };
}

describe('the gateway and the subgraphs', () => {
  test('the bootstrap administrator from the settings signs in', async () => {
    const { loginOperator } = await request(platform.gatewayUrl, LoginOperatorDocument, {
      input: { email: BOOTSTRAP_ADMIN.adminEmail, password: BOOTSTRAP_ADMIN.adminPassword },
    });
    expect(loginOperator.errors).toEqual([]);
    expect(loginOperator.operator?.role).toBe('ADMIN');
  });

  test('a subgraph called without the gateway signature refuses', async () => {
    const { status, body } = await postToSubgraph({});
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a subgraph refuses a signature made with another secret, or replayed for another request or operation', async () => {
    const admin = await seedCompany(platform);
    const identity = { kind: 'operator' as const, operatorId: randomUUID(), companyId: admin.companyId, role: 'ADMIN' as const, sessionId: randomUUID() };
    const forged = signIdentity(identity, 'req-1', 'not-the-gateway-secret-not-the-gateway-secret', COMPANY_QUERY);
    expect((await postToSubgraph({ ...forged, 'x-request-id': 'req-1' })).status).toBe(401);
    const genuine = signIdentity(identity, 'req-2', platform.secrets.gatewaySigningSecret, COMPANY_QUERY);
    expect((await postToSubgraph({ ...genuine, 'x-request-id': 'req-3' })).status).toBe(401);
    const stale = signIdentity(identity, 'req-4', platform.secrets.gatewaySigningSecret, COMPANY_QUERY, Date.now() - 5 * 60_000);
    expect((await postToSubgraph({ ...stale, 'x-request-id': 'req-4' })).status).toBe(401);
    // The genuine signature, replayed within its minute with another query, is refused too.
    const other = { query: '{ members(first: 100) { edges { node { phone email } } } }' };
    expect((await postToSubgraph({ ...genuine, 'x-request-id': 'req-2' }, other)).status).toBe(401);
    expect((await postToSubgraph({ ...genuine, 'x-request-id': 'req-2' })).status).toBe(200);
  });

  test('the gateway refuses forged and expired tokens', async () => {
    const admin = await seedCompany(platform);
    const identity = { kind: 'operator' as const, operatorId: randomUUID(), companyId: admin.companyId, role: 'ADMIN' as const, sessionId: randomUUID() };
    const forged = issueToken(identity, 'x'.repeat(40), 3600);
    const expired = issueToken(identity, platform.secrets.tokenSecret, -10);
    for (const token of [forged, expired, 'garbage']) {
      const result = await call(platform.gatewayUrl, CurrentCompanyDocument, {}, { token });
      expect(result.status).toBe(401);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    }
  });

  test('anonymous callers get nothing but sign-in', async () => {
    const members = await call(platform.gatewayUrl, SearchMembersDocument, { first: 5 });
    expect(errorCodes(members)).toEqual(['FORBIDDEN']);
    const company = await call(platform.gatewayUrl, CurrentCompanyDocument, {});
    expect(errorCodes(company)).toEqual(['FORBIDDEN']);
    const me = await request(platform.gatewayUrl, MeDocument, {});
    expect(me.me).toBeNull();
  });

  test('sign-in attempts are limited: after five failures even the right password is refused until the lock ends', async () => {
    const email = BOOTSTRAP_ADMIN.adminEmail;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const { loginOperator } = await request(platform.gatewayUrl, LoginOperatorDocument, { input: { email, password: 'wrong-pass-1' } });
      expect(loginOperator.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    }
    const fifth = await request(platform.gatewayUrl, LoginOperatorDocument, { input: { email, password: 'wrong-pass-1' } });
    expect(fifth.loginOperator.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const right = await request(platform.gatewayUrl, LoginOperatorDocument, { input: { email, password: BOOTSTRAP_ADMIN.adminPassword } });
    expect(right.loginOperator.token).toBeNull();
    expect(right.loginOperator.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    platform.clock.advance(16 * 60_000);
    const later = await request(platform.gatewayUrl, LoginOperatorDocument, { input: { email, password: BOOTSTRAP_ADMIN.adminPassword } });
    expect(later.loginOperator.token).toEqual(expect.any(String));
  });

  test('the request id follows a request from the gateway into the subgraph, and health answers', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-42' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-me-42');
    const traced = logLines.filter((line) => line.requestId === 'trace-me-42' && line.msg === 'graphql request');
    expect(traced.map((line) => line.service).sort()).toEqual(['gateway', 'members']);
    expect((await fetch(new URL('/health', platform.gatewayUrl))).status).toBe(200);
    expect((await fetch(new URL('/ready', platform.gatewayUrl))).status).toBe(200);
    expect((await fetch(new URL('/ready', platform.membersUrl))).status).toBe(200);
  });
});
