import { AccrueBonusesDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call } from '../support/graphql-client';
import { registerMember, seedTerminal, waitForLedgerCard } from '../support/seed';

/** A till sees what a till needs: a member's balance, not their history with staff's reasons and ids. */
const env = usePlatformWithCompany({ events: true });

const HISTORY = 'query($number: String!) { card(number: $number) { member { operations(first: 5) { edges { node { reason actorId } } } } } }';

async function historySeenBy(token: string, number: string) {
  const response = await fetch(env.platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: HISTORY, variables: { number } }),
  });
  const body = (await response.json()) as { data?: { card: { member: { operations: { edges: unknown[] } } | null } | null } };
  return body.data?.card?.member?.operations.edges ?? null;
}

test('a till reads no member’s operation history; staff do', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const number = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, number);
  await call(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId: member.id, amount: '5', reason: 'goodwill for a complaint' } },
    { token: env.company.adminToken },
  );
  const till = await seedTerminal(env.platform, env.company.adminToken);
  expect(await historySeenBy(till.token, number)).toEqual([]);
  expect(await historySeenBy(env.company.adminToken, number)).toHaveLength(1);
});
