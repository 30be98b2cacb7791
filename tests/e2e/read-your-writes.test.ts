import { randomUUID } from 'node:crypto';
import { internalUrl } from '../../infra/internal/internal-call';
import { EVENTS_ROUTE } from '../../infra/views/member-views';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { pushToLedger, redeliverable } from '../support/ledger-events';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { querySql, registerMember, type SeededCompany, type SeededTerminal, seedCompany, seedTerminal, uniquePhone } from '../support/seed';
import {
  AccrueBonusesDocument,
  BindCardDocument,
  BlockCardDocument,
  BlockMemberAccountDocument,
  CalculatePurchaseDocument,
  CreateCardBatchDocument,
  RegisterMemberDocument,
  UnblockCardDocument,
  UnblockMemberAccountDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/**
 * Registration and purchase in one checkout: whatever the members subgraph has committed, the ledger
 * serves on the very next call, with no waiting and no retry by the caller. None of these tests
 * waits for an event.
 */
const env = usePlatformWithCompany({ events: true });
let till: SeededTerminal;
let blankCards: string[];

/** Half a receipt payable with bonuses. */
async function letPay(platform: TestPlatform, adminToken: string) {
  const input = { maxPaymentShare: '0.5' };
  expect((await request(platform.gatewayUrl, UpdateProgramRulesDocument, { input }, { token: adminToken })).updateProgramRules.errors).toEqual([]);
}

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
  await letPay(env.platform, env.company.adminToken);
  const { createCardBatch } = await request(
    env.platform.gatewayUrl,
    CreateCardBatchDocument,
    { input: { name: 'Checkout batch', prefix: '31', size: 10 } },
    { token: env.company.adminToken },
  );
  const rows = await querySql<{ number: string }>(env.platform, 'SELECT number FROM members.cards WHERE batch_id = $1 ORDER BY number', [
    createCardBatch.batch?.id,
  ]);
  blankCards = rows.map((row) => row.number);
});

async function calculate(platform: TestPlatform, terminal: SeededTerminal, cardNumber: string, payWithBonuses = '0') {
  const input = { idempotencyKey: randomUUID(), cardNumber, lines: [{ product: 'bread', price: '4.00', quantity: '1' }], payWithBonuses };
  return (await request(platform.gatewayUrl, CalculatePurchaseDocument, { input }, { token: terminal.token })).calculatePurchase;
}

const codes = (result: { errors: Array<{ code: string }> }) => result.errors.map((e) => e.code);

test('a card handed out at the till buys at once; registering at the till lets its holder pay at once', async () => {
  const cardNumber = blankCards.shift() as string;
  const phone = uniquePhone();
  const { bindCard } = await request(
    env.platform.gatewayUrl,
    BindCardDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber, phone } },
    { token: till.token },
  );
  expect(bindCard.errors).toEqual([]);
  // A card holder accrues, but may not pay.
  expect(codes(await calculate(env.platform, till, cardNumber))).toEqual([]);
  expect(codes(await calculate(env.platform, till, cardNumber, '1'))).toEqual(['MEMBER_CANNOT_SPEND']);

  const { registerMember } = await request(
    env.platform.gatewayUrl,
    RegisterMemberDocument,
    { input: { idempotencyKey: randomUUID(), channel: 'POS', phone, cardNumber } },
    { token: till.token },
  );
  expect(registerMember.member?.state).toBe('REGISTERED');
  const accrued = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId: registerMember.member?.id as string, amount: '10' } },
    { token: env.company.adminToken },
  );
  expect(accrued.accrueBonuses.errors).toEqual([]);
  const paying = await calculate(env.platform, till, cardNumber, '1');
  expect(codes(paying)).toEqual([]);
  expect(paying.purchase?.bonusPayment).toBe('1.00');
});

test('a contact-center registration is credited at once; a card or account blocked a moment ago is refused on the next call', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  const accrued = await request(
    env.platform.gatewayUrl,
    AccrueBonusesDocument,
    { input: { memberId: member.id, amount: '10' } },
    { token: env.company.adminToken },
  );
  expect(accrued.accrueBonuses.errors).toEqual([]);

  const admin = { token: env.company.adminToken };
  await request(env.platform.gatewayUrl, BlockCardDocument, { input: { cardNumber, reason: 'LOST' } }, admin);
  expect(codes(await calculate(env.platform, till, cardNumber))).toEqual(['CARD_BLOCKED']);
  await request(env.platform.gatewayUrl, UnblockCardDocument, { input: { cardNumber } }, admin);
  expect(codes(await calculate(env.platform, till, cardNumber, '1'))).toEqual([]);

  await request(env.platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'suspected fraud' } }, admin);
  expect(codes(await calculate(env.platform, till, cardNumber))).toEqual(['MEMBER_BLOCKED']);
  await request(env.platform.gatewayUrl, UnblockMemberAccountDocument, { input: { memberId: member.id } }, admin);
  expect(codes(await calculate(env.platform, till, cardNumber, '1'))).toEqual([]);
});

/** Delivers an event to the ledger as the members subgraph's push does, signed with `secret`. */
test('an old event delivered late (a retried block after the unblock) never puts an older state over a newer one', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const cardNumber = member.cards[0]?.number as string;
  const admin = { token: env.company.adminToken };
  await request(env.platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'check' } }, admin);
  await request(env.platform.gatewayUrl, UnblockMemberAccountDocument, { input: { memberId: member.id } }, admin);
  await request(env.platform.gatewayUrl, BlockCardDocument, { input: { cardNumber, reason: 'LOST' } }, admin);
  await request(env.platform.gatewayUrl, UnblockCardDocument, { input: { cardNumber } }, admin);
  const late = await redeliverable(env.platform, member.id, ['member.blocked', 'card.blocked', 'member.registered']);
  expect(late.map((event) => event.type).sort()).toEqual(['card.blocked', 'member.blocked', 'member.registered']);
  // The answer tells the members subgraph's dispatcher which events its queue need not bring again;
  // one the ledger could not handle (an id that is no event id) is left to the queue.
  const broken = { ...(late[0] as object), eventId: 'not-an-event-id' };
  const pushed = await pushToLedger(env.platform, [...late, broken]);
  expect(pushed.status).toBe(200);
  expect(await pushed.json()).toEqual({ queues: ['ledger.member-events', 'ledger.offer-events'], handled: late.map((event) => event.eventId) });
  expect(codes(await calculate(env.platform, till, cardNumber))).toEqual([]);
  const [view] = await querySql<{ state: string }>(env.platform, 'SELECT state FROM ledger.member_refs WHERE member_id = $1', [member.id]);
  expect(view?.state).toBe('REGISTERED');
});

test('the ledger refuses events that are not signed by the platform', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  const forged = {
    eventId: randomUUID(),
    type: 'member.blocked',
    source: 'members',
    companyId: env.company.companyId,
    memberId: member.id,
    occurredAt: new Date().toISOString(),
    payload: {
      views: {
        members: [{ memberId: member.id, companyId: env.company.companyId, state: 'BLOCKED', familyId: null, phoneKey: null, version: 1e6 }],
        cards: [],
      },
    },
  };
  expect((await pushToLedger(env.platform, [forged], 'not-the-platform-secret-000000000000')).status).toBe(401);
  const unsigned = await fetch(internalUrl(env.platform.ledgerUrl, EVENTS_ROUTE), { method: 'POST', body: JSON.stringify({ events: [forged] }) });
  expect(unsigned.status).toBe(401);
  const [view] = await querySql<{ state: string }>(env.platform, 'SELECT state FROM ledger.member_refs WHERE member_id = $1', [member.id]);
  expect(view?.state).toBe('REGISTERED');
});

describe('without events (a ledger whose queue is behind or down)', () => {
  let platform: TestPlatform;
  let company: SeededCompany;
  let terminal: SeededTerminal;
  beforeAll(async () => {
    platform = await startTestPlatform({ events: false });
    company = await seedCompany(platform);
    terminal = await seedTerminal(platform, company.adminToken);
    await letPay(platform, company.adminToken);
  });
  afterAll(() => platform?.stop());

  test('a miss of the view is read through from the members subgraph and kept', async () => {
    const { member } = await registerMember(platform, company.adminToken);
    const cardNumber = member.cards[0]?.number as string;
    const accrued = await request(platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '5' } }, { token: company.adminToken });
    expect(accrued.accrueBonuses.errors).toEqual([]);
    expect(codes(await calculate(platform, terminal, cardNumber, '1'))).toEqual([]);
    const kept = await querySql<{ number: string }>(platform, 'SELECT number FROM ledger.card_refs WHERE member_id = $1', [member.id]);
    expect(kept.map((row) => row.number)).toEqual([cardNumber]);
    // A card nobody has is still unknown.
    expect(codes(await calculate(platform, terminal, '2799999999999999'))).toEqual(['CARD_NOT_FOUND']);
  });
});
