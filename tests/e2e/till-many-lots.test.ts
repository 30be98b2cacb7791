import { randomUUID } from 'node:crypto';
import { joinFamilyOf } from '../support/family';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerSignedInMember, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  CreateFamilyDocument,
  MemberBalanceDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

// The till sums a pool's first 32 live lots per account (spendable-store's LOTS_SUMMED_FIRST) and
// all of them only when it must: these members hold more, so what it offers and accepts shows
// whether the rest were summed when they counted.
const env = usePlatformWithCompany({ events: true });
const DAY = 24 * 3600_000;
const LOTS_EACH = 35;

const admin = () => ({ token: env.company.adminToken });

async function accrue(memberId: string, input: { amount: string; effectiveAt?: string; activatesAt?: string; expiresAt?: string }) {
  const { accrueBonuses } = await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId, ...input } }, admin());
  expect(accrueBonuses.errors).toEqual([]);
}

async function calculate(till: { token: string }, cardNumber: string, payWithBonuses: string, price = '100.00') {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'toy', price, quantity: '1' }], payWithBonuses } },
    till,
  );
  return calculatePurchase;
}

test('a family with more live lots than the till sums first is offered, refused and charged exactly what it can spend', async () => {
  // Purchases' own accruals activate a day later, so they do not move what the family can spend here.
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '1', activationDelayDays: 1 } }, admin());
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const head = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  const card = other.member.cards[0]?.number as string;
  await waitForLedger(env.platform, head.member.id);
  await waitForLedger(env.platform, other.member.id);
  await waitForLedgerCard(env.platform, card);
  await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  await joinFamilyOf(env.platform, head, other);

  const now = env.platform.clock.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  for (let i = 0; i < LOTS_EACH; i++) {
    const expiresAt = i % 5 === 0 ? undefined : iso(now + (i + 10) * DAY);
    await accrue(head.member.id, { amount: '1.00', effectiveAt: iso(now - (i + 1) * 60_000), expiresAt });
    await accrue(other.member.id, { amount: '1.00', effectiveAt: iso(now - (i + 1) * 60_000), expiresAt });
  }
  // Neither an expired lot with something left nor one not yet active counts.
  await accrue(head.member.id, { amount: '7.00', effectiveAt: iso(now - 40 * DAY), expiresAt: iso(now - 10 * DAY) });
  await accrue(head.member.id, { amount: '5.00', activatesAt: iso(now + 3 * DAY) });
  const { member } = await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: other.member.id, asOf: null }, admin());
  expect(member?.balance).toMatchObject({ active: '70.00', nonActivated: '5.00' });

  // Offered all 70, not the 66 of the lots summed first; a small receipt's share is offered whole.
  expect((await calculate(till, card, '0')).purchase?.maxBonusPayment).toBe('70.00');
  expect((await calculate(till, card, '0', '10.00')).purchase?.maxBonusPayment).toBe('10.00');
  const refused = await calculate(till, card, '70.01');
  expect(refused.errors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_BALANCE', message: 'Only 70.00 can be spent now' })]);

  // 69 held: the next receipt is offered the 1.00 left, and the held payment is confirmed.
  const paying = await calculate(till, card, '69.00');
  expect(paying.errors).toEqual([]);
  expect((await calculate(till, card, '0')).purchase?.maxBonusPayment).toBe('1.00');
  const { confirmPurchase } = await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: paying.purchase?.id as string } },
    till,
  );
  expect(confirmPurchase.errors).toEqual([]);
  expect(confirmPurchase.purchase?.bonusPayment).toBe('69.00');
  const after = await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: head.member.id, asOf: null }, admin());
  expect(after.member?.balance?.active).toBe('1.00');
  expect((await calculate(till, card, '1.01')).errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
});
