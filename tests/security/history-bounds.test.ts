import { randomUUID } from 'node:crypto';
import {
  AccrueBonusesDocument,
  CalculateManualOperationDocument,
  ImportOperationsDocument,
  MemberBalanceDocument,
  RegisterOfflinePurchaseDocument,
  UpdateCompanySettingsDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, type SeededCompany, seedCompany, seedTerminal, waitForLedger } from '../support/seed';

/**
 * Bonus operations are dated within the company's history: from its start (2000-01-01 unless an
 * administrator moves it back to migrate an old program) up to 2100. Out-of-range dates are a
 * typed refusal that changes nothing, and whatever is accepted shows in every balance figure.
 */
const env = usePlatformWithCompany({ events: true });
const DAY = 86_400_000;

async function freshMember(company: SeededCompany) {
  const { member } = await registerMember(env.platform, company.adminToken);
  await waitForLedger(env.platform, member.id);
  return member;
}

async function accrue(company: SeededCompany, memberId: string, dates: { effectiveAt?: string; activatesAt?: string; expiresAt?: string }) {
  return (await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId, amount: '5', ...dates } }, { token: company.adminToken }))
    .accrueBonuses;
}

async function balance(company: SeededCompany, memberId: string, asOf?: string) {
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId, asOf }, { token: company.adminToken })).member?.balance;
}

async function setHistoryStart(company: SeededCompany, historyStartsAt: string) {
  return (await request(env.platform.gatewayUrl, UpdateCompanySettingsDocument, { input: { historyStartsAt } }, { token: company.adminToken }))
    .updateCompanySettings;
}

test('dates before the history start or from 2100 on are refused, field by field, and change nothing', async () => {
  const member = await freshMember(env.company);
  const refusals = [
    await accrue(env.company, member.id, { effectiveAt: '1960-06-01T00:00:00Z' }),
    await accrue(env.company, member.id, { effectiveAt: '1999-12-31T23:59:59Z' }),
    await accrue(env.company, member.id, { expiresAt: '2100-01-01T00:00:00Z' }),
    await accrue(env.company, member.id, { activatesAt: '2150-01-01T00:00:00Z', expiresAt: '2151-01-01T00:00:00Z' }),
  ];
  expect(refusals.map((r) => r.errors.map((e) => [e.code, e.field]))).toEqual([
    [['DATE_OUT_OF_RANGE', 'effectiveAt']],
    [['DATE_OUT_OF_RANGE', 'effectiveAt']],
    [['DATE_OUT_OF_RANGE', 'expiresAt']],
    [['DATE_OUT_OF_RANGE', 'activatesAt']],
  ]);
  expect((await accrue(env.company, member.id, { effectiveAt: '2000-01-01T00:00:00Z' })).errors).toEqual([]);
  expect(await balance(env.company, member.id)).toMatchObject({ active: '5.00', totalAccrued: '5.00' });

  const { importOperations } = await request(
    env.platform.gatewayUrl,
    ImportOperationsDocument,
    { input: { rows: [{ externalId: randomUUID(), memberId: member.id, kind: 'ACCRUAL', amount: '7', effectiveAt: '1965-01-01T00:00:00Z' }] } },
    { token: env.company.adminToken },
  );
  expect(importOperations.rejected.map((r) => [r.code, r.field])).toEqual([['DATE_OUT_OF_RANGE', 'effectiveAt']]);
  expect(await balance(env.company, member.id)).toMatchObject({ active: '5.00', totalAccrued: '5.00' });
});

test('a terminal cannot date a cashier’s accrual outside the history either', async () => {
  const member = await freshMember(env.company);
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const { calculateManualOperation } = await request(
    env.platform.gatewayUrl,
    CalculateManualOperationDocument,
    {
      input: {
        idempotencyKey: randomUUID(),
        cardNumber: member.cards[0]?.number as string,
        kind: 'ACCRUAL',
        amount: '5',
        reason: 'goodwill',
        expiresAt: '2200-01-01T00:00:00Z',
      },
    },
    { token: till.token },
  );
  expect(calculateManualOperation.errors.map((e) => [e.code, e.field])).toEqual([['DATE_OUT_OF_RANGE', 'expiresAt']]);
});

test('an administrator moves the start back to migrate an old program: what is accepted then shows in every figure, before 1970 too', async () => {
  const company = await seedCompany(env.platform);
  const member = await freshMember(company);
  expect((await setHistoryStart(company, '1899-12-31T00:00:00Z')).errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'historyStartsAt']]);
  expect((await setHistoryStart(company, new Date(Date.now() + DAY).toISOString())).errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  const moved = await setHistoryStart(company, '1950-01-01T00:00:00Z');
  expect(moved.company?.historyStartsAt).toBe('1950-01-01T00:00:00.000Z');
  // The ledger learns the new start from the company's event, pushed before the answer.
  expect((await accrue(company, member.id, { effectiveAt: '1960-06-01T00:00:00Z' })).errors).toEqual([]);
  expect(await balance(company, member.id)).toMatchObject({ active: '5.00', totalAccrued: '5.00', totalDeducted: '0.00' });
  expect(await balance(company, member.id, '1960-06-02T00:00:00Z')).toMatchObject({ active: '5.00', totalAccrued: '5.00' });
  expect(await balance(company, member.id, '1960-05-31T00:00:00Z')).toMatchObject({ active: '0.00', totalAccrued: '0.00' });
});

test('the start moves later only as far as the earliest operation: nothing may be dated before it', async () => {
  const company = await seedCompany(env.platform);
  const member = await freshMember(company);
  expect((await accrue(company, member.id, { effectiveAt: '2005-03-01T00:00:00Z' })).errors).toEqual([]);
  const refused = await setHistoryStart(company, '2010-01-01T00:00:00Z');
  expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['HISTORY_HAS_OPERATIONS', 'historyStartsAt']]);
  expect(refused.errors[0]?.message).toContain('2005-03-01');
  // Nothing changed: an accrual dated 2001 is still accepted.
  expect((await accrue(company, member.id, { effectiveAt: '2001-01-01T00:00:00Z' })).errors).toEqual([]);
  expect((await setHistoryStart(company, '2001-01-01T00:00:01Z')).errors.map((e) => e.code)).toEqual(['HISTORY_HAS_OPERATIONS']);
  // Up to the earliest operation, and back, it moves freely.
  expect((await setHistoryStart(company, '2001-01-01T00:00:00Z')).company?.historyStartsAt).toBe('2001-01-01T00:00:00.000Z');
  expect((await setHistoryStart(company, '1990-01-01T00:00:00Z')).errors).toEqual([]);
  // Another company's operations are not this one's.
  const empty = await seedCompany(env.platform);
  expect((await setHistoryStart(empty, '2020-01-01T00:00:00Z')).errors).toEqual([]);
});

test('an operation dated in parallel with a move of the start never ends up before it', async () => {
  const company = await seedCompany(env.platform);
  const member = await freshMember(company);
  for (let round = 0; round < 5; round++) {
    // Each round goes further back, where the start may always move.
    const year = 1950 - 2 * round;
    expect((await setHistoryStart(company, `${year}-01-01T00:00:00Z`)).errors).toEqual([]);
    const later = `${year + 1}-01-01T00:00:00Z`;
    const [accrual, move] = await Promise.all([accrue(company, member.id, { effectiveAt: `${year}-07-01T00:00:00Z` }), setHistoryStart(company, later)]);
    // One of them may win; never both.
    expect(accrual.errors.length === 0 && move.errors.length === 0).toBe(false);
  }
  const [row] = await querySql<{ starts: Date; earliest: Date | null }>(
    env.platform,
    `SELECT c.history_starts_at AS starts, (SELECT min(effective_at) FROM ledger.operations o WHERE o.company_id = c.company_id) AS earliest
       FROM ledger.company_refs c WHERE c.company_id = $1`,
    [company.companyId],
  );
  expect(row?.earliest === null || (row?.earliest as Date) >= (row?.starts as Date)).toBe(true);
});

test('an offline receipt from before the history start is refused', async () => {
  const company = await seedCompany(env.platform);
  const member = await freshMember(company);
  const till = await seedTerminal(env.platform, company.adminToken);
  const start = new Date(Date.now() - DAY);
  expect((await setHistoryStart(company, start.toISOString())).errors).toEqual([]);
  const send = async () =>
    (
      await request(
        env.platform.gatewayUrl,
        RegisterOfflinePurchaseDocument,
        {
          input: {
            idempotencyKey: randomUUID(),
            cardNumber: member.cards[0]?.number,
            lines: [{ product: 'tea', price: '3.00', quantity: '1' }],
            occurredAt: new Date(start.getTime() - 2 * DAY).toISOString(),
          },
        },
        { token: till.token },
      )
    ).registerOfflinePurchase;
  const sent = await send();
  expect(sent.errors.map((e) => [e.code, e.field])).toEqual([['DATE_OUT_OF_RANGE', 'occurredAt']]);
});
