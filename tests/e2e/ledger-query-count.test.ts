import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember } from '../support/seed';
import { fewestStatements } from '../support/statement-count';
import { AccrueBonusesDocument, MembersWithBalanceDocument } from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });

beforeAll(async () => {
  for (let batch = 0; batch < 10; batch++) {
    const members = await Promise.all(
      Array.from({ length: 10 }, () => registerMember(env.platform, env.company.adminToken, { password: null, email: null, birthDate: null })),
    );
    await Promise.all(
      members.map(({ member }) =>
        request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '3' } }, { token: env.company.adminToken }),
      ),
    );
  }
  // The accruals' and registrations' events are still being dispatched on a slow machine; the
  // counts below are of a quiet ledger.
  await eventually(
    async () => {
      const [counts] = await querySql<{ pending: number }>(
        env.platform,
        'SELECT (SELECT count(*) FROM ledger.outbox_events WHERE published_at IS NULL) + (SELECT count(*) FROM members.outbox_events WHERE published_at IS NULL) AS pending',
      );
      return Number(counts?.pending) === 0 ? true : undefined;
    },
    'both outboxes dispatched',
    { timeoutMs: 90_000 },
  );
}, 180_000);

/** Statements the ledger sends for one members list with balances (the fewest of 15: see the helper). */
async function ledgerStatementsFor(first: number): Promise<{ statements: number; balances: string[] }> {
  const { statements, result } = await fewestStatements(env.platform.ledgerQueries, 15, () =>
    request(env.platform.gatewayUrl, MembersWithBalanceDocument, { first }, { token: env.company.adminToken }),
  );
  return { statements, balances: result.members.edges.map((edge) => edge.node.balance?.active as string) };
}

test('a members list of 10 or 100 with their balances costs the ledger the same few statements', async () => {
  const ten = await ledgerStatementsFor(10);
  const hundred = await ledgerStatementsFor(100);
  expect(ten.balances).toEqual(Array(10).fill('3.00'));
  expect(hundred.balances).toEqual(Array(100).fill('3.00'));
  expect(hundred.statements).toBe(ten.statements);
  // The members with their families and accounts, then the figures; the currencies are kept (services/settings-cache.ts).
  expect(hundred.statements).toBeLessThanOrEqual(2);
});
