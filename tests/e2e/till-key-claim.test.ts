import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, seedTerminal } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import { AccrueBonusesDocument, CalculatePurchaseDocument, ConfirmPurchaseDocument } from './__generated__/operations';

/**
 * The statement that claims a till call's key also reads, and locks, what the call needs (the
 * purchase to confirm, the member's pool). It must claim the key first: a call whose key was taken
 * answers as the first did without taking those locks, so a replay never waits behind, or
 * deadlocks with, a transaction holding them. Here another connection holds the locks while the
 * till replays its calls: the replays must answer while they are still held.
 */
const env = usePlatformWithCompany();
const lines = [{ product: 'coffee', price: '100.00', quantity: '1' }];
/** Far longer than a replay takes: a replay still unanswered then is waiting for the locks. */
const BLOCKED_AFTER_MS = 5_000;

let till: Awaited<ReturnType<typeof seedTerminal>>;
let memberId: string;
let cardNumber: string;

beforeAll(async () => {
  await useRoundTillRules(env.platform, env.company.adminToken);
  till = await seedTerminal(env.platform, env.company.adminToken);
  const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, email: null, birthDate: null });
  memberId = member.id;
  cardNumber = member.cards[0]?.number as string;
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId, amount: '500' } }, { token: env.company.adminToken });
});

/** Runs `call` while another connection holds `lockSql`'s row locks; whether it answered before they were let go. */
async function answersWhileLocked(lockSql: string, params: unknown[], call: () => Promise<unknown>): Promise<'answered' | 'blocked'> {
  const holder = new pg.Client({ connectionString: env.platform.databaseUrl });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    expect((await holder.query(lockSql, params)).rowCount).toBeGreaterThan(0);
    let timer: NodeJS.Timeout | undefined;
    const blocked = new Promise<'blocked'>((resolve) => {
      timer = setTimeout(() => resolve('blocked'), BLOCKED_AFTER_MS);
    });
    const answer = call().then(() => 'answered' as const);
    const outcome = await Promise.race([answer, blocked]);
    clearTimeout(timer);
    await holder.query('ROLLBACK');
    await answer;
    return outcome;
  } finally {
    await holder.end();
  }
}

test('a replayed calculation answers without waiting for the pool its first run locked', async () => {
  const input = { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '10' };
  const calculate = () => request(env.platform.gatewayUrl, CalculatePurchaseDocument, { input }, { token: till.token });
  const first = (await calculate()).calculatePurchase.purchase;
  expect(first?.bonusPayment).toBe('10.00');

  let replayed: string | undefined;
  const outcome = await answersWhileLocked('SELECT id FROM ledger.accounts WHERE member_id = $1 FOR UPDATE', [memberId], async () => {
    replayed = (await calculate()).calculatePurchase.purchase?.id;
  });
  expect(outcome).toBe('answered');
  expect(replayed).toBe(first?.id);
});

test('a replayed confirmation answers without waiting for the purchase or the pool', async () => {
  const calculated = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '10' } },
    { token: till.token },
  );
  const purchaseId = calculated.calculatePurchase.purchase?.id as string;
  const input = { idempotencyKey: randomUUID(), purchaseId };
  const confirm = () => request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input }, { token: till.token });
  expect((await confirm()).confirmPurchase.purchase?.state).toBe('CONFIRMED');

  for (const [lockSql, params] of [
    ['SELECT id FROM ledger.purchases WHERE id = $1 FOR UPDATE', [purchaseId]],
    ['SELECT id FROM ledger.accounts WHERE member_id = $1 FOR UPDATE', [memberId]],
  ] as const) {
    let state: string | undefined;
    const outcome = await answersWhileLocked(lockSql, [...params], async () => {
      state = (await confirm()).confirmPurchase.purchase?.state;
    });
    expect(outcome).toBe('answered');
    expect(state).toBe('CONFIRMED');
  }
});
