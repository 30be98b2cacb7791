import { usePlatformWithCompany } from '../support/fixture';

/** A NUL character in any text is the caller's mistake, refused at the gateway with nothing run. */
const env = usePlatformWithCompany();

async function send(body: object, token?: string) {
  const response = await fetch(env.platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

test.each([
  [
    'a variable of an anonymous sign-in',
    { query: 'mutation($i: LoginOperatorInput!) { loginOperator(input: $i) { token } }', variables: { i: { email: 'a\u0000b@x.test', password: 'p' } } },
    false,
  ],
  [
    'a nested variable of a staff write',
    {
      query: 'mutation($i: AccrueBonusesInput!) { accrueBonuses(input: $i) { errors { code } } }',
      variables: { i: { memberId: '00000000-0000-0000-0000-000000000000', amount: '1', reason: 'x\u0000y' } },
    },
    true,
  ],
  ['a literal in the document', { query: 'query { members(filter: { name: "a\\u0000b" }) { edges { node { id } } } }' }, true],
])('%s: HTTP 400, BAD_USER_INPUT, no database message', async (_label, body, signedIn) => {
  const { status, body: answer } = await send(body, signedIn ? env.company.adminToken : undefined);
  expect(status).toBe(400);
  expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(JSON.stringify(answer)).not.toMatch(/UTF8|22021|prisma|node_modules/i);
});

test('a NUL in a Decimal variable is refused naming the variable and where in it', async () => {
  const query = 'mutation($input: AccrueBonusesInput!) { accrueBonuses(input: $input) { errors { code } } }';
  const { status, body } = await send({ query, variables: { input: { memberId: 'x', amount: '10\u0000' } } }, env.company.adminToken);
  expect(status).toBe(400);
  expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/\$input.*input\.amount/) });
});
