import type { Identity } from '../../../infra/auth/identity';
import { phoneLookupKey } from '../../../infra/auth/phone-key';
import { hashSecret, verifySecret } from '../../../infra/auth/secret-hash';
import { recordConsents } from '../data/consents-store';
import { findMember, findMemberByEmail, findMemberByPhone, lockMember, updateMember } from '../data/members-store';
import { type MemberEvent, recordEvents } from '../data/outbox-store';
import type { MembersDb, Prisma } from '../data/prisma';
import { revokeSessionsOf } from '../data/sessions-store';
import { checkBirthDate, checkPasswordStrength, normaliseEmail, normaliseName, normalisePhone } from '../domain/contact';
import { DomainError, MemberNotFoundError } from '../domain/errors';
import { assertActive, isProfileComplete } from '../domain/member-state';
import { type Channel, checkTimeZone, normaliseLanguage } from '../domain/message-preferences';
import { MEMBER_SERVICE_ROLES, targetMember } from './access';
import { inTransaction, type ServiceDeps } from './deps';
import { checkCode, sendCode, useCode } from './verification-codes';

type Member = NonNullable<Awaited<ReturnType<typeof lockMember>>>;

const phoneTaken = () => new DomainError('PHONE_TAKEN', 'This phone belongs to another member', 'newPhone');
const emailTaken = () => new DomainError('EMAIL_TAKEN', 'This email belongs to another member', 'newEmail');

/** What every change of a marketing consent emits, whoever made it. */
export function consentChanged(member: { id: string; companyId: string }, channel: Channel, granted: boolean, source: string): MemberEvent {
  return {
    type: 'member.marketing_consent_changed',
    companyId: member.companyId,
    memberId: member.id,
    data: { memberId: member.id, channel, granted, source },
  };
}

export function createProfileService(deps: ServiceDeps) {
  /** Applies a profile change to a live member, with the events it causes, in one transaction. */
  async function change(
    identity: Identity,
    memberId: string | null | undefined,
    apply: (tx: MembersDb, member: Member) => Promise<{ data: Prisma.MemberUncheckedUpdateInput; events: MemberEvent[] }>,
    uniqueViolation?: (target: string) => DomainError | null,
    staffRoles = MEMBER_SERVICE_ROLES,
    /** 'notDeleted': a blocked member too (withdrawing a consent must work whatever the account's state). */
    states: 'active' | 'notDeleted' = 'active',
  ) {
    const target = targetMember(identity, memberId, staffRoles);
    return inTransaction(
      deps,
      async (tx) => {
        const member = await lockMember(tx, target.companyId, target.memberId);
        if (!member) throw new MemberNotFoundError();
        if (states === 'active' || member.state === 'DELETED') assertActive(member.state);
        const { data, events } = await apply(tx, member);
        const updated = await updateMember(tx, member.id, data);
        if (!member.profileCompletedAt && isProfileComplete(updated)) {
          await updateMember(tx, member.id, { profileCompletedAt: deps.clock.now() });
          events.push({ type: 'member.profile_completed', companyId: member.companyId, memberId: member.id, data: { memberId: member.id } });
        }
        await recordEvents(tx, deps, identity, null, events);
        return updated;
      },
      uniqueViolation,
    );
  }

  async function requestContactCode(identity: Identity, memberId: string | null | undefined, kind: 'phone' | 'email', raw: string) {
    const target = targetMember(identity, memberId, MEMBER_SERVICE_ROLES);
    const value = kind === 'phone' ? normalisePhone(raw, 'newPhone') : normaliseEmail(raw, 'newEmail');
    // A blocked or opted-out member starts no change (and gets no code sent on their behalf).
    const member = await findMember(deps.db, target.companyId, target.memberId);
    if (!member) throw new MemberNotFoundError();
    assertActive(member.state);
    const owner = kind === 'phone' ? await findMemberByPhone(deps.db, target.companyId, value) : await findMemberByEmail(deps.db, target.companyId, value);
    if (owner && owner.id !== target.memberId) throw kind === 'phone' ? phoneTaken() : emailTaken();
    return sendCode(deps, identity, {
      companyId: target.companyId,
      memberId: target.memberId,
      purpose: kind === 'phone' ? 'CHANGE_PHONE' : 'CHANGE_EMAIL',
      target: value,
      channel: kind === 'phone' ? 'SMS' : 'EMAIL',
    });
  }

  /**
   * Changes the phone or email to the one a code sent there confirms. The code is checked before
   * the transaction (no connection or member lock is held while guesses are counted and compared)
   * and consumed inside it, with the change.
   */
  /** Only the member completes a change of contact: staff who could would hand the account to whoever holds the new phone. */
  async function changeContact(identity: Identity, memberId: string | null | undefined, kind: 'phone' | 'email', raw: string, code: string) {
    const target = targetMember(identity, memberId, []);
    const value = kind === 'phone' ? normalisePhone(raw, 'newPhone') : normaliseEmail(raw, 'newEmail');
    const purpose = kind === 'phone' ? 'CHANGE_PHONE' : 'CHANGE_EMAIL';
    // A member the caller cannot reach (another company's, or none) is not found before any code is
    // judged, as requestPhoneChange answers: the code lookup is by the caller's company and the new
    // value, so it would otherwise answer CODE_INVALID for another company's member.
    if (!(await findMember(deps.db, target.companyId, target.memberId))) throw new MemberNotFoundError();
    const codeId = await checkCode(deps, { companyId: target.companyId, target: value, purpose, given: code });
    return change(
      identity,
      memberId,
      async (tx, member) => {
        await useCode(deps, tx, codeId);
        const about = { companyId: member.companyId, memberId: member.id };
        const event: MemberEvent =
          kind === 'phone'
            ? { ...about, type: 'member.phone_changed', data: { memberId: member.id, phoneKey: phoneLookupKey(value, deps.phoneKeySecret) } }
            : { ...about, type: 'member.email_changed', data: { memberId: member.id } };
        return { data: kind === 'phone' ? { phone: value } : { email: value }, events: [event] };
      },
      (violated) => (violated.includes(kind) ? (kind === 'phone' ? phoneTaken() : emailTaken()) : null),
    );
  }

  return {
    /** Sends a code to the new phone; `changePhone` with that code makes the change. */
    requestPhoneChange: (identity: Identity, input: { memberId?: string | null; newPhone: string }) =>
      requestContactCode(identity, input.memberId, 'phone', input.newPhone),

    requestEmailChange: (identity: Identity, input: { memberId?: string | null; newEmail: string }) =>
      requestContactCode(identity, input.memberId, 'email', input.newEmail),

    changePhone: (identity: Identity, input: { memberId?: string | null; newPhone: string; code: string }) =>
      changeContact(identity, input.memberId, 'phone', input.newPhone, input.code),

    changeEmail: (identity: Identity, input: { memberId?: string | null; newEmail: string; code: string }) =>
      changeContact(identity, input.memberId, 'email', input.newEmail, input.code),

    /**
     * A member sets their own password, proving the current one when they have one; staff never set
     * or learn it (they send a reset code: requestPasswordReset). Every other session of the member ends.
     */
    changePassword: (identity: Identity, input: { memberId?: string | null; currentPassword?: string | null; newPassword: string }) =>
      change(
        identity,
        input.memberId,
        async (tx, member) => {
          checkPasswordStrength(input.newPassword, 'newPassword');
          if (member.passwordHash) {
            const ok = input.currentPassword ? await verifySecret(input.currentPassword, member.passwordHash) : false;
            if (!ok) throw new DomainError('WRONG_PASSWORD', 'The current password is wrong', 'currentPassword');
          }
          await revokeSessionsOf(tx, member.id, 'password changed', identity.kind === 'member' ? (identity.sessionId ?? null) : null);
          return {
            data: { passwordHash: await hashSecret(input.newPassword) },
            events: [{ type: 'member.password_changed', companyId: member.companyId, memberId: member.id, data: { memberId: member.id } }],
          };
        },
        undefined,
        [],
      ),

    setEReceiptConsent: (identity: Identity, input: { memberId?: string | null; consent: boolean }) =>
      change(identity, input.memberId, async (_tx, member) => ({
        data: { eReceiptConsent: input.consent, eReceiptConsentAt: input.consent ? deps.clock.now() : null },
        events: [
          { type: 'member.e_receipt_consent_changed', companyId: member.companyId, memberId: member.id, data: { memberId: member.id, consent: input.consent } },
        ],
      })),

    updateMemberProfile: (
      identity: Identity,
      input: { memberId?: string | null; firstName?: string | null; lastName?: string | null; birthDate?: Date | null },
    ) =>
      change(identity, input.memberId, async (_tx, member) => {
        const data: Prisma.MemberUncheckedUpdateInput = {};
        if (input.firstName != null) data.firstName = normaliseName(input.firstName, 'firstName');
        if (input.lastName != null) data.lastName = normaliseName(input.lastName, 'lastName');
        if (input.birthDate != null) {
          checkBirthDate(input.birthDate, deps.clock.now());
          data.birthDate = input.birthDate;
        }
        return { data, events: [{ type: 'member.profile_updated', companyId: member.companyId, memberId: member.id, data: { memberId: member.id } }] };
      }),

    setMessagePreferences: (identity: Identity, input: { memberId?: string | null; language?: string | null; timeZone?: string | null }) =>
      change(identity, input.memberId, async (_tx, member) => {
        const data: Prisma.MemberUncheckedUpdateInput = {};
        if (input.language != null) data.language = normaliseLanguage(input.language);
        if (input.timeZone != null) data.timeZone = checkTimeZone(input.timeZone);
        const language = (data.language as string | undefined) ?? member.language;
        const timeZone = (data.timeZone as string | undefined) ?? member.timeZone;
        return {
          data,
          events: [
            { type: 'member.message_preferences_changed', companyId: member.companyId, memberId: member.id, data: { memberId: member.id, language, timeZone } },
          ],
        };
      }),

    /** A member's own word, or staff acting on it; STOP replies and unsubscribes arrive as consent.withdrawn events. */
    setMarketingConsent: (identity: Identity, input: { memberId?: string | null; channel: Channel; granted: boolean }) =>
      change(
        identity,
        input.memberId,
        async (tx, member) => {
          const source = identity.kind === 'member' ? 'MEMBER' : 'STAFF';
          await recordConsents(tx, member.id, [input.channel], input.granted, source, deps.clock.now());
          return { data: {}, events: [consentChanged(member, input.channel, input.granted, source)] };
        },
        undefined,
        MEMBER_SERVICE_ROLES,
        // A blocked member may not be offered anything new, but may always say no.
        input.granted ? 'active' : 'notDeleted',
      ),

    /** Linking a social profile or installing the app are actions that earn bonuses once offers exist. */
    setProfileLinks: (identity: Identity, input: { memberId?: string | null; socialProfileLinked?: boolean | null; mobileAppInstalled?: boolean | null }) =>
      change(identity, input.memberId, async (_tx, member) => {
        const events: MemberEvent[] = [];
        const data: Prisma.MemberUncheckedUpdateInput = {};
        if (input.socialProfileLinked != null && input.socialProfileLinked !== member.socialProfileLinked) {
          data.socialProfileLinked = input.socialProfileLinked;
          events.push({
            type: input.socialProfileLinked ? 'member.social_profile_linked' : 'member.social_profile_unlinked',
            companyId: member.companyId,
            memberId: member.id,
            data: { memberId: member.id },
          });
        }
        if (input.mobileAppInstalled != null && input.mobileAppInstalled !== member.mobileAppInstalled) {
          data.mobileAppInstalled = input.mobileAppInstalled;
          if (input.mobileAppInstalled)
            events.push({ type: 'member.app_installed', companyId: member.companyId, memberId: member.id, data: { memberId: member.id } });
        }
        return { data, events };
      }),

    /**
     * Joining or leaving the company's social group, as the social network's integration reports
     * it (staff accounts only: a member's own word would be a bonus on demand).
     */
    setSocialGroupMembership: (identity: Identity, input: { memberId: string; joined: boolean }) =>
      change(
        identity,
        input.memberId,
        async (_tx, member) => {
          if (input.joined === member.socialGroupMember) return { data: {}, events: [] };
          const type = input.joined ? 'member.social_group_joined' : 'member.social_group_left';
          return {
            data: { socialGroupMember: input.joined },
            events: [{ type, companyId: member.companyId, memberId: member.id, data: { memberId: member.id } }],
          };
        },
        undefined,
        ['ADMIN', 'OPERATOR'],
      ),
  };
}
