import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { tillCodesSent } from '../support/ledger-events';
import { querySql, registerMember, registerSignedInMember, type SeededTerminal, seedTerminal } from '../support/seed';
import {
  AccrueBonusesDocument,
  BlockCardDocument,
  CalculateManualOperationDocument,
  CalculatePurchaseDocument,
  CancelManualOperationDocument,
  ConfirmManualOperationDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/** A cashier's manual accruals and deductions: two-phase like purchases (domain.md, the purchase at the POS). */
const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '1' } }, { token: env.company.adminToken });
});

async function member(bonuses = '0') {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  if (bonuses !== '0')
    await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: bonuses } }, { token: env.company.adminToken });
  return { id: member.id, cardNumber: member.cards[0]?.number as string };
}

const active = async (id: string) =>
  (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id }, { token: env.company.adminToken })).member?.balance?.active;

async function calculate(
  input: { cardNumber: string; kind: 'ACCRUAL' | 'DEDUCTION'; amount: string; reason?: string },
  at = till,
  idempotencyKey = randomUUID(),
) {
  const variables = { input: { idempotencyKey, reason: 'by hand', ...input } };
  return (await request(env.platform.gatewayUrl, CalculateManualOperationDocument, variables, { token: at.token })).calculateManualOperation;
}

async function confirm(manualOperationId: string, code: string | null = null, idempotencyKey = randomUUID(), at = till) {
  const variables = { input: { idempotencyKey, manualOperationId, code } };
  return (await request(env.platform.gatewayUrl, ConfirmManualOperationDocument, variables, { token: at.token })).confirmManualOperation;
}

const operationsOf = (memberId: string) =>
  querySql<{ actor_kind: string; origin: string; point_of_sale_id: string; terminal_id: string }>(
    env.platform,
    "SELECT actor_kind, origin::text, point_of_sale_id, terminal_id FROM ledger.operations WHERE member_id = $1 AND actor_kind = 'terminal' ORDER BY id",
    [memberId],
  );

test('an accrual is calculated (nothing changes), then confirmed: recorded as the terminal’s, at its point of sale', async () => {
  const { id, cardNumber } = await member();
  const calculated = await calculate({ cardNumber, kind: 'ACCRUAL', amount: '12.50', reason: 'broken bag' });
  expect(calculated.errors).toEqual([]);
  expect(calculated.manualOperation).toMatchObject({ state: 'PENDING', kind: 'ACCRUAL', amount: '12.50', operation: null });
  expect(await active(id)).toBe('0.00');
  const confirmed = await confirm(calculated.manualOperation?.id as string);
  expect(confirmed.errors).toEqual([]);
  expect(confirmed.manualOperation).toMatchObject({
    state: 'CONFIRMED',
    operation: { kind: 'ACCRUAL', amount: '12.50', actorKind: 'terminal', channel: 'POS' },
  });
  expect(await active(id)).toBe('12.50');
  expect(await operationsOf(id)).toEqual([{ actor_kind: 'terminal', origin: 'MANUAL', point_of_sale_id: till.pointOfSaleId, terminal_id: till.terminalId }]);
  // Confirmed once: again is refused and changes nothing.
  expect((await confirm(calculated.manualOperation?.id as string)).errors.map((e) => e.code)).toEqual(['OPERATION_NOT_PENDING']);
  expect(await active(id)).toBe('12.50');
});

test('a pending deduction holds its bonuses: nobody else can spend them until it is confirmed or cancelled', async () => {
  const { id, cardNumber } = await member('10');
  const pending = await calculate({ cardNumber, kind: 'DEDUCTION', amount: '8' });
  expect(pending.errors).toEqual([]);
  expect(await active(id)).toBe('10.00');
  // The till cannot pay with what the deduction holds, nor can an operator take it.
  const lines = [{ product: 'tea', price: '5.00', quantity: '1' }];
  const paying = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses: '3' } },
    { token: till.token },
  );
  expect(paying.calculatePurchase.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  const operator = await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId: id, amount: '3', reason: 'x' } },
    { token: env.company.adminToken },
  );
  expect(operator.deductBonuses.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  // A second deduction beyond what is left is refused at calculation.
  expect((await calculate({ cardNumber, kind: 'DEDUCTION', amount: '3' })).errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  expect((await confirm(pending.manualOperation?.id as string)).errors).toEqual([]);
  expect(await active(id)).toBe('2.00');

  // Cancelled: the hold is released and nothing is deducted.
  const another = await calculate({ cardNumber, kind: 'DEDUCTION', amount: '2' });
  const { cancelManualOperation } = await request(
    env.platform.gatewayUrl,
    CancelManualOperationDocument,
    { input: { idempotencyKey: randomUUID(), manualOperationId: another.manualOperation?.id as string } },
    { token: till.token },
  );
  expect(cancelManualOperation.manualOperation).toMatchObject({ state: 'CANCELLED', cancelReason: 'CANCELLED_BY_TERMINAL' });
  expect((await confirm(another.manualOperation?.id as string)).errors.map((e) => e.code)).toEqual(['OPERATION_NOT_PENDING']);
  expect(await active(id)).toBe('2.00');
});

test('a pending operation left past its hold time cancels itself; its hold stops counting at once', async () => {
  const { id, cardNumber } = await member('5');
  const pending = await calculate({ cardNumber, kind: 'DEDUCTION', amount: '5' });
  env.platform.clock.advance(16 * 60_000);
  expect((await confirm(pending.manualOperation?.id as string)).errors.map((e) => e.code)).toEqual(['OPERATION_EXPIRED']);
  expect((await calculate({ cardNumber, kind: 'DEDUCTION', amount: '5' })).errors).toEqual([]);
  await env.platform.ledger.cancelStalePurchases();
  const [row] = await querySql<{ state: string; cancel_reason: string }>(
    env.platform,
    'SELECT state::text, cancel_reason FROM ledger.manual_operations WHERE id = $1',
    [pending.manualOperation?.id],
  );
  expect(row).toEqual({ state: 'CANCELLED', cancel_reason: 'TIMEOUT' });
  expect(await active(id)).toBe('5.00');
});

test('retries with the same key apply once: racing duplicates of each phase get the same answer', async () => {
  const { id, cardNumber } = await member();
  const key = randomUUID();
  const calculations = await Promise.all([1, 2, 3].map(() => calculate({ cardNumber, kind: 'ACCRUAL', amount: '5' }, till, key)));
  expect(new Set(calculations.map((c) => c.manualOperation?.id)).size).toBe(1);
  const operationId = calculations[0]?.manualOperation?.id as string;
  const confirmKey = randomUUID();
  const confirmations = await Promise.all([1, 2, 3].map(() => confirm(operationId, null, confirmKey)));
  expect(confirmations.map((c) => c.errors)).toEqual([[], [], []]);
  expect(await active(id)).toBe('5.00');
  expect(await operationsOf(id)).toHaveLength(1);
  expect((await calculate({ cardNumber, kind: 'ACCRUAL', amount: '6' }, till, key)).errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
});

test('where the point of sale requires it, a deduction waits for the code sent to the member', async () => {
  const smsTill = await seedTerminal(env.platform, env.company.adminToken, { confirmPaymentBySms: true });
  const { id, cardNumber } = await member('10');
  const pending = await calculate({ cardNumber, kind: 'DEDUCTION', amount: '4' }, smsTill);
  expect(pending.manualOperation?.codeRequired).toBe(true);
  const operationId = pending.manualOperation?.id as string;
  expect((await confirm(operationId, null, randomUUID(), smsTill)).errors.map((e) => e.code)).toEqual(['PAYMENT_CODE_REQUIRED']);
  const [code] = await tillCodesSent(env.platform, 'bonuses.deduction_code_requested', { manualOperationId: operationId });
  const wrong = code === '000000' ? '111111' : '000000';
  expect((await confirm(operationId, wrong, randomUUID(), smsTill)).errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
  expect(await active(id)).toBe('10.00');
  expect((await confirm(operationId, code as string, randomUUID(), smsTill)).errors).toEqual([]);
  expect(await active(id)).toBe('6.00');
  // An accrual needs no code.
  expect((await calculate({ cardNumber, kind: 'ACCRUAL', amount: '1' }, smsTill)).manualOperation?.codeRequired).toBe(false);
  // A new code for the same member waits for the resend pause (each SMS costs money).
  expect((await calculate({ cardNumber, kind: 'DEDUCTION', amount: '1' }, smsTill)).errors.map((e) => e.code)).toEqual(['CODE_REQUESTED_TOO_OFTEN']);
});

test('only the till’s own point of sale can try a code: others cannot use up its tries', async () => {
  const smsTill = await seedTerminal(env.platform, env.company.adminToken, { confirmPaymentBySms: true });
  const elsewhere = await seedTerminal(env.platform, env.company.adminToken);
  const { cardNumber } = await member('10');
  const pending = await calculate({ cardNumber, kind: 'DEDUCTION', amount: '4' }, smsTill);
  const operationId = pending.manualOperation?.id as string;
  for (let i = 0; i < 6; i++) {
    expect((await confirm(operationId, '000000', randomUUID(), elsewhere)).errors.map((e) => e.code)).toEqual(['OPERATION_NOT_FOUND']);
  }
  const [code] = await tillCodesSent(env.platform, 'bonuses.deduction_code_requested', { manualOperationId: operationId });
  expect((await confirm(operationId, code as string, randomUUID(), smsTill)).errors).toEqual([]);
});

test('terminals use the two-phase set only; nobody but terminals uses it', async () => {
  const { id, cardNumber } = await member();
  expect(errorCodes(await call(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { cardNumber, amount: '1' } }, { token: till.token }))).toEqual([
    'FORBIDDEN',
  ]);
  const input = { idempotencyKey: randomUUID(), cardNumber, kind: 'ACCRUAL' as const, amount: '1', reason: 'x' };
  expect(errorCodes(await call(env.platform.gatewayUrl, CalculateManualOperationDocument, { input }, {}))).toEqual(['FORBIDDEN']);
  const { token } = await registerSignedInMember(env.platform, env.company);
  expect(errorCodes(await call(env.platform.gatewayUrl, CalculateManualOperationDocument, { input }, { token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await call(env.platform.gatewayUrl, CalculateManualOperationDocument, { input }, { token: env.company.adminToken }))).toEqual([
    'FORBIDDEN',
  ]);
  // Another point of sale's terminal cannot confirm this one's operation.
  const pending = await calculate({ cardNumber, kind: 'ACCRUAL', amount: '1' });
  const elsewhere = await seedTerminal(env.platform, env.company.adminToken);
  expect((await confirm(pending.manualOperation?.id as string, null, randomUUID(), elsewhere)).errors.map((e) => e.code)).toEqual(['OPERATION_NOT_FOUND']);
  expect(await active(id)).toBe('0.00');
});

test('a card blocked between the calculation and the confirmation stops the operation, accrual or deduction', async () => {
  const { id, cardNumber } = await member('20');
  const accrual = (await calculate({ cardNumber, kind: 'ACCRUAL', amount: '7' })).manualOperation?.id as string;
  const deduction = (await calculate({ cardNumber, kind: 'DEDUCTION', amount: '5' })).manualOperation?.id as string;
  const blocked = await request(env.platform.gatewayUrl, BlockCardDocument, { input: { cardNumber, reason: 'STOLEN' } }, { token: env.company.adminToken });
  expect(blocked.blockCard.errors).toEqual([]);
  for (const operationId of [accrual, deduction]) {
    expect((await confirm(operationId)).errors.map((e) => e.code)).toEqual(['CARD_BLOCKED']);
  }
  expect(await active(id)).toBe('20.00');
});
