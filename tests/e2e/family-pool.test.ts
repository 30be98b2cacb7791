import { randomUUID } from 'node:crypto';
import { joinFamilyOf, leaveFamilyOf } from '../support/family';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { pushToLedger, redeliverable } from '../support/ledger-events';
import { registerSignedInMember, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  CreateFamilyDocument,
  MemberBalanceDocument,
  RefundPurchaseDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });

async function active(memberId: string, asOf: Date | null = null) {
  const variables = { id: memberId, asOf: asOf?.toISOString() ?? null };
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, variables, { token: env.company.adminToken })).member?.balance?.active;
}

/**
 * Marks a moment between two steps, so that balances as of it fall strictly between them. Real
 * time passes (the clock is not moved): family changes are dated by the events that carry them.
 */
async function moment(): Promise<Date> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const at = env.platform.clock.now();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return at;
}

test('a family pools its members’ bonuses: each sees and spends the pool, and balances of the past pool who was in the family then', async () => {
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '1' } }, { token: env.company.adminToken });
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const head = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  const otherCard = other.member.cards[0]?.number as string;
  await waitForLedger(env.platform, head.member.id);
  await waitForLedger(env.platform, other.member.id);
  await waitForLedgerCard(env.platform, otherCard);
  const admin = { token: env.company.adminToken };
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: head.member.id, amount: '10' } }, admin);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: other.member.id, amount: '5' } }, admin);
  const apart = await moment();

  await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  await joinFamilyOf(env.platform, head, other);
  const together = await moment();
  expect([await active(head.member.id), await active(other.member.id)]).toEqual(['15.00', '15.00']);

  // The newcomer pays 12 at the till: more than their own 5, from the family's pool.
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber: otherCard, lines: [{ product: 'toy', price: '30.00', quantity: '1' }], payWithBonuses: '12' } },
    { token: till.token },
  );
  expect(calculatePurchase.errors).toEqual([]);
  await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string } },
    { token: till.token },
  );
  expect(await active(head.member.id)).toBe('3.00');
  const afterPaying = await moment();

  await leaveFamilyOf(env.platform, other);
  // Oldest first: the head's 10 paid first, then 2 of the newcomer's 5, who leaves with the 3 left.
  expect([await active(head.member.id), await active(other.member.id)]).toEqual(['0.00', '3.00']);
  expect([await active(head.member.id, apart), await active(other.member.id, apart)]).toEqual(['10.00', '5.00']);
  expect([await active(head.member.id, together), await active(other.member.id, together)]).toEqual(['15.00', '15.00']);
  expect([await active(head.member.id, afterPaying), await active(other.member.id, afterPaying)]).toEqual(['3.00', '3.00']);
});

test('a back-dated change after a family split replays each spend over the family it was made in: nothing appears, nothing is drawn twice', async () => {
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '1' } }, { token: env.company.adminToken });
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const admin = { token: env.company.adminToken };
  const beforeAll = await moment();
  const x = await registerSignedInMember(env.platform, env.company);
  const y = await registerSignedInMember(env.platform, env.company);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: x.member.id, amount: '10' } }, admin);
  await moment();
  await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: x.token });
  await joinFamilyOf(env.platform, x, y);
  await moment();
  // Y pays 6 from the family's pool: all of it from X's lot, the only one.
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    {
      input: {
        idempotencyKey: randomUUID(),
        cardNumber: y.member.cards[0]?.number,
        lines: [{ product: 'toy', price: '6.00', quantity: '1' }],
        payWithBonuses: '6',
      },
    },
    { token: till.token },
  );
  expect(calculatePurchase.errors).toEqual([]);
  await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string } },
    { token: till.token },
  );
  await moment();
  await leaveFamilyOf(env.platform, y);
  await moment();
  expect([await active(x.member.id), await active(y.member.id)]).toEqual(['4.00', '0.00']);

  // An accrual for Y dated before everything: Y's spend, made in the family, now draws Y's older lot.
  const late = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId: y.member.id, amount: '10', effectiveAt: beforeAll.toISOString(), reason: 'migrated' } },
    admin,
  );
  expect(late.accrueBonuses.errors).toEqual([]);
  expect([await active(x.member.id), await active(y.member.id)]).toEqual(['10.00', '4.00']);
});

test('family events delivered late and out of order slot into the history by version: nobody is pooled when they were not', async () => {
  const admin = { token: env.company.adminToken };
  const head = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: head.member.id, amount: '10' } }, admin);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: other.member.id, amount: '5' } }, admin);
  await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  await joinFamilyOf(env.platform, head, other);
  const firstStay = await moment();
  await leaveFamilyOf(env.platform, other);
  const apart = await moment();
  await joinFamilyOf(env.platform, head, other);
  const secondStay = await moment();
  const history = async () =>
    Promise.all([firstStay, apart, secondStay].map(async (at) => [await active(head.member.id, at), await active(other.member.id, at)]));
  expect(await history()).toEqual([
    ['15.00', '15.00'],
    ['10.00', '5.00'],
    ['15.00', '15.00'],
  ]);

  // The same events again, newest first, as a late redelivery might bring them.
  const late = await redeliverable(env.platform, other.member.id, ['family.member_joined', 'family.member_left']);
  expect(late.map((event) => event.type)).toEqual(['family.member_joined', 'family.member_left', 'family.member_joined']);
  for (const event of late.reverse()) expect((await pushToLedger(env.platform, [event])).status).toBe(200);
  expect(await history()).toEqual([
    ['15.00', '15.00'],
    ['10.00', '5.00'],
    ['15.00', '15.00'],
  ]);
  expect(await active(other.member.id)).toBe('15.00');
});

describe('a return of a purchase paid from a relative’s bonuses', () => {
  async function familyPurchase() {
    await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '1' } }, { token: env.company.adminToken });
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const head = await registerSignedInMember(env.platform, env.company);
    const buyer = await registerSignedInMember(env.platform, env.company);
    await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: head.member.id, amount: '100' } }, { token: env.company.adminToken });
    await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
    await joinFamilyOf(env.platform, head, buyer);
    const lines = [{ product: 'coat', price: '100.00', quantity: '1' }];
    const input = { idempotencyKey: randomUUID(), cardNumber: buyer.member.cards[0]?.number, lines, payWithBonuses: '50' };
    const { calculatePurchase } = await request(env.platform.gatewayUrl, CalculatePurchaseDocument, { input }, { token: till.token });
    const purchaseId = calculatePurchase.purchase?.id as string;
    await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: till.token });
    const refund = async () =>
      (
        await request(
          env.platform.gatewayUrl,
          RefundPurchaseDocument,
          { input: { idempotencyKey: randomUUID(), purchaseId } },
          { token: env.company.adminToken },
        )
      ).refundPurchase;
    const leave = () => leaveFamilyOf(env.platform, buyer);
    const figures = async (memberId: string) => {
      const balance = (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId }, { token: env.company.adminToken })).member?.balance;
      return { active: balance?.active, totalDeducted: balance?.totalDeducted };
    };
    return { head, buyer, refund, leave, figures };
  }

  test('gives the bonuses back to the relative they were drawn from, so leaving afterwards takes nothing along', async () => {
    const { head, buyer, refund, leave, figures } = await familyPurchase();
    expect((await refund()).errors).toEqual([]);
    await leave();
    expect(await figures(head.member.id)).toEqual({ active: '100.00', totalDeducted: '0.00' });
    expect(await figures(buyer.member.id)).toEqual({ active: '0.00', totalDeducted: '0.00' });
  });

  test('gives them back to the former relative when the buyer left the family before the return', async () => {
    const { head, buyer, refund, leave, figures } = await familyPurchase();
    await leave();
    expect((await refund()).errors).toEqual([]);
    expect(await figures(head.member.id)).toEqual({ active: '100.00', totalDeducted: '0.00' });
    expect(await figures(buyer.member.id)).toEqual({ active: '0.00', totalDeducted: '0.00' });
  });
});
