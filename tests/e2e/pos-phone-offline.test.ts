import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  OptOutDocument,
  RegisterOfflinePurchaseDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
  // 10 % back, activating a day after the sale, expiring 30 days after activation.
  await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '10', maxPaymentShare: '0.5', activationDelayDays: 1, lifetimeDays: 30 } },
    { token: env.company.adminToken },
  );
});

const lines = [{ product: 'jacket', price: '120.00', quantity: '1' }];

async function balance(memberId: string, asOf: Date | null = null) {
  const variables = { id: memberId, asOf: asOf?.toISOString() ?? null };
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, variables, { token: env.company.adminToken })).member?.balance;
}

async function registered() {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, member.cards[0]?.number as string);
  return member;
}

describe('identifying the member by phone at the POS', () => {
  test('the phone finds the member, in any usual spelling; the ledger keeps only a keyed hash of it', async () => {
    const member = await registered();
    const spaced = `${member.phone?.slice(0, 3)} ${member.phone?.slice(3, 6)}-${member.phone?.slice(6)}`;
    const { calculatePurchase } = await request(
      env.platform.gatewayUrl,
      CalculatePurchaseDocument,
      { input: { idempotencyKey: randomUUID(), phone: spaced, lines } },
      { token: till.token },
    );
    expect(calculatePurchase.errors).toEqual([]);
    expect(calculatePurchase.purchase).toMatchObject({ memberId: member.id, cardNumber: null, accrual: '12.00' });
  });

  test('unknown, malformed, doubled and opted-out phones get typed refusals', async () => {
    const member = await registered();
    const attempt = async (input: { phone?: string; cardNumber?: string }) =>
      (await request(env.platform.gatewayUrl, CalculatePurchaseDocument, { input: { idempotencyKey: randomUUID(), lines, ...input } }, { token: till.token }))
        .calculatePurchase.errors[0];
    expect(await attempt({ phone: '+49 170 0000000' })).toMatchObject({ code: 'MEMBER_NOT_FOUND', field: 'phone' });
    expect(await attempt({ phone: 'call me' })).toMatchObject({ code: 'INVALID_PHONE', field: 'phone' });
    expect(await attempt({ phone: member.phone as string, cardNumber: member.cards[0]?.number as string })).toMatchObject({ code: 'INVALID_INPUT' });
    await request(env.platform.gatewayUrl, OptOutDocument, { input: { memberId: member.id } }, { token: env.company.adminToken });
    await waitForLedger(env.platform, member.id, 'DELETED');
    expect(await attempt({ phone: member.phone as string })).toMatchObject({ code: 'MEMBER_NOT_FOUND' });
  });
});

describe('offline receipts', () => {
  test('accrue at the time of the sale, with lot dates counted from it, and show in balances as of that time', async () => {
    const member = await registered();
    const soldAt = new Date(env.platform.clock.now().getTime() - 3 * DAY);
    const { registerOfflinePurchase } = await request(
      env.platform.gatewayUrl,
      RegisterOfflinePurchaseDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: member.cards[0]?.number, lines, occurredAt: soldAt.toISOString() } },
      { token: till.token },
    );
    expect(registerOfflinePurchase.errors).toEqual([]);
    expect(registerOfflinePurchase.purchase).toMatchObject({ state: 'CONFIRMED', offline: true, accrual: '12.00', bonusPayment: '0.00' });
    expect(new Date(registerOfflinePurchase.purchase?.occurredAt as string).getTime()).toBe(soldAt.getTime());
    expect(new Date(registerOfflinePurchase.purchase?.accrualActivatesAt as string).getTime()).toBe(soldAt.getTime() + DAY);
    expect(new Date(registerOfflinePurchase.purchase?.accrualExpiresAt as string).getTime()).toBe(soldAt.getTime() + 31 * DAY);
    expect(await balance(member.id, new Date(soldAt.getTime() - 1000))).toMatchObject({ totalAccrued: '0.00' });
    expect(await balance(member.id, new Date(soldAt.getTime() + 1000))).toMatchObject({ nonActivated: '12.00', active: '0.00' });
    expect(await balance(member.id)).toMatchObject({ active: '12.00', nonActivated: '0.00' });
  });

  test('a back-dated accrual lets later spends draw again as if it had been there: the soonest-expiring lot pays', async () => {
    const member = await registered();
    const now = env.platform.clock.now().getTime();
    const admin = { token: env.company.adminToken };
    await request(
      env.platform.gatewayUrl,
      AccrueBonusesDocument,
      { input: { memberId: member.id, amount: '5', effectiveAt: new Date(now - 3 * DAY).toISOString() } },
      admin,
    );
    await request(
      env.platform.gatewayUrl,
      DeductBonusesDocument,
      { input: { memberId: member.id, amount: '5', reason: 'correction', effectiveAt: new Date(now - DAY + 1000).toISOString() } },
      admin,
    );
    const soldAt = new Date(now - 2 * DAY);
    await request(
      env.platform.gatewayUrl,
      RegisterOfflinePurchaseDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: member.cards[0]?.number, lines, occurredAt: soldAt.toISOString() } },
      { token: till.token },
    );
    // The offline lot (12, active a day after the sale, expiring) existed at the deduction: the deduction draws it first.
    const figures = await balance(member.id);
    expect(figures).toMatchObject({ active: '12.00', totalAccrued: '12.00' });
    expect(figures?.toExpire).toEqual([{ amount: '7.00', expiresAt: new Date(soldAt.getTime() + 31 * DAY).toISOString() }]);
  });

  test('never pay, refuse impossible times, and a retry returns the first answer', async () => {
    const member = await registered();
    const send = async (occurredAt: Date, idempotencyKey = randomUUID()) =>
      (
        await request(
          env.platform.gatewayUrl,
          RegisterOfflinePurchaseDocument,
          { input: { idempotencyKey, cardNumber: member.cards[0]?.number, lines, occurredAt: occurredAt.toISOString() } },
          { token: till.token },
        )
      ).registerOfflinePurchase;
    const now = env.platform.clock.now().getTime();
    expect((await send(new Date(now + DAY))).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'occurredAt' });
    expect((await send(new Date(now - 31 * DAY))).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'occurredAt' });
    const key = randomUUID();
    const first = await send(new Date(now - DAY), key);
    const retry = await send(new Date(now - DAY), key);
    expect(retry.purchase?.id).toBe(first.purchase?.id);
    expect(await balance(member.id)).toMatchObject({ totalAccrued: '12.00' });
    // The schema has no way to ask an offline receipt to pay: payWithBonuses is not an input of it.
    expect(first.purchase?.bonusPayment).toBe('0.00');
  });
});
