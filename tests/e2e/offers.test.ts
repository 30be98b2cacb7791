import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { querySql, registerSignedInMember, seedCompany, seedTerminal } from '../support/seed';
import {
  ArchiveOfferDocument,
  CreateOfferDocument,
  type CreateOfferInput,
  FinishOfferDocument,
  OfferDocument,
  OffersDocument,
  PauseOfferDocument,
  PublishOfferDocument,
  ResumeOfferDocument,
  ReviseOfferDocument,
  UpdateOfferDocument,
} from './__generated__/operations';

/** Offers as marketers write them: content kept exactly, bad input refused whole, the life cycle, versions, snapshots. */

const env = usePlatformWithCompany({ offers: true });
const url = () => env.platform.gatewayUrl;
let marketer: string;
beforeAll(async () => {
  marketer = await env.company.operator('MARKETER');
});

type Content = CreateOfferInput['content'];

/** Double points on drinks at weekends: a receipt offer with most filters and several actions. */
const weekendDrinks = (overrides: Partial<Content> = {}): Content => ({
  name: 'Weekend drinks',
  description: 'Double points and 10 % off drinks on Saturdays and Sundays',
  priority: 5,
  stacking: 'COMBINABLE',
  stackingGroup: 'weekend',
  competition: 'PRIORITY',
  startsAt: '2026-01-01T12:00',
  endsAt: '2099-01-01T00:00',
  event: { kind: 'RECEIPT' },
  filters: {
    membersOnly: true,
    channels: ['POS', 'MOBILE'],
    productsInclude: [{ category: 'drinks' }, { sku: 'CAKE-1' }],
    productsExclude: [{ brand: 'Tobacco Co' }],
    minTotal: '10.5',
    daysOfWeek: [6, 7],
    hoursFrom: '22:00',
    hoursTo: '02:00',
    memberStates: ['REGISTERED'],
  },
  actions: [
    { bonusPoints: { base: 'MULTIPLIER', value: '2' } },
    { discount: { base: 'PERCENT', value: '10', rounding: { step: '0.10', of: 'UNIT_PRICE' } } },
    { discount: { base: 'N_FOR_M', scope: 'LINE', n: 3, m: 2 } },
    { payment: { maxShare: '0.3', minCash: '1' } },
    { registerDiscount: { policy: 'REPLACE', discountedLinesAccrue: false } },
    { receiptMessage: 'Double points this weekend!' },
    { cashierMessage: 'Offer: weekend drinks' },
  ],
  ...overrides,
});

async function createOffer(content: Content, token = marketer) {
  return (await request(url(), CreateOfferDocument, { input: { content } }, { token })).createOffer;
}

async function createdOffer(content: Content = weekendDrinks(), token = marketer) {
  const { offer, errors } = await createOffer(content, token);
  if (!offer) throw new Error(JSON.stringify(errors));
  return offer;
}

/** The life-cycle steps' documents: each answers `{ <step>: { offer { id state }, errors } }`. */
type StepDocument =
  | typeof PublishOfferDocument
  | typeof PauseOfferDocument
  | typeof ResumeOfferDocument
  | typeof FinishOfferDocument
  | typeof ArchiveOfferDocument;
type StepPayload = { offer: { id: string; state: string } | null; errors: Array<{ code: string; field: string | null }> };

const step = async (document: StepDocument, offerId: string, token = marketer): Promise<StepPayload> => {
  const result = await request(url(), document as typeof PublishOfferDocument, { input: { offerId } }, { token });
  return Object.values(result)[0] as StepPayload;
};

/** Replaces a draft's content as the marketer. */
const update = async (offerId: string, content: Content) =>
  (await request(url(), UpdateOfferDocument, { input: { offerId, content } }, { token: marketer })).updateOffer;

const offerCount = async () => Number((await querySql<{ n: string }>(env.platform, 'SELECT count(*) AS n FROM offers.offers'))[0]?.n);
const snapshotsOf = (companyId: string) =>
  querySql<{ version: number; offers: Array<{ offerId: string; version: number; name: string }> }>(
    env.platform,
    'SELECT version, offers FROM offers.offer_snapshots WHERE company_id = $1 ORDER BY version',
    [companyId],
  );

describe('a marketer writes an offer', () => {
  test('keeps every part of the content exactly as written, as a draft', async () => {
    const offer = await createdOffer();
    expect(offer).toMatchObject({
      version: 1,
      lineageId: offer.id,
      state: 'DRAFT',
      publishedAt: null,
      name: 'Weekend drinks',
      priority: 5,
      stacking: 'COMBINABLE',
      stackingGroup: 'weekend',
      competition: 'PRIORITY',
      startsAt: '2026-01-01T12:00',
      endsAt: '2099-01-01T00:00',
      event: { kind: 'RECEIPT', channels: null, daysBefore: null },
      filters: {
        audienceIds: null,
        membersOnly: true,
        pointsOfSale: { include: null, exclude: null },
        channels: ['POS', 'MOBILE'],
        products: {
          include: [
            { sku: null, category: 'drinks', brand: null, productListId: null },
            { sku: 'CAKE-1', category: null, brand: null, productListId: null },
          ],
          exclude: [{ sku: null, category: null, brand: 'Tobacco Co', productListId: null }],
        },
        minTotal: '10.50',
        minQuantity: null,
        daysOfWeek: [6, 7],
        hours: { from: '22:00', to: '02:00' },
        memberStates: ['REGISTERED'],
        purchaseOrdinal: null,
        couponRequired: false,
      },
      actions: [
        { __typename: 'BonusPointsAction', base: 'MULTIPLIER', value: '2', currency: null, activationDelayDays: null, lifetimeDays: null },
        { __typename: 'DiscountAction', discountBase: 'PERCENT', discountValue: '10', scope: 'LINE', n: null, rounding: { step: '0.10', of: 'UNIT_PRICE' } },
        { __typename: 'DiscountAction', discountBase: 'N_FOR_M', discountValue: null, n: 3, m: 2, rounding: null },
        { __typename: 'PaymentAction', maxShare: '0.3', minCash: '1.00' },
        { __typename: 'RegisterDiscountAction', policy: 'REPLACE', discountedLinesAccrue: false },
        { __typename: 'ReceiptMessageAction', text: 'Double points this weekend!' },
        { __typename: 'CashierMessageAction', cashierText: 'Offer: weekend drinks' },
      ],
    });
    const { offer: read } = await request(url(), OfferDocument, { id: offer.id }, { token: env.company.adminToken });
    expect(read).toEqual(offer);
  });

  test('event offers keep their parameters', async () => {
    const birthday = await createdOffer({
      name: 'Birthday',
      event: { kind: 'BIRTHDAY', daysBefore: 3, windowDays: 7 },
      actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '500', currency: 'BONUS' } }, { memberMessage: { channel: 'SMS', template: 'birthday' } }],
    });
    expect(birthday.event).toMatchObject({ kind: 'BIRTHDAY', daysBefore: 3, windowDays: 7 });
    const welcome = await createdOffer({
      name: 'Welcome',
      event: { kind: 'MEMBER_REGISTERED', channels: ['MOBILE_APP'] },
      actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '100' } }],
    });
    expect(welcome.event).toMatchObject({ kind: 'MEMBER_REGISTERED', channels: ['MOBILE_APP'] });
    expect(welcome.filters).toMatchObject({ membersOnly: false, products: { include: null } });
  });

  test.each<[string, Partial<Content>, Array<{ code: string; field: string | null }>]>([
    ['a period that ends before it starts', { startsAt: '2026-05-01T00:00', endsAt: '2026-04-30T23:59' }, [{ code: 'INVALID_PERIOD', field: 'endsAt' }]],
    ['a period as long as nothing', { startsAt: '2026-05-01T00:00', endsAt: '2026-05-01T00:00' }, [{ code: 'INVALID_PERIOD', field: 'endsAt' }]],
    ['a percent over 100', { actions: [{ discount: { base: 'PERCENT', value: '100.01' } }] }, [{ code: 'INVALID_PERCENT', field: 'actions.0.discount.value' }]],
    ['a share over 1', { actions: [{ payment: { maxShare: '1.5' } }] }, [{ code: 'INVALID_PERCENT', field: 'actions.0.payment.maxShare' }]],
    [
      'a multiplier of 1',
      { actions: [{ bonusPoints: { base: 'MULTIPLIER', value: '1' } }] },
      [{ code: 'INVALID_AMOUNT', field: 'actions.0.bonusPoints.value' }],
    ],
    ['a daily window from 25:00', { filters: { hoursFrom: '25:00', hoursTo: '10:00' } }, [{ code: 'INVALID_INPUT', field: 'filters.hoursFrom' }]],
    ['an empty receipt message', { actions: [{ receiptMessage: ' ' }] }, [{ code: 'INVALID_INPUT', field: 'actions.0.receiptMessage' }]],
    ['two actions in one entry', { actions: [{ receiptMessage: 'a', cashierMessage: 'b' }] }, [{ code: 'INVALID_INPUT', field: 'actions.0' }]],
    ['no action at all', { actions: [] }, [{ code: 'INVALID_INPUT', field: 'actions' }]],
    [
      'N for M paying for more than taken',
      { actions: [{ discount: { base: 'N_FOR_M', n: 2, m: 2 } }] },
      [{ code: 'INVALID_INPUT', field: 'actions.0.discount.m' }],
    ],
    [
      'a discount on a birthday',
      // Without the receipt filters of the base content, which a birthday offer is refused too.
      { event: { kind: 'BIRTHDAY' }, filters: {}, actions: [{ discount: { base: 'AMOUNT', value: '5' } }] },
      [{ code: 'ACTION_NOT_FOR_EVENT', field: 'actions.0' }],
    ],
    ['an audience that does not exist', { filters: { audienceIds: [randomUUID()] } }, [{ code: 'AUDIENCE_NOT_FOUND', field: 'filters.audienceIds.0' }]],
    [
      'a product list that does not exist',
      { filters: { productsInclude: [{ productListId: randomUUID() }] } },
      [{ code: 'PRODUCT_LIST_NOT_FOUND', field: 'filters.productsInclude.0.productListId' }],
    ],
    ['a day of week 8', { filters: { daysOfWeek: [1, 8] } }, [{ code: 'INVALID_INPUT', field: 'filters.daysOfWeek.1' }]],
    ['half a daily window', { filters: { hoursFrom: '10:00' } }, [{ code: 'INVALID_INPUT', field: 'filters.hoursTo' }]],
    ['an exclusive offer in a group', { stacking: 'EXCLUSIVE', stackingGroup: 'weekend' }, [{ code: 'INVALID_INPUT', field: 'stackingGroup' }]],
    [
      'money in tenths of a cent',
      { actions: [{ payment: { maxShare: '0', minCash: '0.005' } }] },
      [{ code: 'INVALID_AMOUNT', field: 'actions.0.payment.minCash' }],
    ],
    [
      'a category path where one level is meant',
      { filters: { productsExclude: [{ category: 'tobacco/cigarettes' }] } },
      [{ code: 'INVALID_INPUT', field: 'filters.productsExclude.0.category' }],
    ],
    [
      'bonuses in something that is no currency code',
      { actions: [{ bonusPoints: { base: 'PERCENT', value: '5', currency: 'miles per €' } }] },
      [{ code: 'INVALID_INPUT', field: 'actions.0.bonusPoints.currency' }],
    ],
    [
      'several problems at once',
      { name: ' ', priority: 5000, actions: [{ discount: { base: 'PERCENT', value: '0' } }] },
      [
        { code: 'INVALID_INPUT', field: 'name' },
        { code: 'INVALID_INPUT', field: 'priority' },
        { code: 'INVALID_PERCENT', field: 'actions.0.discount.value' },
      ],
    ],
  ])('refuses %s with a typed error, storing nothing', async (_case, overrides, expected) => {
    const before = await offerCount();
    const { offer, errors } = await createOffer(weekendDrinks(overrides));
    expect(offer).toBeNull();
    expect(errors.map(({ code, field }) => ({ code, field }))).toEqual(expected);
    expect(await offerCount()).toBe(before);
  });

  test.each(['2026-02-30T10:00', '0000-01-01T00:00', '2026-12-01T24:00'])(
    'a local time that does not exist (%s) is refused before anything runs',
    async (startsAt) => {
      const before = await offerCount();
      const result = await call(url(), CreateOfferDocument, { input: { content: weekendDrinks({ startsAt }) } }, { token: marketer });
      expect(result.errors?.[0]?.message).toMatch(/LocalDateTime/);
      expect(await offerCount()).toBe(before);
    },
  );
});

describe('the life cycle', () => {
  test('publish, pause, resume, finish, archive; each refused from the wrong state, leaving the offer as it was', async () => {
    const offer = await createdOffer(weekendDrinks({ startsAt: null, endsAt: null }));
    expect((await step(PauseOfferDocument, offer.id)).errors.map((e) => e.code)).toEqual(['OFFER_STATE_CONFLICT']);
    expect((await step(PublishOfferDocument, offer.id)).offer?.state).toBe('ACTIVE');
    expect((await step(PublishOfferDocument, offer.id)).errors.map((e) => e.code)).toEqual(['OFFER_STATE_CONFLICT']);
    expect((await step(ArchiveOfferDocument, offer.id)).errors.map((e) => e.code)).toEqual(['OFFER_STATE_CONFLICT']);
    expect((await update(offer.id, weekendDrinks({ name: 'Changed' }))).errors.map((e) => e.code)).toEqual(['OFFER_NOT_EDITABLE']);
    expect((await step(PauseOfferDocument, offer.id)).offer?.state).toBe('PAUSED');
    expect((await step(ResumeOfferDocument, offer.id)).offer?.state).toBe('ACTIVE');
    expect((await step(FinishOfferDocument, offer.id)).offer?.state).toBe('FINISHED');
    expect((await step(ResumeOfferDocument, offer.id)).errors.map((e) => e.code)).toEqual(['OFFER_STATE_CONFLICT']);
    expect((await step(ArchiveOfferDocument, offer.id)).offer?.state).toBe('ARCHIVED');
    const { offer: read } = await request(url(), OfferDocument, { id: offer.id }, { token: marketer });
    expect(read).toMatchObject({ name: 'Weekend drinks', state: 'ARCHIVED' });
  });

  test('a published offer is SCHEDULED before its period and FINISHED after it', async () => {
    const future = await createdOffer(weekendDrinks({ startsAt: '2098-01-01T00:00', endsAt: '2099-01-01T00:00' }));
    expect((await step(PublishOfferDocument, future.id)).offer?.state).toBe('SCHEDULED');
    // A period over in every store cannot go live; one that ends while it runs finishes by itself.
    const over = await createdOffer(weekendDrinks({ startsAt: '2020-01-01T00:00', endsAt: '2020-02-01T00:00' }));
    expect((await step(PublishOfferDocument, over.id)).errors.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'INVALID_PERIOD', field: 'endsAt' },
    ]);
    const endingSoon = new Date(Date.now() + 90_000).toISOString().slice(0, 16);
    const past = await createdOffer(weekendDrinks({ startsAt: '2020-01-01T00:00', endsAt: endingSoon }));
    expect((await step(PublishOfferDocument, past.id)).offer?.state).toBe('ACTIVE');
    env.platform.clock.advance(3 * 60_000);
    const listed = async (states: Array<'SCHEDULED' | 'FINISHED' | 'ACTIVE'>) =>
      (await request(url(), OffersDocument, { states, first: 100 }, { token: marketer })).offers.edges.map((edge) => edge.node.id);
    expect(await listed(['SCHEDULED'])).toContain(future.id);
    expect(await listed(['SCHEDULED'])).not.toContain(past.id);
    expect(await listed(['FINISHED'])).toContain(past.id);
    expect(await listed(['ACTIVE'])).not.toEqual(expect.arrayContaining([future.id]));
  });

  test('a draft is edited freely until published', async () => {
    const offer = await createdOffer();
    const updateOffer = await update(offer.id, weekendDrinks({ name: 'Weekend coffee', actions: [{ receiptMessage: 'Hi' }] }));
    expect(updateOffer.errors).toEqual([]);
    expect(updateOffer.offer).toMatchObject({ id: offer.id, name: 'Weekend coffee', actions: [{ __typename: 'ReceiptMessageAction', text: 'Hi' }] });
    expect((await update(offer.id, weekendDrinks({ endsAt: '2000-01-01T00:00' }))).errors.map((e) => e.code)).toEqual(['INVALID_PERIOD']);
    const { offer: read } = await request(url(), OfferDocument, { id: offer.id }, { token: marketer });
    expect(read?.name).toBe('Weekend coffee');
  });

  test('a live offer changes through a new version, which replaces it when published', async () => {
    const first = await createdOffer(weekendDrinks({ startsAt: null, endsAt: null }));
    await step(PublishOfferDocument, first.id);
    const { reviseOffer } = await request(url(), ReviseOfferDocument, { input: { offerId: first.id } }, { token: marketer });
    expect(reviseOffer.offer).toMatchObject({ lineageId: first.id, version: 2, state: 'DRAFT' });
    const again = await request(url(), ReviseOfferDocument, { input: { offerId: first.id } }, { token: marketer });
    expect(again.reviseOffer.errors.map((e) => e.code)).toEqual(['OFFER_REVISION_EXISTS']);
    const revisionId = reviseOffer.offer?.id as string;
    expect((await update(revisionId, weekendDrinks({ name: 'Weekend drinks v2', startsAt: null, endsAt: null }))).errors).toEqual([]);
    // Until the revision is published, the first version is what applies.
    expect((await request(url(), OfferDocument, { id: first.id }, { token: marketer })).offer?.state).toBe('ACTIVE');
    expect((await step(PublishOfferDocument, revisionId)).offer?.state).toBe('ACTIVE');
    expect((await request(url(), OfferDocument, { id: first.id }, { token: marketer })).offer?.state).toBe('FINISHED');
    const draft = await createdOffer();
    const refused = await request(url(), ReviseOfferDocument, { input: { offerId: draft.id } }, { token: marketer });
    expect(refused.reviseOffer.errors.map((e) => e.code)).toEqual(['OFFER_STATE_CONFLICT']);
  });

  test('an unknown or malformed offer id is OFFER_NOT_FOUND or INVALID_INPUT, and the query answers null', async () => {
    expect((await step(PublishOfferDocument, randomUUID())).errors.map((e) => e.code)).toEqual(['OFFER_NOT_FOUND']);
    expect((await step(PublishOfferDocument, 'not-an-id')).errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect((await request(url(), OfferDocument, { id: 'not-an-id' }, { token: marketer })).offer).toBeNull();
  });
});

describe('snapshots of the live set', () => {
  test('each change of the live set stores the next snapshot with its event, and only such changes do', async () => {
    const company = await freshCompany();
    // Another company's offer never enters this one's snapshots.
    await step(PublishOfferDocument, (await createdOffer(weekendDrinks({ name: 'A' }))).id);
    const b = await createdOffer(weekendDrinks({ name: 'B', priority: 9 }), company.marketer);
    const c = await createdOffer(weekendDrinks({ name: 'C', priority: 1 }), company.marketer);
    await step(PublishOfferDocument, b.id, company.marketer);
    await step(PublishOfferDocument, c.id, company.marketer);
    await step(PauseOfferDocument, b.id, company.marketer);
    await request(url(), ReviseOfferDocument, { input: { offerId: c.id } }, { token: company.marketer });
    const snapshots = await snapshotsOf(company.companyId);
    expect(snapshots.map((s) => [s.version, s.offers.map((o) => o.name)])).toEqual([
      [1, ['B']],
      [2, ['B', 'C']],
      [3, ['C']],
    ]);
    const events = await querySql<{ type: string; version: number }>(
      env.platform,
      "SELECT type, (payload->>'version')::int AS version FROM offers.outbox_events WHERE company_id = $1 AND type = 'offers.snapshot_published' ORDER BY id",
      [company.companyId],
    );
    expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
  });

  test('offers published at once each get their own snapshot version, the last holding them all', async () => {
    const company = await freshCompany();
    const offers = await Promise.all(Array.from({ length: 6 }, (_, i) => createdOffer(weekendDrinks({ name: `Racing ${i}` }), company.marketer)));
    const results = await Promise.all(
      offers.map((offer) => request(url(), PublishOfferDocument, { input: { offerId: offer.id } }, { token: company.marketer })),
    );
    expect(results.flatMap((r) => r.publishOffer.errors)).toEqual([]);
    const snapshots = await snapshotsOf(company.companyId);
    expect(snapshots.map((s) => s.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(snapshots.map((s) => s.offers.length)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('who may', () => {
  test('members, terminals and operators of other roles are refused; another company sees nothing', async () => {
    const offer = await createdOffer();
    const { token: memberToken } = await registerSignedInMember(env.platform, env.company);
    const terminal = await seedTerminal(env.platform, env.company.adminToken);
    const operator = await env.company.operator('OPERATOR');
    for (const token of [memberToken, terminal.token, operator, null]) {
      const created = await call(url(), CreateOfferDocument, { input: { content: weekendDrinks() } }, { token });
      expect(errorCodes(created)).toEqual(['FORBIDDEN']);
      const listed = await call(url(), OffersDocument, {}, { token });
      expect(errorCodes(listed)).toEqual(['FORBIDDEN']);
      const published = await call(url(), PublishOfferDocument, { input: { offerId: offer.id } }, { token });
      expect(errorCodes(published)).toEqual(['FORBIDDEN']);
    }
    const other = await freshCompany();
    expect((await request(url(), OfferDocument, { id: offer.id }, { token: other.marketer })).offer).toBeNull();
    const publish = await request(url(), PublishOfferDocument, { input: { offerId: offer.id } }, { token: other.marketer });
    expect(publish.publishOffer.errors.map((e) => e.code)).toEqual(['OFFER_NOT_FOUND']);
    const listed = await request(url(), OffersDocument, { first: 100 }, { token: other.marketer });
    expect(listed.offers.edges.map((edge) => edge.node.id)).not.toContain(offer.id);
    expect((await request(url(), OfferDocument, { id: offer.id }, { token: marketer })).offer?.state).toBe('DRAFT');
  });
});

async function freshCompany() {
  const company = await seedCompany(env.platform);
  return { companyId: company.companyId, marketer: await company.operator('MARKETER') };
}
