import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerSignedInMember, type SeededTerminal, seedTerminal, seedTerminalAt, waitForLedgerCard } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  type CalculatePurchaseInput,
  CalculatePurchaseWithOffersDocument,
  CancelPurchaseDocument,
  ConfirmPurchaseWithOffersDocument,
  CouponsDocument,
  CreateOfferDocument,
  FinishOfferDocument,
  IssueCouponsDocument,
  type IssueCouponsInput,
  MemberCouponsDocument,
  MyCouponsDocument,
  MyOffersAndPromotionsDocument,
  PublishOfferDocument,
} from './__generated__/operations';

/**
 * Coupons: issued for an offer that asks for one, carried to the ledger at once, presented at the
 * till, held by the purchase whose offer they opened, spent at its confirmation, free again when it
 * is cancelled or lapses, and never redeemed beyond their uses by racing tills.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let tills: SeededTerminal[];
let offerId: string;

const CAKE = { product: 'CAKE', category: 'bakery/cakes', price: '20.00', quantity: '1' };
const MILK = { product: 'MILK', category: 'dairy', price: '2.00', quantity: '1' };

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  const first = await seedTerminal(env.platform, admin());
  tills = [first, await seedTerminalAt(env.platform, admin(), first.pointOfSaleId), await seedTerminalAt(env.platform, admin(), first.pointOfSaleId)];
  const { createOffer } = await request(
    url(),
    CreateOfferDocument,
    {
      input: {
        content: {
          name: 'Cake coupon: 25 % off',
          event: { kind: 'RECEIPT' },
          filters: { productsInclude: [{ category: 'bakery' }], couponRequired: true },
          actions: [{ discount: { base: 'PERCENT', value: '25' } }],
        },
      },
    },
    { token: admin() },
  );
  offerId = createOffer.offer?.id as string;
  await request(url(), PublishOfferDocument, { input: { offerId } }, { token: admin() });
});

async function issue(input: Omit<IssueCouponsInput, 'offerId'>) {
  const { issueCoupons } = await request(url(), IssueCouponsDocument, { input: { offerId, ...input } }, { token: admin() });
  if (!issueCoupons.issued) throw new Error(JSON.stringify(issueCoupons.errors));
  return issueCoupons.issued.coupons;
}

const calculate = (till: SeededTerminal, input: Partial<CalculatePurchaseInput>) =>
  request(url(), CalculatePurchaseWithOffersDocument, { input: { idempotencyKey: randomUUID(), lines: [CAKE], ...input } }, { token: till.token }).then(
    (answer) => answer.calculatePurchase,
  );
const confirm = (till: SeededTerminal, purchaseId: string) =>
  request(url(), ConfirmPurchaseWithOffersDocument, { input: { idempotencyKey: randomUUID(), purchaseId } }, { token: till.token }).then(
    (answer) => answer.confirmPurchase,
  );
const codes = (answer: { errors: Array<{ code: string }> }) => answer.errors.map((error) => error.code);

test('a coupon opens its offer; without one the offer does not apply', async () => {
  const [coupon] = await issue({ prefix: 'CAKE' });
  expect(coupon?.code).toMatch(/^CAKE[2-9A-HJKMNP-Z]{10}$/);
  const plain = await calculate(tills[0] as SeededTerminal, {});
  expect(plain.purchase).toMatchObject({ discount: '0.00', couponsRedeemed: [] });
  const withCoupon = await calculate(tills[0] as SeededTerminal, { coupons: [coupon?.code as string] });
  expect(withCoupon.purchase).toMatchObject({ discount: '5.00', total: '15.00', couponsRedeemed: [coupon?.code] });
  expect(withCoupon.purchase?.appliedOffers.map((o) => o.offerId)).toEqual([offerId]);
});

test('racing tills redeem a single-use coupon once; a cancelled hold frees it, a confirmed one spends it', async () => {
  // Several coupons, each raced by three tills at once: every time, one holds it.
  for (const racing of await issue({ count: 4 })) {
    const raced = await Promise.all(tills.map((till) => calculate(till, { coupons: [racing.code] })));
    expect(raced.filter((answer) => answer.purchase)).toHaveLength(1);
    expect(raced.filter((answer) => !answer.purchase).map(codes)).toEqual([['COUPON_USED_UP'], ['COUPON_USED_UP']]);
  }
  const [coupon] = await issue({});
  const code = coupon?.code as string;
  const answers = await Promise.all(tills.map((till) => calculate(till, { coupons: [code] })));
  const held = answers.filter((answer) => answer.purchase);
  expect(held).toHaveLength(1);
  const winner = tills[answers.findIndex((answer) => answer.purchase)] as SeededTerminal;

  await request(
    url(),
    CancelPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: held[0]?.purchase?.id as string } },
    { token: winner.token },
  );
  const again = await calculate(tills[1] as SeededTerminal, { coupons: [code] });
  expect(again.purchase?.couponsRedeemed).toEqual([code]);
  const confirmed = await confirm(tills[1] as SeededTerminal, again.purchase?.id as string);
  expect(confirmed.purchase).toMatchObject({ state: 'CONFIRMED', discount: '5.00', couponsRedeemed: [code] });
  expect(codes(await calculate(tills[2] as SeededTerminal, { coupons: [code] }))).toEqual(['COUPON_USED_UP']);
});

test('a hold lapses with its purchase; a coupon whose offer does not apply is not held', async () => {
  const [coupon] = await issue({});
  const code = coupon?.code as string;
  // No bakery line: the offer does not apply, so the coupon stays free.
  const milkOnly = await calculate(tills[0] as SeededTerminal, { lines: [MILK], coupons: [code] });
  expect(milkOnly.purchase).toMatchObject({ discount: '0.00', couponsRedeemed: [] });
  const pending = await calculate(tills[0] as SeededTerminal, { coupons: [code] });
  expect(pending.purchase?.couponsRedeemed).toEqual([code]);
  expect(codes(await calculate(tills[1] as SeededTerminal, { coupons: [code] }))).toEqual(['COUPON_USED_UP']);
  env.platform.clock.advance(16 * 60_000);
  expect((await calculate(tills[1] as SeededTerminal, { coupons: [code] })).purchase?.couponsRedeemed).toEqual([code]);
});

test('a member’s coupon: theirs alone, twice, listed in their account with the uses left', async () => {
  const owner = await registerSignedInMember(env.platform, env.company);
  const other = await registerSignedInMember(env.platform, env.company);
  const [ownerCard, otherCard] = [owner.member.cards[0]?.number as string, other.member.cards[0]?.number as string];
  await Promise.all([waitForLedgerCard(env.platform, ownerCard), waitForLedgerCard(env.platform, otherCard)]);
  const [coupon] = await issue({ memberIds: [owner.member.id], maxUses: 2 });
  expect(coupon).toMatchObject({ memberId: owner.member.id, maxUses: 2 });
  const code = coupon?.code as string;

  expect(codes(await calculate(tills[0] as SeededTerminal, { cardNumber: otherCard, coupons: [code] }))).toEqual(['COUPON_NOT_YOURS']);
  expect(codes(await calculate(tills[0] as SeededTerminal, { coupons: [code] }))).toEqual(['COUPON_NOT_YOURS']);
  const mine = async () => (await request(url(), MyCouponsDocument, {}, { token: owner.token })).me?.coupons;
  expect(await mine()).toEqual([{ code, offerId, usesLeft: 2, validTo: null }]);
  // The coupon offer shows among the owner's offers, and to nobody else; a till does not read members' coupons.
  const offersOf = async (token: string) => (await request(url(), MyOffersAndPromotionsDocument, {}, { token })).me?.offers.map((o) => o.offerId);
  expect(await offersOf(owner.token)).toContain(offerId);
  expect(await offersOf(other.token)).not.toContain(offerId);
  const asTill = await request(url(), MemberCouponsDocument, { id: owner.member.id }, { token: (tills[0] as SeededTerminal).token });
  expect(asTill.member?.coupons ?? []).toEqual([]);
  for (const till of tills.slice(0, 2)) {
    const { purchase } = await calculate(till, { cardNumber: ownerCard, coupons: [code] });
    expect((await confirm(till, purchase?.id as string)).purchase?.discount).toBe('5.00');
  }
  expect(codes(await calculate(tills[2] as SeededTerminal, { cardNumber: ownerCard, coupons: [code] }))).toEqual(['COUPON_USED_UP']);
  expect(await mine()).toEqual([]);
  expect((await request(url(), MyCouponsDocument, {}, { token: other.token })).me?.coupons).toEqual([]);
});

test('bad coupons and bad requests get typed errors and change nothing', async () => {
  const unknown = await calculate(tills[0] as SeededTerminal, { coupons: ['NO-SUCH-CODE'] });
  expect(unknown.errors.map((e) => [e.code, e.field])).toEqual([['COUPON_NOT_FOUND', 'coupons.0']]);
  const [expiring] = await issue({ validTo: new Date(env.platform.clock.now().getTime() + 60_000).toISOString() });
  env.platform.clock.advance(2 * 60_000);
  expect(codes(await calculate(tills[0] as SeededTerminal, { coupons: [expiring?.code as string] }))).toEqual(['COUPON_EXPIRED']);

  const refused = async (input: Partial<IssueCouponsInput>) => {
    const { issueCoupons } = await request(url(), IssueCouponsDocument, { input: { offerId, ...input } }, { token: admin() });
    return issueCoupons.errors.map((e) => [e.code, e.field]);
  };
  expect(await refused({ count: 0 })).toEqual([['INVALID_INPUT', 'count']]);
  expect(await refused({ maxUses: 0, prefix: 'no!' })).toEqual([
    ['INVALID_INPUT', 'maxUses'],
    ['INVALID_INPUT', 'prefix'],
  ]);
  expect(await refused({ validTo: new Date(Date.now() - 60_000).toISOString() })).toEqual([['INVALID_PERIOD', 'validTo']]);
  expect(await refused({ memberIds: [randomUUID()] })).toEqual([['MEMBER_NOT_FOUND', 'memberIds.0']]);
  const { createOffer } = await request(
    url(),
    CreateOfferDocument,
    { input: { content: { name: 'No coupon needed', event: { kind: 'RECEIPT' }, actions: [{ receiptMessage: 'Hi' }] } } },
    { token: admin() },
  );
  expect(await refused({ offerId: createOffer.offer?.id as string })).toEqual([['INVALID_INPUT', 'offerId']]);
  const { createOffer: ended } = await request(
    url(),
    CreateOfferDocument,
    { input: { content: { name: 'Ended coupon offer', event: { kind: 'RECEIPT' }, filters: { couponRequired: true }, actions: [{ receiptMessage: 'Hi' }] } } },
    { token: admin() },
  );
  const endedId = ended.offer?.id as string;
  await request(url(), PublishOfferDocument, { input: { offerId: endedId } }, { token: admin() });
  await request(url(), FinishOfferDocument, { input: { offerId: endedId } }, { token: admin() });
  expect(await refused({ offerId: endedId })).toEqual([['OFFER_STATE_CONFLICT', 'offerId']]);
  expect(await refused({ memberIds: [randomUUID()], count: 3 })).toEqual([['INVALID_INPUT', 'count']]);
  const listed = await request(url(), CouponsDocument, { offerId, first: 1000 }, { token: admin() });
  expect(listed.coupons.edges.length).toBeGreaterThanOrEqual(5);
});
