import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { OPERATION_LIMITS } from '../../gateway/protection';
import { call } from '../support/graphql-client';
import { BOOTSTRAP_ADMIN, startTestPlatform, type TestPlatform } from '../support/platform';

/**
 * The gateway refuses abusive documents before any subgraph sees them (HTTP 400, a message naming
 * the limit), and callers who send too fast (HTTP 429).
 */
let platform: TestPlatform;
let adminToken: string;
beforeAll(async () => {
  platform = await startTestPlatform({ rateLimits: { signedInPerSecond: 10, anonymousPerSecond: 5 } });
  const login = await send(
    `mutation { loginOperator(input: { email: "${BOOTSTRAP_ADMIN.adminEmail}", password: "${BOOTSTRAP_ADMIN.adminPassword}" }) { token } }`,
  );
  adminToken = String((login.data?.loginOperator as { token: string } | undefined)?.token);
});
afterAll(() => platform?.stop());

async function send(query: string, token?: string) {
  return call(platform.gatewayUrl, parse(query) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, {}, { token });
}

const refusal = (result: { status: number; errors?: ReadonlyArray<{ message: string }>; data?: unknown }) => ({
  status: result.status,
  message: result.errors?.[0]?.message ?? '',
  data: result.data ?? null,
});

test('aliased sign-ins in one document are refused before any is tried', async () => {
  const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: loginOperator(input: { email: "x@y.z", password: "wrong-pass-${i}" }) { token }`);
  const result = refusal(await send(`mutation { ${aliases.join(' ')} }`));
  expect(result).toMatchObject({ status: 400, message: expect.stringMatching(/One sign-in or code request per request/), data: null });
});

test(`more than ${OPERATION_LIMITS.maxAliases} aliases are refused`, async () => {
  const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `c${i}: company { id }`);
  expect(refusal(await send(`{ ${aliases.join(' ')} }`, adminToken))).toMatchObject({ status: 400, message: expect.stringMatching(/alias/i) });
  const allowed = Array.from({ length: OPERATION_LIMITS.maxAliases }, (_, i) => `c${i}: company { id }`);
  expect((await send(`{ ${allowed.join(' ')} }`, adminToken)).errors).toBeUndefined();
});

test(`documents deeper than ${OPERATION_LIMITS.maxDepth} are refused`, async () => {
  const deep = `{ me { ${'family { head { '.repeat(8)}id${' } }'.repeat(8)} } }`;
  expect(refusal(await send(deep, adminToken))).toMatchObject({ status: 400, message: expect.stringMatching(/depth/i) });
});

test('documents with too many tokens are refused', async () => {
  const fields = Array.from({ length: OPERATION_LIMITS.maxTokens }, () => '__typename').join(' ');
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: `{ ${fields} }` }),
  });
  expect({ status: response.status, body: await response.json() }).toEqual({
    status: 400,
    body: { errors: [{ message: expect.stringMatching(/at most 3000 tokens/), extensions: { code: 'TOO_MANY_TOKENS' } }] },
  });
});

test('a caller sending faster than the limit gets 429 until they slow down', async () => {
  // A full bucket first (10 a second, bursts of 20): the tests above spent some of it.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const statuses = [];
  for (let i = 0; i < 40; i++) statuses.push((await send('{ __typename }', adminToken)).status);
  expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
  expect(statuses).toContain(429);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect((await send('{ __typename }', adminToken)).status).toBe(200);
});
