import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { pushEvents, pushToLedger, redeliverable } from '../support/ledger-events';
import { publishOffer } from '../support/offers';
import {
  memberInput,
  querySql,
  registerMember,
  registerSignedInMember,
  registerWithCode,
  type SeededTerminal,
  seedTerminal,
  waitForLedger,
} from '../support/seed';
import { buyAtTill } from '../support/till';
import {
  MemberBalanceDocument,
  MemberReferralCodeDocument,
  MyReferralCodeDocument,
  OptOutDocument,
  RefundPurchaseDocument,
  RegisterMemberDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/**
 * Referrals and what a purchase does after the fact: a member's referral code, the inviter's
 * reward when a friend registers with it and when the friend first buys, and offers on a confirmed
 * purchase and on a return, each once per occurrence.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;

beforeAll(async () => {
  await request(url(), UpdateProgramRulesDocument, { input: { baseAccrualPercent: '0', activationDelayDays: 0, lifetimeDays: 365 } }, { token: admin() });
  const bonus = (value: string) => [{ bonusPoints: { base: 'FIXED_PER_RECEIPT' as const, value } }];
  await publishOffer(env.platform, admin(), { name: 'A friend joined', event: { kind: 'FRIEND_INVITED' }, actions: bonus('50') });
  await publishOffer(env.platform, admin(), {
    name: 'A friend bought',
    event: { kind: 'FRIENDS_FIRST_PURCHASE' },
    filters: { minTotal: '15' },
    actions: bonus('200'),
  });
  await publishOffer(env.platform, admin(), { name: 'Thanks for shopping', event: { kind: 'PURCHASE_CONFIRMED' }, actions: bonus('10') });
  await publishOffer(env.platform, admin(), { name: 'Sorry it did not fit', event: { kind: 'RETURN' }, actions: bonus('3') });
  till = await seedTerminal(env.platform, admin());
});

const activeOf = async (memberId: string) => (await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() })).member?.balance?.active;
const rewardsOf = async (memberId: string) =>
  (
    await querySql<{ reason: string }>(env.platform, `SELECT reason FROM ledger.operations WHERE member_id = $1 AND origin = 'OFFER' ORDER BY id`, [memberId])
  ).map((row) => row.reason);
const settled = (memberId: string, active: string, what: string) => eventually(async () => ((await activeOf(memberId)) === active ? true : undefined), what);
const lines = [{ product: 'SKU-1', price: '20.00', quantity: '1' }];

test('a registered member has one referral code, shown to them and to staff, not to others', async () => {
  const { member, token } = await registerSignedInMember(env.platform, env.company);
  const first = (await request(url(), MyReferralCodeDocument, {}, { token })).me?.referralCode;
  expect(first).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  // Read again, by the member and by staff: the same code.
  expect((await request(url(), MyReferralCodeDocument, {}, { token })).me?.referralCode).toBe(first);
  expect((await request(url(), MemberReferralCodeDocument, { id: member.id }, { token: admin() })).member?.referralCode).toBe(first);
  // Another member reaches nobody else's code, and a till does not see it.
  const other = await registerSignedInMember(env.platform, env.company);
  expect((await request(url(), MemberReferralCodeDocument, { id: member.id }, { token: other.token })).member?.referralCode ?? null).toBeNull();
  expect((await request(url(), MemberReferralCodeDocument, { id: member.id }, { token: till.token })).member?.referralCode ?? null).toBeNull();
});

test('a wrong referral code refuses the registration with a typed error and creates nobody', async () => {
  const register = (referralCode: string) =>
    request(url(), RegisterMemberDocument, { input: { ...memberInput(), password: null, referralCode } }, { token: admin() });
  const malformed = (await register('12')).registerMember;
  expect(malformed.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'referralCode']]);
  const unknown = (await register('ZZZZ-ZZZZ')).registerMember;
  expect(unknown.errors.map((e) => [e.code, e.field])).toEqual([['REFERRAL_CODE_NOT_FOUND', 'referralCode']]);
  expect(unknown.member).toBeNull();
});

test('the inviter earns once when a friend registers with their code and once at the friend’s first purchase, however the friend comes back', async () => {
  const { member: inviter, token } = await registerSignedInMember(env.platform, env.company);
  const code = (await request(url(), MyReferralCodeDocument, {}, { token })).me?.referralCode as string;
  // Typed as a person would: lower case, with a hyphen; the friend proves their phone with a code.
  const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
  const { member: friend, input, cardNumber } = await registerWithCode(env.platform, env.company.companyId, { referralCode: typed });
  await settled(inviter.id, '50.00', 'the invitation rewarded');
  const [row] = await querySql<{ referred_by: string }>(env.platform, 'SELECT referred_by FROM members.members WHERE id = $1', [friend.id]);
  expect(row?.referred_by).toBe(inviter.id);

  // The friend's first purchase: 200 for the inviter, 10 for the friend (a confirmed purchase).
  await buyAtTill(env.platform, till, { cardNumber, lines });
  await settled(inviter.id, '250.00', 'the first purchase rewarded');
  await settled(friend.id, '10.00', 'the purchase rewarded');
  // The second purchase rewards only the buyer.
  await buyAtTill(env.platform, till, { cardNumber, lines });
  await settled(friend.id, '20.00', 'the second purchase rewarded');
  expect(await activeOf(inviter.id)).toBe('250.00');

  // The friend opts out and registers again with the same phone and code, and buys: nothing more for the inviter.
  const { optOut } = await request(url(), OptOutDocument, { input: { memberId: friend.id, reason: 'leaving' } }, { token: admin() });
  expect(optOut.errors).toEqual([]);
  await waitForLedger(env.platform, friend.id, 'DELETED');
  const { member: again, cardNumber: againCard } = await registerWithCode(env.platform, env.company.companyId, { phone: input.phone, referralCode: code });
  await buyAtTill(env.platform, till, { cardNumber: againCard, lines });
  await settled(again.id, '10.00', 'the new member’s purchase rewarded');
  // Both of the friend's first purchases were reported for the inviter; handed to the ledger again
  // (the push answers once handled), with the second registration: the friend's phone had them.
  await eventually(
    async () => ((await redeliverable(env.platform, inviter.id, ['offers.purchase_trigger'], 'offers')).length === 2 ? true : undefined),
    'the second first purchase reported',
  );
  const late = [
    ...(await redeliverable(env.platform, again.id, ['member.registered'])),
    ...(await redeliverable(env.platform, inviter.id, ['offers.purchase_trigger'], 'offers')),
  ];
  expect((await pushToLedger(env.platform, late)).status).toBe(200);
  expect(await activeOf(inviter.id)).toBe('250.00');
  expect(await rewardsOf(inviter.id)).toEqual(['A friend joined', 'A friend bought']);
  // The opted-out friend is gone from the offers schema's referral too.
  expect(await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1', [friend.id])).toEqual([]);
});

test('a friend registered by staff or a till, whose phone nobody proved, earns the inviter nothing', async () => {
  const { member: inviter, token } = await registerSignedInMember(env.platform, env.company);
  const code = (await request(url(), MyReferralCodeDocument, {}, { token })).me?.referralCode as string;
  const { member: friend } = await registerMember(env.platform, admin(), { referralCode: code });
  // The referral is recorded; neither the registration nor the friend's first purchase pays.
  const [row] = await querySql<{ referred_by: string }>(env.platform, 'SELECT referred_by FROM members.members WHERE id = $1', [friend.id]);
  expect(row?.referred_by).toBe(inviter.id);
  await buyAtTill(env.platform, till, { cardNumber: friend.cards[0]?.number as string, lines });
  await settled(friend.id, '10.00', 'the friend’s purchase rewarded');
  const late = [
    ...(await redeliverable(env.platform, friend.id, ['member.registered'])),
    ...(await redeliverable(env.platform, inviter.id, ['offers.purchase_trigger'], 'offers')),
  ];
  expect((await pushToLedger(env.platform, late)).status).toBe(200);
  expect(await activeOf(inviter.id)).toBe('0.00');
});

test('a return rewards once per purchase however it is split; returned in full, what the purchase earned is taken back', async () => {
  const { member } = await registerMember(env.platform, admin());
  const twoUnits = [{ product: 'SKU-2', price: '10.00', quantity: '2' }];
  const purchase = await buyAtTill(env.platform, till, { cardNumber: member.cards[0]?.number as string, lines: twoUnits });
  await settled(member.id, '10.00', 'the purchase rewarded');
  const refund = (returned: Array<{ lineNo: number; quantity: string }> | null) =>
    request(url(), RefundPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, lines: returned } }, { token: admin() });
  expect((await refund([{ lineNo: 1, quantity: '1' }])).refundPurchase.errors).toEqual([]);
  await settled(member.id, '13.00', 'the return rewarded');
  // The second half: no second RETURN reward; the purchase is back in full, so its 10 go.
  expect((await refund(null)).refundPurchase.errors).toEqual([]);
  await settled(member.id, '3.00', 'the purchase’s reward taken back');
  expect(await rewardsOf(member.id)).toEqual(['Thanks for shopping', 'Sorry it did not fit', 'Thanks for shopping: purchase returned']);
  // Every trigger delivered again under new ids, twice, as a late redelivery would: nothing more.
  const late = await redeliverable(env.platform, member.id, ['offers.purchase_trigger'], 'offers');
  expect(
    late.map((event) => {
      const { kind, occurrence } = event.payload as { kind: string; occurrence: string };
      return [kind, occurrence];
    }),
  ).toEqual([
    ['PURCHASE_CONFIRMED', `purchase:${purchase.id}`],
    ['RETURN', `return:${purchase.id}`],
    ['RETURN', `return:${purchase.id}`],
    ['PURCHASE_RETURNED', `purchase:${purchase.id}`],
  ]);
  expect((await pushToLedger(env.platform, [...late, ...late])).status).toBe(200);
  expect(await activeOf(member.id)).toBe('3.00');
});

test('a friend’s first purchase below the offer’s minimum earns the inviter nothing, and a first purchase returned in full gives its reward back', async () => {
  const inviterOf = async () => {
    const { member, token } = await registerSignedInMember(env.platform, env.company);
    return { member, code: (await request(url(), MyReferralCodeDocument, {}, { token })).me?.referralCode as string };
  };
  const small = await inviterOf();
  const { member: thrifty, cardNumber: thriftyCard } = await registerWithCode(env.platform, env.company.companyId, { referralCode: small.code });
  await settled(small.member.id, '50.00', 'the invitation rewarded');
  await buyAtTill(env.platform, till, { cardNumber: thriftyCard, lines: [{ product: 'SKU-1', price: '5.00', quantity: '1' }] });
  // Reported, and judged by the ledger (the push answers once handled): 5.00 is below 15.
  await eventually(
    async () => ((await redeliverable(env.platform, small.member.id, ['offers.purchase_trigger'], 'offers')).length === 1 ? true : undefined),
    'the first purchase reported',
  );
  expect((await pushToLedger(env.platform, await redeliverable(env.platform, small.member.id, ['offers.purchase_trigger'], 'offers'))).status).toBe(200);
  // A later, bigger purchase is not a first one.
  await buyAtTill(env.platform, till, { cardNumber: thriftyCard, lines });
  await settled(thrifty.id, '20.00', 'both purchases rewarded');
  expect(await activeOf(small.member.id)).toBe('50.00');

  const big = await inviterOf();
  const { cardNumber: returnerCard } = await registerWithCode(env.platform, env.company.companyId, { referralCode: big.code });
  const first = await buyAtTill(env.platform, till, { cardNumber: returnerCard, lines });
  await settled(big.member.id, '250.00', 'the invitation and the first purchase rewarded');
  const { refundPurchase } = await request(
    url(),
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: first.id, lines: null } },
    { token: admin() },
  );
  expect(refundPurchase.errors).toEqual([]);
  await settled(big.member.id, '50.00', 'the first purchase’s reward taken back');
  expect(await rewardsOf(big.member.id)).toEqual(['A friend joined', 'A friend bought', 'A friend bought: purchase returned']);
});

test('a friend’s first receipt reaching the offers subgraph before their registration still pays the inviter, once', async () => {
  const { member: inviter } = await registerSignedInMember(env.platform, env.company);
  const offers = env.platform.offers;
  if (!offers) throw new Error('the offers subgraph is not running');
  const companyId = env.company.companyId;
  const friendId = randomUUID();
  const at = new Date().toISOString();
  const push = (type: string, source: string, payload: Record<string, unknown>) =>
    pushEvents(
      offers.url,
      [{ eventId: randomUUID(), type, source, companyId, memberId: friendId, occurredAt: at, payload }],
      env.platform.secrets.gatewaySigningSecret,
    );
  // The ledger's receipt first (its push outran the members subgraph's)…
  const receipt = { purchaseId: randomUUID(), pointOfSaleId: till.pointOfSaleId, total: '20.00', occurredAt: at, currency: 'BONUS', lines: [] };
  expect((await push('purchase.confirmed', 'ledger', receipt)).status).toBe(200);
  expect(await querySql(env.platform, 'SELECT 1 FROM offers.first_purchases WHERE member_id = $1', [friendId])).toHaveLength(1);
  // …then the registration naming the inviter: the first purchase's reward is due now.
  const facts = { registrationChannel: 'MOBILE_APP', registeredAt: at, birthday: null, appInstalled: false, profileCompleted: false, marketingConsents: [] };
  const view = { memberId: friendId, companyId, state: 'REGISTERED', version: 2, familyId: null, phoneKey: `key-${friendId}`, takesEReceipts: false, facts };
  const registered = {
    views: { members: [view], cards: [] },
    memberId: friendId,
    channel: 'MOBILE_APP',
    phoneKey: view.phoneKey,
    referredBy: inviter.id,
    phoneProven: true,
  };
  expect((await push('member.registered', 'members', registered)).status).toBe(200);
  expect((await push('member.registered', 'members', registered)).status).toBe(200);
  const triggers = await redeliverable(env.platform, inviter.id, ['offers.purchase_trigger'], 'offers');
  expect(triggers.map((event) => (event.payload as { kind: string }).kind)).toEqual(['FRIENDS_FIRST_PURCHASE']);
  expect((await pushToLedger(env.platform, [...triggers, ...triggers])).status).toBe(200);
  expect(await activeOf(inviter.id)).toBe('200.00');
});

test('a RETURN offer with a minimum counts what the return gave back', async () => {
  await publishOffer(env.platform, admin(), {
    name: 'Big return thanks',
    event: { kind: 'RETURN' },
    filters: { minTotal: '100' },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '7' } }],
  });
  const buyAndReturn = async (price: string) => {
    const { member } = await registerMember(env.platform, admin());
    const purchase = await buyAtTill(env.platform, till, {
      cardNumber: member.cards[0]?.number as string,
      lines: [{ product: 'SKU-3', price, quantity: '1' }],
    });
    await settled(member.id, '10.00', 'the purchase rewarded');
    const { refundPurchase } = await request(
      url(),
      RefundPurchaseDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, lines: null } },
      { token: admin() },
    );
    expect(refundPurchase.errors).toEqual([]);
    await eventually(async () => ((await rewardsOf(member.id)).length >= 3 ? true : undefined), 'the return judged');
    // Every trigger handed to the ledger again (the push answers once handled): nothing more, nothing missing.
    expect((await pushToLedger(env.platform, await redeliverable(env.platform, member.id, ['offers.purchase_trigger'], 'offers'))).status).toBe(200);
    return rewardsOf(member.id);
  };
  expect(await buyAndReturn('99.99')).toEqual(['Thanks for shopping', 'Sorry it did not fit', 'Thanks for shopping: purchase returned']);
  expect((await buyAndReturn('100.00')).sort()).toEqual(
    ['Big return thanks', 'Sorry it did not fit', 'Thanks for shopping', 'Thanks for shopping: purchase returned'].sort(),
  );
});
