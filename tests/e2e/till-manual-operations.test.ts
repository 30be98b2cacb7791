import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { querySql, registerMember, registerSignedInMember, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import { AccrueBonusesDocument, DeductBonusesDocument, MemberBalanceDocument } from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
});

async function member() {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  return { id: member.id, cardNumber };
}

const operationsOf = (memberId: string) =>
  querySql(env.platform, 'SELECT id, actor_kind, origin::text FROM ledger.operations WHERE member_id = $1', [memberId]);

test('a cashier accrues and deducts by card; the operations name the terminal and count as manual', async () => {
  const { id, cardNumber } = await member();
  const accrued = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { cardNumber, amount: '12.50', reason: 'broken bag' } },
    { token: till.token },
  );
  expect(accrued.accrueBonuses.errors).toEqual([]);
  expect(accrued.accrueBonuses.operation).toMatchObject({ actorKind: 'terminal', amount: '12.5' });
  const deducted = await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { cardNumber, amount: '2.50', reason: 'typo' } },
    { token: till.token },
  );
  expect(deducted.deductBonuses.balance?.active).toBe('10');
  expect(await operationsOf(id)).toEqual([
    expect.objectContaining({ actor_kind: 'terminal', origin: 'MANUAL' }),
    expect.objectContaining({ actor_kind: 'terminal', origin: 'MANUAL' }),
  ]);
  const blocked = await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { amount: '1' } }, { token: till.token });
  expect(blocked.accrueBonuses.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'memberId' });
});

test('with an idempotency key, a retried manual operation applies once and answers as the first time', async () => {
  const { id, cardNumber } = await member();
  const idempotencyKey = randomUUID();
  const input = { cardNumber, amount: '5', reason: 'goodwill', idempotencyKey };
  const results = await Promise.all([1, 2, 3].map(() => request(env.platform.gatewayUrl, AccrueBonusesDocument, { input }, { token: till.token })));
  const ids = new Set(results.map((r) => r.accrueBonuses.operation?.id));
  expect(ids.size).toBe(1);
  expect(await operationsOf(id)).toHaveLength(1);
  const balance = (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id }, { token: env.company.adminToken })).member?.balance;
  expect(balance?.active).toBe('5');
  const conflict = await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { ...input, amount: '6' } }, { token: till.token });
  expect(conflict.accrueBonuses.errors[0]?.code).toBe('IDEMPOTENCY_CONFLICT');
  const deduction = { cardNumber, amount: '5', reason: 'goodwill', idempotencyKey: randomUUID() };
  await request(env.platform.gatewayUrl, DeductBonusesDocument, { input: deduction }, { token: till.token });
  const again = await request(env.platform.gatewayUrl, DeductBonusesDocument, { input: deduction }, { token: till.token });
  expect(again.deductBonuses.errors).toEqual([]);
  expect(again.deductBonuses.balance?.active).toBe('0');
});

test('nobody else accrues by card: anonymous callers and members are refused', async () => {
  const { cardNumber } = await member();
  const input = { cardNumber, amount: '1' };
  expect(errorCodes(await call(env.platform.gatewayUrl, AccrueBonusesDocument, { input }, {}))).toEqual(['FORBIDDEN']);
  const { token } = await registerSignedInMember(env.platform, env.company);
  expect(errorCodes(await call(env.platform.gatewayUrl, AccrueBonusesDocument, { input }, { token }))).toEqual(['FORBIDDEN']);
});
