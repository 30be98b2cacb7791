import { request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { lastCodeSentTo, querySql, registerMember, type SeededCompany, seedCompany, uniqueEmail, uniquePhone } from '../support/seed';
import {
  ChangeEmailDocument,
  ChangePasswordDocument,
  ChangePhoneDocument,
  LoginMemberDocument,
  RequestEmailChangeDocument,
  RequestPhoneChangeDocument,
  SetEReceiptConsentDocument,
  SetProfileLinksDocument,
  UpdateMemberProfileDocument,
} from './__generated__/operations';

let platform: TestPlatform;
let company: SeededCompany;
beforeAll(async () => {
  platform = await startTestPlatform();
  company = await seedCompany(platform);
});
afterAll(() => platform?.stop());

async function signedInMember(overrides = {}) {
  const { member, input } = await registerMember(platform, company.adminToken, overrides);
  const { loginMember } = await request(platform.gatewayUrl, LoginMemberDocument, {
    input: { phone: input.phone as string, password: input.password, companyId: company.companyId },
  });
  return { member, input, token: loginMember.token as string };
}

function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

describe('changing the phone', () => {
  test('the code sent to the new phone confirms the change', async () => {
    const { token } = await signedInMember();
    const newPhone = uniquePhone();
    const requested = await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    expect(requested.requestPhoneChange.errors).toEqual([]);
    const code = await lastCodeSentTo(platform, newPhone);
    const { changePhone } = await request(platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code } }, { token });
    expect(changePhone.member?.phone).toBe(newPhone);
  });

  test('wrong codes count: the fifth kills the code, so even the right one is refused after', async () => {
    const { token, input } = await signedInMember();
    const newPhone = uniquePhone();
    await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    const code = await lastCodeSentTo(platform, newPhone);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { changePhone } = await request(platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code: wrongCode(code) } }, { token });
      expect(changePhone.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
    }
    const { changePhone } = await request(platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code } }, { token });
    expect(changePhone.errors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const [row] = await querySql<{ phone: string }>(platform, 'SELECT phone FROM members.members WHERE phone = $1', [input.phone]);
    expect(row?.phone).toBe(input.phone);
  });

  test('an expired code is refused', async () => {
    const { token } = await signedInMember();
    const newPhone = uniquePhone();
    await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    const code = await lastCodeSentTo(platform, newPhone);
    platform.clock.advance(11 * 60_000);
    const { changePhone } = await request(platform.gatewayUrl, ChangePhoneDocument, { input: { newPhone, code } }, { token });
    expect(changePhone.errors.map((e) => e.code)).toEqual(['CODE_EXPIRED']);
  });

  test("another member's phone, a malformed phone and a code asked too often are refused", async () => {
    const { token } = await signedInMember();
    const { input: other } = await registerMember(platform, company.adminToken);
    const taken = await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: other.phone as string } }, { token });
    expect(taken.requestPhoneChange.errors.map((e) => e.code)).toEqual(['PHONE_TAKEN']);
    const malformed = await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone: '0800-CALL-NOW' } }, { token });
    expect(malformed.requestPhoneChange.errors).toEqual([expect.objectContaining({ code: 'INVALID_PHONE', field: 'newPhone' })]);
    const newPhone = uniquePhone();
    await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    const again = await request(platform.gatewayUrl, RequestPhoneChangeDocument, { input: { newPhone } }, { token });
    expect(again.requestPhoneChange.errors.map((e) => e.code)).toEqual(['CODE_REQUESTED_TOO_OFTEN']);
  });
});

describe('other profile changes', () => {
  test('changing the email completes the profile once, emitting member.profile_completed once', async () => {
    const { token, member } = await signedInMember({ email: null });
    expect(member.profileComplete).toBe(false);
    const newEmail = uniqueEmail();
    await request(platform.gatewayUrl, RequestEmailChangeDocument, { input: { newEmail } }, { token });
    const code = await lastCodeSentTo(platform, newEmail);
    const { changeEmail } = await request(platform.gatewayUrl, ChangeEmailDocument, { input: { newEmail, code } }, { token });
    expect(changeEmail.member).toMatchObject({ email: newEmail, profileComplete: true });
    await request(platform.gatewayUrl, UpdateMemberProfileDocument, { input: { firstName: 'Berta' } }, { token });
    const events = await querySql(platform, "SELECT id FROM members.outbox_events WHERE member_id = $1 AND type = 'member.profile_completed'", [member.id]);
    expect(events).toHaveLength(1);
  });

  test('changing the password needs the current one', async () => {
    const { token, input } = await signedInMember();
    const wrong = await request(
      platform.gatewayUrl,
      ChangePasswordDocument,
      { input: { currentPassword: 'not-it-123', newPassword: 'brand-new-9' } },
      { token },
    );
    expect(wrong.changePassword.errors.map((e) => e.code)).toEqual(['WRONG_PASSWORD']);
    const weak = await request(platform.gatewayUrl, ChangePasswordDocument, { input: { currentPassword: input.password, newPassword: 'short' } }, { token });
    expect(weak.changePassword.errors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);
    const right = await request(
      platform.gatewayUrl,
      ChangePasswordDocument,
      { input: { currentPassword: input.password, newPassword: 'brand-new-9' } },
      { token },
    );
    expect(right.changePassword.errors).toEqual([]);
    const login = await request(platform.gatewayUrl, LoginMemberDocument, {
      input: { phone: input.phone as string, password: 'brand-new-9', companyId: company.companyId },
    });
    expect(login.loginMember.token).toEqual(expect.any(String));
  });

  test('e-receipt consent, social profile and app flags are recorded with their events', async () => {
    const { token, member } = await signedInMember();
    const consent = await request(platform.gatewayUrl, SetEReceiptConsentDocument, { input: { consent: true } }, { token });
    expect(consent.setEReceiptConsent.member?.eReceiptConsent).toBe(true);
    const links = await request(platform.gatewayUrl, SetProfileLinksDocument, { input: { socialProfileLinked: true, mobileAppInstalled: true } }, { token });
    expect(links.setProfileLinks.member).toMatchObject({ socialProfileLinked: true, mobileAppInstalled: true });
    const events = await querySql<{ type: string }>(platform, 'SELECT type FROM members.outbox_events WHERE member_id = $1 ORDER BY id', [member.id]);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['member.e_receipt_consent_changed', 'member.social_profile_linked', 'member.app_installed']),
    );
  });
});
