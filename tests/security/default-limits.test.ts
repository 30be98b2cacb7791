import { AccrueBonusesDocument, LimitsDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, waitForLedger } from '../support/seed';

/** A new company is bounded from its first minute: no marketer accrues a billion points to a card. */
const env = usePlatformWithCompany({ events: true });

test('a new company starts with per-card daily limits on accruals and deductions', async () => {
  const { limits } = await request(env.platform.gatewayUrl, LimitsDocument, {}, { token: env.company.adminToken });
  expect(limits.map(({ metric, period, alertAt, refuseAbove, active, subjectId }) => ({ metric, period, alertAt, refuseAbove, active, subjectId }))).toEqual(
    expect.arrayContaining([
      { metric: 'CARD_ACCRUED', period: 'DAY', alertAt: '20000.00', refuseAbove: '100000.00', active: true, subjectId: null },
      { metric: 'CARD_DEDUCTED', period: 'DAY', alertAt: '20000.00', refuseAbove: '100000.00', active: true, subjectId: null },
    ]),
  );
});

test('a marketer’s accruals to one card stop at the default daily limit, exactly at its boundary', async () => {
  const marketer = await env.company.operator('MARKETER');
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  const accrue = async (amount: string) =>
    (await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount } }, { token: marketer })).accrueBonuses;

  expect((await accrue('1000000000')).errors.map((e) => e.code)).toEqual(['LIMIT_EXCEEDED']);
  expect((await accrue('99999.99')).errors).toEqual([]);
  expect((await accrue('0.01')).errors).toEqual([]);
  expect((await accrue('0.01')).errors.map((e) => e.code)).toEqual(['LIMIT_EXCEEDED']);
});
