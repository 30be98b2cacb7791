import { usePlatformWithCompany } from '../support/fixture';

/**
 * Malformed scalars are the caller's mistake: sent as variables they are refused with
 * BAD_USER_INPUT naming the variable (HTTP 400, as Apollo answers variable coercion errors), and as
 * literals in the document with a validation error; never an internal error carrying a subgraph's
 * URL or a stack trace.
 */
const env = usePlatformWithCompany();

interface Answer {
  status: number;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function send(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(env.platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${env.company.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** What a client must never see in an answer to its own mistake. */
function expectNothingInternal(answer: Answer) {
  const text = JSON.stringify(answer.errors);
  expect(text).not.toMatch(/https?:\/\/|127\.0\.0\.1|INTERNAL_SERVER_ERROR|\bat .*\.ts:\d+/);
  for (const error of answer.errors ?? []) {
    expect(error.extensions).not.toHaveProperty('response');
    expect(error.extensions).not.toHaveProperty('stacktrace');
  }
}

const ACCRUE = 'mutation Accrue($input: AccrueBonusesInput!) { accrueBonuses(input: $input) { errors { code } } }';
const ACCRUE_AMOUNT = 'mutation AccrueAmount($amount: Decimal!) { accrueBonuses(input: { memberId: "x", amount: $amount }) { errors { code } } }';
const REGISTER = 'mutation Register($input: RegisterMemberInput!) { registerMember(input: $input) { errors { code } } }';

test.each([
  ['NaN', 'NaN'],
  ['an overflowing exponent', '1e309'],
  ['30 decimal places', `1.${'0'.repeat(29)}1`],
  ['Arabic-Indic digits', '١٠٠'],
  ['a JSON number', 100.5],
])('a Decimal variable with %s is refused as BAD_USER_INPUT naming it', async (_case, amount) => {
  const nested = await send(ACCRUE, { input: { memberId: 'x', amount } });
  expect(nested).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  expect(nested.errors?.[0]?.message).toMatch(/\$input.*input\.amount.*Decimal/);
  expectNothingInternal(nested);

  const direct = await send(ACCRUE_AMOUNT, { amount });
  expect(direct).toMatchObject({ status: 400, errors: [{ message: expect.stringMatching(/\$amount.*Decimal/), extensions: { code: 'BAD_USER_INPUT' } }] });
  expectNothingInternal(direct);
});

test.each([
  ['without an offset', '2026-03-01T10:00:00'],
  ['on a day that does not exist', '2026-02-30T10:00:00Z'],
  ['at an hour that does not exist', '2026-03-01T24:30:00Z'],
])('a DateTime variable %s is refused as BAD_USER_INPUT naming it', async (_case, expiresAt) => {
  const answer = await send(ACCRUE, { input: { memberId: 'x', amount: '10', expiresAt } });
  expect(answer).toMatchObject({
    status: 400,
    errors: [{ message: expect.stringMatching(/\$input.*input\.expiresAt/), extensions: { code: 'BAD_USER_INPUT' } }],
  });
  expectNothingInternal(answer);
});

test('a Date variable that does not exist is refused as BAD_USER_INPUT naming it', async () => {
  const answer = await send(REGISTER, { input: { channel: 'CONTACT_CENTER', phone: '+491701234567', birthDate: '2026-02-30' } });
  expect(answer).toMatchObject({
    status: 400,
    errors: [{ message: expect.stringMatching(/\$input.*input\.birthDate/), extensions: { code: 'BAD_USER_INPUT' } }],
  });
  expectNothingInternal(answer);
});

test.each([
  ['a Decimal', 'mutation { accrueBonuses(input: { memberId: "x", amount: "1e309" }) { errors { code } } }', /Decimal/],
  ['a DateTime', 'mutation { accrueBonuses(input: { memberId: "x", amount: "1", expiresAt: "2026-02-30T00:00:00Z" }) { errors { code } } }', /DateTime/],
  ['a Date', 'mutation { registerMember(input: { channel: CONTACT_CENTER, phone: "+491701234567", birthDate: "1990-13-01" }) { errors { code } } }', /Date/],
])('%s literal in the document is refused before any subgraph sees it', async (_case, query, named) => {
  const answer = await send(query);
  expect(answer).toMatchObject({
    status: 400,
    errors: [
      { message: expect.stringMatching(named), locations: [{ line: 1, column: expect.any(Number) }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ],
  });
  expectNothingInternal(answer);
});

test.each([
  ['as a variable', 'query Page($first: Int) { members(first: $first) { edges { cursor } } }', { first: -1 }],
  ['as a literal', 'query { members(first: -1) { edges { cursor } } }', {}],
  ['on a ledger list', 'query Page($first: Int) { limitAlerts(first: $first) { edges { cursor } } }', { first: -1 }],
])('a negative page size %s is refused as BAD_USER_INPUT naming the argument', async (_case, query, variables) => {
  const answer = await send(query, variables);
  expect(answer.errors).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/"first"/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
  ]);
  expectNothingInternal(answer);
});

test('well-formed values still pass', async () => {
  const answer = await send(ACCRUE, { input: { memberId: 'x', amount: '10.50', expiresAt: '2030-03-01T10:00:00+01:00' } });
  expect(answer.errors).toBeUndefined();
});
