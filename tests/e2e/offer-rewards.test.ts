import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { pushToLedger, redeliverable } from '../support/ledger-events';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, waitForLedger } from '../support/seed';
import {
  type CreateOfferInput,
  MemberBalanceDocument,
  OptOutDocument,
  PauseOfferDocument,
  ReplaceCardDocument,
  SetProfileLinksDocument,
  UpdateMemberProfileDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/** Offers that reward a member's action: registration per channel, a card activated; once per occurrence. */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
const offerIds: Record<string, string> = {};

const publish = (content: CreateOfferInput['content']) => publishOffer(env.platform, admin(), content);

beforeAll(async () => {
  await request(url(), UpdateProgramRulesDocument, { input: { activationDelayDays: 0, lifetimeDays: 365 } }, { token: admin() });
  offerIds.welcome = await publish({
    name: 'Welcome at the contact center',
    event: { kind: 'MEMBER_REGISTERED', channels: ['CONTACT_CENTER'] },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '100', lifetimeDays: 30 } }],
  });
  offerIds.app = await publish({
    name: 'Welcome in the app',
    event: { kind: 'MEMBER_REGISTERED', channels: ['MOBILE_APP'] },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '500' } }],
  });
  offerIds.card = await publish({
    name: 'Card bonus',
    event: { kind: 'CARD_ACTIVATED' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '25' } }],
  });
});

const activeOf = async (memberId: string) => (await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() })).member?.balance;
const rewardOperations = (memberId: string) =>
  querySql<{ amount: string; actor_kind: string; actor_id: string; channel: string; origin: string; reason: string; expires_at: Date | null }>(
    env.platform,
    `SELECT o.amount::text, o.actor_kind, o.actor_id, o.channel, o.origin::text, o.reason, l.expires_at
       FROM ledger.operations o JOIN ledger.lots l ON l.operation_id = o.id WHERE o.member_id = $1 ORDER BY o.amount DESC`,
    [memberId],
  );

test('registering at the contact center earns its welcome and the card bonus, once each, with their own lifetimes', async () => {
  const { member } = await registerMember(env.platform, admin());
  const balance = await eventually(async () => {
    const read = await activeOf(member.id);
    return read?.active === '125.00' ? read : undefined;
  }, 'both rewards accrued');
  expect(balance?.totalAccrued).toBe('125.00');
  const operations = await rewardOperations(member.id);
  expect(operations.map(({ expires_at, ...o }) => o)).toEqual([
    { amount: '100.00', actor_kind: 'offer', actor_id: offerIds.welcome, channel: 'SYSTEM', origin: 'OFFER', reason: 'Welcome at the contact center' },
    { amount: '25.00', actor_kind: 'offer', actor_id: offerIds.card, channel: 'SYSTEM', origin: 'OFFER', reason: 'Card bonus' },
  ]);
  // The welcome's own 30 days; the card bonus the currency's 365.
  const days = (at: Date | null) => Math.round(((at?.getTime() ?? 0) - Date.now()) / 86_400_000);
  expect(operations.map((o) => days(o.expires_at))).toEqual([30, 365]);

  // The same events again, as a late redelivery under new ids would bring them: nothing more.
  const late = await redeliverable(env.platform, member.id, ['member.registered', 'card.activated']);
  expect(late.map((event) => event.type).sort()).toEqual(['card.activated', 'member.registered']);
  expect((await pushToLedger(env.platform, [...late, ...late])).status).toBe(200);
  expect((await activeOf(member.id))?.active).toBe('125.00');
  expect(await querySql(env.platform, 'SELECT 1 FROM ledger.offer_rewards WHERE member_id = $1', [member.id])).toHaveLength(2);

  // A replacement card is activated too, but the card bonus is once per member.
  const { replaceCard } = await request(
    url(),
    ReplaceCardDocument,
    { input: { cardNumber: member.cards[0]?.number as string, reason: 'LOST' } },
    { token: admin() },
  );
  expect(replaceCard.errors).toEqual([]);
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT 1 FROM ledger.card_refs WHERE number = $1', [replaceCard.newCard?.number])).length > 0 ? true : undefined,
    'the new card known to the ledger',
  );
  expect((await activeOf(member.id))?.active).toBe('125.00');
});

test('a paused offer rewards nobody', async () => {
  await request(url(), PauseOfferDocument, { input: { offerId: offerIds.welcome as string } }, { token: admin() });
  const { member } = await registerMember(env.platform, admin());
  await eventually(async () => ((await activeOf(member.id))?.active === '25.00' ? true : undefined), 'the card bonus accrued');
  expect((await rewardOperations(member.id)).map((o) => o.reason)).toEqual(['Card bonus']);
});

test('a completed profile, the app installed and a social profile linked each reward once per member, however often they happen', async () => {
  await publish({ name: 'Profile complete', event: { kind: 'PROFILE_COMPLETED' }, actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '40' } }] });
  await publish({ name: 'App installed', event: { kind: 'APP_INSTALLED' }, actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '20' } }] });
  await publish({
    name: 'Email linked',
    event: { kind: 'CONTACT_LINKED', contact: 'EMAIL' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '7' } }],
  });
  await publish({
    name: 'Social linked',
    event: { kind: 'CONTACT_LINKED', contact: 'SOCIAL' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '10' } }],
  });
  // A complete profile at registration (phone, email, names, birth date): the card bonus and the profile's.
  const { member } = await registerMember(env.platform, admin());
  await eventually(async () => ((await activeOf(member.id))?.active === '65.00' ? true : undefined), 'card and profile rewards accrued');
  const links = (input: { mobileAppInstalled?: boolean; socialProfileLinked?: boolean }) =>
    request(url(), SetProfileLinksDocument, { input: { memberId: member.id, ...input } }, { token: admin() });
  await links({ mobileAppInstalled: true, socialProfileLinked: true });
  await eventually(async () => ((await activeOf(member.id))?.active === '95.00' ? true : undefined), 'app and social rewards accrued');
  // Unlinked and linked again, uninstalled and installed again: nothing more.
  await links({ mobileAppInstalled: false, socialProfileLinked: false });
  await links({ mobileAppInstalled: true, socialProfileLinked: true });
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1 AND app_installed', [member.id])).length ? true : undefined,
    'the second install seen',
  );
  expect((await activeOf(member.id))?.active).toBe('95.00');
  expect((await rewardOperations(member.id)).map((o) => o.reason).sort()).toEqual(['App installed', 'Card bonus', 'Profile complete', 'Social linked']);
});

test('opting out and registering again with the same phone collects no once-only reward twice', async () => {
  const { member, input } = await registerMember(env.platform, admin());
  await eventually(async () => ((await activeOf(member.id))?.active === '65.00' ? true : undefined), 'card and profile rewards accrued');
  const { optOut } = await request(url(), OptOutDocument, { input: { memberId: member.id, reason: 'leaving' } }, { token: admin() });
  expect(optOut.errors).toEqual([]);
  await waitForLedger(env.platform, member.id, 'DELETED');
  const { member: again } = await registerMember(env.platform, admin(), { phone: input.phone });
  // The new member's claims are made, and give nothing: the phone had them.
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM ledger.offer_rewards WHERE member_id = $1', [again.id])).length === 2 ? true : undefined),
    'the new member’s rewards judged',
  );
  expect((await activeOf(again.id))?.active).toBe('0.00');
});

test('a birthday offer rewards members on their day once a year, however often the task runs; a birthday set lately waits', async () => {
  const offers = env.platform.offers;
  if (!offers) throw new Error('the offers subgraph is not running');
  offerIds.birthday = await publish({
    name: 'Happy birthday',
    event: { kind: 'BIRTHDAY', daysBefore: 0, windowDays: 2 },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '300' } }],
  });
  const known = (memberId: string) =>
    eventually(
      async () => ((await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1', [memberId])).length ? true : undefined),
      'facts copied',
    );
  // Each new member has the card bonus (25) and the complete profile's (40) first.
  // Birthdays 31 days from now (the company's day, UTC; 1992 was a leap year), known from today.
  const dayIn = (days: number) => new Date(env.platform.clock.now().getTime() + days * 86_400_000).toISOString().slice(5, 10);
  const { member: celebrating } = await registerMember(env.platform, admin(), { birthDate: `1992-${dayIn(31)}` });
  const { member: notYet } = await registerMember(env.platform, admin(), { birthDate: `1992-${dayIn(33)}` });
  await Promise.all([known(celebrating.id), known(notYet.id)]);
  await eventually(async () => ((await activeOf(celebrating.id))?.active === '65.00' ? true : undefined), 'the card and profile bonuses accrued');

  // A month on, their birthday comes (the two-day window keeps the test right should the day turn while it runs).
  env.platform.clock.advance(31 * 86_400_000);
  await offers.runPeriodicWork();
  await eventually(async () => ((await activeOf(celebrating.id))?.active === '365.00' ? true : undefined), 'the birthday bonus accrued');
  await offers.runPeriodicWork();
  // A member who moves their birthday to today gets nothing for it: a birthday must be known for a while.
  const { member: mover } = await registerMember(env.platform, admin(), { birthDate: '1992-01-01' });
  await known(mover.id);
  await request(url(), UpdateMemberProfileDocument, { input: { memberId: mover.id, birthDate: `1992-${dayIn(0)}` } }, { token: admin() });
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT birthday FROM offers.member_facts WHERE member_id = $1', [mover.id]))[0]?.birthday === dayIn(0) ? true : undefined,
    'the new birthday copied',
  );
  await offers.runPeriodicWork();
  expect((await activeOf(celebrating.id))?.active).toBe('365.00');
  expect((await activeOf(notYet.id))?.active).toBe('65.00');
  expect((await activeOf(mover.id))?.active).toBe('65.00');
  expect(
    await querySql(env.platform, `SELECT occurrence FROM ledger.offer_rewards WHERE member_id = $1 AND offer_id = $2`, [celebrating.id, offerIds.birthday]),
  ).toEqual([{ occurrence: `birthday:${env.platform.clock.now().getUTCFullYear()}` }]);
});
