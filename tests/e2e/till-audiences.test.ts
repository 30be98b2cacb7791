import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { pushToLedger } from '../support/ledger-events';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  AddAudienceMembersDocument,
  CalculatePurchaseWithOffersDocument,
  ConfirmPurchaseWithOffersDocument,
  CreateAudienceDocument,
  type CreateOfferInput,
  MemberBalanceDocument,
  RemoveAudienceMembersDocument,
} from './__generated__/operations';

/**
 * Audiences at the till: the ledger keeps a copy of their membership from the offers subgraph's
 * events, an offer for an audience applies to its members only, a calculation calculated again
 * judges the member as it did first, and entering an audience is an event an offer can reward.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;
let vip: string;
let vipOfferId: string;

const publish = (content: CreateOfferInput['content']) => publishOffer(env.platform, admin(), content);

beforeAll(async () => {
  till = await seedTerminal(env.platform, admin());
  await useRoundTillRules(env.platform, admin());
  const { createAudience } = await request(url(), CreateAudienceDocument, { input: { name: 'VIP' } }, { token: admin() });
  vip = createAudience.audience?.id as string;
  vipOfferId = await publish({
    name: 'Double points for VIPs',
    event: { kind: 'RECEIPT' },
    filters: { audienceIds: [vip] },
    actions: [{ bonusPoints: { base: 'MULTIPLIER', value: '2' } }, { cashierMessage: 'A VIP: double points' }],
  });
  await publish({
    name: 'Welcome to VIP',
    event: { kind: 'AUDIENCE_ENTERED', audienceId: vip },
    actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '50' } }],
  });
});

async function member() {
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  return { id: member.id, cardNumber };
}

const inLedgerCopy = (memberId: string, present: boolean) =>
  eventually(
    async () => {
      const rows = await querySql<{ present: boolean }>(env.platform, 'SELECT present FROM ledger.audience_members WHERE member_id = $1 AND audience_id = $2', [
        memberId,
        vip,
      ]);
      return (rows[0]?.present ?? false) === present ? true : undefined;
    },
    `the ledger's copy says ${present ? 'in' : 'out of'} the audience`,
  );

const calculate = (cardNumber: string) =>
  request(
    url(),
    CalculatePurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'TEA', category: 'drinks/tea', price: '20.00', quantity: '1' }] } },
    { token: till.token },
  ).then((answer) => answer.calculatePurchase);

const setMembership = (document: typeof AddAudienceMembersDocument | typeof RemoveAudienceMembersDocument, memberId: string) =>
  request(url(), document as typeof AddAudienceMembersDocument, { input: { audienceId: vip, memberIds: [memberId] } }, { token: admin() });

test('an offer for an audience gives its members double points at the till, and nobody else', async () => {
  const [insider, outsider] = [await member(), await member()];
  await setMembership(AddAudienceMembersDocument, insider.id);
  await inLedgerCopy(insider.id, true);

  const inside = await calculate(insider.cardNumber);
  // 5 % of 20.00 is 1.00, doubled.
  expect(inside.purchase).toMatchObject({ accrual: '2.00', cashierMessages: ['A VIP: double points'] });
  expect(inside.purchase?.appliedOffers.map((offer) => offer.offerId)).toEqual([vipOfferId]);
  const outside = await calculate(outsider.cardNumber);
  expect(outside.purchase).toMatchObject({ accrual: '1.00', cashierMessages: [], appliedOffers: [] });

  // Taken out of the audience: the purchase calculated while in it keeps its offer to confirmation, the next one is plain.
  await setMembership(RemoveAudienceMembersDocument, insider.id);
  await inLedgerCopy(insider.id, false);
  const { confirmPurchase } = await request(
    url(),
    ConfirmPurchaseWithOffersDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: inside.purchase?.id as string } },
    { token: till.token },
  );
  expect(confirmPurchase.purchase?.accrual).toBe('2.00');
  expect((await calculate(insider.cardNumber)).purchase?.accrual).toBe('1.00');
});

test('entering the audience earns its welcome once per member, however often they enter and the event arrives', async () => {
  const joiner = await member();
  await setMembership(AddAudienceMembersDocument, joiner.id);
  const balance = () => request(url(), MemberBalanceDocument, { id: joiner.id }, { token: admin() }).then((answer) => answer.member?.balance?.active);
  await eventually(async () => ((await balance()) === '50.00' ? true : undefined), 'the welcome accrued');
  // The entry's event again, twice, under new ids (a late redelivery): nothing more.
  const [entry] = await querySql<{ type: string; company_id: string; payload: object; occurred_at: Date }>(
    env.platform,
    `SELECT type, company_id, payload, occurred_at FROM offers.outbox_events WHERE type = 'audience.members_entered' AND payload->'memberIds' ? $1`,
    [joiner.id],
  );
  const again = () => ({
    eventId: randomUUID(),
    type: entry?.type,
    source: 'offers',
    companyId: entry?.company_id,
    memberId: null,
    occurredAt: entry?.occurred_at.toISOString(),
    payload: entry?.payload,
  });
  expect((await pushToLedger(env.platform, [again(), again()])).status).toBe(200);
  expect(await balance()).toBe('50.00');
  // Uploading them again is no new entry, and neither is leaving and entering again: once per member.
  await setMembership(AddAudienceMembersDocument, joiner.id);
  await setMembership(RemoveAudienceMembersDocument, joiner.id);
  await inLedgerCopy(joiner.id, false);
  await setMembership(AddAudienceMembersDocument, joiner.id);
  await inLedgerCopy(joiner.id, true);
  expect(await balance()).toBe('50.00');
  expect(await querySql(env.platform, 'SELECT occurrence FROM ledger.offer_rewards WHERE member_id = $1', [joiner.id])).toHaveLength(1);
});
