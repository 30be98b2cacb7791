import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedger, waitForLedgerCard } from '../support/seed';
import { buyAtTill } from '../support/till';
import { MemberBalanceDocument, RefundPurchaseDocument, UpdateProgramRulesDocument } from './__generated__/operations';

/**
 * A receipt offer's bonuses with their own activation delay or lifetime: a lot of their own at
 * confirmation (the currency's terms for the rest), and a return takes back from the purchase's
 * lots, its own lot first, before the member's other bonuses.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;
const DAY = 86_400_000;
const TEA_AND_CAKE = [
  { product: 'GREEN-TEA', category: 'drinks/tea', price: '20.00', quantity: '1' },
  { product: 'CHEESECAKE', category: 'cake', price: '10.00', quantity: '1' },
];

beforeAll(async () => {
  till = await seedTerminal(env.platform, admin());
  const rules = { baseAccrualPercent: '5', maxPaymentShare: '0.5', activationDelayDays: 0, lifetimeDays: 365 };
  expect((await request(url(), UpdateProgramRulesDocument, { input: rules }, { token: admin() })).updateProgramRules.errors).toEqual([]);
  await publishOffer(env.platform, admin(), {
    name: '10 % on tea, for 30 days',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'tea' }] },
    actions: [{ bonusPoints: { base: 'PERCENT', value: '10', lifetimeDays: 30 } }],
  });
  await publishOffer(env.platform, admin(), {
    name: '2.00 on cake, from next week',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'cake' }] },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '2', activationDelayDays: 7 } }],
  });
});

async function member() {
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedger(env.platform, member.id);
  await waitForLedgerCard(env.platform, cardNumber);
  return { memberId: member.id, cardNumber };
}

const lotsOf = async (purchaseId: string) => {
  const now = env.platform.clock.now().getTime();
  const rows = await querySql<{ amount: string; remaining: string; activates_at: Date; expires_at: Date | null }>(
    env.platform,
    `SELECT l.amount::text, l.remaining::text, l.activates_at, l.expires_at FROM ledger.purchases p
       JOIN ledger.lots l ON l.id = p.accrual_lot_id OR l.id = ANY(p.offer_lot_ids) WHERE p.id = $1 ORDER BY l.amount, l.expires_at`,
    [purchaseId],
  );
  const days = (at: Date | null) => (at === null ? null : Math.round((at.getTime() - now) / DAY) || 0);
  return rows.map((lot) => ({ amount: lot.amount, remaining: lot.remaining, activatesIn: days(lot.activates_at), expiresIn: days(lot.expires_at) }));
};

test('an offer’s own lifetime and activation delay make lots of their own; the rest keeps the currency’s', async () => {
  const { memberId, cardNumber } = await member();
  const purchase = await buyAtTill(env.platform, till, { cardNumber, lines: TEA_AND_CAKE });
  // 5 % of 30.00 on the currency's terms, 10 % of 20.00 for 30 days, 2.00 active in 7 days.
  expect(purchase.accrual).toBe('5.50');
  expect(await lotsOf(purchase.id)).toEqual([
    { amount: '1.50', remaining: '1.50', activatesIn: 0, expiresIn: 365 },
    { amount: '2.00', remaining: '2.00', activatesIn: 0, expiresIn: 30 },
    { amount: '2.00', remaining: '2.00', activatesIn: 7, expiresIn: 365 + 7 },
  ]);
  const { member: read } = await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() });
  expect(read?.balance).toMatchObject({ active: '3.50', nonActivated: '2.00', totalAccrued: '5.50' });
});

test('a return takes back from the purchase’s own lots, the one on the currency’s terms first, before other bonuses', async () => {
  const { memberId, cardNumber } = await member();
  const purchase = await buyAtTill(env.platform, till, { cardNumber, lines: TEA_AND_CAKE });
  // The tea returned: its 1.00 base and 2.00 offer bonuses; the cake's lots stay.
  const { refundPurchase } = await request(
    url(),
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id, lines: [{ lineNo: 1, quantity: '1' }] } },
    { token: admin() },
  );
  expect(refundPurchase.errors).toEqual([]);
  expect(refundPurchase.purchase?.refunds[0]).toMatchObject({ accrualTakenBack: '3.00' });
  expect((await lotsOf(purchase.id)).map((lot) => [lot.amount, lot.remaining])).toEqual([
    ['1.50', '0.00'],
    ['2.00', '0.50'],
    ['2.00', '2.00'],
  ]);
  // The cake returned too: the rest of its lots, the one not yet active included, and nothing owed.
  const { refundPurchase: rest } = await request(
    url(),
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: purchase.id } },
    { token: admin() },
  );
  expect(rest.purchase?.refunds[1]).toMatchObject({ accrualTakenBack: '2.50', accrualOwed: '0.00' });
  expect((await lotsOf(purchase.id)).map((lot) => lot.remaining)).toEqual(['0.00', '0.00', '0.00']);
  const { member: read } = await request(url(), MemberBalanceDocument, { id: memberId }, { token: admin() });
  expect(read?.balance).toMatchObject({ active: '0.00', nonActivated: '0.00', debt: '0.00' });
});
