import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  type RefundLineInput,
  RefundPurchaseDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
  // 10 % back, activating at once; half of a receipt payable with bonuses; no rounding beyond cents.
  await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '10', maxPaymentShare: '0.5' } },
    { token: env.company.adminToken },
  );
});

/** A member who bought 4 × 10.00 and 1 × 20.00 (60.00), paying 20 with bonuses and accruing 4.00. */
async function confirmedPurchase() {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, cardNumber);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '50' } }, { token: env.company.adminToken });
  const lines = [
    { product: 'socks', price: '10.00', quantity: '4' },
    { product: 'hat', price: '20.00', quantity: '1' },
  ];
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '20' } },
    { token: till.token },
  );
  expect(calculatePurchase.purchase).toMatchObject({ accrual: '4', bonusPayment: '20' });
  const purchaseId = calculatePurchase.purchase?.id as string;
  await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: till.token });
  return { memberId: member.id, purchaseId };
}

async function refund(purchaseId: string, lines: RefundLineInput[] | null, idempotencyKey = randomUUID()) {
  const { refundPurchase } = await request(
    env.platform.gatewayUrl,
    RefundPurchaseDocument,
    { input: { idempotencyKey, purchaseId, lines } },
    { token: till.token },
  );
  return refundPurchase;
}

async function balance(memberId: string) {
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId }, { token: env.company.adminToken })).member?.balance;
}

test('partial returns give back paid bonuses and take back accrued ones in proportion; together they undo the purchase exactly', async () => {
  const { memberId, purchaseId } = await confirmedPurchase();
  expect(await balance(memberId)).toMatchObject({ active: '34', totalDeducted: '20' });
  // One pair of socks of four: a sixth of the receipt (10 of 60).
  const key = randomUUID();
  const first = await refund(purchaseId, [{ lineNo: 1, quantity: '1' }], key);
  expect(first.purchase?.refunds).toEqual([{ lines: [{ lineNo: 1, quantity: '1' }], bonusReturned: '3.33', accrualTakenBack: '0.66', accrualForgiven: '0' }]);
  expect((await refund(purchaseId, [{ lineNo: 1, quantity: '1' }], key)).purchase?.refunds).toHaveLength(1);
  expect((await balance(memberId))?.active).toBe('36.67');
  // The rest of it: exactly what the purchase paid and accrued is back.
  const rest = await refund(purchaseId, null);
  expect(rest.errors).toEqual([]);
  expect(await balance(memberId)).toMatchObject({ active: '50', nonActivated: '0' });
  const nothingLeft = await refund(purchaseId, null);
  expect(nothingLeft.errors.map((e) => e.code)).toEqual(['INVALID_RECEIPT']);
  const tooMany = await refund((await confirmedPurchase()).purchaseId, [{ lineNo: 1, quantity: '5' }]);
  expect(tooMany.errors).toEqual([expect.objectContaining({ code: 'INVALID_RECEIPT' })]);
});

test('accrued bonuses already spent are taken from the balance, and what is not there is forgiven and recorded', async () => {
  const { memberId, purchaseId } = await confirmedPurchase();
  await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId, amount: '34', reason: 'spent elsewhere' } },
    { token: env.company.adminToken },
  );
  expect((await balance(memberId))?.active).toBe('0');
  // Returning the hat: its 6.67 paid bonuses come back, and its 1.33 accrued is taken back from them.
  const result = await refund(purchaseId, [{ lineNo: 2, quantity: '1' }]);
  expect(result.purchase?.refunds[0]).toMatchObject({ bonusReturned: '6.67', accrualTakenBack: '1.33', accrualForgiven: '0' });
  expect((await balance(memberId))?.active).toBe('5.34');
  // The socks: 13.33 back, 2.67 taken back: nothing is forgiven while the balance covers it.
  const socks = await refund(purchaseId, null);
  expect(socks.purchase?.refunds[1]).toMatchObject({ bonusReturned: '13.33', accrualTakenBack: '2.67', accrualForgiven: '0' });
  // Paid bonuses come back as a fresh lot (the original payment stays in totalDeducted).
  expect(await balance(memberId)).toMatchObject({ active: '16', totalDeducted: '20', totalAccrued: '36' });
});

test('when the accrued bonuses were spent and nothing is left, the return forgives them and says so', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'coat', price: '60.00', quantity: '1' }] } },
    { token: till.token },
  );
  const purchaseId = calculatePurchase.purchase?.id as string;
  await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: till.token });
  await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId: member.id, amount: '6', reason: 'spent' } },
    { token: env.company.adminToken },
  );
  const result = await refund(purchaseId, null);
  expect(result.purchase?.refunds[0]).toMatchObject({ bonusReturned: '0', accrualTakenBack: '0', accrualForgiven: '6' });
  expect((await balance(member.id))?.active).toBe('0');
});
