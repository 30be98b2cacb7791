import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerMember, type SeededTerminal, seedTerminal } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import { CalculatePurchaseDocument, ConfirmPurchaseDocument, SetProfileLinksDocument } from './__generated__/operations';

/**
 * An offer's message to the member (MEMBER_MESSAGE): the ledger asks the communications subgraph to
 * send it (offer.message_due, with the channel and template), once per confirmed purchase a receipt
 * offer applied to, and once per occurrence of the event an event offer reacts to.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;
const offerIds: Record<string, string> = {};

beforeAll(async () => {
  await useRoundTillRules(env.platform, admin());
  offerIds.thanks = await publishOffer(env.platform, admin(), {
    name: 'Coffee thanks',
    event: { kind: 'RECEIPT' },
    filters: { productsInclude: [{ category: 'coffee' }], membersOnly: true },
    actions: [{ memberMessage: { channel: 'PUSH', template: 'coffee-thanks' } }],
  });
  offerIds.app = await publishOffer(env.platform, admin(), {
    name: 'App hello',
    event: { kind: 'APP_INSTALLED' },
    actions: [{ memberMessage: { channel: 'EMAIL', template: 'app-hello' } }],
  });
  till = await seedTerminal(env.platform, admin());
});

const messagesTo = (memberId: string) =>
  querySql<{ offer_id: string; channel: string; template: string; purchase_id: string | null }>(
    env.platform,
    `SELECT payload->>'offerId' AS offer_id, payload->>'channel' AS channel, payload->>'template' AS template, payload->>'purchaseId' AS purchase_id
       FROM ledger.outbox_events WHERE type = 'offer.message_due' AND member_id = $1 ORDER BY id`,
    [memberId],
  );

test('a receipt offer’s message goes once its purchase is confirmed, not when it is only calculated, and not again on a retry', async () => {
  const { member } = await registerMember(env.platform, admin());
  const cardNumber = member.cards[0]?.number as string;
  const lines = [{ product: 'ESPRESSO', category: 'drinks/coffee', price: '3.00', quantity: '1' }];
  const { calculatePurchase } = await request(
    url(),
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, lines } },
    { token: till.token },
  );
  const purchaseId = calculatePurchase.purchase?.id as string;
  expect(await messagesTo(member.id)).toEqual([]);
  const confirm = { idempotencyKey: randomUUID(), purchaseId };
  expect((await request(url(), ConfirmPurchaseDocument, { input: confirm }, { token: till.token })).confirmPurchase.errors).toEqual([]);
  expect((await request(url(), ConfirmPurchaseDocument, { input: confirm }, { token: till.token })).confirmPurchase.errors).toEqual([]);
  expect(await messagesTo(member.id)).toEqual([{ offer_id: offerIds.thanks, channel: 'PUSH', template: 'coffee-thanks', purchase_id: purchaseId }]);
});

test('an event offer’s message goes once per occurrence, however often the member does it', async () => {
  const { member } = await registerMember(env.platform, admin());
  const links = (mobileAppInstalled: boolean) =>
    request(url(), SetProfileLinksDocument, { input: { memberId: member.id, mobileAppInstalled } }, { token: admin() });
  await links(true);
  await eventually(async () => ((await messagesTo(member.id)).length === 1 ? true : undefined), 'the message asked for');
  await links(false);
  await links(true);
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1 AND app_installed', [member.id])).length ? true : undefined,
    'the second install seen',
  );
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM ledger.offer_rewards WHERE member_id = $1', [member.id])).length === 1 ? true : undefined),
    'the claim kept',
  );
  expect(await messagesTo(member.id)).toEqual([{ offer_id: offerIds.app, channel: 'EMAIL', template: 'app-hello', purchase_id: null }]);
});
