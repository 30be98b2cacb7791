import { calendarStart, localDate } from '../../subgraphs/ledger/domain/calendar';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, waitForLedger } from '../support/seed';
import {
  AccrueBonusesDocument,
  BlockMemberAccountDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  MemberLotsDocument,
  MemberOperationsDocument,
  UpdateCompanySettingsDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
const DAY = 24 * 3600_000;

async function newMember() {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  return member.id;
}

async function accrue(memberId: string, amount: string, extra: Record<string, string> = {}) {
  const { accrueBonuses } = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId, amount, ...extra } },
    { token: env.company.adminToken },
  );
  return accrueBonuses;
}

async function deduct(memberId: string, amount: string, extra: Record<string, string> = {}) {
  const { deductBonuses } = await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId, amount, reason: 'correction', ...extra } },
    { token: env.company.adminToken },
  );
  return deductBonuses;
}

async function balance(memberId: string, asOf?: Date) {
  const { member } = await request(
    env.platform.gatewayUrl,
    MemberBalanceDocument,
    { id: memberId, asOf: asOf?.toISOString() },
    { token: env.company.adminToken },
  );
  return member?.balance;
}

describe('manual accrual and deduction', () => {
  test('accruals and deductions move the balance exactly; a deduction beyond the active balance is refused and changes nothing', async () => {
    const memberId = await newMember();
    const first = await accrue(memberId, '100.50', { reason: 'welcome' });
    expect(first.errors).toEqual([]);
    expect(first.operation).toMatchObject({ kind: 'ACCRUAL', amount: '100.50', actorKind: 'operator', reason: 'welcome', currency: 'BONUS' });
    expect(first.balance).toMatchObject({ active: '100.50', totalAccrued: '100.50', totalDeducted: '0.00', expired: '0.00', nonActivated: '0.00' });

    const second = await deduct(memberId, '40.25');
    expect(second.balance).toMatchObject({ active: '60.25', totalAccrued: '60.25', totalDeducted: '0.00' });

    const tooMuch = await deduct(memberId, '60.26');
    expect(tooMuch.errors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_BALANCE', field: 'amount' })]);
    expect((await balance(memberId))?.active).toBe('60.25');
    const exact = await deduct(memberId, '60.25');
    expect(exact.balance?.active).toBe('0.00');
  });

  test('bad amounts, unknown members and a missing reason are refused with typed errors', async () => {
    const memberId = await newMember();
    expect((await accrue(memberId, '0')).errors.map((e) => e.code)).toEqual(['INVALID_AMOUNT']);
    expect((await accrue(memberId, '1.005')).errors.map((e) => e.code)).toEqual(['INVALID_AMOUNT']);
    expect((await accrue('00000000-0000-0000-0000-000000000000', '5')).errors.map((e) => e.code)).toEqual(['MEMBER_NOT_FOUND']);
    expect((await accrue(memberId, '5', { currency: 'STARS' })).errors.map((e) => e.code)).toEqual(['CURRENCY_NOT_FOUND']);
    expect((await deduct(memberId, '5', { reason: ' ' })).errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await accrue(memberId, '5', { effectiveAt: new Date(Date.now() + DAY).toISOString() })).errors.map((e) => e.field)).toEqual(['effectiveAt']);
    expect((await balance(memberId))?.totalAccrued).toBe('0.00');
  });

  test('a blocked account neither accrues nor spends', async () => {
    const memberId = await newMember();
    await accrue(memberId, '50');
    await request(env.platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId, reason: 'fraud check' } }, { token: env.company.adminToken });
    await waitForLedger(env.platform, memberId, 'BLOCKED');
    expect((await accrue(memberId, '5')).errors.map((e) => e.code)).toEqual(['MEMBER_BLOCKED']);
    expect((await deduct(memberId, '5')).errors.map((e) => e.code)).toEqual(['MEMBER_BLOCKED']);
    expect((await balance(memberId))?.active).toBe('50.00');
  });
});

describe('the balance at any moment', () => {
  test('activation, expiry and spending order give exact figures now and in the past, with no job running', async () => {
    const memberId = await newMember();
    const now = Date.now();
    const iso = (offset: number) => new Date(now + offset).toISOString();
    // 100 accrued 40 days ago, expired 10 days ago; 50 accrued 5 days ago, expiring in 20 days; 30 activating in 3 days.
    await accrue(memberId, '100', { effectiveAt: iso(-40 * DAY), expiresAt: iso(-10 * DAY) });
    await accrue(memberId, '50', { effectiveAt: iso(-5 * DAY), expiresAt: iso(20 * DAY) });
    await accrue(memberId, '30', { activatesAt: iso(3 * DAY) });
    // Spent 25 of the first lot 20 days ago (soonest expiry first).
    await deduct(memberId, '25', { effectiveAt: iso(-20 * DAY) });

    expect(await balance(memberId)).toMatchObject({
      active: '50.00',
      nonActivated: '30.00',
      totalAccrued: '155.00',
      totalDeducted: '0.00',
      expired: '75.00',
      toExpire: [{ amount: '50.00', expiresAt: iso(20 * DAY) }],
    });
    expect(await balance(memberId, new Date(now - 30 * DAY))).toMatchObject({
      active: '100.00',
      expired: '0.00',
      totalAccrued: '100.00',
      toExpire: [{ amount: '100.00' }],
    });
    expect(await balance(memberId, new Date(now - 15 * DAY))).toMatchObject({ active: '75.00', expired: '0.00', totalAccrued: '75.00' });
    expect(await balance(memberId, new Date(now + 5 * DAY))).toMatchObject({ active: '80.00', nonActivated: '0.00', expired: '75.00' });
    expect(await balance(memberId, new Date(now + 30 * DAY))).toMatchObject({ active: '30.00', expired: '125.00', toExpire: [] });
  });

  test('a back-dated deduction re-places later spends so each draws what it would have drawn at its moment', async () => {
    const memberId = await newMember();
    const now = Date.now();
    const iso = (offset: number) => new Date(now + offset).toISOString();
    await accrue(memberId, '60', { effectiveAt: iso(-10 * DAY), expiresAt: iso(-1 * DAY) });
    await accrue(memberId, '40', { effectiveAt: iso(-10 * DAY) });
    await deduct(memberId, '50', { effectiveAt: iso(-5 * DAY) });
    // So far: the 50 came from the expiring lot, leaving 10 to expire yesterday.
    expect(await balance(memberId)).toMatchObject({ active: '40.00', expired: '10.00' });
    // A correction dated before it takes 20 first; the later deduction now empties the expiring lot and takes 10 from the other.
    await deduct(memberId, '20', { effectiveAt: iso(-7 * DAY) });
    expect(await balance(memberId)).toMatchObject({ active: '30.00', expired: '0.00', totalAccrued: '30.00' });
    // A back-dated deduction that would leave a later one uncovered is refused.
    const refused = await deduct(memberId, '40', { effectiveAt: iso(-8 * DAY) });
    expect(refused.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
    expect(await balance(memberId)).toMatchObject({ active: '30.00', expired: '0.00' });
  });

  test('operations list who did what, newest first', async () => {
    const memberId = await newMember();
    await accrue(memberId, '10', { reason: 'apology' });
    await deduct(memberId, '4', { reason: 'double accrual' });
    const { member } = await request(env.platform.gatewayUrl, MemberOperationsDocument, { id: memberId, first: 10 }, { token: env.company.adminToken });
    expect(member?.operations.edges.map((e) => [e.node.kind, e.node.amount, e.node.reason])).toEqual([
      ['DEDUCTION', '4.00', 'double accrual'],
      ['ACCRUAL', '10.00', 'apology'],
    ]);
  });
});

describe('concurrency', () => {
  test('racing deductions never overspend: of ten deductions of 30 from 100, exactly three pass', async () => {
    const memberId = await newMember();
    await accrue(memberId, '100');
    const results = await Promise.all(Array.from({ length: 10 }, () => deduct(memberId, '30')));
    const passed = results.filter((r) => r.errors.length === 0);
    expect(passed).toHaveLength(3);
    expect(results.filter((r) => r.errors[0]?.code === 'INSUFFICIENT_BALANCE')).toHaveLength(7);
    expect(await balance(memberId)).toMatchObject({ active: '10.00', totalAccrued: '10.00' });
  });
});

describe('expiry warnings', () => {
  test('bonuses expiring within the warning window are announced once, per expiry date', async () => {
    const memberId = await newMember();
    const soon = new Date(Date.now() + 3 * DAY).toISOString();
    await accrue(memberId, '10', { expiresAt: soon });
    await accrue(memberId, '5', { expiresAt: soon });
    await accrue(memberId, '7', { expiresAt: new Date(Date.now() + 30 * DAY).toISOString() });
    await env.platform.ledger.warnExpiringBonuses();
    await env.platform.ledger.warnExpiringBonuses();
    const events = await querySql<{ amount: string; expires_at: string }>(
      env.platform,
      "SELECT payload->>'amount' AS amount, payload->>'expiresAt' AS expires_at FROM ledger.outbox_events WHERE type = 'bonuses.expiring' AND member_id = $1",
      [memberId],
    );
    expect(events).toEqual([{ amount: '15.00', expires_at: soon }]);
  });

  test('lots expiring on one calendar day of the company’s time zone are announced in one message', async () => {
    const { updateCompanySettings } = await request(
      env.platform.gatewayUrl,
      UpdateCompanySettingsDocument,
      { input: { timeZone: 'Asia/Tokyo' } },
      { token: env.company.adminToken },
    );
    expect(updateCompanySettings.errors).toEqual([]);
    const refused = await request(
      env.platform.gatewayUrl,
      UpdateCompanySettingsDocument,
      { input: { timeZone: 'Mars/Olympus' } },
      { token: env.company.adminToken },
    );
    expect(refused.updateCompanySettings.errors.map((e) => e.field)).toEqual(['timeZone']);
    const memberId = await newMember();
    // A Tokyo day 3 days ahead runs from 15:00 UTC the day before to 15:00 UTC.
    const tokyoDay = calendarStart('DAY', new Date(Date.now() + 3 * DAY), 'Asia/Tokyo').getTime();
    const at = (hours: number) => new Date(tokyoDay + hours * 3600_000).toISOString();
    await accrue(memberId, '10', { expiresAt: at(0.5) });
    await accrue(memberId, '5', { expiresAt: at(23.5) });
    await accrue(memberId, '2', { expiresAt: at(24.5) });
    await env.platform.ledger.warnExpiringBonuses();
    const events = await querySql<{ amount: string; date: string }>(
      env.platform,
      "SELECT payload->>'amount' AS amount, payload->>'date' AS date FROM ledger.outbox_events WHERE type = 'bonuses.expiring' AND member_id = $1 ORDER BY payload->>'date'",
      [memberId],
    );
    expect(events).toEqual([
      { amount: '15.00', date: localDate(new Date(tokyoDay), 'Asia/Tokyo') },
      { amount: '2.00', date: localDate(new Date(tokyoDay + DAY), 'Asia/Tokyo') },
    ]);
    await request(env.platform.gatewayUrl, UpdateCompanySettingsDocument, { input: { timeZone: 'UTC' } }, { token: env.company.adminToken });
  });
});

test('per-lot detail: what each lot holds at a moment, and when it activates and expires', async () => {
  const memberId = await newMember();
  const now = env.platform.clock.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  await accrue(memberId, '50', { effectiveAt: iso(now - 2 * DAY) });
  await accrue(memberId, '100', { activatesAt: iso(now + 2 * DAY), expiresAt: iso(now + 10 * DAY) });
  await deduct(memberId, '30');
  const lotsAt = async (asOf: number | null, first?: number) =>
    (
      await request(
        env.platform.gatewayUrl,
        MemberLotsDocument,
        { id: memberId, asOf: asOf === null ? null : iso(asOf), first },
        { token: env.company.adminToken },
      )
    ).member?.balance;
  expect(await lotsAt(null)).toEqual({
    active: '20.00',
    nonActivated: '100.00',
    lots: [
      {
        amount: '100.00',
        remaining: '100.00',
        accruedAt: expect.any(String),
        activatesAt: iso(now + 2 * DAY),
        expiresAt: iso(now + 10 * DAY),
        activated: false,
      },
      { amount: '50.00', remaining: '20.00', accruedAt: iso(now - 2 * DAY), activatesAt: iso(now - 2 * DAY), expiresAt: null, activated: true },
    ],
  });
  // The day before: only the first lot, untouched.
  expect((await lotsAt(now - DAY))?.lots).toEqual([expect.objectContaining({ amount: '50.00', remaining: '50.00', activated: true })]);
  // After the expiry the 100 is gone from the lots (it shows in expired instead).
  expect((await lotsAt(now + 11 * DAY))?.lots.map((l) => l.amount)).toEqual(['50.00']);
  expect((await lotsAt(null, 1))?.lots).toHaveLength(1);
});
