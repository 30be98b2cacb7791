import { randomUUID } from 'node:crypto';
import { isValidCardNumber } from '../../subgraphs/members/domain/card-number';
import { request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { querySql, registerMember, type SeededCompany, type SeededTerminal, seedCompany, seedTerminal, uniquePhone } from '../support/seed';
import {
  BindCardDocument,
  BlockCardDocument,
  CardByNumberDocument,
  CreateCardBatchDocument,
  IssueVirtualCardDocument,
  MemberByIdDocument,
  RegisterMemberDocument,
  ReplaceCardDocument,
  UnblockCardDocument,
} from './__generated__/operations';

let platform: TestPlatform;
let company: SeededCompany;
let terminal: SeededTerminal;
let blankCards: string[];

beforeAll(async () => {
  platform = await startTestPlatform();
  company = await seedCompany(platform);
  terminal = await seedTerminal(platform, company.adminToken);
  const { createCardBatch } = await request(
    platform.gatewayUrl,
    CreateCardBatchDocument,
    { input: { name: 'Autumn batch', prefix: '27', firstNumber: '1000', size: 50 } },
    { token: company.adminToken },
  );
  expect(createCardBatch.errors).toEqual([]);
  const rows = await querySql<{ number: string }>(platform, 'SELECT number FROM members.cards WHERE batch_id = $1 ORDER BY number', [
    createCardBatch.batch?.id,
  ]);
  blankCards = rows.map((row) => row.number);
});
afterAll(() => platform?.stop());

function takeBlankCard(): string {
  const number = blankCards.shift();
  if (!number) throw new Error('out of blank cards');
  return number;
}

describe('card batches', () => {
  test('a batch holds consecutive numbers with valid check digits, all blank', async () => {
    const rows = await querySql<{ number: string; state: string }>(platform, "SELECT number, state FROM members.cards WHERE number LIKE '27%' ORDER BY number");
    expect(rows).toHaveLength(50);
    expect(rows.every((row) => isValidCardNumber(row.number) && row.state === 'BLANK')).toBe(true);
    expect(rows[0]?.number.slice(0, 15)).toBe('270000000001000');
    expect(rows[49]?.number.slice(0, 15)).toBe('270000000001049');
  });

  test('an overlapping range is refused and creates nothing', async () => {
    const { createCardBatch } = await request(
      platform.gatewayUrl,
      CreateCardBatchDocument,
      { input: { name: 'Overlap', prefix: '27', firstNumber: '1040', size: 20 } },
      { token: company.adminToken },
    );
    expect(createCardBatch.errors.map((e) => e.code)).toEqual(['CARD_NUMBER_CONFLICT']);
    const [row] = await querySql<{ count: string }>(platform, "SELECT count(*) FROM members.cards WHERE number LIKE '27%'");
    expect(Number(row?.count)).toBe(50);
  });

  test.each([
    ['a prefix starting with 9 (virtual range)', { prefix: '99', size: 5 }, 'prefix'],
    ['a batch too large', { prefix: '5', size: 100_001 }, 'size'],
    ['an empty batch', { prefix: '5', size: 0 }, 'size'],
  ])('%s is refused', async (_label, input, field) => {
    const { createCardBatch } = await request(
      platform.gatewayUrl,
      CreateCardBatchDocument,
      { input: { name: 'Bad', ...input } },
      { token: company.adminToken },
    );
    expect(createCardBatch.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field })]);
  });
});

describe('binding, registering, replacing and blocking', () => {
  test('a blank card handed out at the POS makes a card holder who accrues but cannot spend; registration activates the card', async () => {
    const number = takeBlankCard();
    const phone = uniquePhone();
    const { bindCard } = await request(
      platform.gatewayUrl,
      BindCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: number, phone } },
      { token: terminal.token },
    );
    expect(bindCard.errors).toEqual([]);
    // The till typed the phone in, but a terminal reads no contact data back.
    expect(bindCard.card).toMatchObject({ state: 'INACTIVE', member: { state: 'CARD_HOLDER', phone: null } });
    const holderId = bindCard.card?.member?.id as string;
    const holder = await request(platform.gatewayUrl, MemberByIdDocument, { id: holderId }, { token: company.adminToken });
    expect(holder.member).toMatchObject({ canAccrue: true, canSpend: false, phone });

    const { registerMember } = await request(
      platform.gatewayUrl,
      RegisterMemberDocument,
      { input: { idempotencyKey: randomUUID(), channel: 'POS', phone, cardNumber: number } },
      { token: terminal.token },
    );
    expect(registerMember.errors).toEqual([]);
    expect(registerMember.member).toMatchObject({ id: holderId, state: 'REGISTERED', canSpend: true });
    // A till sees no member's card list; the admin tools do.
    expect(registerMember.member?.cards).toEqual([]);
    const registered = await request(platform.gatewayUrl, MemberByIdDocument, { id: holderId }, { token: company.adminToken });
    expect(registered.member?.cards).toEqual([expect.objectContaining({ number, state: 'ACTIVE', kind: 'PHYSICAL' })]);
  });

  test('a bound card cannot be bound again', async () => {
    const number = takeBlankCard();
    await request(platform.gatewayUrl, BindCardDocument, { input: { idempotencyKey: randomUUID(), cardNumber: number } }, { token: terminal.token });
    const again = await request(
      platform.gatewayUrl,
      BindCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: number, phone: uniquePhone() } },
      { token: terminal.token },
    );
    expect(again.bindCard.errors.map((e) => e.code)).toEqual(['CARD_ALREADY_BOUND']);
  });

  test('replacing a lost card blocks it with the reason and binds the new one to the same member', async () => {
    const { member } = await registerMember(platform, company.adminToken, { cardNumber: takeBlankCard() });
    const oldNumber = member.cards[0]?.number as string;
    const newNumber = takeBlankCard();
    const { replaceCard } = await request(
      platform.gatewayUrl,
      ReplaceCardDocument,
      { input: { cardNumber: oldNumber, newCardNumber: newNumber, reason: 'LOST' } },
      { token: company.adminToken },
    );
    expect(replaceCard.errors).toEqual([]);
    expect(replaceCard.oldCard).toMatchObject({ number: oldNumber, state: 'REPLACED', blockReason: 'LOST', replacedBy: { number: newNumber } });
    expect(replaceCard.newCard).toMatchObject({ number: newNumber, state: 'ACTIVE' });
    const after = await request(platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token: company.adminToken });
    expect(after.member?.cards.map((c) => [c.number, c.state])).toEqual([
      [oldNumber, 'REPLACED'],
      [newNumber, 'ACTIVE'],
    ]);
    const again = await request(platform.gatewayUrl, ReplaceCardDocument, { input: { cardNumber: oldNumber, reason: 'LOST' } }, { token: company.adminToken });
    expect(again.replaceCard.errors.map((e) => e.code)).toEqual(['CARD_REPLACED']);
  });

  test('replacement without a new card issues a virtual one', async () => {
    const { member } = await registerMember(platform, company.adminToken);
    const oldNumber = member.cards[0]?.number as string;
    const { replaceCard } = await request(
      platform.gatewayUrl,
      ReplaceCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: oldNumber, reason: 'DAMAGED' } },
      { token: terminal.token },
    );
    expect(replaceCard.newCard).toMatchObject({ kind: 'VIRTUAL', state: 'ACTIVE' });
  });

  test('blocking and unblocking a card, with reasons and events', async () => {
    const { member } = await registerMember(platform, company.adminToken);
    const number = member.cards[0]?.number as string;
    const { blockCard } = await request(
      platform.gatewayUrl,
      BlockCardDocument,
      { input: { cardNumber: number, reason: 'SUSPICIOUS_ACTIVITY', comment: 'many receipts in one minute' } },
      { token: company.adminToken },
    );
    expect(blockCard.card).toMatchObject({ state: 'BLOCKED', blockReason: 'SUSPICIOUS_ACTIVITY' });
    const twice = await request(platform.gatewayUrl, BlockCardDocument, { input: { cardNumber: number, reason: 'LOST' } }, { token: company.adminToken });
    expect(twice.blockCard.errors.map((e) => e.code)).toEqual(['CARD_BLOCKED']);
    const bind = await request(
      platform.gatewayUrl,
      BindCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: number } },
      { token: terminal.token },
    );
    expect(bind.bindCard.errors.map((e) => e.code)).toEqual(['CARD_BLOCKED']);

    const { unblockCard } = await request(platform.gatewayUrl, UnblockCardDocument, { input: { cardNumber: number } }, { token: company.adminToken });
    expect(unblockCard.card).toMatchObject({ state: 'ACTIVE', blockReason: null });
    const notBlocked = await request(platform.gatewayUrl, UnblockCardDocument, { input: { cardNumber: number } }, { token: company.adminToken });
    expect(notBlocked.unblockCard.errors.map((e) => e.code)).toEqual(['CARD_NOT_BLOCKED']);
    const events = await querySql<{ type: string; reason: string | null }>(
      platform,
      "SELECT type, payload->>'reason' AS reason FROM members.outbox_events WHERE member_id = $1 AND type LIKE 'card.%blocked' ORDER BY id",
      [member.id],
    );
    expect(events).toEqual([
      { type: 'card.blocked', reason: 'SUSPICIOUS_ACTIVITY' },
      { type: 'card.unblocked', reason: null },
    ]);
  });

  test('an operator issues a virtual card; the card query finds it', async () => {
    const { member } = await registerMember(platform, company.adminToken);
    const { issueVirtualCard } = await request(
      platform.gatewayUrl,
      IssueVirtualCardDocument,
      { input: { memberId: member.id } },
      { token: company.adminToken },
    );
    const number = issueVirtualCard.card?.number as string;
    expect(isValidCardNumber(number)).toBe(true);
    const { card } = await request(platform.gatewayUrl, CardByNumberDocument, { number }, { token: terminal.token });
    expect(card).toMatchObject({ kind: 'VIRTUAL', state: 'ACTIVE', member: { id: member.id } });
  });

  test('unknown and malformed card numbers are refused with typed errors', async () => {
    const unknown = await request(
      platform.gatewayUrl,
      BlockCardDocument,
      { input: { cardNumber: '5000000000000009', reason: 'LOST' } },
      { token: company.adminToken },
    );
    expect(unknown.blockCard.errors.map((e) => e.code)).toEqual(['CARD_NOT_FOUND']);
    const malformed = await request(platform.gatewayUrl, BlockCardDocument, { input: { cardNumber: '12345', reason: 'LOST' } }, { token: company.adminToken });
    expect(malformed.blockCard.errors.map((e) => e.code)).toEqual(['INVALID_CARD_NUMBER']);
  });
});

test('a till retrying a card binding (racing copies, one key) binds once and gets the same answer', async () => {
  const number = takeBlankCard();
  const input = { idempotencyKey: randomUUID(), cardNumber: number, phone: uniquePhone() };
  const answers = await Promise.all([1, 2, 3].map(() => request(platform.gatewayUrl, BindCardDocument, { input }, { token: terminal.token })));
  expect(answers.map((a) => a.bindCard.errors)).toEqual([[], [], []]);
  expect(new Set(answers.map((a) => a.bindCard.card?.member?.id)).size).toBe(1);
  const other = await request(platform.gatewayUrl, BindCardDocument, { input: { ...input, phone: uniquePhone() } }, { token: terminal.token });
  expect(other.bindCard.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
});
