import { request as httpRequest } from 'node:http';
import { addressBucket } from '../../subgraphs/members/domain/code-request-limits';
import { usePlatformWithCompany } from '../support/fixture';
import { querySql, seedCompany, uniquePhone } from '../support/seed';

/**
 * SMS pumping: each phone gets a code at most every 30 seconds, but many phones asked from many
 * addresses would still make the platform send without end. A client address and a whole company
 * may ask only so many codes a minute; past that the request is refused with
 * TOO_MANY_CODE_REQUESTS and nothing is sent, however many requests arrive at once.
 */
const LIMITS = { perAddressPerMinute: 3, perCompanyPerMinute: 5 };
const env = usePlatformWithCompany({ codeRequestLimits: LIMITS });

interface CodeAnswer {
  sent: boolean;
  errors: Array<{ code: string }>;
}

/** Asks for a code as an anonymous caller connecting from `localAddress` (any of 127.0.0.0/8 reaches the gateway). */
function requestCodeFrom(localAddress: string, companyId: string, phone: string): Promise<CodeAnswer> {
  const body = JSON.stringify({
    query: 'mutation Ask($input: RequestMemberCodeInput!) { requestMemberCode(input: $input) { sent errors { code } } }',
    variables: { input: { companyId, phone } },
  });
  return new Promise((resolve, reject) => {
    const call = httpRequest(env.platform.gatewayUrl, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () => {
        const parsed = JSON.parse(text) as { data?: { requestMemberCode: CodeAnswer }; errors?: unknown };
        if (!parsed.data) return reject(new Error(text));
        resolve(parsed.data.requestMemberCode);
      });
    });
    call.on('error', reject);
    call.end(body);
  });
}

async function codesMadeFor(companyId: string): Promise<number> {
  const [row] = await querySql<{ count: string }>(env.platform, 'SELECT count(*) FROM members.verification_codes WHERE company_id = $1', [companyId]);
  return Number(row?.count);
}

const tally = (answers: CodeAnswer[]) => ({
  sent: answers.filter((answer) => answer.sent).length,
  refused: answers.filter((answer) => answer.errors.some((error) => error.code === 'TOO_MANY_CODE_REQUESTS')).length,
});

test('one address asking for codes to many phones at once gets only its share', async () => {
  const { companyId } = env.company;
  const answers = await Promise.all(Array.from({ length: 10 }, () => requestCodeFrom('127.0.0.2', companyId, uniquePhone())));
  expect(tally(answers)).toEqual({ sent: LIMITS.perAddressPerMinute, refused: 10 - LIMITS.perAddressPerMinute });
  expect(await codesMadeFor(companyId)).toBe(LIMITS.perAddressPerMinute);
});

test('many addresses together get only the company’s share, and other companies are not affected', async () => {
  const [company, other] = await Promise.all([seedCompany(env.platform), seedCompany(env.platform)]);
  const addresses = ['127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6'];
  const answers = await Promise.all(
    addresses.flatMap((address) => Array.from({ length: LIMITS.perAddressPerMinute }, () => requestCodeFrom(address, company.companyId, uniquePhone()))),
  );
  expect(tally(answers)).toEqual({ sent: LIMITS.perCompanyPerMinute, refused: answers.length - LIMITS.perCompanyPerMinute });
  expect(await codesMadeFor(company.companyId)).toBe(LIMITS.perCompanyPerMinute);
  expect(await requestCodeFrom('127.0.0.7', other.companyId, uniquePhone())).toEqual({ sent: true, errors: [] });
});

test('requests refused for their address do not use up the company’s share', async () => {
  const { companyId } = await seedCompany(env.platform);
  const flood = await Promise.all(Array.from({ length: 12 }, () => requestCodeFrom('127.0.0.9', companyId, uniquePhone())));
  expect(tally(flood)).toEqual({ sent: LIMITS.perAddressPerMinute, refused: 12 - LIMITS.perAddressPerMinute });
  // The company has counted only the flood's admitted three: two more addresses still get theirs.
  const others = [await requestCodeFrom('127.0.0.10', companyId, uniquePhone()), await requestCodeFrom('127.0.0.11', companyId, uniquePhone())];
  expect(tally(others)).toEqual({ sent: 2, refused: 0 });
  expect(await codesMadeFor(companyId)).toBe(LIMITS.perCompanyPerMinute);
});

test('a double tap for one phone sends one code: parallel requests are refused as too often', async () => {
  const { companyId } = await seedCompany(env.platform);
  const phone = uniquePhone();
  // From different addresses, so that only the per-phone rule can refuse them.
  const answers = await Promise.all(Array.from({ length: LIMITS.perCompanyPerMinute }, (_, i) => requestCodeFrom(`127.0.0.${20 + i}`, companyId, phone)));
  expect(answers.filter((answer) => answer.sent)).toHaveLength(1);
  expect(answers.flatMap((answer) => answer.errors.map((error) => error.code))).toEqual(Array(LIMITS.perCompanyPerMinute - 1).fill('CODE_REQUESTED_TOO_OFTEN'));
  expect(await codesMadeFor(companyId)).toBe(1);
  const [events] = await querySql<{ n: string }>(
    env.platform,
    "SELECT count(*) AS n FROM members.outbox_events WHERE type = 'verification.code_requested' AND company_id = $1",
    [companyId],
  );
  expect(Number(events?.n)).toBe(1);
});

test('the caps count a minute: a minute later codes go out again', async () => {
  const { companyId } = await seedCompany(env.platform);
  for (let i = 0; i < LIMITS.perAddressPerMinute; i++) await requestCodeFrom('127.0.0.8', companyId, uniquePhone());
  expect(tally([await requestCodeFrom('127.0.0.8', companyId, uniquePhone())])).toEqual({ sent: 0, refused: 1 });
  env.platform.clock.advance(61_000);
  expect(await requestCodeFrom('127.0.0.8', companyId, uniquePhone())).toEqual({ sent: true, errors: [] });
});

test('an IPv6 caller is counted by its /64 network, an IPv4-mapped one as IPv4', () => {
  expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe(addressBucket('2001:0db8:0001:0002:ffff:1:2:3'));
  expect(addressBucket('2001:db8:1:2::1')).toBe('2001:0db8:0001:0002::/64');
  expect(addressBucket('2001:db8:1:3::1')).not.toBe(addressBucket('2001:db8:1:2::1'));
  expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9');
  expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
});
