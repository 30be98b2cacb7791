import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  CalculateRefundDocument,
  CancelRefundDocument,
  ConfirmPurchaseDocument,
  ConfirmRefundDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  MemberLotsDocument,
  PointOfSaleSettlementDocument,
  type RefundLineInput,
  RefundPurchaseDocument,
  RegisterOfflinePurchaseDocument,
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
  expect(calculatePurchase.purchase).toMatchObject({ accrual: '4.00', bonusPayment: '20.00' });
  const purchaseId = calculatePurchase.purchase?.id as string;
  await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: till.token });
  return { memberId: member.id, purchaseId };
}

/** A return at the till: calculated, then confirmed (each phase with its own key derived from `idempotencyKey`). */
async function refund(purchaseId: string, lines: RefundLineInput[] | null, idempotencyKey = randomUUID()) {
  const { calculateRefund } = await request(
    env.platform.gatewayUrl,
    CalculateRefundDocument,
    { input: { idempotencyKey, purchaseId, lines } },
    { token: till.token },
  );
  if (calculateRefund.errors.length > 0 || !calculateRefund.refund) return calculateRefund;
  const { confirmRefund } = await request(
    env.platform.gatewayUrl,
    ConfirmRefundDocument,
    { input: { idempotencyKey: `${idempotencyKey}:confirm`, refundId: calculateRefund.refund.id } },
    { token: till.token },
  );
  return confirmRefund;
}

async function balance(memberId: string, asOf: Date | null = null) {
  const variables = { id: memberId, asOf: asOf?.toISOString() ?? null };
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, variables, { token: env.company.adminToken })).member?.balance;
}

test('partial returns give back paid bonuses and take back accrued ones in proportion; together they undo the purchase exactly', async () => {
  const { memberId, purchaseId } = await confirmedPurchase();
  expect(await balance(memberId)).toMatchObject({ active: '34.00', totalDeducted: '20.00' });
  // One pair of socks of four: a sixth of the receipt (10 of 60).
  const key = randomUUID();
  const first = await refund(purchaseId, [{ lineNo: 1, quantity: '1' }], key);
  expect(first.purchase?.refunds).toEqual([
    { lines: [{ lineNo: 1, quantity: '1' }], bonusReturned: '3.33', accrualTakenBack: '0.66', accrualForgiven: '0.00', accrualOwed: '0.00' },
  ]);
  expect((await refund(purchaseId, [{ lineNo: 1, quantity: '1' }], key)).purchase?.refunds).toHaveLength(1);
  expect((await balance(memberId))?.active).toBe('36.67');
  // The rest of it: exactly what the purchase paid and accrued is back.
  const rest = await refund(purchaseId, null);
  expect(rest.errors).toEqual([]);
  // As if the purchase had never been: 50 accrued, nothing spent.
  expect(await balance(memberId)).toMatchObject({ active: '50.00', nonActivated: '0.00', totalAccrued: '50.00', totalDeducted: '0.00' });
  const nothingLeft = await refund(purchaseId, null);
  expect(nothingLeft.errors.map((e) => e.code)).toEqual(['INVALID_RECEIPT']);
  const tooMany = await refund((await confirmedPurchase()).purchaseId, [{ lineNo: 1, quantity: '5' }]);
  expect(tooMany.errors).toEqual([expect.objectContaining({ code: 'INVALID_RECEIPT' })]);
});

test('a line named twice is one line: returns never give back more than the purchase paid, however they are worded or raced', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '100' } }, { token: env.company.adminToken });
  const buy = async () => {
    const lines = [{ product: 'mug', price: '6.00', quantity: '3' }];
    const input = { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '9' };
    const { calculatePurchase } = await request(env.platform.gatewayUrl, CalculatePurchaseDocument, { input }, { token: till.token });
    expect(calculatePurchase.purchase).toMatchObject({ bonusPayment: '9.00', accrual: '0.90' });
    const purchaseId = calculatePurchase.purchase?.id as string;
    await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: till.token });
    return purchaseId;
  };
  const purchaseId = await buy();
  expect((await balance(member.id))?.active).toBe('91.90');
  // Two units named as two entries of line 1: 6.00 back, not 9.00.
  const twice = await refund(purchaseId, [
    { lineNo: 1, quantity: '1' },
    { lineNo: 1, quantity: '1' },
  ]);
  expect(twice.purchase?.refunds).toEqual([
    expect.objectContaining({ lines: [{ lineNo: 1, quantity: '2' }], bonusReturned: '6.00', accrualTakenBack: '0.60' }),
  ]);
  const last = await refund(purchaseId, [{ lineNo: 1, quantity: '1' }]);
  expect(last.purchase?.refunds[1]).toMatchObject({ bonusReturned: '3.00', accrualTakenBack: '0.30' });
  expect((await refund(purchaseId, [{ lineNo: 1, quantity: '1' }])).errors.map((e) => e.code)).toEqual(['INVALID_RECEIPT']);
  expect(await balance(member.id)).toMatchObject({ active: '100.00', totalDeducted: '0.00', totalAccrued: '100.00' });

  // Five returns of everything, sent at once: one is applied, the others find nothing left.
  const raced = await buy();
  const answers = await Promise.all(Array.from({ length: 5 }, () => refund(raced, null)));
  expect(answers.filter((a) => a.errors.length === 0)).toHaveLength(1);
  expect(answers.flatMap((a) => a.errors.map((e) => e.code)).every((code) => code === 'INVALID_RECEIPT')).toBe(true);
  expect(await balance(member.id)).toMatchObject({ active: '100.00', totalDeducted: '0.00', totalAccrued: '100.00' });
});

test('accrued bonuses already spent are taken back from the balance, bonuses the return gives back included', async () => {
  const { memberId, purchaseId } = await confirmedPurchase();
  await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId, amount: '34', reason: 'spent elsewhere' } },
    { token: env.company.adminToken },
  );
  expect((await balance(memberId))?.active).toBe('0.00');
  // Returning the hat: its 6.67 paid bonuses come back, and its 1.33 accrued is taken back from them.
  const result = await refund(purchaseId, [{ lineNo: 2, quantity: '1' }]);
  expect(result.purchase?.refunds[0]).toMatchObject({ bonusReturned: '6.67', accrualTakenBack: '1.33', accrualForgiven: '0.00' });
  expect((await balance(memberId))?.active).toBe('5.34');
  // The socks: 13.33 back, 2.67 taken back: nothing is forgiven while the balance covers it.
  const socks = await refund(purchaseId, null);
  expect(socks.purchase?.refunds[1]).toMatchObject({ bonusReturned: '13.33', accrualTakenBack: '2.67', accrualForgiven: '0.00' });
  // Paid bonuses come back (as a lot of their own): the payment is undone, so totalDeducted is back to 0.
  expect(await balance(memberId)).toMatchObject({ active: '16.00', totalDeducted: '0.00', totalAccrued: '16.00', expired: '0.00', nonActivated: '0.00' });
});

/** A member whose 60.00 purchase at `at` accrued 6, all of it spent since. */
async function spentAccrual(at: SeededTerminal) {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'coat', price: '60.00', quantity: '1' }] } },
    { token: at.token },
  );
  const purchaseId = calculatePurchase.purchase?.id as string;
  await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: at.token });
  await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId: member.id, amount: '6', reason: 'spent' } },
    { token: env.company.adminToken },
  );
  return { memberId: member.id, purchaseId };
}

test('a point of sale that forgives: the spent accrual is let go and recorded on the return', async () => {
  const forgiving = await seedTerminal(env.platform, env.company.adminToken, { returnPolicy: 'FORGIVE' });
  const { memberId, purchaseId } = await spentAccrual(forgiving);
  const result = await refund(purchaseId, null);
  expect(result.purchase?.refunds[0]).toMatchObject({ bonusReturned: '0.00', accrualTakenBack: '0.00', accrualForgiven: '6.00', accrualOwed: '0.00' });
  expect(await balance(memberId)).toMatchObject({ active: '0.00', debt: '0.00' });
});

test('a point of sale that writes off to negative: the balance goes below zero and the next accruals repay the debt first', async () => {
  const { memberId, purchaseId } = await spentAccrual(till);
  const beforeReturn = env.platform.clock.now();
  env.platform.clock.advance(1000);
  const result = await refund(purchaseId, null);
  expect(result.purchase?.refunds[0]).toMatchObject({ accrualTakenBack: '0.00', accrualForgiven: '0.00', accrualOwed: '6.00' });
  // totalAccrued (6 accrued, less the manual 6, less the 6 owed) = active (-6) + nonActivated + totalDeducted + expired (0).
  expect(await balance(memberId)).toMatchObject({ active: '-6.00', debt: '6.00', totalAccrued: '-6.00', totalDeducted: '0.00' });
  // A member in debt cannot pay.
  const memberCard = (await querySql<{ number: string }>(env.platform, 'SELECT number FROM ledger.card_refs WHERE member_id = $1', [memberId]))[0]?.number;
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber: memberCard, lines: [{ product: 'tea', price: '10.00', quantity: '1' }], payWithBonuses: '1' } },
    { token: till.token },
  );
  expect(calculatePurchase.errors[0]?.code).toBe('INSUFFICIENT_BALANCE');
  env.platform.clock.advance(1000);
  const afterReturn = env.platform.clock.now();
  env.platform.clock.advance(1000);
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId, amount: '10' } }, { token: env.company.adminToken });
  expect(await balance(memberId)).toMatchObject({ active: '4.00', debt: '0.00', totalAccrued: '4.00' });
  // As of moments in between, the debt shows exactly when it existed.
  expect(await balance(memberId, beforeReturn)).toMatchObject({ active: '0.00', debt: '0.00' });
  expect(await balance(memberId, afterReturn)).toMatchObject({ active: '-6.00', debt: '6.00' });
});

test('a return at the till is calculated first: nothing changes, its quantities are reserved and what it takes back is held; cancelling frees both', async () => {
  const { memberId, purchaseId } = await confirmedPurchase();
  // 50 accrued, 20 paid, 4 accrued by the purchase: 34 active.
  await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId, amount: '33', reason: 'spent elsewhere' } },
    { token: env.company.adminToken },
  );
  const { calculateRefund } = await request(
    env.platform.gatewayUrl,
    CalculateRefundDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, lines: [{ lineNo: 2, quantity: '1' }] } },
    { token: till.token },
  );
  expect(calculateRefund.errors).toEqual([]);
  // The hat: 6.67 to give back, 1.33 to take back. The deduction spent the older lot and 3 of the
  // purchase's own 4: the 1 left (active, so spendable elsewhere) is all it can hold.
  expect(calculateRefund.refund).toMatchObject({ state: 'PENDING', bonusReturned: '6.67', accrualTakenBack: '1.33', hold: '1.00' });
  expect(await balance(memberId)).toMatchObject({ active: '1.00', totalDeducted: '20.00' });
  // The hat is reserved: another return of it finds nothing left.
  const again = await request(
    env.platform.gatewayUrl,
    CalculateRefundDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, lines: [{ lineNo: 2, quantity: '1' }] } },
    { token: till.token },
  );
  expect(again.calculateRefund.errors.map((e) => e.code)).toEqual(['INVALID_RECEIPT']);
  // The held bonus cannot be deducted meanwhile.
  const taking = await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId, amount: '1', reason: 'x' } },
    { token: env.company.adminToken },
  );
  expect(taking.deductBonuses.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  const { cancelRefund } = await request(
    env.platform.gatewayUrl,
    CancelRefundDocument,
    { input: { idempotencyKey: randomUUID(), refundId: calculateRefund.refund?.id as string } },
    { token: till.token },
  );
  expect(cancelRefund.refund).toMatchObject({ state: 'CANCELLED' });
  expect(await balance(memberId)).toMatchObject({ active: '1.00', totalDeducted: '20.00' });
  const confirmLate = await request(
    env.platform.gatewayUrl,
    ConfirmRefundDocument,
    { input: { idempotencyKey: randomUUID(), refundId: calculateRefund.refund?.id as string } },
    { token: till.token },
  );
  expect(confirmLate.confirmRefund.errors.map((e) => e.code)).toEqual(['REFUND_NOT_PENDING']);
  // Free again: returned and confirmed, the balance moves only now.
  const done = await refund(purchaseId, [{ lineNo: 2, quantity: '1' }]);
  expect(done.errors).toEqual([]);
  expect(await balance(memberId)).toMatchObject({ active: '6.34', totalDeducted: '13.33' });
});

test('a pending return left past its hold time lapses: its quantities are free again and the sweep cancels it', async () => {
  const { purchaseId } = await confirmedPurchase();
  const { calculateRefund } = await request(
    env.platform.gatewayUrl,
    CalculateRefundDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, lines: null } },
    { token: till.token },
  );
  env.platform.clock.advance(16 * 60_000);
  const late = await request(
    env.platform.gatewayUrl,
    ConfirmRefundDocument,
    { input: { idempotencyKey: randomUUID(), refundId: calculateRefund.refund?.id as string } },
    { token: till.token },
  );
  expect(late.confirmRefund.errors.map((e) => e.code)).toEqual(['REFUND_EXPIRED']);
  expect((await refund(purchaseId, null)).errors).toEqual([]);
  await env.platform.ledger.cancelStalePurchases();
  const [row] = await querySql<{ state: string }>(env.platform, 'SELECT state::text FROM ledger.purchase_refunds WHERE id = $1', [calculateRefund.refund?.id]);
  expect(row?.state).toBe('CANCELLED');
});

test('back office returns in one step; terminals use the two-phase set', async () => {
  const { memberId, purchaseId } = await confirmedPurchase();
  const byTill = await call(
    env.platform.gatewayUrl,
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, lines: null } },
    { token: till.token },
  );
  expect(errorCodes(byTill)).toEqual(['FORBIDDEN']);
  const { refundPurchase } = await request(
    env.platform.gatewayUrl,
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, lines: null } },
    { token: env.company.adminToken },
  );
  expect(refundPurchase.refund?.state).toBe('CONFIRMED');
  expect(await balance(memberId)).toMatchObject({ active: '50.00', totalDeducted: '0.00' });
});

test('a point of sale’s settlement adds up what its confirmed operations moved, nothing pending', async () => {
  const at = await seedTerminal(env.platform, env.company.adminToken);
  const from = new Date(env.platform.clock.now().getTime() - 1000);
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '50' } }, { token: env.company.adminToken });
  const lines = [{ product: 'coat', price: '40.00', quantity: '1' }];
  const purchase = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '10' } },
    { token: at.token },
  );
  const purchaseId = purchase.calculatePurchase.purchase?.id as string;
  const settlementNow = async () => {
    const to = new Date(env.platform.clock.now().getTime() + 60_000);
    const { company } = await request(
      env.platform.gatewayUrl,
      PointOfSaleSettlementDocument,
      { from: from.toISOString(), to: to.toISOString() },
      { token: env.company.adminToken },
    );
    return company?.pointsOfSale.find((p) => p.id === at.pointOfSaleId)?.settlement;
  };
  expect(await settlementNow()).toEqual([]);
  // A period that ends before it starts is the caller's mistake, not an internal error.
  const backwards = await call(
    env.platform.gatewayUrl,
    PointOfSaleSettlementDocument,
    { from: from.toISOString(), to: from.toISOString() },
    { token: env.company.adminToken },
  );
  expect([...new Set(errorCodes(backwards))]).toEqual(['BAD_USER_INPUT']); // one per point of sale asked
  await request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: at.token });
  // 10 % of the 30 paid in money: 3 issued; 10 accepted as payment.
  expect(await settlementNow()).toEqual([
    expect.objectContaining({ currency: 'BONUS', purchaseAccruals: '3.00', payments: '10.00', issued: '3.00', accepted: '10.00' }),
  ]);
  const { calculateRefund } = await request(
    env.platform.gatewayUrl,
    CalculateRefundDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId, lines: null } },
    { token: at.token },
  );
  expect((await settlementNow())?.[0]).toMatchObject({ issued: '3.00', accepted: '10.00' });
  await request(
    env.platform.gatewayUrl,
    ConfirmRefundDocument,
    { input: { idempotencyKey: randomUUID(), refundId: calculateRefund.refund?.id as string } },
    { token: at.token },
  );
  expect((await settlementNow())?.[0]).toMatchObject({ paymentsReturned: '10.00', accrualsTakenBack: '3.00', issued: '0.00', accepted: '0.00' });
});

describe('what review found', () => {
  /** A member with a card and `bonuses` accrued with these options. */
  async function memberWith(bonuses: string, options: { expiresAt?: string } = {}) {
    const { member } = await registerMember(env.platform, env.company.adminToken);
    await request(
      env.platform.gatewayUrl,
      AccrueBonusesDocument,
      { input: { memberId: member.id, amount: bonuses, ...options } },
      { token: env.company.adminToken },
    );
    return { memberId: member.id, cardNumber: member.cards[0]?.number as string };
  }

  async function buy(cardNumber: string, price: string, quantity = '1', payWithBonuses = '0', at = till) {
    const lines = [{ product: 'thing', price, quantity }];
    const { calculatePurchase } = await request(
      env.platform.gatewayUrl,
      CalculatePurchaseDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses } },
      { token: at.token },
    );
    expect(calculatePurchase.errors).toEqual([]);
    const purchaseId = calculatePurchase.purchase?.id as string;
    return {
      purchaseId,
      confirm: () => request(env.platform.gatewayUrl, ConfirmPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: at.token }),
    };
  }

  test('paid bonuses a return gives back keep the expiry of the lots the payment drew', async () => {
    const expiresAt = new Date(env.platform.clock.now().getTime() + 2 * 24 * 3600_000).toISOString();
    const { memberId, cardNumber } = await memberWith('100', { expiresAt });
    const purchase = await buy(cardNumber, '100.00', '1', '50');
    await purchase.confirm();
    expect((await refund(purchase.purchaseId, null)).errors).toEqual([]);
    const { member } = await request(env.platform.gatewayUrl, MemberLotsDocument, { id: memberId, asOf: null, first: 10 }, { token: env.company.adminToken });
    // The 10 % accrual on the 50 paid in money was taken back; everything paid comes back expiring as before.
    expect(member?.balance?.lots.filter((lot) => lot.remaining !== '0.00').map((lot) => [lot.remaining, lot.expiresAt])).toEqual([
      ['50.00', expiresAt],
      ['50.00', expiresAt],
    ]);
  });

  test('an accrual that already expired unspent is not taken back a second time from the balance', async () => {
    await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { lifetimeDays: 1 } }, { token: env.company.adminToken });
    try {
      const { memberId, cardNumber } = await memberWith('100');
      const occurredAt = new Date(env.platform.clock.now().getTime() - 5 * 24 * 3600_000).toISOString();
      const { registerOfflinePurchase } = await request(
        env.platform.gatewayUrl,
        RegisterOfflinePurchaseDocument,
        { input: { idempotencyKey: randomUUID(), occurredAt, cardNumber, lines: [{ product: 'coat', price: '100.00', quantity: '1' }] } },
        { token: till.token },
      );
      expect(registerOfflinePurchase.purchase?.accrual).toBe('10.00');
      expect(await balance(memberId)).toMatchObject({ active: '100.00', expired: '10.00' });
      const returned = await refund(registerOfflinePurchase.purchase?.id as string, null);
      expect(returned.refund).toMatchObject({ accrualTakenBack: '10.00', accrualOwed: '0.00', accrualForgiven: '0.00' });
      expect(await balance(memberId)).toMatchObject({ active: '100.00' });
    } finally {
      await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { lifetimeDays: null } }, { token: env.company.adminToken });
    }
  });

  test('a return does not take bonuses a pending purchase holds: what it cannot take is owed instead', async () => {
    const { member } = await registerMember(env.platform, env.company.adminToken);
    const cardNumber = member.cards[0]?.number as string;
    const first = await buy(cardNumber, '100.00');
    await first.confirm();
    expect((await balance(member.id))?.active).toBe('10.00');
    // Another till holds those 10 for a purchase paid with bonuses.
    const holding = await buy(cardNumber, '20.00', '1', '10');
    const returned = await refund(first.purchaseId, null);
    expect(returned.refund).toMatchObject({ accrualTakenBack: '0.00', accrualOwed: '10.00' });
    expect((await holding.confirm()).confirmPurchase.errors).toEqual([]);
    // The held purchase paid its 10; its own accrual (10 % of the 10 paid in money) repaid 1 of the debt.
    expect(await balance(member.id)).toMatchObject({ debt: '9.00', active: '-9.00', totalDeducted: '10.00' });
  });

  test('a pending return cancelled in between leaves the others exact to the cent', async () => {
    const { member } = await registerMember(env.platform, env.company.adminToken);
    const cardNumber = member.cards[0]?.number as string;
    await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '50' } }, { token: env.company.adminToken });
    const purchase = await buy(cardNumber, '3.34', '3');
    await purchase.confirm();
    expect((await balance(member.id))?.active).toBe('51.00');
    const calculate = async (quantity: string) =>
      (
        await request(
          env.platform.gatewayUrl,
          CalculateRefundDocument,
          { input: { idempotencyKey: randomUUID(), purchaseId: purchase.purchaseId, lines: [{ lineNo: 1, quantity }] } },
          { token: till.token },
        )
      ).calculateRefund.refund?.id as string;
    const decoy = await calculate('1');
    const kept = await calculate('2');
    await request(env.platform.gatewayUrl, CancelRefundDocument, { input: { idempotencyKey: randomUUID(), refundId: decoy } }, { token: till.token });
    await request(env.platform.gatewayUrl, ConfirmRefundDocument, { input: { idempotencyKey: randomUUID(), refundId: kept } }, { token: till.token });
    expect((await refund(purchase.purchaseId, null)).errors).toEqual([]);
    expect(await balance(member.id)).toMatchObject({ active: '50.00', totalAccrued: '50.00' });
  });
});
