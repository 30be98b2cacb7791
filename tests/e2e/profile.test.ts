import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { lastCodeSentTo, memberInput, querySql, registerMember, registerSignedInMember, uniqueEmail, uniquePhone } from '../support/seed';
import {
  BlockMemberAccountDocument,
  ChangeEmailDocument,
  ChangePasswordDocument,
  ChangePhoneDocument,
  LoginMemberDocument,
  MemberByIdDocument,
  OptOutDocument,
  RegisterMemberDocument,
  RequestEmailChangeDocument,
  RequestPhoneChangeDocument,
  SetEReceiptConsentDocument,
  SetMarketingConsentDocument,
  SetMessagePreferencesDocument,
  SetProfileLinksDocument,
  UpdateMemberProfileDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany();

function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

describe('changing the phone', () => {
  test('the code sent to the new phone confirms the change', async () => {
    const { token } = await registerSignedInMember(env.platform, env.company);
    const newPhone = uniquePhone();
    const requested = await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    expect(requested.requestPhoneChange.errors).toEqual([]);
    const code = await lastCodeSentTo(env.platform, newPhone);
    const { changePhone } = await request(env.platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code } }, { token });
    expect(changePhone.member?.phone).toBe(newPhone);
  });

  test('wrong codes count: the fifth kills the code, so even the right one is refused after', async () => {
    const { token, input } = await registerSignedInMember(env.platform, env.company);
    const newPhone = uniquePhone();
    await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    const code = await lastCodeSentTo(env.platform, newPhone);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { changePhone } = await request(env.platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code: wrongCode(code) } }, { token });
      expect(changePhone.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
    }
    const { changePhone } = await request(env.platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code } }, { token });
    expect(changePhone.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const [row] = await querySql<{ phone: string }>(env.platform, 'SELECT phone FROM members.members WHERE phone = $1', [input.phone]);
    expect(row?.phone).toBe(input.phone);
  });

  test('an expired code is refused', async () => {
    const { token } = await registerSignedInMember(env.platform, env.company);
    const newPhone = uniquePhone();
    await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    const code = await lastCodeSentTo(env.platform, newPhone);
    env.platform.clock.advance(11 * 60_000);
    const { changePhone } = await request(env.platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code } }, { token });
    expect(changePhone.errors.map((e) => e.code)).toEqual(['CODE_EXPIRED']);
  });

  test("another member's phone, a malformed phone and a code asked too often are refused", async () => {
    const { token } = await registerSignedInMember(env.platform, env.company);
    const { input: other } = await registerMember(env.platform, env.company.adminToken);
    const taken = await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: other.phone as string } }, { token });
    expect(taken.requestPhoneChange.errors.map((e) => e.code)).toEqual(['PHONE_TAKEN']);
    const malformed = await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: '0800-CALL-NOW' } }, { token });
    expect(malformed.requestPhoneChange.errors).toEqual([expect.objectContaining({ code: 'INVALID_PHONE', field: 'newPhone' })]);
    const newPhone = uniquePhone();
    await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    const again = await request(env.platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    expect(again.requestPhoneChange.errors.map((e) => e.code)).toEqual(['CODE_REQUESTED_TOO_OFTEN']);
  });
});

describe('other profile changes', () => {
  test('changing the email completes the profile once, emitting member.profile_completed once', async () => {
    const { token, member } = await registerSignedInMember(env.platform, env.company, { email: null });
    expect(member.profileComplete).toBe(false);
    const newEmail = uniqueEmail();
    await request(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail } }, { token });
    const code = await lastCodeSentTo(env.platform, newEmail);
    const { changeEmail } = await request(env.platform.gatewayUrl, ChangeEmailDocument, { input: { newEmail, code } }, { token });
    expect(changeEmail.member).toMatchObject({ email: newEmail, profileComplete: true });
    await request(env.platform.gatewayUrl, UpdateMemberProfileDocument, { input: { firstName: 'Berta' } }, { token });
    const events = await querySql(env.platform, "SELECT id FROM members.outbox_events WHERE member_id = $1 AND type = 'member.profile_completed'", [member.id]);
    expect(events).toHaveLength(1);
  });

  test('changing the password needs the current one', async () => {
    const { token, input } = await registerSignedInMember(env.platform, env.company);
    const wrong = await request(
      env.platform.gatewayUrl,
      ChangePasswordDocument,
      { input: { currentPassword: 'not-it-123', newPassword: 'brand-new-9' } },
      { token },
    );
    expect(wrong.changePassword.errors.map((e) => e.code)).toEqual(['WRONG_PASSWORD']);
    const weak = await request(
      env.platform.gatewayUrl,
      ChangePasswordDocument,
      { input: { currentPassword: input.password, newPassword: 'short' } },
      { token },
    );
    expect(weak.changePassword.errors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);
    const right = await request(
      env.platform.gatewayUrl,
      ChangePasswordDocument,
      { input: { currentPassword: input.password, newPassword: 'brand-new-9' } },
      { token },
    );
    expect(right.changePassword.errors).toEqual([]);
    const login = await request(env.platform.gatewayUrl, LoginMemberDocument, {
      input: { phone: input.phone as string, password: 'brand-new-9', companyId: env.company.companyId },
    });
    expect(login.loginMember.token).toEqual(expect.any(String));
  });

  test('e-receipt consent, social profile and app flags are recorded with their events', async () => {
    const { token, member } = await registerSignedInMember(env.platform, env.company);
    const consent = await request(env.platform.gatewayUrl, SetEReceiptConsentDocument, { input: { consent: true } }, { token });
    expect(consent.setEReceiptConsent.member?.eReceiptConsent).toBe(true);
    const links = await request(
      env.platform.gatewayUrl,
      SetProfileLinksDocument,
      { input: { socialProfileLinked: true, mobileAppInstalled: true } },
      { token },
    );
    expect(links.setProfileLinks.member).toMatchObject({ socialProfileLinked: true, mobileAppInstalled: true });
    const events = await querySql<{ type: string }>(env.platform, 'SELECT type FROM members.outbox_events WHERE member_id = $1 ORDER BY id', [member.id]);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['member.e_receipt_consent_changed', 'member.social_profile_linked', 'member.app_installed']),
    );
  });
});

test('a blocked member starts no phone or email change: no code is sent on their behalf', async () => {
  // The member's own sessions end with the block (tests/security/sessions.test.ts); staff acting
  // for them are refused too.
  const { member } = await registerSignedInMember(env.platform, env.company);
  const admin = { token: env.company.adminToken };
  const blocked = await request(env.platform.gatewayUrl, BlockMemberAccountDocument, { input: { memberId: member.id, reason: 'check' } }, admin);
  expect(blocked.blockMemberAccount.errors).toEqual([]);
  const newEmail = uniqueEmail('blocked');
  const { requestEmailChange } = await request(env.platform.gatewayUrl, RequestEmailChangeDocument, { input: { memberId: member.id, newEmail } }, admin);
  expect(requestEmailChange.errors.map((e) => e.code)).toEqual(['MEMBER_BLOCKED']);
  const { requestPhoneChange } = await request(
    env.platform.gatewayUrl,
    RequestPhoneChangeDocument,
    { input: { memberId: member.id, newPhone: uniquePhone() } },
    admin,
  );
  expect(requestPhoneChange.errors.map((e) => e.code)).toEqual(['MEMBER_BLOCKED']);
  await expect(lastCodeSentTo(env.platform, newEmail)).rejects.toThrow('no code was sent');
});

describe('language, time zone and marketing consents', () => {
  const consentsOf = (member: { marketingConsents: Array<{ channel: string; granted: boolean; source: string | null }> | null }) =>
    Object.fromEntries((member.marketingConsents ?? []).map((c) => [c.channel, c.granted ? c.source : false]));

  test('given at registration: the language in its canonical form, the time zone, consents per channel (ticked by staff: staff’s word)', async () => {
    const { member } = await registerMember(env.platform, env.company.adminToken, {
      language: 'de-at',
      timeZone: 'Europe/Vienna',
      marketingConsents: ['SMS', 'EMAIL', 'SMS'],
    });
    expect(member).toMatchObject({ language: 'de-AT', timeZone: 'Europe/Vienna' });
    expect(consentsOf(member)).toEqual({ SMS: 'STAFF', EMAIL: 'STAFF', PUSH: false, VIBER: false, SOCIAL: false });
    const [event] = await querySql<{ payload: { language: string; timeZone: string; marketingConsents: string[] } }>(
      env.platform,
      "SELECT payload FROM members.outbox_events WHERE type = 'member.registered' AND member_id = $1",
      [member.id],
    );
    expect(event?.payload).toMatchObject({ language: 'de-AT', timeZone: 'Europe/Vienna', marketingConsents: ['SMS', 'EMAIL'] });
  });

  test('a bad language and time zone are refused together, and nobody is registered', async () => {
    const phone = uniquePhone();
    const { registerMember: refused } = await request(
      env.platform.gatewayUrl,
      RegisterMemberDocument,
      { input: memberInput({ phone, language: 'not a language', timeZone: 'Mars/Olympus', password: null }) },
      { token: env.company.adminToken },
    );
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'language'],
      ['INVALID_INPUT', 'timeZone'],
    ]);
    expect(await querySql(env.platform, 'SELECT 1 FROM members.members WHERE phone = $1', [phone])).toHaveLength(0);
  });

  test('the member changes their own consents and preferences; staff act on their word; each change is an event with its source', async () => {
    const { token, member } = await registerSignedInMember(env.platform, env.company, { marketingConsents: ['SMS'] });
    const own = await request(env.platform.gatewayUrl, SetMarketingConsentDocument, { input: { channel: 'EMAIL', granted: true } }, { token });
    expect(consentsOf(own.setMarketingConsent.member as never)).toMatchObject({ SMS: 'STAFF', EMAIL: 'MEMBER' });
    const byStaff = await request(
      env.platform.gatewayUrl,
      SetMarketingConsentDocument,
      { input: { memberId: member.id, channel: 'SMS', granted: false } },
      { token: env.company.adminToken },
    );
    const sms = byStaff.setMarketingConsent.member?.marketingConsents?.find((c) => c.channel === 'SMS');
    expect(sms).toMatchObject({ granted: false, source: 'STAFF' });
    expect(sms?.changedAt).not.toBeNull();
    const events = await querySql<{ payload: { channel: string; granted: boolean; source: string } }>(
      env.platform,
      "SELECT payload FROM members.outbox_events WHERE type = 'member.marketing_consent_changed' AND member_id = $1 ORDER BY id",
      [member.id],
    );
    expect(events.map((e) => [e.payload.channel, e.payload.granted, e.payload.source])).toEqual([
      ['EMAIL', true, 'MEMBER'],
      ['SMS', false, 'STAFF'],
    ]);

    const { setMessagePreferences } = await request(
      env.platform.gatewayUrl,
      SetMessagePreferencesDocument,
      { input: { language: 'PT-br', timeZone: 'America/Sao_Paulo' } },
      { token },
    );
    expect(setMessagePreferences.member).toMatchObject({ language: 'pt-BR', timeZone: 'America/Sao_Paulo' });
    const bad = await request(env.platform.gatewayUrl, SetMessagePreferencesDocument, { input: { timeZone: 'Nowhere/Land' } }, { token });
    expect(bad.setMessagePreferences.errors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'timeZone']]);
    const { member: after } = await request(env.platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token: env.company.adminToken });
    expect(after).toMatchObject({ language: 'pt-BR', timeZone: 'America/Sao_Paulo' });
  });

  test('a blocked member’s consent can still be withdrawn, but none given', async () => {
    const { member } = await registerMember(env.platform, env.company.adminToken, { password: null, marketingConsents: ['EMAIL'] });
    await request(
      env.platform.gatewayUrl,
      BlockMemberAccountDocument,
      { input: { memberId: member.id, reason: 'fraud check' } },
      { token: env.company.adminToken },
    );
    const change = (channel: 'EMAIL' | 'SMS', granted: boolean) =>
      request(env.platform.gatewayUrl, SetMarketingConsentDocument, { input: { memberId: member.id, channel, granted } }, { token: env.company.adminToken });
    const withdrawn = await change('EMAIL', false);
    expect(withdrawn.setMarketingConsent.errors).toEqual([]);
    expect(withdrawn.setMarketingConsent.member?.marketingConsents?.find((c) => c.channel === 'EMAIL')).toMatchObject({ granted: false, source: 'STAFF' });
    expect((await change('SMS', true)).setMarketingConsent.errors.map((e) => e.code)).toEqual(['MEMBER_BLOCKED']);
  });

  test('another member can neither read nor change them; an opt-out erases them', async () => {
    const { member } = await registerMember(env.platform, env.company.adminToken, { language: 'fr', marketingConsents: ['PUSH'] });
    const other = await registerSignedInMember(env.platform, env.company);
    const { member: seen } = await request(env.platform.gatewayUrl, MemberByIdDocument, { id: member.id }, { token: other.token });
    expect(seen?.language ?? null).toBeNull();
    expect(seen?.marketingConsents ?? null).toBeNull();
    const changed = await call(
      env.platform.gatewayUrl,
      SetMarketingConsentDocument,
      { input: { memberId: member.id, channel: 'PUSH', granted: false } },
      { token: other.token },
    );
    expect(errorCodes(changed)).toEqual(['FORBIDDEN']);
    expect(await querySql(env.platform, 'SELECT 1 FROM members.marketing_consents WHERE member_id = $1 AND granted', [member.id])).toHaveLength(1);

    await request(env.platform.gatewayUrl, OptOutDocument, { input: { memberId: member.id } }, { token: env.company.adminToken });
    expect(await querySql(env.platform, 'SELECT 1 FROM members.marketing_consents WHERE member_id = $1', [member.id])).toHaveLength(0);
    const [row] = await querySql<{ language: string | null; time_zone: string | null }>(
      env.platform,
      'SELECT language, time_zone FROM members.members WHERE id = $1',
      [member.id],
    );
    expect(row).toEqual({ language: null, time_zone: null });
  });
});
