import { randomUUID } from 'node:crypto';
import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { lastCodeSentTo, memberInput, querySql, registerMember, seedCompany, seedTerminal, uniquePhone } from '../support/seed';
import {
  ConfigureRegistrationChannelDocument,
  CreateCardBatchDocument,
  LoginMemberDocument,
  MeDocument,
  RegisterMemberDocument,
  type RegisterMemberInput,
  type RegistrationChannel,
  RequestMemberCodeDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany();

async function memberCount(companyId: string): Promise<number> {
  const [row] = await querySql<{ count: string }>(env.platform, 'SELECT count(*) FROM members.members WHERE company_id = $1', [companyId]);
  return Number(row?.count);
}

/** What staff send: everything but a password, which only the member chooses. */
function staffInput(overrides: Partial<RegisterMemberInput> = {}): RegisterMemberInput {
  const { password: _chosenByTheMember, ...input } = memberInput(overrides);
  return input;
}

async function register(input: RegisterMemberInput, token: string | null = env.company.adminToken) {
  const { registerMember: result } = await request(env.platform.gatewayUrl, RegisterMemberDocument, { input }, { token });
  return result;
}

describe('registration through every channel', () => {
  const channels: RegistrationChannel[] = ['PERSONAL_ACCOUNT', 'MOBILE_APP', 'POS', 'CONTACT_CENTER', 'SMS', 'WALLET'];

  test.each(channels)('an operator registers a member through %s; the member gets an active virtual card', async (channel) => {
    const result = await register(staffInput({ channel }));
    expect(result.errors).toEqual([]);
    expect(result.member).toMatchObject({ state: 'REGISTERED', registrationChannel: channel, canAccrue: true, canSpend: true, profileComplete: true });
    expect(result.member?.cards).toEqual([expect.objectContaining({ kind: 'VIRTUAL', state: 'ACTIVE' })]);
    const events = await querySql<{ type: string }>(env.platform, 'SELECT type FROM members.outbox_events WHERE member_id = $1 ORDER BY id', [
      result.member?.id,
    ]);
    expect(events.map((e) => e.type)).toEqual(['member.registered', 'card.activated', 'member.profile_completed']);
  });

  test('a terminal registers through POS only', async () => {
    const terminal = await seedTerminal(env.platform, env.company.adminToken);
    const input = staffInput({ channel: 'POS', idempotencyKey: randomUUID() });
    const pos = await register(input, terminal.token);
    expect(pos.errors).toEqual([]);
    // A till retrying after a lost answer gets the same member, not PHONE_TAKEN; another input under the key is refused.
    expect((await register(input, terminal.token)).member?.id).toBe(pos.member?.id);
    expect((await register({ ...input, firstName: 'Other' }, terminal.token)).errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
    // Terminals must send a key with every write.
    expect((await register(staffInput({ channel: 'POS' }), terminal.token)).errors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'idempotencyKey' }),
    ]);
    const before = await memberCount(env.company.companyId);
    const web = await register(staffInput({ channel: 'PERSONAL_ACCOUNT', idempotencyKey: randomUUID() }), terminal.token);
    expect(web.errors.map((e) => e.code)).toEqual(['CHANNEL_NOT_ALLOWED']);
    expect(await memberCount(env.company.companyId)).toBe(before);
  });

  test('a person registers through the mobile app after confirming the phone with a code, then signs in', async () => {
    const phone = uniquePhone();
    const { requestMemberCode } = await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
    expect(requestMemberCode.sent).toBe(true);
    const input = memberInput({ channel: 'MOBILE_APP', phone, companyId: env.company.companyId });

    const wrong = await register({ ...input, verificationCode: '000000' === (await lastCodeSentTo(env.platform, phone)) ? '111111' : '000000' }, null);
    expect(wrong.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
    const right = await register({ ...input, verificationCode: await lastCodeSentTo(env.platform, phone) }, null);
    expect(right.errors).toEqual([]);

    const { loginMember } = await request(env.platform.gatewayUrl, LoginMemberDocument, {
      input: { phone, password: input.password, companyId: env.company.companyId },
    });
    expect(loginMember.member?.id).toBe(right.member?.id);
    const me = await request(env.platform.gatewayUrl, MeDocument, {}, { token: loginMember.token });
    expect(me.me?.phone).toBe(phone);
  });

  test('self-registration without a code, or through a staff channel, is refused', async () => {
    const noCode = await register(memberInput({ channel: 'MOBILE_APP', companyId: env.company.companyId }), null);
    expect(noCode.errors).toEqual([expect.objectContaining({ code: 'REQUIRED_FIELD_MISSING', field: 'verificationCode' })]);
    const staffOnly = await call(env.platform.gatewayUrl, RegisterMemberDocument, {
      input: memberInput({ channel: 'CONTACT_CENTER', companyId: env.company.companyId }),
    });
    expect(errorCodes(staffOnly)).toEqual(['FORBIDDEN']);
  });

  test('a member signs in with a one-time code; a wrong code is refused', async () => {
    const { member, input } = await registerMember(env.platform, env.company.adminToken);
    const phone = input.phone as string;
    await request(env.platform.gatewayUrl, RequestMemberCodeDocument, { input: { phone, companyId: env.company.companyId } });
    const code = await lastCodeSentTo(env.platform, phone);
    const wrong = await request(env.platform.gatewayUrl, LoginMemberDocument, {
      input: { phone, code: code === '123456' ? '654321' : '123456', companyId: env.company.companyId },
    });
    expect(wrong.loginMember.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
    const right = await request(env.platform.gatewayUrl, LoginMemberDocument, { input: { phone, code, companyId: env.company.companyId } });
    expect(right.loginMember.member?.id).toBe(member.id);
    const reused = await request(env.platform.gatewayUrl, LoginMemberDocument, { input: { phone, code, companyId: env.company.companyId } });
    expect(reused.loginMember.token).toBeNull();
  });
});

describe('channel configuration', () => {
  test('a disabled channel refuses, and a channel requires the fields the env.company configured', async () => {
    const own = await seedCompany(env.platform);
    await request(
      env.platform.gatewayUrl,
      ConfigureRegistrationChannelDocument,
      { input: { channel: 'WALLET', enabled: false, requiredFields: [] } },
      { token: own.adminToken },
    );
    await request(
      env.platform.gatewayUrl,
      ConfigureRegistrationChannelDocument,
      { input: { channel: 'POS', enabled: true, requiredFields: ['email', 'birthDate'] } },
      { token: own.adminToken },
    );
    const disabled = await register(staffInput({ channel: 'WALLET' }), own.adminToken);
    expect(disabled.errors.map((e) => e.code)).toEqual(['CHANNEL_DISABLED']);
    const missing = await register(staffInput({ channel: 'POS', email: null, birthDate: null }), own.adminToken);
    expect(missing.errors).toEqual([
      expect.objectContaining({ code: 'REQUIRED_FIELD_MISSING', field: 'email' }),
      expect.objectContaining({ code: 'REQUIRED_FIELD_MISSING', field: 'birthDate' }),
    ]);
    expect(await memberCount(own.companyId)).toBe(0);
  });
});

describe('bad input gets a typed error and changes nothing', () => {
  test.each([
    ['a malformed phone', { phone: '12-ab' }, 'INVALID_PHONE', 'phone'],
    ['a malformed email', { email: 'not-an-email' }, 'INVALID_EMAIL', 'email'],
    ['a weak password', { password: 'short' }, 'WEAK_PASSWORD', 'password'],
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'INVALID_BIRTH_DATE', 'birthDate'],
    ['a card number with a wrong check digit', { cardNumber: '1000000000000001' }, 'INVALID_CARD_NUMBER', 'cardNumber'],
    ['an unknown card', { cardNumber: '4000000000000002' }, 'CARD_NOT_FOUND', 'cardNumber'],
    ['no phone', { phone: null }, 'REQUIRED_FIELD_MISSING', 'phone'],
  ])('%s', async (_label, overrides, code, field) => {
    const before = await memberCount(env.company.companyId);
    const result = await register({ ...staffInput(), ...(overrides as Partial<RegisterMemberInput>) });
    expect(result.member).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ code, field })]);
    expect(await memberCount(env.company.companyId)).toBe(before);
  });

  test('a duplicate phone or email', async () => {
    const { input } = await registerMember(env.platform, env.company.adminToken);
    const before = await memberCount(env.company.companyId);
    const samePhone = await register(staffInput({ phone: input.phone }));
    expect(samePhone.errors.map((e) => e.code)).toEqual(['PHONE_TAKEN']);
    const sameEmail = await register(staffInput({ email: input.email?.toUpperCase() }));
    expect(sameEmail.errors.map((e) => e.code)).toEqual(['EMAIL_TAKEN']);
    expect(await memberCount(env.company.companyId)).toBe(before);
  });

  test('a blocked card', async () => {
    const { createCardBatch } = await request(
      env.platform.gatewayUrl,
      CreateCardBatchDocument,
      { input: { name: 'Blocked test', prefix: '31', size: 1 } },
      { token: env.company.adminToken },
    );
    expect(createCardBatch.errors).toEqual([]);
    const [card] = await querySql<{ number: string }>(env.platform, 'SELECT number FROM members.cards WHERE batch_id = $1', [createCardBatch.batch?.id]);
    await querySql(env.platform, "UPDATE members.cards SET state = 'BLOCKED', block_reason = 'LOST' WHERE number = $1", [card?.number]);
    const before = await memberCount(env.company.companyId);
    const result = await register(staffInput({ cardNumber: card?.number }));
    expect(result.errors.map((e) => e.code)).toEqual(['CARD_BLOCKED']);
    expect(await memberCount(env.company.companyId)).toBe(before);
  });

  test('staff and tills cannot set a member’s password: the member chooses it with a reset code staff send', async () => {
    const before = await memberCount(env.company.companyId);
    const byStaff = await register(memberInput({ channel: 'CONTACT_CENTER' }));
    expect(byStaff.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'password' })]);
    const terminal = await seedTerminal(env.platform, env.company.adminToken);
    const byTill = await register(memberInput({ channel: 'POS', idempotencyKey: randomUUID() }), terminal.token);
    expect(byTill.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'password' })]);
    expect(await memberCount(env.company.companyId)).toBe(before);
  });

  test('several problems are reported together', async () => {
    const result = await register(memberInput({ phone: 'x', email: 'y', password: 'z' }));
    expect(result.errors.map((e) => e.field).sort()).toEqual(['email', 'password', 'phone']);
  });
});
