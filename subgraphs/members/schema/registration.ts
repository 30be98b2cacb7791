import { builder } from '../builder';
import { Channel, RegistrationChannel } from './enums';
import { attempt, payloadType } from './errors';
import { Member } from './member';

const RegisterMemberInput = builder.inputType('RegisterMemberInput', {
  description: "The phone is always required; other fields as the channel's configuration requires.",
  fields: (t) => ({
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
    channel: t.field({
      type: RegistrationChannel,
      required: true,
      description: 'Where the registration comes from; decides who may call and which fields are required.',
    }),
    phone: t.string({ description: 'Always required: an international number (a leading 00 counts as +); unique among registered members.' }),
    email: t.string({ description: 'An email address, unique among the company’s members.' }),
    firstName: t.string({ description: '1 to 100 characters.' }),
    lastName: t.string({ description: '1 to 100 characters.' }),
    birthDate: t.field({ type: 'Date', description: 'In the past and plausible.' }),
    cardNumber: t.string({ description: 'A blank card to bind, or the card of a card holder who now registers.' }),
    password: t.string({ description: 'Self-registration only (staff and tills may not set it): at least 8 characters with letters and digits.' }),
    eReceiptConsent: t.boolean({ description: 'The member takes electronic receipts instead of paper ones; false when omitted.' }),
    language: t.string({ description: 'The language messages to the member are written in: a BCP 47 tag such as en, de or pt-BR.' }),
    timeZone: t.string({ description: 'The member’s IANA time zone (e.g. Europe/Berlin), for quiet hours; the company’s when omitted.' }),
    marketingConsents: t.field({
      type: [Channel],
      description: 'The channels the member agrees to receive marketing over; none when omitted. Codes and service messages need no consent.',
    }),
    referralCode: t.string({
      description:
        'The referral code of the member who invited this one (`me { referralCode }` shows theirs); REFERRAL_CODE_NOT_FOUND when no registered member holds it.',
    }),
    companyId: t.id({ description: 'Self-registration only: the program (may be omitted on a single-company platform).' }),
    verificationCode: t.string({ description: 'Self-registration only: the code `requestMemberCode` sent to the phone.' }),
  }),
});

builder.mutationField('registerMember', (t) =>
  t.field({
    type: payloadType('RegisterMemberPayload', 'member', Member, {
      description: 'What registerMember answers: the registered member, or every problem with the registration.',
      result: 'The registered member with their cards.',
    }),
    description:
      'Registers a member. Operators may use any channel, terminals the POS channel; people register themselves through PERSONAL_ACCOUNT, MOBILE_APP, SMS or WALLET after confirming the phone with a code. Registration activates the member’s cards, and a member without a card gets a virtual one; a card holder found by phone or card becomes the registered member. A referral code names the member who invited them (offers on FRIEND_INVITED reward that member). Field problems come back all at once. Emits member.registered and card.activated. Errors: CHANNEL_NOT_ALLOWED, COMPANY_NOT_FOUND, COMPANY_REQUIRED, CHANNEL_DISABLED, REQUIRED_FIELD_MISSING, INVALID_PHONE, INVALID_EMAIL, INVALID_INPUT, INVALID_CARD_NUMBER, INVALID_BIRTH_DATE, WEAK_PASSWORD, PHONE_TAKEN, EMAIL_TAKEN, CARD_NOT_FOUND, CARD_BLOCKED, CARD_ALREADY_BOUND, REFERRAL_CODE_NOT_FOUND, CODE_INVALID, CODE_EXPIRED, TOO_MANY_ATTEMPTS, IDEMPOTENCY_CONFLICT, LOOKUP_RATE_LIMITED.',
    args: { input: t.arg({ type: RegisterMemberInput, required: true, description: 'The member’s details and channel.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.registration.registerMember(ctx.identity, { ...input, companyId: input.companyId?.toString() })),
  }),
);
