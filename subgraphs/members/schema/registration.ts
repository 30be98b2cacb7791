import { builder } from '../builder';
import { RegistrationChannel } from './enums';
import { attempt, payloadType } from './errors';
import { Member } from './member';

const RegisterMemberInput = builder.inputType('RegisterMemberInput', {
  description: "The phone is always required; other fields as the channel's configuration requires.",
  fields: (t) => ({
    idempotencyKey: t.string({
      description:
        'Required from terminals (optional for others): a retry with the same key answers as the first call and changes nothing; the same key with another input is IDEMPOTENCY_CONFLICT.',
    }),
    channel: t.field({ type: RegistrationChannel, required: true }),
    phone: t.string(),
    email: t.string(),
    firstName: t.string(),
    lastName: t.string(),
    birthDate: t.field({ type: 'Date' }),
    cardNumber: t.string({ description: 'A blank card to bind, or the card of a card holder who now registers.' }),
    password: t.string({ description: 'At least 8 characters with letters and digits.' }),
    eReceiptConsent: t.boolean(),
    companyId: t.id({ description: 'Self-registration only: the program (may be omitted on a single-company platform).' }),
    verificationCode: t.string({ description: 'Self-registration only: the code `requestMemberCode` sent to the phone.' }),
  }),
});

builder.mutationField('registerMember', (t) =>
  t.field({
    type: payloadType('RegisterMemberPayload', 'member', Member, 'The registered member with their cards.'),
    description:
      'Registers a member. Operators may use any channel, terminals the POS channel; people register themselves through PERSONAL_ACCOUNT, MOBILE_APP, SMS or WALLET after confirming the phone with a code. Registration activates the member’s cards, and a member without a card gets a virtual one. Emits member.registered and card.activated.',
    args: { input: t.arg({ type: RegisterMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.registration.registerMember(ctx.identity, { ...input, companyId: input.companyId?.toString() })),
  }),
);
