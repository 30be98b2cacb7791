import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, seedTerminal } from '../support/seed';
import { buyAtTill, useRoundTillRules } from '../support/till';
import { AccrueBonusesDocument, MemberBalanceDocument } from './__generated__/operations';

/**
 * Every hundredth operation of an account leaves a checkpoint (its totals so far), so that a balance
 * read never walks a long history. A confirmed purchase learns the count from the statement that
 * confirms it; this checks that the checkpoint is laid at the hundredth and that it holds the right
 * totals: a balance read from it equals one read from the operations themselves.
 */
const env = usePlatformWithCompany();
const lines = [{ product: 'tea', price: '100.00', quantity: '1' }];

test('the purchase that brings an account to a hundred operations lays a checkpoint with its totals; none before', async () => {
  const admin = { token: env.company.adminToken };
  await useRoundTillRules(env.platform, env.company.adminToken);
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, email: null, birthDate: null });
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '500' } }, admin);
  // 97 more accruals of 1, as an import would write them: 98 operations in all.
  await querySql(
    env.platform,
    `WITH account AS (SELECT id, company_id FROM ledger.accounts WHERE member_id = $1),
          ops AS (INSERT INTO ledger.operations (account_id, company_id, member_id, kind, amount, effective_at, actor_kind, channel, reason)
                  SELECT account.id, account.company_id, $1, 'ACCRUAL', 1, now() - interval '1 day' + g * interval '1 second', 'operator', 'IMPORT', 'history'
                    FROM account, generate_series(1, 97) g RETURNING id, account_id, effective_at)
     INSERT INTO ledger.lots (id, account_id, operation_id, amount, remaining, effective_at, activates_at)
     SELECT gen_random_uuid(), account_id, id, 1, 1, effective_at, effective_at FROM ops`,
    [member.id],
  );
  const checkpoints = () =>
    querySql<{ accrued_gross: string; payments: string }>(
      env.platform,
      'SELECT c.accrued_gross::text, c.payments::text FROM ledger.checkpoints c JOIN ledger.accounts a ON a.id = c.account_id WHERE a.member_id = $1',
      [member.id],
    );
  const cardNumber = member.cards[0]?.number as string;

  // Accruing only: the 99th operation.
  await buyAtTill(env.platform, till, { cardNumber, lines });
  expect(await checkpoints()).toEqual([]);
  // Paying and accruing: the 100th and 101st.
  await buyAtTill(env.platform, till, { cardNumber, lines, payWithBonuses: '10' });
  expect(await checkpoints()).toEqual([{ accrued_gross: '606.50', payments: '10.00' }]);

  const { member: read } = await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: member.id }, admin);
  expect(read?.balance).toMatchObject({ active: '596.50', totalAccrued: '606.50', totalDeducted: '10.00' });
});
