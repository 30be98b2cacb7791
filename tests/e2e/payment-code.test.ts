import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { tillCodesSent } from '../support/ledger-events';
import { registerMember, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  MemberBalanceDocument,
  RequestBonusPaymentDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
let smsTill: SeededTerminal;
let plainTill: SeededTerminal;

beforeAll(async () => {
  smsTill = await seedTerminal(env.platform, env.company.adminToken, { confirmPaymentBySms: true });
  plainTill = await seedTerminal(env.platform, env.company.adminToken);
  await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '10', maxPaymentShare: '0.5' } },
    { token: env.company.adminToken },
  );
});

async function memberWith(bonuses: string) {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: bonuses } }, { token: env.company.adminToken });
  return { id: member.id, cardNumber };
}

const lines = [{ product: 'shoes', price: '80.00', quantity: '1' }];

async function calculate(at: SeededTerminal, cardNumber: string, payWithBonuses: string | null) {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses } },
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

/** The codes sent for a purchase, newest last (the payload communications deliver by SMS). */
function codesSentFor(purchaseId: string): Promise<string[]> {
  return tillCodesSent(env.platform, 'purchase.payment_code_requested', { purchaseId });
}

async function active(memberId: string) {
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId }, { token: env.company.adminToken })).member?.balance?.active;
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

test('where the point of sale requires it, paying with bonuses needs the SMS code; the right code confirms', async () => {
  const { id, cardNumber } = await memberWith('50');
  const purchase = await calculate(smsTill, cardNumber, '20');
  expect(purchase.paymentCodeRequired).toBe(true);
  const [code] = await codesSentFor(purchase.id);
  expect(code).toMatch(/^\d{6}$/);
  expect((await confirm(smsTill, purchase.id)).errors[0]?.code).toBe('PAYMENT_CODE_REQUIRED');
  const refused = await confirm(smsTill, purchase.id, wrong(code as string));
  expect(refused.errors[0]).toMatchObject({ code: 'CODE_INVALID', field: 'paymentCode' });
  expect(refused.errors[0]?.message).toContain('4 attempt(s) left');
  expect(await active(id)).toBe('50.00');
  const confirmed = await confirm(smsTill, purchase.id, code);
  expect(confirmed.errors).toEqual([]);
  expect(confirmed.purchase?.state).toBe('CONFIRMED');
  expect(await active(id)).toBe('36.00');
});

test('wrong codes use up the tries; a new payment request sends a new code, not sooner than 30 s after the last', async () => {
  const { id, cardNumber } = await memberWith('50');
  const purchase = await calculate(smsTill, cardNumber, '10');
  const [first] = await codesSentFor(purchase.id);
  for (let i = 0; i < 5; i++) expect((await confirm(smsTill, purchase.id, wrong(first as string))).errors[0]?.code).toBe('CODE_INVALID');
  // The right code no longer helps: the tries are used up.
  expect((await confirm(smsTill, purchase.id, first)).errors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  const again = () =>
    request(
      env.platform.gatewayUrl,
      RequestBonusPaymentDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, amount: '10' } },
      { token: smsTill.token },
    );
  expect((await again()).requestBonusPayment.errors[0]?.code).toBe('CODE_REQUESTED_TOO_OFTEN');
  env.platform.clock.advance(31_000);
  expect((await again()).requestBonusPayment.errors).toEqual([]);
  const codes = await codesSentFor(purchase.id);
  expect(codes).toHaveLength(2);
  expect((await confirm(smsTill, purchase.id, codes[1])).purchase?.state).toBe('CONFIRMED');
  expect(await active(id)).toBe('47.00');
});

test('no code where the point of sale does not ask for one, nor for a receipt that pays nothing with bonuses', async () => {
  const { cardNumber } = await memberWith('50');
  const plain = await calculate(plainTill, cardNumber, '20');
  expect(plain.paymentCodeRequired).toBe(false);
  expect((await confirm(plainTill, plain.id)).errors).toEqual([]);
  const noPayment = await calculate(smsTill, cardNumber, null);
  expect(noPayment.paymentCodeRequired).toBe(false);
  expect(await codesSentFor(noPayment.id)).toEqual([]);
  expect((await confirm(smsTill, noPayment.id)).errors).toEqual([]);
});

test('paying with bonuses may be asked after the calculation: the receipt is calculated again and the bonuses held', async () => {
  const { id, cardNumber } = await memberWith('30');
  const purchase = await calculate(plainTill, cardNumber, null);
  expect(purchase).toMatchObject({ bonusPayment: '0.00', maxBonusPayment: '30.00', accrual: '8.00', cashDue: '80.00' });
  const ask = (amount: string) =>
    request(
      env.platform.gatewayUrl,
      RequestBonusPaymentDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, amount } },
      { token: plainTill.token },
    );
  expect((await ask('30.01')).requestBonusPayment.errors[0]?.code).toBe('INSUFFICIENT_BALANCE');
  const { requestBonusPayment } = await ask('25');
  expect(requestBonusPayment.purchase).toMatchObject({ bonusPayment: '25.00', cashDue: '55.00', accrual: '5.50' });
  // Held: another receipt cannot spend the same bonuses meanwhile.
  const other = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '6' } },
    { token: plainTill.token },
  );
  expect(other.calculatePurchase.errors[0]?.code).toBe('INSUFFICIENT_BALANCE');
  expect((await confirm(plainTill, purchase.id)).errors).toEqual([]);
  expect(await active(id)).toBe('10.50');
});
