import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  BlockCardDocument,
  CalculatePurchaseDocument,
  type CalculatePurchaseInput,
  CancelPurchaseDocument,
  ConfirmPurchaseDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  PurchaseByIdDocument,
  PurchaseByIdempotencyKeyDocument,
  RefundPurchaseDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
let tills: SeededTerminal[];
const DAY = 24 * 3600_000;

beforeAll(async () => {
  tills = [await seedTerminal(env.platform, env.company.adminToken), await seedTerminal(env.platform, env.company.adminToken)];
  // 5 % back, half a receipt payable with bonuses, totals rounded down to 0.10, accruals active after 2 days for 30 days.
  const { updateProgramRules } = await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '5', maxPaymentShare: '0.5', roundingStep: '0.10', activationDelayDays: 2, lifetimeDays: 30 } },
    { token: env.company.adminToken },
  );
  expect(updateProgramRules.errors).toEqual([]);
});

test('a rounding step that is not a whole number of cents is refused', async () => {
  const { updateProgramRules } = await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { roundingStep: '0.015' } },
    { token: env.company.adminToken },
  );
  expect(updateProgramRules.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'roundingStep' })]);
});

const LINES = [
  { product: 'coffee', category: 'drinks', price: '3.99', quantity: '2' },
  { product: 'cake', category: 'bakery', price: '12.50', quantity: '1', registerDiscount: '1.00' },
];

/** A registered member with a card the ledger knows, and `bonuses` to spend. */
async function memberWithBonuses(bonuses: string) {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, cardNumber);
  if (bonuses !== '0')
    await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: bonuses } }, { token: env.company.adminToken });
  return { memberId: member.id, cardNumber };
}

async function calculate(input: Partial<CalculatePurchaseInput>, till = tills[0] as SeededTerminal) {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), lines: LINES, ...input } },
    { token: till.token },
  );
  return calculatePurchase;
}

async function confirm(purchaseId: string, idempotencyKey: string = randomUUID(), till = tills[0] as SeededTerminal) {
  const { confirmPurchase } = await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey, purchaseId } }, { token: till.token });
  return confirmPurchase;
}

async function balance(memberId: string) {
  const { member } = await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId }, { token: env.company.adminToken });
  return member?.balance;
}

describe('calculation', () => {
  test('a receipt without a member gets the rounding discount, no accrual and no payment', async () => {
    const result = await calculate({});
    expect(result.errors).toEqual([]);
    // 7.98 + 11.50 = 19.48 after the register's 1.00, rounded down to 19.40: 0.08 of rounding spread
    // over the lines. The discount is all of it (1.00 + 0.08), so subtotal − discount = total.
    expect(result.purchase).toMatchObject({
      subtotal: '20.48',
      total: '19.40',
      roundingCorrection: '0.08',
      discount: '1.08',
      accrual: '0.00',
      maxBonusPayment: '0.00',
      cashDue: '19.40',
    });
    expect(result.purchase?.lines.map((l) => [l.registerDiscount, l.discount, l.total])).toEqual([
      ['0.00', '0.03', '7.95'],
      ['1.00', '0.05', '11.45'],
    ]);
  });

  test('a member pays part with bonuses: held at calculation, paid and accrued exactly once at confirmation', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('50');
    const calculated = await calculate({ cardNumber, payWithBonuses: '9.70' });
    expect(calculated.errors).toEqual([]);
    expect(calculated.purchase).toMatchObject({ state: 'PENDING', maxBonusPayment: '9.70', bonusPayment: '9.70', cashDue: '9.70', accrual: '0.48' });
    // Held, not spent: the balance is untouched, but a second receipt can only use what is left.
    expect((await balance(memberId))?.active).toBe('50.00');
    const second = await calculate({ cardNumber, payWithBonuses: '40.31' });
    expect(second.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);

    const key = randomUUID();
    const confirmed = await confirm(calculated.purchase?.id as string, key);
    expect(confirmed.purchase?.state).toBe('CONFIRMED');
    const retried = await confirm(calculated.purchase?.id as string, key);
    expect(retried).toEqual(confirmed);
    const after = await balance(memberId);
    expect(after).toMatchObject({ active: '40.30', nonActivated: '0.48', totalDeducted: '9.70', totalAccrued: '50.48' });
    const activation = new Date(calculated.purchase?.accrualActivatesAt as string).getTime();
    expect(new Date(calculated.purchase?.accrualExpiresAt as string).getTime() - activation).toBe(30 * DAY);
  });

  test('refusals are typed and change nothing', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('10');
    expect((await calculate({ cardNumber, payWithBonuses: '10.01' })).errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
    const rich = await memberWithBonuses('100');
    expect((await calculate({ cardNumber: rich.cardNumber, payWithBonuses: '9.71' })).errors.map((e) => e.code)).toEqual(['PAYMENT_EXCEEDS_SHARE']);
    expect((await calculate({ cardNumber: '1234567890123452' })).errors.map((e) => e.code)).toEqual(['CARD_NOT_FOUND']);
    expect((await calculate({ lines: [] })).errors.map((e) => e.code)).toEqual(['INVALID_RECEIPT']);
    const badDiscount = await calculate({ lines: [{ product: 'tea', price: '2.00', quantity: '1', registerDiscount: '2.50' }] });
    expect(badDiscount.errors).toEqual([expect.objectContaining({ code: 'INVALID_RECEIPT', field: 'lines.0.registerDiscount' })]);
    expect((await balance(memberId))?.active).toBe('10.00');
  });

  test('a blocked card gets no calculation at all', async () => {
    const { cardNumber } = await memberWithBonuses('0');
    await request(env.platform.gatewayUrl, BlockCardDocument, { input: { cardNumber, reason: 'LOST' } }, { token: env.company.adminToken });
    await waitForLedgerCard(env.platform, cardNumber, true);
    expect((await calculate({ cardNumber })).errors.map((e) => e.code)).toEqual(['CARD_BLOCKED']);
  });

  test('only terminals call the POS set', async () => {
    const result = await call(
      env.platform.gatewayUrl,
      CalculatePurchaseDocument,
      { input: { idempotencyKey: 'k', lines: LINES } },
      { token: env.company.adminToken },
    );
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});

describe('idempotency, cancellation and timeouts', () => {
  test('a retried calculation returns the first answer; the same key with another receipt is a conflict', async () => {
    const key = randomUUID();
    const first = await calculate({ idempotencyKey: key });
    const again = await calculate({ idempotencyKey: key });
    expect(again.purchase?.id).toBe(first.purchase?.id);
    const other = await calculate({ idempotencyKey: key, lines: [{ product: 'tea', price: '2.00', quantity: '1' }] });
    expect(other.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
  });

  test('cancelling releases the hold; a cancelled purchase cannot be confirmed', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('20');
    const held = await calculate({ cardNumber, payWithBonuses: '9' });
    expect((await calculate({ cardNumber, payWithBonuses: '9' })).errors).toEqual([]);
    expect((await calculate({ cardNumber, payWithBonuses: '9' })).errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
    const { cancelPurchase } = await request(
      env.platform.gatewayUrl,
      CancelPurchaseDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: held.purchase?.id as string, reason: 'customer left' } },
      { token: tills[0]?.token },
    );
    expect(cancelPurchase.purchase).toMatchObject({ state: 'CANCELLED', cancelReason: 'customer left' });
    expect((await calculate({ cardNumber, payWithBonuses: '9' })).errors).toEqual([]);
    expect((await confirm(held.purchase?.id as string)).errors.map((e) => e.code)).toEqual(['PURCHASE_NOT_PENDING']);
    expect((await balance(memberId))?.active).toBe('20.00');
  });

  test('a purchase left pending past its time releases its hold, cannot be confirmed, and is cancelled by the sweep', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('10');
    const stale = await calculate({ cardNumber, payWithBonuses: '9' });
    env.platform.clock.advance(16 * 60_000);
    expect((await confirm(stale.purchase?.id as string)).errors.map((e) => e.code)).toEqual(['PURCHASE_EXPIRED']);
    const fresh = await calculate({ cardNumber, payWithBonuses: '9' });
    expect(fresh.errors).toEqual([]);
    expect(await env.platform.ledger.cancelStalePurchases()).toBeGreaterThanOrEqual(1);
    expect((await confirm(fresh.purchase?.id as string)).purchase?.state).toBe('CONFIRMED');
    expect((await balance(memberId))?.active).toBe('1.00');
  });

  test('two terminals paying with the same points at once: one succeeds, the balance never goes negative', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('12');
    const lines = [{ product: 'tv', price: '100.00', quantity: '1' }];
    const attempts = await Promise.all(
      (tills as SeededTerminal[]).map(async (till) => {
        const calculated = await calculate({ cardNumber, payWithBonuses: '10', lines }, till);
        if (calculated.errors.length > 0) return calculated.errors[0]?.code;
        const confirmed = await confirm(calculated.purchase?.id as string, randomUUID(), till);
        return confirmed.errors[0]?.code ?? 'CONFIRMED';
      }),
    );
    expect(attempts.sort()).toEqual(['CONFIRMED', 'INSUFFICIENT_BALANCE']);
    expect(await balance(memberId)).toMatchObject({ active: '2.00', totalDeducted: '10.00' });
  });

  test('duplicates of one call racing each other apply once: every copy gets the same purchase, paid once', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('20');
    const idempotencyKey = randomUUID();
    const calculated = await Promise.all([1, 2, 3, 4].map(() => calculate({ idempotencyKey, cardNumber, payWithBonuses: '5' })));
    const purchaseIds = new Set(calculated.map((c) => c.purchase?.id));
    expect(purchaseIds.size).toBe(1);
    const purchaseId = [...purchaseIds][0] as string;
    const confirmKey = randomUUID();
    const confirmed = await Promise.all([1, 2, 3, 4].map(() => confirm(purchaseId, confirmKey)));
    expect(confirmed.map((c) => c.purchase?.state)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
    expect(await querySql(env.platform, 'SELECT id FROM ledger.purchases WHERE member_id = $1', [memberId])).toHaveLength(1);
    expect((await balance(memberId))?.totalDeducted).toBe('5.00');
  });

  test('a confirmation naming its purchase in capitals keeps the purchase’s own id under its key', async () => {
    const calculated = await calculate({});
    const purchaseId = calculated.purchase?.id as string;
    const confirmKey = randomUUID();
    const first = await confirm(purchaseId.toUpperCase(), confirmKey);
    const again = await confirm(purchaseId.toUpperCase(), confirmKey);
    expect([first.purchase?.id, again.purchase?.id]).toEqual([purchaseId, purchaseId]);
    const { purchaseByIdempotencyKey } = await request(
      env.platform.gatewayUrl,
      PurchaseByIdempotencyKeyDocument,
      { key: confirmKey },
      { token: tills[0]?.token },
    );
    expect(purchaseByIdempotencyKey).toEqual({ id: purchaseId, state: 'CONFIRMED' });
  });

  test('operators racing a terminal over one balance cannot take the bonuses a pending purchase holds', async () => {
    const { memberId, cardNumber } = await memberWithBonuses('100');
    const held = await calculate({ cardNumber, payWithBonuses: '80', lines: [{ product: 'sofa', price: '200.00', quantity: '1' }] });
    expect(held.purchase?.bonusPayment).toBe('80.00');
    const deduct = (amount = '10') =>
      request(env.platform.gatewayUrl, DeductBonusesDocument, { input: { memberId, amount, reason: 'correction' } }, { token: env.company.adminToken }).then(
        ({ deductBonuses }) => deductBonuses.errors[0]?.code ?? 'DEDUCTED',
      );
    // Only the 20 not held are the operator's to take.
    expect(await deduct('20.01')).toBe('INSUFFICIENT_BALANCE');
    const [confirmed, ...deductions] = await Promise.all([
      confirm(held.purchase?.id as string).then((c) => c.errors[0]?.code ?? 'CONFIRMED'),
      ...Array.from({ length: 5 }, () => deduct()),
    ]);
    expect(confirmed).toBe('CONFIRMED');
    expect(deductions.sort()).toEqual(['DEDUCTED', 'DEDUCTED', 'INSUFFICIENT_BALANCE', 'INSUFFICIENT_BALANCE', 'INSUFFICIENT_BALANCE']);
    // 100 - 80 paid - 20 deducted; the purchase's 6.00 accrual activates in two days.
    expect(await balance(memberId)).toMatchObject({ active: '0.00', nonActivated: '6.00', totalDeducted: '80.00' });
  });
});

describe('replays of history', () => {
  test('a return’s take-back stays on the purchase’s own lot (not active yet) when a back-dated change replays the history after it', async () => {
    const before = env.platform.clock.now();
    const { memberId, cardNumber } = await memberWithBonuses('20');
    const calculated = await calculate({ cardNumber });
    const purchaseId = calculated.purchase?.id as string;
    expect((await confirm(purchaseId)).errors).toEqual([]);
    // 5 % of 19.40: 0.97, activating in 2 days; returned at once, the take-back comes from that lot.
    expect(await balance(memberId)).toMatchObject({ active: '20.00', nonActivated: '0.97' });
    const { refundPurchase } = await request(
      env.platform.gatewayUrl,
      RefundPurchaseDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId, lines: null } },
      { token: env.company.adminToken },
    );
    expect(refundPurchase.errors).toEqual([]);
    expect(await balance(memberId)).toMatchObject({ active: '20.00', nonActivated: '0.00', totalAccrued: '20.00' });
    // A correction dated before all of it replays every later spend; the take-back must not move.
    const correction = await request(
      env.platform.gatewayUrl,
      AccrueBonusesDocument,
      { input: { memberId, amount: '1', effectiveAt: before.toISOString(), reason: 'missed accrual' } },
      { token: env.company.adminToken },
    );
    expect(correction.accrueBonuses.errors).toEqual([]);
    expect(await balance(memberId)).toMatchObject({ active: '21.00', nonActivated: '0.00', totalAccrued: '21.00', totalDeducted: '0.00' });
  });
});

test('an adapter that lost a response learns the state without replaying the call', async () => {
  const [till, other] = tills as [SeededTerminal, SeededTerminal];
  const key = randomUUID();
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: key, lines: LINES } },
    { token: till.token },
  );
  const id = calculatePurchase.purchase?.id as string;
  const byKey = async (token: string) =>
    (await request(env.platform.gatewayUrl, PurchaseByIdempotencyKeyDocument, { key }, { token })).purchaseByIdempotencyKey;
  expect(await byKey(till.token)).toEqual({ id, state: 'PENDING' });
  // Keys belong to the terminal that used them.
  expect(await byKey(other.token)).toBeNull();
  await confirm(id);
  expect(await byKey(till.token)).toEqual({ id, state: 'CONFIRMED' });
  const byId = async (token: string) => (await request(env.platform.gatewayUrl, PurchaseByIdDocument, { id }, { token })).purchase;
  expect(await byId(other.token)).toMatchObject({ id, state: 'CONFIRMED' });
  expect(await byId(env.company.adminToken)).toMatchObject({ id });
  expect(await byId(till.token)).toMatchObject({ id });
  expect((await request(env.platform.gatewayUrl, PurchaseByIdDocument, { id: randomUUID() }, { token: till.token })).purchase).toBeNull();
});

test('a refused call replayed with its key is refused the same way, even once the state that refused it changed', async () => {
  const { memberId, cardNumber } = await memberWithBonuses('0');
  const key = randomUUID();
  const send = () =>
    request(
      env.platform.gatewayUrl,
      CalculatePurchaseDocument,
      { input: { idempotencyKey: key, cardNumber, lines: LINES, payWithBonuses: '5' } },
      { token: (tills[0] as SeededTerminal).token },
    );
  expect((await send()).calculatePurchase.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId, amount: '50' } }, { token: env.company.adminToken });
  expect((await send()).calculatePurchase.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
});
