import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { phoneLookupKey } from '../../../infra/auth/phone-key';
import { hashSecret } from '../../../infra/auth/secret-hash';
import { LOOKUP_MISS_CODES } from '../../../infra/throttle/lookup-throttle';
import { activateInactiveCards, lockCard, updateCard } from '../data/cards-store';
import { channelSettings } from '../data/companies-store';
import { recordConsents } from '../data/consents-store';
import { createMember, findMember, findMemberByEmail, findMemberByPhone, findMemberByReferralCode, updateMember } from '../data/members-store';
import { type MemberEvent, recordEvents } from '../data/outbox-store';
import type { Member, MembersDb } from '../data/prisma';
import { CardBlockedError, CardNotFoundError, DomainError } from '../domain/errors';
import { isProfileComplete } from '../domain/member-state';
import type { Channel } from '../domain/message-preferences';
import {
  channelSetting,
  type RegistrationChannel,
  type RegistrationInput,
  SELF_SERVICE_CHANNELS,
  staffRequirements,
  type ValidRegistration,
  validateRegistration,
} from '../domain/registration';
import { MEMBER_SERVICE_ROLES, requireOperator } from './access';
import { cardActivated, issueVirtualCardFor, memberHasCards } from './card-issuing';
import { resolveCompanyId } from './company-resolution';
import type { ServiceDeps } from './deps';
import { createLookupGuard } from './lookup-guard';
import { checkCode, useCode } from './verification-codes';
import { writeOnce } from './write-once';

export interface RegisterMemberInput extends RegistrationInput {
  channel: RegistrationChannel;
  companyId?: string | null;
  verificationCode?: string | null;
  eReceiptConsent?: boolean | null;
  /** The channels the member agrees to receive marketing over; none when omitted. */
  marketingConsents?: Channel[] | null;
  /** Required from terminals: a retried registration answers as the first and changes nothing. */
  idempotencyKey?: string | null;
}

/** Who may register through which channel; returns the company the registration belongs to. */
async function authoriseChannel(deps: ServiceDeps, identity: Identity, input: RegisterMemberInput): Promise<string> {
  switch (identity.kind) {
    case 'operator':
      requireOperator(identity, MEMBER_SERVICE_ROLES);
      return identity.companyId;
    case 'terminal':
      if (input.channel !== 'POS') throw new DomainError('CHANNEL_NOT_ALLOWED', 'A terminal registers through the POS channel', 'channel');
      return identity.companyId;
    case 'member':
      throw new ForbiddenError('Already signed in as a member');
    default:
      if (!SELF_SERVICE_CHANNELS.includes(input.channel)) throw new ForbiddenError(`Registration through ${input.channel} needs staff`);
      return resolveCompanyId(deps.db, input.companyId);
  }
}

/** The existing record a registration completes: a card holder found by phone or by the card. */
async function findRegistrant(tx: MembersDb, companyId: string, valid: ValidRegistration) {
  const byPhone = await findMemberByPhone(tx, companyId, valid.phone);
  if (byPhone && byPhone.state !== 'CARD_HOLDER') throw new DomainError('PHONE_TAKEN', 'A member with this phone is already registered', 'phone');
  if (valid.email) {
    const byEmail = await findMemberByEmail(tx, companyId, valid.email);
    if (byEmail && byEmail.id !== byPhone?.id) throw new DomainError('EMAIL_TAKEN', 'This email belongs to another member', 'email');
  }
  if (!valid.cardNumber) return { member: byPhone, card: null };
  const card = await lockCard(tx, companyId, valid.cardNumber);
  if (!card) throw new CardNotFoundError();
  if (card.state === 'BLOCKED' || card.state === 'REPLACED') throw new CardBlockedError(card.number);
  if (!card.memberId || card.memberId === byPhone?.id) return { member: byPhone, card };
  const holder = await findMember(tx, companyId, card.memberId);
  // A card handed out at the checkout may register its holder; a registered member's card may not be taken.
  if (!byPhone && holder?.state === 'CARD_HOLDER') return { member: holder, card };
  throw new DomainError('CARD_ALREADY_BOUND', 'This card belongs to another member', 'cardNumber');
}

/** At the till, what a registration refused for tells whether someone holds the phone, email or card: each counts as a look-up. */
const REGISTRATION_PROBES: ReadonlySet<string> = new Set([...LOOKUP_MISS_CODES, 'PHONE_TAKEN', 'EMAIL_TAKEN', 'CARD_ALREADY_BOUND']);

export function createRegistrationService(deps: ServiceDeps) {
  const guardLookup = createLookupGuard(deps);

  return {
    /**
     * `phoneProvenByText`: the person texted the registration keyword from the phone (the
     * communications subgraph says so through a signed internal call), which proves it as a code would.
     */
    async registerMember(identity: Identity, input: RegisterMemberInput, { phoneProvenByText = false } = {}) {
      const companyId = await authoriseChannel(deps, identity, input);
      const now = deps.clock.now();
      const setting = channelSetting(input.channel, await channelSettings(deps.db, companyId));
      const selfService = identity.kind === 'anonymous';
      const valid = validateRegistration(input, selfService ? setting : staffRequirements(setting), now);
      // Whoever knows a password can sign in as the member: only the member chooses it.
      if (!selfService && input.password) {
        throw new DomainError('INVALID_INPUT', 'A member chooses their own password: send them a reset code (requestPasswordReset)', 'password');
      }
      const proveByCode = selfService && !phoneProvenByText;
      if (proveByCode && !input.verificationCode) {
        throw new DomainError('REQUIRED_FIELD_MISSING', 'Confirm the phone with the code from requestMemberCode', 'verificationCode');
      }
      const passwordHash = valid.password ? await hashSecret(valid.password) : null;
      const codeId = proveByCode
        ? await checkCode(deps, { companyId, target: valid.phone, purpose: 'REGISTRATION', given: String(input.verificationCode) }, 'verificationCode')
        : null;

      const { idempotencyKey, ...request } = input;
      const keep = {
        keep: (member: Member) => ({ memberId: member.id }),
        reload: (kept: Record<string, string>) => deps.db.member.findUniqueOrThrow({ where: { id: kept.memberId as string } }),
      };
      // A card or phone named at the till counts against its look-ups (lookup-guard.ts): registering is
      // no way round them, and a refusal saying a phone, email or card is taken tells as much as a miss.
      return guardLookup(
        identity,
        input,
        () =>
          writeOnce(
            deps,
            identity,
            { operation: 'registerMember', key: idempotencyKey, input: request },
            async (tx) => {
              const { member: existing, card } = await findRegistrant(tx, companyId, valid);
              const referrer = valid.referralCode ? await findMemberByReferralCode(tx, companyId, valid.referralCode) : null;
              if (valid.referralCode && !referrer)
                throw new DomainError('REFERRAL_CODE_NOT_FOUND', 'No registered member holds this referral code', 'referralCode');
              if (codeId) await useCode(deps, tx, codeId, 'verificationCode');
              const profile = {
                phone: valid.phone,
                email: valid.email ?? existing?.email ?? null,
                firstName: valid.firstName ?? existing?.firstName ?? null,
                lastName: valid.lastName ?? existing?.lastName ?? null,
                birthDate: valid.birthDate ?? existing?.birthDate ?? null,
              };
              const complete = isProfileComplete(profile);
              const fields = {
                ...profile,
                state: 'REGISTERED' as const,
                passwordHash: passwordHash ?? existing?.passwordHash ?? null,
                registrationChannel: input.channel,
                registeredAt: now,
                eReceiptConsent: input.eReceiptConsent ?? false,
                eReceiptConsentAt: input.eReceiptConsent ? now : null,
                language: valid.language ?? existing?.language ?? null,
                timeZone: valid.timeZone ?? existing?.timeZone ?? null,
                profileCompletedAt: complete ? now : null,
                referredById: referrer?.id ?? existing?.referredById ?? null,
              };
              const member = existing ? await updateMember(tx, existing.id, fields) : await createMember(tx, { companyId, ...fields });
              const consents = [...new Set(input.marketingConsents ?? [])];
              // The person's own word at self-registration; staff or a till ticking the boxes for them is staff's.
              await recordConsents(tx, member.id, consents, true, selfService ? 'REGISTRATION' : 'STAFF', now);

              const events: MemberEvent[] = [
                {
                  type: 'member.registered',
                  companyId,
                  memberId: member.id,
                  data: {
                    memberId: member.id,
                    channel: input.channel,
                    phoneKey: phoneLookupKey(valid.phone, deps.phoneKeySecret),
                    language: member.language,
                    timeZone: member.timeZone,
                    marketingConsents: consents,
                    referredBy: member.referredById,
                    // The person proved the phone (a code, or a text from it): a referral rewards only then, since
                    // staff or a till could otherwise register invented friends.
                    phoneProven: selfService,
                  },
                },
              ];
              if (card && card.state === 'BLANK') {
                await updateCard(tx, card.id, { memberId: member.id, boundAt: now, state: 'INACTIVE' });
              }
              for (const activated of await activateInactiveCards(tx, member.id)) events.push(cardActivated(activated));
              if (!(await memberHasCards(tx, member.id))) {
                events.push(cardActivated(await issueVirtualCardFor(tx, companyId, member.id, 'ACTIVE', now)));
              }
              if (complete) events.push({ type: 'member.profile_completed', companyId, memberId: member.id, data: { memberId: member.id } });
              await recordEvents(tx, deps, identity, input.channel, events);
              return member;
            },
            keep,
            (target) =>
              target.includes('phone')
                ? new DomainError('PHONE_TAKEN', 'A member with this phone is already registered', 'phone')
                : target.includes('email')
                  ? new DomainError('EMAIL_TAKEN', 'This email belongs to another member', 'email')
                  : null,
          ),
        () => true,
        REGISTRATION_PROBES,
      );
    },
  };
}
