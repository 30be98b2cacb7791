import { randomUUID } from 'node:crypto';
import { call, errorCodes, request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { memberInput, registerMember, type SeededCompany, seedCompany, seedTerminal, signInMember } from '../support/seed';
import {
  BindCardDocument,
  BlockCardDocument,
  BlockMemberAccountDocument,
  CardByNumberDocument,
  CreateCardBatchDocument,
  MemberByIdDocument,
  OptOutDocument,
  RegisterMemberDocument,
  SearchMembersDocument,
  SetEReceiptConsentDocument,
  UnblockMemberAccountDocument,
} from './__generated__/operations';

let platform: TestPlatform;
let home: SeededCompany;
let other: SeededCompany;

beforeAll(async () => {
  platform = await startTestPlatform();
  home = await seedCompany(platform);
  other = await seedCompany(platform);
});
afterAll(() => platform?.stop());

describe('a member reads and changes only themself', () => {
  test('another member is invisible and cannot be changed', async () => {
    const me = await registerMember(platform, home.adminToken);
    const neighbour = await registerMember(platform, home.adminToken);
    const token = await signInMember(platform, home.companyId, me.input.phone as string, me.input.password as string);

    expect((await request(platform.gatewayUrl, MemberByIdDocument, { id: me.member.id }, { token })).member?.id).toBe(me.member.id);
    expect((await request(platform.gatewayUrl, MemberByIdDocument, { id: neighbour.member.id }, { token })).member).toBeNull();
    expect((await request(platform.gatewayUrl, CardByNumberDocument, { number: neighbour.member.cards[0]?.number as string }, { token })).card).toBeNull();

    const consent = await call(platform.gatewayUrl, SetEReceiptConsentDocument, { input: { memberId: neighbour.member.id, consent: true } }, { token });
    expect(errorCodes(consent)).toEqual(['FORBIDDEN']);
    const block = await request(
      platform.gatewayUrl,
      BlockCardDocument,
      { input: { cardNumber: neighbour.member.cards[0]?.number as string, reason: 'LOST' } },
      { token },
    );
    expect(block.blockCard.errors.map((e) => e.code)).toEqual(['CARD_NOT_FOUND']);
    const optOut = await call(platform.gatewayUrl, OptOutDocument, { input: { memberId: neighbour.member.id } }, { token });
    expect(errorCodes(optOut)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(platform.gatewayUrl, SearchMembersDocument, { first: 10 }, { token }))).toEqual(['FORBIDDEN']);

    const own = await request(
      platform.gatewayUrl,
      BlockCardDocument,
      { input: { cardNumber: me.member.cards[0]?.number as string, reason: 'LOST' } },
      { token },
    );
    expect(own.blockCard.card?.state).toBe('BLOCKED');
  });
});

describe('nothing crosses companies', () => {
  test('an operator of another company sees nothing and changes nothing', async () => {
    const { member } = await registerMember(platform, home.adminToken);
    const token = other.adminToken;
    expect((await request(platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token })).member).toBeNull();
    const search = await request(platform.gatewayUrl, SearchMembersDocument, { filter: { phone: member.phone }, first: 10 }, { token });
    expect(search.members.edges).toEqual([]);
    const blocked = await request(platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'test' } }, { token });
    expect(blocked.blockMemberAccount.errors.map((e) => e.code)).toEqual(['MEMBER_NOT_FOUND']);
  });

  test('a terminal acts only inside its company', async () => {
    const foreignTerminal = await seedTerminal(platform, other.adminToken);
    const { member } = await registerMember(platform, home.adminToken);
    const number = member.cards[0]?.number as string;
    expect((await request(platform.gatewayUrl, CardByNumberDocument, { number }, { token: foreignTerminal.token })).card).toBeNull();
    const block = await request(
      platform.gatewayUrl,
      BlockCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: number, reason: 'LOST' } },
      { token: foreignTerminal.token },
    );
    expect(block.blockCard.errors.map((e) => e.code)).toEqual(['CARD_NOT_FOUND']);
    const bind = await request(
      platform.gatewayUrl,
      BindCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: number } },
      { token: foreignTerminal.token },
    );
    expect(bind.bindCard.errors.map((e) => e.code)).toEqual(['CARD_NOT_FOUND']);
    // A phone already registered in the home company is new in the other one.
    const reg = await request(
      platform.gatewayUrl,
      RegisterMemberDocument,
      { input: memberInput({ channel: 'POS', phone: member.phone, idempotencyKey: randomUUID(), password: undefined }) },
      { token: foreignTerminal.token },
    );
    expect(reg.registerMember.errors).toEqual([]);
  });
});

describe('operators act by role', () => {
  test('a marketer may search members but not register, block or create batches', async () => {
    const marketer = await home.operator('MARKETER');
    const { member } = await registerMember(platform, home.adminToken);
    expect((await request(platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token: marketer })).member?.id).toBe(member.id);
    expect(errorCodes(await call(platform.gatewayUrl, RegisterMemberDocument, { input: memberInput() }, { token: marketer }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await call(platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'x' } }, { token: marketer })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(platform.gatewayUrl, CreateCardBatchDocument, { input: { name: 'x', prefix: '4', size: 1 } }, { token: marketer }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  test('security blocks and unblocks accounts; a blocked member can neither accrue nor spend', async () => {
    const security = await home.operator('SECURITY');
    const { member } = await registerMember(platform, home.adminToken);
    const { blockMemberAccount } = await request(
      platform.gatewayUrl,
      BlockMemberAccountDocument,
      { input: { memberId: member.id, reason: 'suspected fraud' } },
      { token: security },
    );
    expect(blockMemberAccount.member).toMatchObject({ state: 'BLOCKED', canAccrue: false, canSpend: false });
    const again = await request(platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'again' } }, { token: security });
    expect(again.blockMemberAccount.errors.map((e) => e.code)).toEqual(['MEMBER_BLOCKED']);
    const { unblockMemberAccount } = await request(platform.gatewayUrl, UnblockMemberAccountDocument, { input: { memberId: member.id } }, { token: security });
    expect(unblockMemberAccount.member?.state).toBe('REGISTERED');
    const notBlocked = await request(platform.gatewayUrl, UnblockMemberAccountDocument, { input: { memberId: member.id } }, { token: security });
    expect(notBlocked.unblockMemberAccount.errors.map((e) => e.code)).toEqual(['MEMBER_NOT_BLOCKED']);
  });

  test('a terminal cannot block accounts or search members', async () => {
    const terminal = await seedTerminal(platform, home.adminToken);
    const { member } = await registerMember(platform, home.adminToken);
    expect(
      errorCodes(await call(platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'x' } }, { token: terminal.token })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(platform.gatewayUrl, SearchMembersDocument, { first: 1 }, { token: terminal.token }))).toEqual(['FORBIDDEN']);
  });
});
