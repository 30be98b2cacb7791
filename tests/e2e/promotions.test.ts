import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { querySql, registerSignedInMember } from '../support/seed';
import {
  AddAudienceMembersDocument,
  CreateAudienceDocument,
  type CreateOfferInput,
  CreatePromotionDocument,
  DeleteAudienceDocument,
  DeletePromotionDocument,
  FinishOfferDocument,
  MemberOffersAndPromotionsDocument,
  MyOffersAndPromotionsDocument,
  OfferDocument,
  type PromotionContentInput,
  UpdateCompanySettingsDocument,
  UpdatePromotionDocument,
} from './__generated__/operations';

/**
 * What a member is offered, as the app shows it: the live offers that are for them and promo content
 * in its display window, for everyone or an audience of theirs, hidden once its offer ends. Members
 * see only their own; marketers write the content.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
/** The platform's wall clock in the company's time zone (UTC), shifted by hours. */
const localIn = (hours: number) => new Date(env.platform.clock.now().getTime() + hours * 3_600_000).toISOString().slice(0, 16);

const publish = (content: CreateOfferInput['content']) => publishOffer(env.platform, admin(), content);

async function promote(content: PromotionContentInput) {
  const { createPromotion } = await request(url(), CreatePromotionDocument, { input: { content } }, { token: admin() });
  if (!createPromotion.promotion) throw new Error(JSON.stringify(createPromotion.errors));
  return createPromotion.promotion;
}

async function signedInMember() {
  const { member, token } = await registerSignedInMember(env.platform, env.company);
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1', [member.id])).length ? true : undefined),
    'facts copied',
  );
  return { id: member.id, token };
}

test('a member sees the offers and content meant for them, in order, and nothing meant for others', async () => {
  const [vip, regular] = [await signedInMember(), await signedInMember()];
  const { createAudience } = await request(url(), CreateAudienceDocument, { input: { name: 'VIP' } }, { token: admin() });
  const audienceId = createAudience.audience?.id as string;
  await request(url(), AddAudienceMembersDocument, { input: { audienceId, memberIds: [vip.id] } }, { token: admin() });

  const everyone = await publish({
    name: 'Coffee 10 %',
    description: 'Ten percent off coffee',
    event: { kind: 'RECEIPT' },
    actions: [{ discount: { base: 'PERCENT', value: '10' } }],
  });
  const vipOnly = await publish({
    name: 'VIP double points',
    event: { kind: 'RECEIPT' },
    filters: { audienceIds: [audienceId] },
    actions: [{ bonusPoints: { base: 'MULTIPLIER', value: '2' } }],
  });
  // Not advertised: a penalty, a welcome for registering to the registered, a consolation for returns.
  await publish({ name: 'Left our group', event: { kind: 'SOCIAL_GROUP_LEFT' }, actions: [{ bonusDeduction: { value: '30' } }] });
  await publish({ name: 'Welcome', event: { kind: 'MEMBER_REGISTERED' }, actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '50' } }] });
  await publish({ name: 'Sorry', event: { kind: 'RETURN' }, actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '5' } }] });
  // Still to be earned: installing the app.
  const app = await publish({ name: 'Get the app', event: { kind: 'APP_INSTALLED' }, actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '20' } }] });
  const coming = await publish({
    name: 'Christmas',
    startsAt: localIn(24 * 20),
    event: { kind: 'RECEIPT' },
    actions: [{ receiptMessage: 'Merry Christmas' }],
  });

  const general = await promote({
    title: 'Coffee week',
    text: 'All week long',
    imageUrl: 'https://cdn.example.com/coffee.png',
    link: 'https://example.com/coffee',
    offerId: everyone,
    position: 2,
    published: true,
  });
  const forVip = await promote({ title: 'For our VIPs', audienceId, position: 1, published: true });
  // Shown days before its offer starts.
  const teaser = await promote({ title: 'Christmas is coming', offerId: coming, displayFrom: localIn(-1), position: 3, published: true });
  await promote({ title: 'A draft', published: false });
  await promote({ title: 'Next month', displayFrom: localIn(24 * 30), published: true });
  await promote({ title: 'Over', displayTo: localIn(-1), published: true });

  const mine = (await request(url(), MyOffersAndPromotionsDocument, {}, { token: vip.token })).me;
  expect(mine?.promotions.map((p) => p.id)).toEqual([forVip.id, general.id, teaser.id]);
  expect(mine?.promotions.map((p) => p.title)).toEqual(['For our VIPs', 'Coffee week', 'Christmas is coming']);
  expect(mine?.promotions[1]).toMatchObject({ id: general.id, imageUrl: 'https://cdn.example.com/coffee.png', audienceId: null, published: null });
  expect(mine?.offers.map((o) => [o.name, o.active]).sort()).toEqual([
    ['Christmas', false],
    ['Coffee 10 %', true],
    ['Get the app', true],
    ['VIP double points', true],
  ]);
  expect(mine?.offers.find((o) => o.name === 'Coffee 10 %')?.description).toBe('Ten percent off coffee');
  expect(new Set(mine?.offers.map((o) => o.offerId))).toEqual(new Set([everyone, vipOnly, coming, app]));

  const theirs = (await request(url(), MyOffersAndPromotionsDocument, {}, { token: regular.token })).me;
  expect(theirs?.promotions.map((p) => p.id)).toEqual([general.id, teaser.id]);
  expect(theirs?.offers.map((o) => o.name).sort()).toEqual(['Christmas', 'Coffee 10 %', 'Get the app']);

  // Staff of the company see what a member is shown (and whom content targets); another member sees nothing of theirs.
  const asStaff = (await request(url(), MemberOffersAndPromotionsDocument, { id: vip.id }, { token: admin() })).member;
  expect(asStaff?.promotions.map((p) => [p.title, p.audienceId, p.published])).toContainEqual(['For our VIPs', audienceId, true]);
  const asOther = await request(url(), MemberOffersAndPromotionsDocument, { id: vip.id }, { token: regular.token });
  expect(asOther.member?.offers ?? []).toEqual([]);
  expect(asOther.member?.promotions ?? []).toEqual([]);

  // The offer it promotes ends: the content goes with it. An audience content names is not deleted.
  await request(url(), FinishOfferDocument, { input: { offerId: everyone } }, { token: admin() });
  const after = (await request(url(), MyOffersAndPromotionsDocument, {}, { token: regular.token })).me;
  expect(after?.promotions.map((p) => p.id)).toEqual([teaser.id]);
  const { deleteAudience } = await request(url(), DeleteAudienceDocument, { input: { audienceId } }, { token: admin() });
  expect(deleteAudience.errors.map((e) => e.code)).toEqual(['AUDIENCE_IN_USE']);
  expect(deleteAudience.errors[0]?.message).toContain('For our VIPs');
});

test('content is checked whole, refused with every field at fault, and deleted content is gone for members', async () => {
  const { createPromotion } = await request(
    url(),
    CreatePromotionDocument,
    {
      input: {
        content: {
          title: '',
          imageUrl: 'ftp://x',
          link: 'not a link',
          audienceId: randomUUID(),
          displayFrom: '2026-12-10T00:00',
          displayTo: '2026-12-01T00:00',
          position: 5000,
        },
      },
    },
    { token: admin() },
  );
  expect(createPromotion.errors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID_INPUT', 'title'],
    ['INVALID_INPUT', 'imageUrl'],
    ['INVALID_INPUT', 'link'],
    ['INVALID_PERIOD', 'displayTo'],
    ['INVALID_INPUT', 'position'],
  ]);
  const unknownAudience = await request(
    url(),
    CreatePromotionDocument,
    { input: { content: { title: 'Ghost', audienceId: randomUUID() } } },
    { token: admin() },
  );
  expect(unknownAudience.createPromotion.errors.map((e) => e.code)).toEqual(['AUDIENCE_NOT_FOUND']);
  const unknownOffer = await request(url(), CreatePromotionDocument, { input: { content: { title: 'Ghost', offerId: randomUUID() } } }, { token: admin() });
  expect(unknownOffer.createPromotion.errors.map((e) => e.code)).toEqual(['OFFER_NOT_FOUND']);

  const member = await signedInMember();
  const shown = await promote({ title: 'Short-lived', published: true, position: -1000 });
  const titles = async () => (await request(url(), MyOffersAndPromotionsDocument, {}, { token: member.token })).me?.promotions.map((p) => p.title);
  expect(await titles()).toContain('Short-lived');
  const { updatePromotion } = await request(
    url(),
    UpdatePromotionDocument,
    { input: { promotionId: shown.id, content: { title: 'Short-lived', published: false } } },
    { token: admin() },
  );
  expect(updatePromotion.promotion?.published).toBe(false);
  expect(await titles()).not.toContain('Short-lived');
  const { deletePromotion } = await request(url(), DeletePromotionDocument, { input: { promotionId: shown.id } }, { token: admin() });
  expect(deletePromotion.errors).toEqual([]);
  const again = await request(url(), DeletePromotionDocument, { input: { promotionId: shown.id } }, { token: admin() });
  expect(again.deletePromotion.errors.map((e) => e.code)).toEqual(['PROMOTION_NOT_FOUND']);
});

// Last in the file: it moves the company to another time zone.
test('an offer’s state is read on the company’s clock, for marketers as for members', async () => {
  const { updateCompanySettings } = await request(url(), UpdateCompanySettingsDocument, { input: { timeZone: 'Pacific/Kiritimati' } }, { token: admin() });
  expect(updateCompanySettings.errors).toEqual([]);
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT time_zone FROM offers.company_refs WHERE company_id = $1', [env.company.companyId]))[0]?.time_zone ===
      'Pacific/Kiritimati'
        ? true
        : undefined,
    'the time zone copied',
  );
  // Ten hours ahead of UTC is already past in Kiritimati (UTC+14).
  const over = await publish({ name: 'Over in Kiritimati', endsAt: localIn(10), event: { kind: 'RECEIPT' }, actions: [{ receiptMessage: 'Late' }] });
  expect((await request(url(), OfferDocument, { id: over }, { token: admin() })).offer?.state).toBe('FINISHED');
  const member = await signedInMember();
  expect((await request(url(), MyOffersAndPromotionsDocument, {}, { token: member.token })).me?.offers.map((o) => o.name)).not.toContain('Over in Kiritimati');
});
