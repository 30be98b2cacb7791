import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { createSignedInOperator, querySql, registerMember, type SeededTerminal, seedTerminal, seedTerminalAt, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculateManualOperationDocument,
  CalculatePurchaseDocument,
  ConfirmManualOperationDocument,
  ConfirmPurchaseDocument,
  CreateLimitDocument,
  DeductBonusesDocument,
  LimitAlertsDocument,
  type LimitDefinition,
  LimitsDocument,
  MemberBalanceDocument,
  UpdateLimitDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;
let secondTill: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
  secondTill = await seedTerminalAt(env.platform, env.company.adminToken, till.pointOfSaleId);
  // 10 % back at once; up to the whole receipt payable with bonuses.
  await request(
    env.platform.gatewayUrl,
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '10', maxPaymentShare: '1' } },
    { token: env.company.adminToken },
  );
});

const admin = () => ({ token: env.company.adminToken });

async function member(startingBalance = '0') {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  if (startingBalance !== '0') await accrue({ memberId: member.id, amount: startingBalance }, admin());
  return { id: member.id, cardNumber };
}

/** Calculate and confirm at a till; the first refusal's code, or null when both went through. */
async function purchase(at: SeededTerminal, cardNumber: string | null, price: string, payWithBonuses: string | null = null) {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'coffee', price, quantity: '1' }], payWithBonuses } },
    { token: at.token },
  );
  if (calculatePurchase.errors.length > 0) return calculatePurchase.errors[0];
  const purchaseId = calculatePurchase.purchase?.id as string;
  const { confirmPurchase } = await request(
    env.platform.gatewayUrl,
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId } },
    { token: at.token },
  );
  return confirmPurchase.errors[0] ?? null;
}

/** A manual operation: one step for an operator, calculate + confirm for a terminal (the two-phase set of the till). */
async function manual(
  kind: 'ACCRUAL' | 'DEDUCTION',
  input: { memberId?: string; cardNumber?: string; amount: string },
  auth: { token: string; terminalId?: string },
) {
  if (!auth.terminalId) {
    if (kind === 'ACCRUAL') return (await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input }, auth)).accrueBonuses.errors[0] ?? null;
    const deduction = { input: { ...input, reason: 'correction' } };
    return (await request(env.platform.gatewayUrl, DeductBonusesDocument, deduction, auth)).deductBonuses.errors[0] ?? null;
  }
  const calculation = { idempotencyKey: randomUUID(), cardNumber: input.cardNumber as string, kind, amount: input.amount, reason: 'correction' };
  const { calculateManualOperation } = await request(env.platform.gatewayUrl, CalculateManualOperationDocument, { input: calculation }, auth);
  if (calculateManualOperation.errors.length > 0) return calculateManualOperation.errors[0];
  const confirmation = { idempotencyKey: randomUUID(), manualOperationId: calculateManualOperation.manualOperation?.id as string };
  const { confirmManualOperation } = await request(env.platform.gatewayUrl, ConfirmManualOperationDocument, { input: confirmation }, auth);
  return confirmManualOperation.errors[0] ?? null;
}

const accrue = (input: { memberId?: string; cardNumber?: string; amount: string }, auth: { token: string; terminalId?: string }) =>
  manual('ACCRUAL', input, auth);
const deduct = (input: { memberId?: string; cardNumber?: string; amount: string }, auth: { token: string; terminalId?: string }) =>
  manual('DEDUCTION', input, auth);

async function balance(memberId: string) {
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId }, admin())).member?.balance;
}

/** A limit active for the duration of `run`: limits are company-wide, so each case switches its own off after it. */
async function withLimit(definition: Omit<LimitDefinition, 'name'>, run: (limitId: string) => Promise<void>) {
  const input = { name: `${definition.metric} ${definition.refuseAbove}`, ...definition };
  const { createLimit } = await request(env.platform.gatewayUrl, CreateLimitDocument, { input }, admin());
  expect(createLimit.errors).toEqual([]);
  const limitId = createLimit.limit?.id as string;
  try {
    await run(limitId);
  } finally {
    await request(env.platform.gatewayUrl, UpdateLimitDocument, { input: { limitId, definition: input, active: false } }, admin());
  }
}

/** A new point of sale with two terminals, for measures that count everything a terminal or point of sale did. */
async function freshTills(): Promise<[SeededTerminal, SeededTerminal]> {
  const first = await seedTerminal(env.platform, env.company.adminToken);
  return [first, await seedTerminalAt(env.platform, env.company.adminToken, first.pointOfSaleId)];
}

function expectRefusedBy(error: { code: string; message: string } | null | undefined, metric: string) {
  expect(error?.code).toBe('LIMIT_EXCEEDED');
  expect(error?.message).toContain(metric);
}

describe('every limit, at its boundary: the operation reaching it passes, the one crossing it is refused', () => {
  test('CARD_ACCRUAL_PER_PURCHASE', () =>
    withLimit({ metric: 'CARD_ACCRUAL_PER_PURCHASE', refuseAbove: '5' }, async () => {
      const { cardNumber } = await member();
      expect(await purchase(till, cardNumber, '50.00')).toBeNull();
      expectRefusedBy(await purchase(till, cardNumber, '50.10'), 'CARD_ACCRUAL_PER_PURCHASE');
    }));

  test('CARD_PAYMENT_PER_PURCHASE', () =>
    withLimit({ metric: 'CARD_PAYMENT_PER_PURCHASE', refuseAbove: '10' }, async () => {
      const { cardNumber } = await member('100');
      expect(await purchase(till, cardNumber, '30.00', '10')).toBeNull();
      expectRefusedBy(await purchase(till, cardNumber, '30.00', '10.01'), 'CARD_PAYMENT_PER_PURCHASE');
    }));

  test('CARD_ACCRUED per day: purchases and manual accruals add up', () =>
    withLimit({ metric: 'CARD_ACCRUED', period: 'DAY', refuseAbove: '8' }, async () => {
      const { id, cardNumber } = await member();
      expect(await purchase(till, cardNumber, '50.00')).toBeNull();
      expect(await accrue({ memberId: id, amount: '3' }, admin())).toBeNull();
      expectRefusedBy(await purchase(till, cardNumber, '0.10'), 'CARD_ACCRUED');
      expectRefusedBy(await accrue({ memberId: id, amount: '0.01' }, admin()), 'CARD_ACCRUED');
    }));

  test('CARD_DEDUCTED per day: payments and manual deductions add up', () =>
    withLimit({ metric: 'CARD_DEDUCTED', period: 'DAY', refuseAbove: '15' }, async () => {
      const { id, cardNumber } = await member('100');
      expect(await purchase(till, cardNumber, '20.00', '10')).toBeNull();
      expect(await deduct({ memberId: id, amount: '5' }, admin())).toBeNull();
      expectRefusedBy(await deduct({ memberId: id, amount: '0.01' }, admin()), 'CARD_DEDUCTED');
      expectRefusedBy(await purchase(till, cardNumber, '20.00', '0.01'), 'CARD_DEDUCTED');
    }));

  test('CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE per day, whichever terminal of it', () =>
    withLimit({ metric: 'CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE', period: 'DAY', refuseAbove: '2' }, async () => {
      const { cardNumber } = await member();
      expect(await purchase(till, cardNumber, '10.00')).toBeNull();
      expect(await purchase(secondTill, cardNumber, '10.00')).toBeNull();
      expectRefusedBy(await purchase(till, cardNumber, '10.00'), 'CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE');
      // Another point of sale is another count.
      const elsewhere = await seedTerminal(env.platform, env.company.adminToken);
      expect(await purchase(elsewhere, cardNumber, '10.00')).toBeNull();
    }));

  test('CARD_MANUAL_OPERATIONS_AT_TERMINAL per day: a cashier’s manual accruals and deductions on one card', () =>
    withLimit({ metric: 'CARD_MANUAL_OPERATIONS_AT_TERMINAL', period: 'DAY', refuseAbove: '2' }, async () => {
      const { id, cardNumber } = await member('10');
      expect(await accrue({ cardNumber, amount: '1' }, till)).toBeNull();
      expect(await deduct({ cardNumber, amount: '1' }, till)).toBeNull();
      expectRefusedBy(await accrue({ cardNumber, amount: '1' }, till), 'CARD_MANUAL_OPERATIONS_AT_TERMINAL');
      expect(await accrue({ cardNumber, amount: '1' }, secondTill)).toBeNull();
      expect(await accrue({ memberId: id, amount: '1' }, admin())).toBeNull();
    }));

  test('CARD_PURCHASES_AT_TERMINAL per day', () =>
    withLimit({ metric: 'CARD_PURCHASES_AT_TERMINAL', period: 'DAY', refuseAbove: '2' }, async () => {
      const { cardNumber } = await member();
      expect(await purchase(till, cardNumber, '1.00')).toBeNull();
      expect(await purchase(till, cardNumber, '1.00')).toBeNull();
      expectRefusedBy(await purchase(till, cardNumber, '1.00'), 'CARD_PURCHASES_AT_TERMINAL');
      expect(await purchase(secondTill, cardNumber, '1.00')).toBeNull();
    }));

  test('a calendar day starts again at midnight in the company’s time zone, where a rolling one would still count', () =>
    withLimit({ metric: 'CARD_PURCHASES_AT_TERMINAL', period: 'DAY', window: 'CALENDAR', refuseAbove: '1' }, async () => {
      const { cardNumber } = await member();
      const now = env.platform.clock.now().getTime();
      const nextMidnight = Math.ceil(now / (24 * 3600_000)) * 24 * 3600_000;
      env.platform.clock.advance(nextMidnight - now - 2 * 60_000);
      expect(await purchase(till, cardNumber, '1.00')).toBeNull();
      expectRefusedBy(await purchase(till, cardNumber, '1.00'), 'CARD_PURCHASES_AT_TERMINAL');
      env.platform.clock.advance(3 * 60_000);
      expect(await purchase(till, cardNumber, '1.00')).toBeNull();
    }));

  test('CARD_PURCHASES_AT_POINT_OF_SALE per day', () =>
    withLimit({ metric: 'CARD_PURCHASES_AT_POINT_OF_SALE', period: 'DAY', refuseAbove: '2' }, async () => {
      const { cardNumber } = await member();
      expect(await purchase(till, cardNumber, '1.00')).toBeNull();
      expect(await purchase(secondTill, cardNumber, '1.00')).toBeNull();
      expectRefusedBy(await purchase(secondTill, cardNumber, '1.00'), 'CARD_PURCHASES_AT_POINT_OF_SALE');
    }));

  test('CARD_MAX_BALANCE: accruals stop at the maximum; paying with bonuses always may', () =>
    withLimit({ metric: 'CARD_MAX_BALANCE', refuseAbove: '100' }, async () => {
      const { id, cardNumber } = await member('95');
      expect(await purchase(till, cardNumber, '50.00')).toBeNull();
      expect((await balance(id))?.active).toBe('100.00');
      expectRefusedBy(await accrue({ memberId: id, amount: '0.01' }, admin()), 'CARD_MAX_BALANCE');
      expectRefusedBy(await purchase(till, cardNumber, '0.10'), 'CARD_MAX_BALANCE');
      // Paying 10 and accruing 1 lowers the balance: allowed.
      expect(await purchase(till, cardNumber, '20.00', '10')).toBeNull();
      expect((await balance(id))?.active).toBe('91.00');
    }));

  test('TERMINAL_PURCHASE_ACCRUALS per day, across members; subjectId narrows it to one terminal', async () => {
    const [a, b] = await freshTills();
    await withLimit({ metric: 'TERMINAL_PURCHASE_ACCRUALS', period: 'DAY', refuseAbove: '8', subjectId: a.terminalId }, async () => {
      const [first, second] = [await member(), await member()];
      expect(await purchase(a, first.cardNumber, '50.00')).toBeNull();
      expect(await purchase(a, second.cardNumber, '30.00')).toBeNull();
      expectRefusedBy(await purchase(a, first.cardNumber, '0.10'), 'TERMINAL_PURCHASE_ACCRUALS');
      expect(await purchase(b, first.cardNumber, '90.00')).toBeNull();
    });
  });

  test('TERMINAL_BONUS_PAYMENTS per day', async () => {
    const [a] = await freshTills();
    await withLimit({ metric: 'TERMINAL_BONUS_PAYMENTS', period: 'DAY', refuseAbove: '10', subjectId: a.terminalId }, async () => {
      const [first, second] = [await member('50'), await member('50')];
      expect(await purchase(a, first.cardNumber, '20.00', '6')).toBeNull();
      expect(await purchase(a, second.cardNumber, '20.00', '4')).toBeNull();
      expectRefusedBy(await purchase(a, second.cardNumber, '20.00', '0.01'), 'TERMINAL_BONUS_PAYMENTS');
    });
  });

  test('TERMINAL_MANUAL_DEDUCTIONS per day; operators are not terminals', async () => {
    const [a] = await freshTills();
    await withLimit({ metric: 'TERMINAL_MANUAL_DEDUCTIONS', period: 'DAY', refuseAbove: '10', subjectId: a.terminalId }, async () => {
      const { id, cardNumber } = await member('50');
      expect(await deduct({ cardNumber, amount: '10' }, a)).toBeNull();
      expectRefusedBy(await deduct({ cardNumber, amount: '0.01' }, a), 'TERMINAL_MANUAL_DEDUCTIONS');
      expect(await deduct({ memberId: id, amount: '10' }, admin())).toBeNull();
    });
  });

  test('TERMINAL_MANUAL_ACCRUALS per day', async () => {
    const [a] = await freshTills();
    await withLimit({ metric: 'TERMINAL_MANUAL_ACCRUALS', period: 'DAY', refuseAbove: '10', subjectId: a.terminalId }, async () => {
      const [first, second] = [await member(), await member()];
      expect(await accrue({ cardNumber: first.cardNumber, amount: '7' }, a)).toBeNull();
      expect(await accrue({ cardNumber: second.cardNumber, amount: '3' }, a)).toBeNull();
      expectRefusedBy(await accrue({ cardNumber: second.cardNumber, amount: '0.01' }, a), 'TERMINAL_MANUAL_ACCRUALS');
    });
  });

  test('POINT_OF_SALE_PURCHASES per hour, receipts without a member included; the window rolls on', async () => {
    const [a, b] = await freshTills();
    await withLimit({ metric: 'POINT_OF_SALE_PURCHASES', period: 'HOUR', refuseAbove: '2', subjectId: a.pointOfSaleId }, async () => {
      expect(await purchase(a, null, '5.00')).toBeNull();
      expect(await purchase(b, null, '5.00')).toBeNull();
      expectRefusedBy(await purchase(a, null, '5.00'), 'POINT_OF_SALE_PURCHASES');
      env.platform.clock.advance(3600_000 + 1000);
      expect(await purchase(a, null, '5.00')).toBeNull();
    });
  });
});

test('a refused operation changes nothing and is recorded for the security service, naming the limit', async () => {
  await withLimit({ metric: 'CARD_ACCRUAL_PER_PURCHASE', refuseAbove: '1' }, async (limitId) => {
    const { id, cardNumber } = await member('20');
    const pendingBefore = await querySql(env.platform, 'SELECT id FROM ledger.purchases WHERE member_id = $1', [id]);
    const refusal = await purchase(till, cardNumber, '100.00', '5');
    expectRefusedBy(refusal, 'CARD_ACCRUAL_PER_PURCHASE');
    expect(refusal?.message).toContain('at most 1.00');
    expect(await querySql(env.platform, 'SELECT id FROM ledger.purchases WHERE member_id = $1', [id])).toEqual(pendingBefore);
    expect(await balance(id)).toMatchObject({ active: '20.00', totalAccrued: '20.00' });
    const { limitAlerts } = await request(env.platform.gatewayUrl, LimitAlertsDocument, { first: 5 }, admin());
    expect(limitAlerts.edges[0]?.node).toMatchObject({
      refused: true,
      value: '9.50',
      boundary: '1.00',
      operation: 'calculatePurchase',
      memberId: id,
      terminalId: till.terminalId,
      limit: { id: limitId },
    });
    const events = await querySql(env.platform, "SELECT payload FROM ledger.outbox_events WHERE type = 'limit.alert' AND member_id = $1", [id]);
    expect(events).toHaveLength(1);
  });
});

test('a soft limit alerts on every operation in its range (from the lower boundary up to the upper one) and refuses above it', async () => {
  await withLimit({ metric: 'CARD_PURCHASES_AT_TERMINAL', period: 'DAY', alertAt: '2', refuseAbove: '3' }, async (limitId) => {
    const { id, cardNumber } = await member();
    const alertsFor = async () =>
      (await request(env.platform.gatewayUrl, LimitAlertsDocument, { first: 100 }, admin())).limitAlerts.edges
        .map((edge) => edge.node)
        .filter((alert) => alert.memberId === id && alert.limit.id === limitId);
    expect(await purchase(till, cardNumber, '1.00')).toBeNull();
    expect(await alertsFor()).toEqual([]);
    expect(await purchase(till, cardNumber, '1.00')).toBeNull();
    expect(await alertsFor()).toMatchObject([{ refused: false, value: '2', boundary: '2', operation: 'confirmPurchase' }]);
    expect(await purchase(till, cardNumber, '1.00')).toBeNull();
    expect((await alertsFor()).map((alert) => alert.value)).toEqual(['3', '2']);
    expectRefusedBy(await purchase(till, cardNumber, '1.00'), 'CARD_PURCHASES_AT_TERMINAL');
    expect((await alertsFor()).map((alert) => alert.refused)).toEqual([true, false, false]);
    const emitted = await querySql<{ payload: { data: { refused: boolean } } }>(
      env.platform,
      "SELECT payload FROM ledger.outbox_events WHERE type = 'limit.alert' AND member_id = $1 ORDER BY id",
      [id],
    );
    expect(emitted).toHaveLength(3);
    // A day later the window has moved on.
    env.platform.clock.advance(24 * 3600_000 + 1000);
    expect(await purchase(till, cardNumber, '1.00')).toBeNull();
  });
});

test('racing purchases at one point of sale never get past a count limit', async () => {
  const [a, b] = await freshTills();
  await withLimit({ metric: 'POINT_OF_SALE_PURCHASES', period: 'DAY', refuseAbove: '3', subjectId: a.pointOfSaleId }, async () => {
    // Each racer calculates first (nothing counted yet), then all confirm at once.
    const calculated = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        request(
          env.platform.gatewayUrl,
          CalculatePurchaseDocument,
          { input: { idempotencyKey: randomUUID(), lines: [{ product: 'bread', price: '2.00', quantity: '1' }] } },
          { token: (i % 2 ? a : b).token },
        ),
      ),
    );
    const confirmations = await Promise.all(
      calculated.map(({ calculatePurchase }, i) =>
        request(
          env.platform.gatewayUrl,
          ConfirmPurchaseDocument,
          { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string } },
          { token: (i % 2 ? a : b).token },
        ),
      ),
    );
    const codes = confirmations.map(({ confirmPurchase }) => confirmPurchase.errors[0]?.code ?? 'CONFIRMED').sort();
    expect(codes).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'LIMIT_EXCEEDED', 'LIMIT_EXCEEDED', 'LIMIT_EXCEEDED']);
    const confirmed = await querySql(env.platform, "SELECT id FROM ledger.purchases WHERE point_of_sale_id = $1 AND state = 'CONFIRMED'", [a.pointOfSaleId]);
    expect(confirmed).toHaveLength(3);
  });
});

describe('limit definitions', () => {
  test('boundaries read as the limit measures: amounts of bonuses with two decimals, counts whole', async () => {
    const shown = async (limitId: string) => (await request(env.platform.gatewayUrl, LimitsDocument, {}, admin())).limits.find((l) => l.id === limitId);
    await withLimit({ metric: 'CARD_ACCRUED', period: 'DAY', alertAt: '5', refuseAbove: '7.5' }, async (limitId) => {
      expect(await shown(limitId)).toMatchObject({ kind: 'SOFT', alertAt: '5.00', refuseAbove: '7.50' });
    });
    await withLimit({ metric: 'CARD_PURCHASES_AT_TERMINAL', period: 'DAY', alertAt: '2', refuseAbove: '3' }, async (limitId) => {
      expect(await shown(limitId)).toMatchObject({ kind: 'SOFT', alertAt: '2', refuseAbove: '3' });
    });
  });

  test('bad definitions are refused field by field, and only administrators and security may set limits', async () => {
    const limitIds = async () => (await request(env.platform.gatewayUrl, LimitsDocument, {}, admin())).limits.map((l) => l.id).sort();
    const before = await limitIds();
    const { createLimit } = await request(
      env.platform.gatewayUrl,
      CreateLimitDocument,
      { input: { name: ' ', metric: 'CARD_ACCRUED', refuseAbove: '5', alertAt: '6', subjectId: till.terminalId } },
      admin(),
    );
    expect(createLimit.errors.map((e) => e.field).sort()).toEqual(['alertAt', 'name', 'period', 'subjectId']);
    const counts = await request(
      env.platform.gatewayUrl,
      CreateLimitDocument,
      { input: { name: 'x', metric: 'POINT_OF_SALE_PURCHASES', period: 'DAY', refuseAbove: '2.5' } },
      admin(),
    );
    expect(counts.createLimit.errors.map((e) => e.field)).toEqual(['refuseAbove']);
    const perPurchase = await request(
      env.platform.gatewayUrl,
      CreateLimitDocument,
      { input: { name: 'x', metric: 'CARD_PAYMENT_PER_PURCHASE', period: 'DAY', refuseAbove: '2' } },
      admin(),
    );
    expect(perPurchase.createLimit.errors.map((e) => e.field)).toEqual(['period']);
    expect(await limitIds()).toEqual(before);

    const email = `operator-${randomUUID()}@limits.test`;
    const operator = await createSignedInOperator(env.platform, env.company.adminToken, { email, password: 'operator-pass-1', role: 'OPERATOR' });
    const input = { name: 'x', metric: 'CARD_MAX_BALANCE' as const, refuseAbove: '1' };
    expect(errorCodes(await call(env.platform.gatewayUrl, CreateLimitDocument, { input }, { token: operator.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(env.platform.gatewayUrl, CreateLimitDocument, { input }, { token: till.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(env.platform.gatewayUrl, LimitAlertsDocument, { first: 1 }, { token: operator.token }))).toEqual(['FORBIDDEN']);
  });
});
