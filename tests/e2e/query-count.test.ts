import { request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { registerMember, type SeededCompany, seedCompany } from '../support/seed';
import { fewestStatements } from '../support/statement-count';
import { SearchMembersDocument, type SearchMembersQuery } from './__generated__/operations';

let platform: TestPlatform;
let company: SeededCompany;

beforeAll(async () => {
  platform = await startTestPlatform();
  company = await seedCompany(platform);
  for (let batch = 0; batch < 10; batch++) {
    await Promise.all(Array.from({ length: 10 }, () => registerMember(platform, company.adminToken, { password: null, email: null, birthDate: null })));
  }
});
afterAll(() => platform?.stop());

/** Statements the members subgraph sends for one page of members with their cards (the fewest of 10). */
async function sqlStatementsFor(first: number): Promise<{ statements: number; members: number; cards: number }> {
  const { statements, result } = await fewestStatements(platform.membersQueries, 10, () =>
    request(platform.gatewayUrl, SearchMembersDocument, { first }, { token: company.adminToken }),
  );
  const { members } = result;
  return { statements, members: members.edges.length, cards: members.edges.reduce((sum, edge) => sum + edge.node.cards.length, 0) };
}

test('a members list with cards costs the same small number of SQL statements for 10 or 100 members', async () => {
  const ten = await sqlStatementsFor(10);
  const hundred = await sqlStatementsFor(100);
  expect(ten).toMatchObject({ members: 10, cards: 10 });
  expect(hundred).toMatchObject({ members: 100, cards: 100 });
  expect(hundred.statements).toBe(ten.statements);
  expect(hundred.statements).toBeLessThanOrEqual(3);
});

test('members are found by phone, email, card number and name, and paged with cursors', async () => {
  const { member, input } = await registerMember(platform, company.adminToken, { firstName: 'Quirinus', lastName: 'Oberholzer' });
  const search = async (filter: Record<string, string>) =>
    (await request(platform.gatewayUrl, SearchMembersDocument, { filter, first: 5 }, { token: company.adminToken })).members.edges.map((e) => e.node.id);
  expect(await search({ phone: (input.phone as string).replace('+49', '0049 ') })).toEqual([member.id]);
  expect(await search({ email: (input.email as string).toUpperCase() })).toEqual([member.id]);
  expect(await search({ cardNumber: member.cards[0]?.number as string })).toEqual([member.id]);
  expect(await search({ name: 'oberholzer quirinus' })).toEqual([member.id]);
  expect(await search({ name: 'oberholzer', phone: '+4915000000000' })).toEqual([]);
  expect(await search({ phone: 'not a phone' })).toEqual([]);

  const seen = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 30; page++) {
    const result: SearchMembersQuery = await request(platform.gatewayUrl, SearchMembersDocument, { first: 40, after }, { token: company.adminToken });
    for (const edge of result.members.edges) seen.add(edge.node.id);
    if (!result.members.pageInfo.hasNextPage) break;
    after = result.members.pageInfo.endCursor;
  }
  expect(seen.size).toBe(101);
});
