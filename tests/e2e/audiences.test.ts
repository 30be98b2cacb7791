import { randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, registerWithCode, type SeededTerminal, seedTerminal, waitForLedgerCard } from '../support/seed';
import { buyAtTill } from '../support/till';
import {
  AccrueBonusesDocument,
  AddAudienceMembersDocument,
  AudienceDocument,
  AudienceMembersDocument,
  type AudienceRulesInput,
  CreateAudienceDocument,
  CreateOfferDocument,
  DeleteAudienceDocument,
  MemberReferralCodeDocument,
  OptOutDocument,
  PreviewAudienceDocument,
  PublishOfferDocument,
  RefreshAudienceDocument,
  RefundPurchaseDocument,
  RemoveAudienceMembersDocument,
  UpdateAudienceDocument,
} from './__generated__/operations';

/**
 * Target audiences: rule-based ones over what the offers subgraph learns from events (members'
 * facts, cards, confirmed receipts), kept current as events arrive; static ones uploaded by card,
 * phone or id; membership events for the copies elsewhere; refusals that change nothing.
 */

const env = usePlatformWithCompany({ events: true, offers: true });
const url = () => env.platform.gatewayUrl;
const admin = () => env.company.adminToken;
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, admin());
});

async function member(overrides: { birthDate?: string } = {}) {
  const { member, input } = await registerMember(env.platform, admin(), overrides);
  const cardNumber = member.cards[0]?.number as string;
  await waitForLedgerCard(env.platform, cardNumber);
  return { id: member.id, cardNumber, phone: input.phone as string };
}

const buy = (cardNumber: string, price: string, category = 'drinks/coffee') =>
  buyAtTill(env.platform, till, { cardNumber, lines: [{ product: `SKU-${category}`, category, price, quantity: '1' }] });

async function createAudience(name: string, rules?: AudienceRulesInput) {
  const { createAudience } = await request(url(), CreateAudienceDocument, { input: { name, ...(rules ? { rules } : {}) } }, { token: admin() });
  if (!createAudience.audience) throw new Error(JSON.stringify(createAudience.errors));
  return createAudience.audience;
}

const membersOf = async (audienceId: string) =>
  (
    await querySql<{ member_id: string }>(env.platform, 'SELECT member_id FROM offers.audience_members WHERE audience_id = $1 ORDER BY member_id', [audienceId])
  ).map((row) => row.member_id);
const countOf = async (audienceId: string) => (await request(url(), AudienceDocument, { id: audienceId }, { token: admin() })).audience?.memberCount;
/** Waits until the offers subgraph has the receipt (its copy is kept from the ledger's event). */
const receiptCopied = (purchaseId: string) =>
  eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM offers.receipts WHERE purchase_id = $1', [purchaseId])).length ? true : undefined),
    'receipt copied',
  );

test('a rule-based audience selects by purchases at once, and members enter and leave as receipts and returns arrive', async () => {
  const [regular, newcomer] = [await member(), await member()];
  const first = await buy(regular.cardNumber, '30.00');
  const second = await buy(regular.cardNumber, '25.00');
  await receiptCopied(second.id);
  const rules = { purchases: { periodDays: 30, minCount: 2, minTotal: '50' } };

  // The preview counts what saving would select.
  const { previewAudience } = await request(url(), PreviewAudienceDocument, { rules }, { token: admin() });
  expect(previewAudience).toEqual({ preview: { memberCount: 1 }, errors: [] });
  const audience = await createAudience('Regulars', rules);
  expect(audience).toMatchObject({
    kind: 'RULES',
    memberCount: 1,
    membershipVersion: 1,
    rules: { purchases: { periodDays: 30, minCount: 2, minTotal: '50.00', maxCount: null } },
  });
  expect(await membersOf(audience.id)).toEqual([regular.id]);

  // The newcomer's second purchase brings them in, as its event arrives.
  await buy(newcomer.cardNumber, '40.00');
  await buy(newcomer.cardNumber, '20.00');
  await eventually(async () => ((await countOf(audience.id)) === 2 ? true : undefined), 'the newcomer entered');
  expect(await membersOf(audience.id)).toEqual([regular.id, newcomer.id].sort());

  // A return taking the regular's spending below 50 takes them out.
  const { refundPurchase } = await request(
    url(),
    RefundPurchaseDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: first.id } },
    { token: admin() },
  );
  expect(refundPurchase.errors).toEqual([]);
  await eventually(async () => ((await countOf(audience.id)) === 1 ? true : undefined), 'the regular left');
  expect(await membersOf(audience.id)).toEqual([newcomer.id]);

  // Each change went out as a membership event carrying the audience's version.
  const events = await querySql<{ type: string; payload: { audienceId: string; version: number; memberIds: string[] } }>(
    env.platform,
    `SELECT type, payload FROM offers.outbox_events WHERE type LIKE 'audience.members_%' AND payload->>'audienceId' = $1 ORDER BY id`,
    [audience.id],
  );
  expect(events.map((e) => [e.type, e.payload.version, e.payload.memberIds])).toEqual([
    ['audience.members_entered', 1, [regular.id]],
    ['audience.members_entered', 2, [newcomer.id]],
    ['audience.members_left', 3, [regular.id]],
  ]);
});

test('rules over members’ facts and receipts: birthday month, categories bought, points of sale, lapsed customers', async () => {
  const april = await member({ birthDate: '1991-04-02' });
  const june = await member({ birthDate: '1985-06-30' });
  const bought = await buy(june.cardNumber, '5.00', 'bakery/bread');
  await receiptCopied(bought.id);
  const [birthdays, bakery, here, lapsed] = await Promise.all([
    createAudience('April birthdays', { birthdayMonths: [4] }),
    createAudience('Bread buyers', { boughtCategories: { categories: ['bread'], periodDays: 7 } }),
    createAudience('Main street', { pointsOfSaleVisited: { pointOfSaleIds: [till.pointOfSaleId], periodDays: 7 } }),
    createAudience('Lapsed', { noPurchaseWithinDays: 30, registrationChannels: ['CONTACT_CENTER'] }),
  ]);
  expect(await membersOf(birthdays.id)).toContain(april.id);
  expect(await membersOf(birthdays.id)).not.toContain(june.id);
  expect(await membersOf(bakery.id)).toEqual([june.id]);
  expect(await membersOf(here.id)).toContain(june.id);
  expect(await membersOf(here.id)).not.toContain(april.id);
  expect(await membersOf(lapsed.id)).toContain(april.id);
  expect(await membersOf(lapsed.id)).not.toContain(june.id);

  // Birthdays this week, on the company's days (UTC here): one in 5 days is in, one in 9 days is not.
  const inDays = (days: number) => new Date(env.platform.clock.now().getTime() + days * 86_400_000).toISOString().slice(5, 10);
  const soon = await member({ birthDate: `1990-${inDays(5)}` });
  const later = await member({ birthDate: `1990-${inDays(9)}` });
  const week = await createAudience('Birthday this week', { birthdayWithinDays: 6 });
  expect(await membersOf(week.id)).toContain(soon.id);
  expect(await membersOf(week.id)).not.toContain(later.id);
});

test('a static audience takes members by card, phone and id, reports what names nobody, and counts each member once', async () => {
  const [a, b, c] = [await member(), await member(), await member()];
  const audience = await createAudience('Invited');
  expect(audience).toMatchObject({ kind: 'STATIC', memberCount: 0, rules: null });
  const { addAudienceMembers } = await request(
    url(),
    AddAudienceMembersDocument,
    {
      input: { audienceId: audience.id, cardNumbers: [a.cardNumber, 'NO-SUCH-CARD'], phones: [b.phone, '+15550000000'], memberIds: [c.id, a.id, randomUUID()] },
    },
    { token: admin() },
  );
  expect(addAudienceMembers.errors).toEqual([]);
  expect(addAudienceMembers.upload?.added).toBe(3);
  expect(addAudienceMembers.upload?.notFound.map((miss) => miss.kind).sort()).toEqual(['CARD_NUMBER', 'MEMBER_ID', 'PHONE']);
  expect(addAudienceMembers.upload?.audience.memberCount).toBe(3);
  expect(await membersOf(audience.id)).toEqual([a.id, b.id, c.id].sort());
  // Marketers page through who is in it; the members subgraph answers who they are.
  const page = async (after?: string) =>
    (await request(url(), AudienceMembersDocument, { id: audience.id, first: 2, after }, { token: admin() })).audience?.members ?? [];
  const first = await page();
  const rest = await page(first.at(-1)?.id);
  expect([...first, ...rest].map((m) => m.id)).toEqual([a.id, b.id, c.id].sort());
  expect(first.map((m) => m.state)).toEqual(['REGISTERED', 'REGISTERED']);

  const { removeAudienceMembers } = await request(
    url(),
    RemoveAudienceMembersDocument,
    { input: { audienceId: audience.id, memberIds: [b.id] } },
    { token: admin() },
  );
  expect(removeAudienceMembers.audience?.memberCount).toBe(2);
  // A static audience has no rules to refresh, and a rule-based one takes no upload.
  const ruled = await createAudience('By rule', { appInstalled: true });
  const { addAudienceMembers: refused } = await request(
    url(),
    AddAudienceMembersDocument,
    { input: { audienceId: ruled.id, memberIds: [a.id] } },
    { token: admin() },
  );
  expect(refused.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  const { refreshAudience } = await request(url(), RefreshAudienceDocument, { input: { audienceId: audience.id } }, { token: admin() });
  expect(refreshAudience.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
});

test('a balance rule selects members by their active bonuses as the ledger reports them at the refresh', async () => {
  const [poor, middle, rich] = [await member(), await member(), await member()];
  const accrue = (memberId: string, amount: string) =>
    request(url(), AccrueBonusesDocument, { input: { memberId, amount, idempotencyKey: randomUUID() } }, { token: admin() });
  await accrue(middle.id, '60');
  await accrue(rich.id, '500');
  const rules = { balance: { min: '50', max: '200' } };
  const { previewAudience } = await request(url(), PreviewAudienceDocument, { rules }, { token: admin() });
  expect(previewAudience.errors).toEqual([]);
  const audience = await createAudience('Middle balances', rules);
  expect(audience.rules?.balance).toEqual({ currency: null, min: '50.00', max: '200.00' });
  const selected = await membersOf(audience.id);
  expect([poor.id, middle.id, rich.id].map((id) => selected.includes(id))).toEqual([false, true, false]);
  expect(previewAudience.preview?.memberCount).toBe(audience.memberCount);
  // The poor member earns into the range: the next full refresh reads it.
  await accrue(poor.id, '120');
  await request(url(), RefreshAudienceDocument, { input: { audienceId: audience.id } }, { token: admin() });
  expect(await membersOf(audience.id)).toEqual(expect.arrayContaining([poor.id, middle.id]));
  expect(await membersOf(audience.id)).not.toContain(rich.id);
  // A currency the company lacks is refused, whatever case it is written in; the default's code is fine in lower case.
  const unknown = await request(url(), PreviewAudienceDocument, { rules: { balance: { min: '1', currency: 'nope' } } }, { token: admin() });
  expect(unknown.previewAudience.errors.map((e) => [e.code, e.field])).toEqual([['CURRENCY_NOT_FOUND', 'rules.balance.currency']]);
  const lower = await request(url(), PreviewAudienceDocument, { rules: { balance: { min: '50', currency: 'bonus' } } }, { token: admin() });
  expect(lower.previewAudience.errors).toEqual([]);
});

test('bad rules are refused with every field at fault, and change nothing', async () => {
  const before = await querySql(env.platform, 'SELECT count(*)::int AS n FROM offers.audiences');
  const { createAudience } = await request(
    url(),
    CreateAudienceDocument,
    {
      input: {
        name: '',
        rules: {
          birthdayMonths: [13],
          registeredFrom: '2026-05-01',
          registeredTo: '2026-04-01',
          purchases: { periodDays: 0, minTotal: '10.001' },
          consents: ['PIGEON'],
          boughtCategories: { categories: ['drinks/coffee'], periodDays: 7 },
          balance: { min: '100', max: '50' },
        },
      },
    },
    { token: admin() },
  );
  expect(createAudience.audience).toBeNull();
  expect(createAudience.errors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID_INPUT', 'name'],
    ['INVALID_PERIOD', 'rules.registeredTo'],
    ['INVALID_INPUT', 'rules.birthdayMonths.0'],
    ['INVALID_INPUT', 'rules.purchases.periodDays'],
    ['INVALID_AMOUNT', 'rules.purchases.minTotal'],
    ['INVALID_INPUT', 'rules.boughtCategories.categories.0'],
    ['INVALID_INPUT', 'rules.consents.0'],
    ['INVALID_AMOUNT', 'rules.balance.max'],
  ]);
  expect(await querySql(env.platform, 'SELECT count(*)::int AS n FROM offers.audiences')).toEqual(before);
  // Points of sale named must be the company's (an unknown one, or another company's, matches nothing).
  const { previewAudience: elsewhere } = await request(
    url(),
    PreviewAudienceDocument,
    { rules: { pointsOfSaleVisited: { pointOfSaleIds: [till.pointOfSaleId, randomUUID()], periodDays: 7 } } },
    { token: admin() },
  );
  expect(elsewhere.errors.map((e) => [e.code, e.field])).toEqual([['POINT_OF_SALE_NOT_FOUND', 'rules.pointsOfSaleVisited.pointOfSaleIds.1']]);
  const { createOffer: placeless } = await request(
    url(),
    CreateOfferDocument,
    {
      input: { content: { name: 'Nowhere', event: { kind: 'RECEIPT' }, filters: { pointsOfSaleInclude: [randomUUID()] }, actions: [{ receiptMessage: 'x' }] } },
    },
    { token: admin() },
  );
  expect(placeless.errors.map((e) => [e.code, e.field])).toEqual([['POINT_OF_SALE_NOT_FOUND', 'filters.pointsOfSaleInclude.0']]);
  // Receipts are kept 90 days: a rule looking further back would answer wrongly.
  const { previewAudience } = await request(url(), PreviewAudienceDocument, { rules: { noPurchaseWithinDays: 120 } }, { token: admin() });
  expect(previewAudience.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_PERIOD', 'rules.noPurchaseWithinDays']]);
  const { updateAudience } = await request(url(), UpdateAudienceDocument, { input: { audienceId: randomUUID(), name: 'Nobody' } }, { token: admin() });
  expect(updateAudience.errors.map((e) => e.code)).toEqual(['AUDIENCE_NOT_FOUND']);
});

test('offers name existing audiences only; an audience a live offer names is not deleted; a deleted one cannot be named', async () => {
  const audience = await createAudience('VIP', { appInstalled: false });
  const content = {
    name: 'VIP bonus',
    event: { kind: 'RECEIPT' as const },
    filters: { audienceIds: [audience.id] },
    actions: [{ bonusPoints: { base: 'MULTIPLIER' as const, value: '2' } }],
  };
  const { createOffer } = await request(url(), CreateOfferDocument, { input: { content } }, { token: admin() });
  expect(createOffer.errors).toEqual([]);
  const offerId = createOffer.offer?.id as string;
  await request(url(), PublishOfferDocument, { input: { offerId } }, { token: admin() });
  const { deleteAudience: inUse } = await request(url(), DeleteAudienceDocument, { input: { audienceId: audience.id } }, { token: admin() });
  expect(inUse.errors.map((e) => e.code)).toEqual(['AUDIENCE_IN_USE']);
  expect(inUse.errors[0]?.message).toContain('VIP bonus');

  const unused = await createAudience('Short-lived', { appInstalled: false });
  const { deleteAudience } = await request(url(), DeleteAudienceDocument, { input: { audienceId: unused.id } }, { token: admin() });
  expect(deleteAudience.errors).toEqual([]);
  expect(await membersOf(unused.id)).toEqual([]);
  const { createOffer: naming } = await request(
    url(),
    CreateOfferDocument,
    { input: { content: { ...content, filters: { audienceIds: [unused.id] } } } },
    { token: admin() },
  );
  expect(naming.errors.map((e) => [e.code, e.field])).toEqual([['AUDIENCE_NOT_FOUND', 'filters.audienceIds.0']]);
  // An audience given as a parameter of another event kind would limit nothing: refused, not dropped.
  const { createOffer: misplaced } = await request(
    url(),
    CreateOfferDocument,
    { input: { content: { ...content, event: { kind: 'RECEIPT', audienceId: audience.id }, filters: {} } } },
    { token: admin() },
  );
  expect(misplaced.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'event.audienceId']]);
  // Filters about a receipt on an offer without one would limit nothing: refused too.
  const { createOffer: receiptless } = await request(
    url(),
    CreateOfferDocument,
    {
      input: {
        content: {
          name: 'App bonus',
          event: { kind: 'APP_INSTALLED' },
          filters: { couponRequired: true, productsInclude: [{ sku: 'X' }] },
          actions: [{ bonusPoints: { base: 'FIXED_PER_RECEIPT', value: '5' } }],
        },
      },
    },
    { token: admin() },
  );
  expect(receiptless.errors.map((e) => [e.code, e.field])).toEqual([
    ['ACTION_NOT_FOR_EVENT', 'filters.couponRequired'],
    ['ACTION_NOT_FOR_EVENT', 'filters.productsInclude'],
  ]);
});

test('an opted-out member leaves no trace in the offers schema but anonymous receipts', async () => {
  const leaving = await member({ birthDate: '1970-01-15' });
  const bought = await buy(leaving.cardNumber, '12.00');
  await receiptCopied(bought.id);
  const audience = await createAudience('Everyone who bought', { lastPurchaseWithinDays: 7 });
  const staticAudience = await createAudience('Listed');
  await request(url(), AddAudienceMembersDocument, { input: { audienceId: staticAudience.id, memberIds: [leaving.id] } }, { token: admin() });
  expect(await membersOf(audience.id)).toContain(leaving.id);
  // A friend they invited: who invited the friend is forgotten too.
  const code = (await request(url(), MemberReferralCodeDocument, { id: leaving.id }, { token: admin() })).member?.referralCode as string;
  const { member: friend } = await registerWithCode(env.platform, env.company.companyId, { referralCode: code });
  await eventually(
    async () =>
      (await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1 AND referred_by = $2', [friend.id, leaving.id])).length
        ? true
        : undefined,
    'the referral known',
  );

  const { optOut } = await request(url(), OptOutDocument, { input: { memberId: leaving.id, reason: 'leaving' } }, { token: admin() });
  expect(optOut.errors).toEqual([]);
  await eventually(
    async () => ((await querySql(env.platform, 'SELECT 1 FROM offers.member_facts WHERE member_id = $1', [leaving.id])).length === 0 ? true : undefined),
    'facts erased',
  );

  // Every column of every table in the schema, read as text: neither the id nor the card number is anywhere.
  const tables = await querySql<{ table_name: string }>(
    env.platform,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'offers' AND table_type = 'BASE TABLE'`,
  );
  for (const { table_name } of tables) {
    const rows = await querySql(env.platform, `SELECT 1 FROM offers.${table_name} t WHERE t::text LIKE '%' || $1 || '%' OR t::text LIKE '%' || $2 || '%'`, [
      leaving.id,
      leaving.cardNumber,
    ]);
    expect({ table: table_name, rows: rows.length }).toEqual({ table: table_name, rows: 0 });
  }
  expect(await querySql(env.platform, 'SELECT member_id FROM offers.receipts WHERE purchase_id = $1', [bought.id])).toEqual([{ member_id: null }]);
  // The audiences count them no more.
  expect(await countOf(staticAudience.id)).toBe(0);
});

// Last in the file: it moves the platform's clock on.
test('the scheduled work drops members time alone took out, and forgets receipts past the retention window', async () => {
  const buyer = await member();
  const bought = await buy(buyer.cardNumber, '8.00');
  await receiptCopied(bought.id);
  const recent = await createAudience('Bought this week', { lastPurchaseWithinDays: 7 });
  expect(await membersOf(recent.id)).toContain(buyer.id);
  const offers = env.platform.offers;
  if (!offers) throw new Error('the offers subgraph is not running');

  env.platform.clock.advance(8 * 86_400_000);
  // Each run refreshes the ten audiences refreshed longest ago: the file's others come first.
  const runs = Number((await querySql<{ n: number }>(env.platform, "SELECT count(*)::int AS n FROM offers.audiences WHERE kind = 'RULES'"))[0]?.n) / 10;
  for (let run = 0; run < runs; run++) await offers.runPeriodicWork();
  expect(await membersOf(recent.id)).not.toContain(buyer.id);
  expect((await request(url(), AudienceDocument, { id: recent.id }, { token: admin() })).audience?.refreshedAt).not.toBe(recent.refreshedAt);

  env.platform.clock.advance(83 * 86_400_000);
  await offers.runPeriodicWork();
  expect(await querySql(env.platform, 'SELECT 1 FROM offers.receipts WHERE purchase_id = $1', [bought.id])).toEqual([]);
});
