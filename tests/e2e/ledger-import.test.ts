import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, waitForLedger, waitForLedgerCard } from '../support/seed';
import {
  AccrueBonusesBulkDocument,
  BulkJobDocument,
  type ImportOperationRow,
  ImportOperationsDocument,
  MemberBalanceDocument,
  MemberBonusAccountsDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
const DAY = 24 * 3600_000;

async function importRows(rows: ImportOperationRow[], idempotencyKey: string | null = null) {
  const { importOperations } = await request(
    env.platform.gatewayUrl,
    ImportOperationsDocument,
    { input: { rows, idempotencyKey } },
    { token: env.company.adminToken },
  );
  return importOperations;
}

async function balanceAt(memberId: string, at?: number) {
  const asOf = at === undefined ? undefined : new Date(at).toISOString();
  return (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: memberId, asOf }, { token: env.company.adminToken })).member?.balance;
}

test('a history imported out of order is applied in effective-time order, once, with each refused row reported', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, cardNumber);
  const origin = Date.now() - 300 * DAY;
  const at = (day: number) => new Date(origin + day * DAY).toISOString();
  const rows: ImportOperationRow[] = [
    // Given last, effective second: the payment must draw the accrual before it.
    { externalId: 'pay-1', cardNumber, kind: 'PAYMENT', amount: '30', effectiveAt: at(10) },
    { externalId: 'acc-1', memberId: member.id, kind: 'ACCRUAL', amount: '100', effectiveAt: at(1), expiresAt: at(100) },
    { externalId: 'ded-1', memberId: member.id, kind: 'DEDUCTION', amount: '500', effectiveAt: at(20) },
    { externalId: 'acc-2', phone: '+491700000000', kind: 'ACCRUAL', amount: '5', effectiveAt: at(30) },
    { externalId: 'acc-3', memberId: member.id, kind: 'ACCRUAL', amount: '0', effectiveAt: at(40) },
    // By phone, written as people write it.
    {
      externalId: 'acc-4',
      phone: `${member.phone?.slice(0, 3)} (${member.phone?.slice(3, 6)}) ${member.phone?.slice(6)}`,
      kind: 'ACCRUAL',
      amount: '7',
      effectiveAt: at(150),
    },
  ];
  const first = await importRows(rows);
  expect(first.imported).toBe(3);
  expect(first.rejected.map((r) => [r.externalId, r.code])).toEqual([
    ['ded-1', 'INSUFFICIENT_BALANCE'],
    ['acc-2', 'MEMBER_NOT_FOUND'],
    ['acc-3', 'INVALID_AMOUNT'],
  ]);
  expect(await balanceAt(member.id, origin + 50 * DAY)).toMatchObject({ active: '70.00', totalDeducted: '30.00', totalAccrued: '100.00' });
  expect(await balanceAt(member.id)).toMatchObject({ active: '7.00', expired: '70.00', totalDeducted: '30.00' });

  expect(first.job).toMatchObject({ kind: 'IMPORT_OPERATIONS', state: 'COMPLETED', total: 6, processed: 6, applied: 3 });
  // The same request sent again is the same job: it answers as the first time and applies nothing.
  const resent = await importRows(rows);
  expect(resent.job?.id).toBe(first.job?.id);
  expect(resent.imported).toBe(3);
  // A new request with the same rows skips what was imported before, by externalId.
  const again = await importRows(rows, randomUUID());
  expect(again.job?.id).not.toBe(first.job?.id);
  expect(again.imported).toBe(0);
  expect(again.skipped.sort()).toEqual(['acc-1', 'acc-4', 'pay-1']);
  expect(await balanceAt(member.id)).toMatchObject({ expired: '70.00', totalDeducted: '30.00', totalAccrued: '107.00' });
});

test('bulk accrual reaches every known member, reports the others, and shows in each bonus account', async () => {
  const members = await Promise.all([registerMember(env.platform, env.company.adminToken), registerMember(env.platform, env.company.adminToken)]);
  for (const { member } of members) await waitForLedger(env.platform, member.id);
  const ids = members.map(({ member }) => member.id);
  const { accrueBonusesBulk } = await request(
    env.platform.gatewayUrl,
    AccrueBonusesBulkDocument,
    { input: { idempotencyKey: randomUUID(), memberIds: [...ids, '00000000-0000-0000-0000-000000000000'], amount: '15', reason: 'autumn campaign' } },
    { token: env.company.adminToken },
  );
  expect(accrueBonusesBulk.accrued).toBe(2);
  expect(accrueBonusesBulk.rejected).toEqual([{ memberId: '00000000-0000-0000-0000-000000000000', code: 'MEMBER_NOT_FOUND' }]);
  const { member } = await request(env.platform.gatewayUrl, MemberBonusAccountsDocument, { id: ids[0] as string }, { token: env.company.adminToken });
  expect(member?.bonusAccounts).toEqual([{ currency: 'BONUS', balance: { active: '15.00' } }]);
});

test('a retried bulk accrual accrues once; a large one runs in the background and reports its progress', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const unknown = Array.from({ length: 150 }, () => randomUUID());
  const input = { idempotencyKey: randomUUID(), memberIds: [member.id, ...unknown], amount: '4', reason: 'big campaign' };
  const send = async () => (await request(env.platform.gatewayUrl, AccrueBonusesBulkDocument, { input }, { token: env.company.adminToken })).accrueBonusesBulk;
  const [first, retried] = await Promise.all([send(), send()]);
  expect(retried.job?.id).toBe(first.job?.id);
  expect(first.job?.total).toBe(151);
  const jobId = first.job?.id as string;
  let job = first.job;
  for (let i = 0; i < 200 && job?.state !== 'COMPLETED'; i++) {
    await env.platform.ledger.runBulkJobs();
    job = (await request(env.platform.gatewayUrl, BulkJobDocument, { id: jobId }, { token: env.company.adminToken })).bulkJob;
  }
  expect(job).toMatchObject({ state: 'COMPLETED', processed: 151, applied: 1 });
  expect(job?.rejected).toHaveLength(150);
  expect((await send()).job?.id).toBe(jobId);
  expect((await balanceAt(member.id))?.active).toBe('4.00');
  const conflict = await request(env.platform.gatewayUrl, AccrueBonusesBulkDocument, { input: { ...input, amount: '5' } }, { token: env.company.adminToken });
  expect(conflict.accrueBonusesBulk.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
});

test('a job left half done by a crash resumes from its cursor: rows done before are not applied again', async () => {
  const members = await Promise.all([1, 2, 3].map(() => registerMember(env.platform, env.company.adminToken)));
  const ids = members.map(({ member }) => member.id);
  const { accrueBonusesBulk } = await request(
    env.platform.gatewayUrl,
    AccrueBonusesBulkDocument,
    { input: { idempotencyKey: randomUUID(), memberIds: ids, amount: '2' } },
    { token: env.company.adminToken },
  );
  expect(accrueBonusesBulk.job).toMatchObject({ state: 'COMPLETED', applied: 3 });
  // As if the runner had died after the first row: the cursor back at 1, the rows (a completed job
  // drops them) still there, the lease run out.
  const rows = ids.map((memberId, index) => ({ index, memberId, kind: 'ACCRUAL', amount: '2' }));
  await querySql(
    env.platform,
    "UPDATE ledger.bulk_jobs SET state = 'RUNNING', processed = 1, applied = 1, rows = $2, lease_until = now() - interval '1 minute', finished_at = NULL WHERE id = $1",
    [accrueBonusesBulk.job?.id, JSON.stringify(rows)],
  );
  const [second, third] = ids.slice(1) as [string, string];
  await querySql(env.platform, 'DELETE FROM ledger.lots WHERE operation_id IN (SELECT id FROM ledger.operations WHERE member_id = ANY($1::uuid[]))', [
    [second, third],
  ]);
  await querySql(env.platform, 'DELETE FROM ledger.operations WHERE member_id = ANY($1::uuid[])', [[second, third]]);
  await env.platform.ledger.runBulkJobs();
  const job = (await request(env.platform.gatewayUrl, BulkJobDocument, { id: accrueBonusesBulk.job?.id as string }, { token: env.company.adminToken })).bulkJob;
  expect(job).toMatchObject({ state: 'COMPLETED', processed: 3, applied: 3 });
  expect(await Promise.all(ids.map(async (id) => (await balanceAt(id))?.active))).toEqual(['2.00', '2.00', '2.00']);
});

test('a member named twice in a bulk accrual, in any letter case, is accrued once', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const { accrueBonusesBulk } = await request(
    env.platform.gatewayUrl,
    AccrueBonusesBulkDocument,
    { input: { idempotencyKey: randomUUID(), memberIds: [member.id, member.id.toUpperCase()], amount: '10' } },
    { token: env.company.adminToken },
  );
  expect(accrueBonusesBulk.job).toMatchObject({ total: 1, applied: 1 });
  expect((await balanceAt(member.id))?.active).toBe('10.00');
});
