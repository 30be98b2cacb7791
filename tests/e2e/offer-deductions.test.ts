import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, type SeededTerminal, seedTerminal } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  CalculatePurchaseDocument,
  ConfirmPurchaseDocument,
  CreateAudienceDocument,
  CreateOfferDocument,
  MemberBalanceDocument,
  MemberOffersAndPromotionsDocument,
  SetSocialGroupMembershipDocument,
} from './__generated__/operations';

/**
 * Offers on joining and leaving the company's social group, and deductions: a penalty takes what
 * the member can spend (never what a pending purchase holds), once per member, like any reward.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  await publishOffer(env.platform, admin(), {
    name: 'Joined our group',
    event: { kind: 'SOCIAL_GROUP_JOINED' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '30' } }],
  });
  await publishOffer(env.platform, admin(), {
    name: 'Left our group',
    event: { kind: 'SOCIAL_GROUP_LEFT' },
    actions: [{ bonusDeduction: { value: '100' } }],
  });
  till = await seedTerminal(env.platform, admin());
});

const balanceOf = async (memberId: string) => (await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() })).member?.balance;
const settled = (memberId: string, active: string, what: string) =>
  eventually(async () => ((await balanceOf(memberId))?.active === active ? true : undefined), what);
const setGroup = async (memberId: string, joined: boolean) => {
  const { setSocialGroupMembership } = await request(url(), SetSocialGroupMembershipDocument, { input: { memberId, joined } }, { token: admin() });
  expect(setSocialGroupMembership.errors).toEqual([]);
  return setSocialGroupMembership.member;
};
const offerOperations = (memberId: string) =>
  querySql<{ kind: string; amount: string; reason: string }>(
    env.platform,
    `SELECT kind::text, amount::text, reason FROM ledger.operations WHERE member_id = $1 AND origin = 'OFFER' ORDER BY id`,
    [memberId],
  );

test('joining rewards once, leaving takes back what the member can spend, once, however often they come and go', async () => {
  const { member } = await registerMember(env.platform, admin());
  expect((await setGroup(member.id, true))?.socialGroupMember).toBe(true);
  await settled(member.id, '30.00', 'the join rewarded');
  expect((await setGroup(member.id, false))?.socialGroupMember).toBe(false);
  // 100 asked, 30 there: 30 taken, no debt.
  await settled(member.id, '0.00', 'the leaving deducted');
  await setGroup(member.id, true);
  await setGroup(member.id, false);
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM ledger.offer_rewards WHERE member_id = $1', [member.id])).length === 2 ? true : undefined),
    'both claims made',
  );
  expect(await offerOperations(member.id)).toEqual([
    { kind: 'ACCRUAL', amount: '30.00', reason: 'Joined our group' },
    { kind: 'DEDUCTION', amount: '30.00', reason: 'Left our group' },
  ]);
  // A deduction lowers what was accrued (domain.md: totalDeducted counts purchases only).
  expect(await balanceOf(member.id)).toMatchObject({ active: '0.00', totalAccrued: '0.00', totalDeducted: '0.00' });
});

test('the offers subgraph knows who is in the group: an audience selects them, and the joining offer is not advertised to them', async () => {
  const { member } = await registerMember(env.platform, admin());
  const offersShown = async () =>
    ((await request(url(), MemberOffersAndPromotionsDocument, { id: member.id }, { token: admin() })).member?.offers ?? []).map((o) => o.name);
  await eventually(async () => ((await offersShown()).includes('Joined our group') ? true : undefined), 'the joining offer advertised');
  await setGroup(member.id, true);
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1 AND social_group_member', [member.id])).length ? true : undefined,
    'the membership copied',
  );
  expect(await offersShown()).not.toContain('Joined our group');
  // Penalties are never advertised.
  expect(await offersShown()).not.toContain('Left our group');
  const { createAudience } = await request(
    url(),
    CreateAudienceDocument,
    { input: { name: 'In our group', rules: { socialGroupMember: true } } },
    { token: admin() },
  );
  const audienceId = createAudience.audience?.id as string;
  const members = await querySql<{ member_id: string }>(env.platform, 'SELECT member_id FROM offers.audience_members WHERE audience_id = $1', [audienceId]);
  expect(members.map((m) => m.member_id)).toContain(member.id);
});

test('a deduction leaves what a pending purchase holds, and the purchase still confirms', async () => {
  const { member } = await registerMember(env.platform, admin());
  await setGroup(member.id, true);
  await settled(member.id, '30.00', 'the join rewarded');
  const cardNumber = member.cards[0]?.number as string;
  const { calculatePurchase } = await request(
    url(),
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, payWithBonuses: '20', lines: [{ product: 'SKU-1', price: '100.00', quantity: '1' }] } },
    { token: till.token },
  );
  expect(calculatePurchase.errors).toEqual([]);
  await setGroup(member.id, false);
  await eventually(async () => ((await offerOperations(member.id)).length === 2 ? true : undefined), 'the leaving deducted');
  expect((await offerOperations(member.id))[1]).toEqual({ kind: 'DEDUCTION', amount: '10.00', reason: 'Left our group' });
  const { confirmPurchase } = await request(
    url(),
    ConfirmPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: calculatePurchase.purchase?.id as string } },
    { token: till.token },
  );
  expect(confirmPurchase.errors).toEqual([]);
  // 30 − 10 deducted − 20 paid, and the purchase's accrual: 5 % of the 80 paid in money.
  expect(await balanceOf(member.id)).toMatchObject({ active: '4.00', totalAccrued: '24.00', totalDeducted: '20.00' });
});

test('a deduction is never a receipt offer’s, and takes more than nothing', async () => {
  const create = (content: Parameters<typeof publishOffer>[2]) => request(url(), CreateOfferDocument, { input: { content } }, { token: admin() });
  const onReceipt = await create({ name: 'Receipt penalty', event: { kind: 'RECEIPT' }, actions: [{ bonusDeduction: { value: '5' } }] });
  expect(onReceipt.createOffer.errors.map((e) => [e.code, e.field])).toEqual([['ACTION_NOT_FOR_EVENT', 'actions.0']]);
  const nothing = await create({ name: 'Empty penalty', event: { kind: 'SOCIAL_GROUP_LEFT' }, actions: [{ bonusDeduction: { value: '0' } }] });
  expect(nothing.createOffer.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_AMOUNT', 'actions.0.bonusDeduction.value']]);
  expect(nothing.createOffer.offer).toBeNull();
});
