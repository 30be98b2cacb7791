import { request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { registerMember, type SeededCompany, seedCompany } from '../support/seed';
import { SearchMembersDocument } from './__generated__/operations';

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

async function sqlStatementsFor(first: number): Promise<{ statements: number; members: number; cards: number }> {
  platform.membersQueries.count = 0;
  const { members } = await request(platform.gatewayUrl, SearchMembersDocument, { first }, { token: company.adminToken });
  return {
    statements: platform.membersQueries.count,
    members: members.edges.length,
    cards: members.edges.reduce((sum, edge) => sum + edge.node.cards.length, 0),
  };
}

test('a members list with cards costs the same small number of SQL statements for 10 or 100 members', async () => {
  const ten = await sqlStatementsFor(10);
  const hundred = await sqlStatementsFor(100);
  expect(ten).toMatchObject({ members: 10, cards: 10 });
  expect(hundred).toMatchObject({ members: 100, cards: 100 });
  expect(hundred.statements).toBe(ten.statements);
  expect(hundred.statements).toBeLessThanOrEqual(3);
});
