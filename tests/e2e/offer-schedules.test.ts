import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerMember } from '../support/seed';
import { AddAudienceMembersDocument, CreateAudienceDocument, MemberBalanceDocument, UpdateProgramRulesDocument } from './__generated__/operations';

/**
 * Scheduled offers: on their day and time (the company's clock), the task announces the offer's
 * members (its audience's) to the ledger, which accrues each their bonus once per offer and day.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;

const accruedOf = async (memberId: string) => (await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() })).member?.balance?.totalAccrued;
const copied = (memberId: string) =>
  eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1', [memberId])).length ? true : undefined),
    'facts copied',
  );

test('a daily accrual to an audience: its members once a day, however often the task runs; others never', async () => {
  const offers = env.platform.offers;
  if (!offers) throw new Error('the offers subgraph is not running');
  await request(url(), UpdateProgramRulesDocument, { input: { activationDelayDays: 0 } }, { token: admin() });
  const [vip, other, regular] = [
    (await registerMember(env.platform, admin())).member,
    (await registerMember(env.platform, admin())).member,
    (await registerMember(env.platform, admin())).member,
  ];
  await Promise.all([vip, other, regular].map((member) => copied(member.id)));
  const { createAudience } = await request(url(), CreateAudienceDocument, { input: { name: 'VIP' } }, { token: admin() });
  const audienceId = createAudience.audience?.id as string;
  await request(url(), AddAudienceMembersDocument, { input: { audienceId, memberIds: [vip.id, other.id] } }, { token: admin() });
  const offerId = await publishOffer(env.platform, admin(), {
    name: 'A daily 50 for VIPs',
    event: { kind: 'SCHEDULE', daysOfWeek: [1, 2, 3, 4, 5, 6, 7], time: '00:00' },
    filters: { audienceIds: [audienceId] },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '50' } }],
  });
  // A monthly one whose day is not today: nothing.
  const today = env.platform.clock.now().getUTCDate();
  await publishOffer(env.platform, admin(), {
    name: 'Monthly, another day',
    event: { kind: 'SCHEDULE', dayOfMonth: today === 1 ? 2 : 1, time: '00:00' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '1000' } }],
  });

  await offers.runPeriodicWork();
  await offers.runPeriodicWork();
  for (const member of [vip, other]) await eventually(async () => ((await accruedOf(member.id)) === '50.00' ? true : undefined), 'the day’s accrual');
  env.platform.clock.advance(24 * 3600_000);
  await offers.runPeriodicWork();
  await eventually(async () => ((await accruedOf(vip.id)) === '100.00' ? true : undefined), 'the next day’s accrual');
  await eventually(async () => ((await accruedOf(other.id)) === '100.00' ? true : undefined), 'the next day’s accrual');
  expect(await accruedOf(regular.id)).toBe('0.00');
  const day = (offset: number) => new Date(env.platform.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  expect(
    await querySql(env.platform, 'SELECT occurrence FROM ledger.offer_rewards WHERE member_id = $1 AND offer_id = $2 ORDER BY occurrence', [vip.id, offerId]),
  ).toEqual([{ occurrence: `schedule:${day(-1)}` }, { occurrence: `schedule:${day(0)}` }]);
});
