import { randomUUID } from 'node:crypto';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  MemberBalanceDocument,
  RequestBonusPaymentDocument,
  UpdatePointOfSaleDocument,
  UpdateProgramRulesDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { tillCodesSent } from '../support/ledger-events';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';

/**
 * Anyone who knows a member's phone could spend their bonuses at a till that names members by phone
 * alone. Paying so needs the member's SMS code, unless the point of sale opted out explicitly
 * (allowPhonePaymentWithoutCode); a member named by card pays as the point of sale's confirmPaymentBySms says.
 */
const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
  await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '0', maxPaymentShare: '0.5' } },
    { token: env.company.adminToken },
  );
});

const lines = [{ product: 'coat', price: '80.00', quantity: '1' }];

async function memberWith(bonuses: string) {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, member.cards[0]?.number as string);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: bonuses } }, { token: env.company.adminToken });
  return { id: member.id, phone: member.phone as string, cardNumber: member.cards[0]?.number as string };
}

async function calculate(at: SeededTerminal, named: { phone: string } | { cardNumber: string }, payWithBonuses: string) {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), ...named, lines, payWithBonuses } },
    { token: at.token },
  );
  expect(calculatePurchase.errors).toEqual([]);
  return calculatePurchase.purchase as NonNullable<typeof calculatePurchase.purchase>;
}

async function confirm(at: SeededTerminal, purchaseId: string, paymentCode: string | null = null) {
  const { confirmPurchase } = await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, paymentCode } },
    { token: at.token },
  );
  return confirmPurchase;
}

async function active(memberId: string) {
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId }, { token: env.company.adminToken })).member?.balance?.active;
}

async function setPhoneOptOut(at: SeededTerminal, allow: boolean) {
  const { updatePointOfSale } = await request(
    env.platform.gatewayUrl,
    UpdatePointOfSaleDocument,
    { input: { pointOfSaleId: at.pointOfSaleId, allowPhonePaymentWithoutCode: allow } },
    { token: env.company.adminToken },
  );
  expect(updatePointOfSale.errors).toEqual([]);
  expect(updatePointOfSale.pointOfSale?.allowPhonePaymentWithoutCode).toBe(allow);
  // The ledger learns the setting from point_of_sale.updated, pushed before the answer.
  const rows = await querySql<{ allow: boolean }>(
    env.platform,
    'SELECT allow_phone_payment_without_code AS allow FROM ledger.point_of_sale_refs WHERE point_of_sale_id = $1',
    [at.pointOfSaleId],
  );
  expect(rows[0]?.allow).toBe(allow);
}

test('a point of sale does not allow phone payments without a code unless told so', async () => {
  const other = await seedTerminal(env.platform, env.company.adminToken);
  const rows = await querySql<{ allow: boolean }>(env.platform, 'SELECT allow_phone_payment_without_code AS allow FROM members.points_of_sale WHERE id = $1', [
    other.pointOfSaleId,
  ]);
  expect(rows[0]?.allow).toBe(false);
});

test('paying with bonuses for a member named by phone alone is refused without the SMS code, accepted with it', async () => {
  const member = await memberWith('50');
  const purchase = await calculate(till, { phone: member.phone }, '20');
  expect(purchase).toMatchObject({ cardNumber: null, bonusPayment: '20.00', paymentCodeRequired: true });
  const [code] = await tillCodesSent(env.platform, 'purchase.payment_code_requested', { purchaseId: purchase.id });
  expect(code).toMatch(/^\d{6}$/);

  const refused = await confirm(till, purchase.id);
  expect(refused.errors[0]).toMatchObject({ code: 'PAYMENT_CODE_REQUIRED', field: 'paymentCode' });
  expect(refused.purchase).toBeNull();
  expect(await active(member.id)).toBe('50.00');

  const accepted = await confirm(till, purchase.id, code as string);
  expect(accepted.errors).toEqual([]);
  expect(accepted.purchase?.state).toBe('CONFIRMED');
  expect(await active(member.id)).toBe('30.00');
});

test('asking to pay after a phone calculation sends the code too', async () => {
  const member = await memberWith('50');
  const purchase = await calculate(till, { phone: member.phone }, '0');
  expect(purchase.paymentCodeRequired).toBe(false);
  const { requestBonusPayment } = await request(
    env.platform.gatewayUrl,
    RequestBonusPaymentDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, amount: '10' } },
    { token: till.token },
  );
  expect(requestBonusPayment.errors).toEqual([]);
  expect(requestBonusPayment.purchase?.paymentCodeRequired).toBe(true);
  expect((await confirm(till, purchase.id)).errors[0]?.code).toBe('PAYMENT_CODE_REQUIRED');
  expect(await active(member.id)).toBe('50.00');
});

test('a member named by card pays without a code where the point of sale does not ask for one (as before)', async () => {
  const member = await memberWith('50');
  const purchase = await calculate(till, { cardNumber: member.cardNumber }, '20');
  expect(purchase.paymentCodeRequired).toBe(false);
  expect((await confirm(till, purchase.id)).errors).toEqual([]);
  expect(await active(member.id)).toBe('30.00');
});

test('a point of sale that opted out accepts phone payments without a code, and can opt in again', async () => {
  const optedOut = await seedTerminal(env.platform, env.company.adminToken);
  await setPhoneOptOut(optedOut, true);
  const member = await memberWith('50');
  const purchase = await calculate(optedOut, { phone: member.phone }, '20');
  expect(purchase.paymentCodeRequired).toBe(false);
  expect((await confirm(optedOut, purchase.id)).errors).toEqual([]);
  expect(await active(member.id)).toBe('30.00');

  await setPhoneOptOut(optedOut, false);
  const again = await calculate(optedOut, { phone: member.phone }, '10');
  expect(again.paymentCodeRequired).toBe(true);
  expect((await confirm(optedOut, again.id)).errors[0]?.code).toBe('PAYMENT_CODE_REQUIRED');
});
