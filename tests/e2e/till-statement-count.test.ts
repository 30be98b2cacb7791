import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, seedTerminal } from '../support/seed';
import { buyAtTill } from '../support/till';
import { AccrueBonusesDocument, CalculatePurchaseDocument, ConfirmPurchaseDocument, UpdateProgramRulesDocument } from './__generated__/operations';

/**
 * Statements the ledger sends for the till's two calls, paying with bonuses and accruing: the
 * till waits for each. Without events no background work shares the ledger's pool, so the counts
 * are the calls' own (the answer's read of the purchase included). Issue 10 aims at 12 for both
 * together; these bounds keep what was reached (14 and 27, from 15 and 30 through Prisma).
 */
const env = usePlatformWithCompany();
const lines = [{ product: 'coffee', price: '100.00', quantity: '1' }];

test('calculate and confirm send a bounded number of statements', async () => {
  const admin = { token: env.company.adminToken };
  await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '5', maxPaymentShare: '0.5', activationDelayDays: 0 } },
    admin,
  );
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, email: null, birthDate: null });
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '500' } }, admin);
  const cardNumber = member.cards[0]?.number as string;
  // The first purchase reads the member through from the members subgraph and warms what is kept.
  await buyAtTill(env.platform, till, { cardNumber, lines, payWithBonuses: '10' });

  const counter = env.platform.ledgerQueries;
  counter.count = 0;
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '10' } },
    { token: till.token },
  );
  const calculate = counter.count;
  counter.count = 0;
  const { confirmPurchase } = await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string } },
    { token: till.token },
  );
  const confirm = counter.count;
  expect(confirmPurchase.purchase).toMatchObject({ state: 'CONFIRMED', bonusPayment: '10.00', accrual: '4.50' });
  expect(calculate).toBeLessThanOrEqual(14);
  expect(confirm).toBeLessThanOrEqual(27);
});
