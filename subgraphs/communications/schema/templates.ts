import { builder } from '../builder';
import { CommunicationsError } from '../domain/errors';
import type { MessageKind as Kind } from '../domain/templates';
import { isMessageKind, KINDS, MAILING_KIND, templateVariablesOf } from '../domain/templates';
import { Channel } from './enums';
import { attempt, donePayloadType, payloadType } from './errors';

/** The event types behind each kind, as clients name them. */
const KIND_NAMES: Record<string, { kind: Kind; description: string }> = {
  VERIFICATION_CODE: {
    kind: 'verification.code_requested',
    description: 'A one-time code to confirm a phone or email (registration, sign-in, a change, a password reset).',
  },
  PAYMENT_CODE: { kind: 'purchase.payment_code_requested', description: 'The code a member gives the till to pay with bonus points.' },
  DEDUCTION_CODE: { kind: 'bonuses.deduction_code_requested', description: 'The code that confirms a cashier’s deduction of bonus points.' },
  BONUSES_EXPIRING: { kind: 'bonuses.expiring', description: 'Bonus points about to expire (waits for the end of quiet hours).' },
  LIMIT_ALERT: { kind: 'limit.alert', description: 'A limit reached or refusing, to the security service’s addresses.' },
  E_RECEIPT: { kind: 'purchase.confirmed', description: 'The electronic receipt of a purchase, to members who take them instead of paper.' },
  WELCOME: { kind: 'member.registered', description: 'A welcome on registration.' },
  CARD_ISSUED: { kind: 'card.issued', description: 'A new virtual card’s number.' },
  STOP_CONFIRMED: { kind: 'consent.withdrawn', description: 'The answer to a STOP text: marketing by text has ended.' },
  TICKET_ANSWERED: { kind: 'ticket.answered', description: 'Support answered the member’s ticket (by push where they have the app, else email, else SMS).' },
};
const NAME_OF = Object.fromEntries(Object.entries(KIND_NAMES).map(([name, { kind }]) => [kind, name])) as Record<Kind, keyof typeof KIND_NAMES>;

export const MessageKind = builder.enumType('MessageKind', {
  description: 'A kind of message the platform sends by itself, answering an event; or MAILING, a marketer’s mailing.',
  values: {
    ...Object.fromEntries(Object.entries(KIND_NAMES).map(([name, { kind, description }]) => [name, { value: kind, description }])),
    MAILING: { value: MAILING_KIND, description: 'One of a marketer’s mailings: it says what the mailing says (templates are for the other kinds).' },
  } as Record<string, { value: Kind | typeof MAILING_KIND; description: string }>,
});

const MessageKindInfo = builder.objectRef<Kind>('MessageKindInfo').implement({
  description: 'What a template of a kind of message may say: its variables, those it must show, and the platform’s own wording.',
  fields: (t) => ({
    kind: t.field({ type: MessageKind, description: 'The kind.', resolve: (kind) => kind }),
    name: t.string({ description: 'Its name in MessageKind.', resolve: (kind) => NAME_OF[kind] }),
    variables: t.stringList({ description: 'The variables a template may use as {{name}}.', resolve: (kind) => templateVariablesOf(kind).allowed }),
    requiredVariables: t.stringList({ description: 'Those its text must show.', resolve: (kind) => templateVariablesOf(kind).required }),
    defaultSubject: t.string({ nullable: true, description: 'The platform’s subject (email).', resolve: (kind) => KINDS[kind].builtIn.subject }),
    defaultText: t.string({ description: 'The platform’s text, used where the company wrote none.', resolve: (kind) => KINDS[kind].builtIn.text }),
  }),
});

builder.queryField('messageKinds', (t) =>
  t.field({
    type: [MessageKindInfo],
    description: 'Admins and marketers: every kind of message the platform sends, with the variables its templates may use.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    resolve: () => Object.values(KIND_NAMES).map(({ kind }) => kind),
  }),
);

const MessageTemplate = builder.prismaObject('MessageTemplate', {
  description: 'The company’s own wording of a kind of message over a channel, in a language.',
  fields: (t) => ({
    kind: t.field({ type: MessageKind, description: 'The kind of message.', resolve: (m) => m.kind as Kind }),
    channel: t.field({ type: Channel, description: 'The channel.', resolve: (m) => m.channel }),
    language: t.string({
      nullable: true,
      description: 'A BCP 47 tag; null: the company’s default, for members whose language has no template.',
      resolve: (m) => m.language || null,
    }),
    subject: t.exposeString('subject', { nullable: true, description: 'Email: the subject.' }),
    text: t.exposeString('text', { description: 'The text, {{variable}} standing for a value.' }),
    html: t.exposeString('html', { nullable: true, description: 'Email: the HTML body (values are escaped in it).' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last written.' }),
  }),
});

/** A kind templates are written for: a mailing says what it says itself. */
function templateKind<T extends { kind: Kind | typeof MAILING_KIND }>(input: T): T & { kind: Kind } {
  if (!isMessageKind(input.kind)) throw new CommunicationsError('INVALID_INPUT', 'kind: a mailing’s text is written in the mailing, not in a template', 'kind');
  return input as T & { kind: Kind };
}

builder.queryField('messageTemplates', (t) =>
  t.field({
    type: [MessageTemplate],
    description: 'Admins and marketers: the company’s own templates, by kind, channel and language.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: {
      kind: t.arg({ type: MessageKind, description: 'Only of this kind.' }),
      channel: t.arg({ type: Channel, description: 'Only over this channel.' }),
    },
    resolve: (_root, args, ctx) => (args.kind === MAILING_KIND ? [] : ctx.services.templates.list(ctx.identity, { ...args, kind: args.kind })),
  }),
);

const SetMessageTemplateInput = builder.inputType('SetMessageTemplateInput', {
  description: 'A template: which message, over which channel, in which language, and what it says.',
  fields: (t) => ({
    kind: t.field({ type: MessageKind, required: true, description: 'The kind of message.' }),
    channel: t.field({ type: Channel, required: true, description: 'The channel it is for.' }),
    language: t.string({ description: 'A BCP 47 tag (de, pt-BR); omitted: the company’s default.' }),
    subject: t.string({ description: 'An email’s subject or a push’s title: up to 200 characters.' }),
    text: t.string({
      required: true,
      description:
        'The text with {{variables}} (see messageKinds): up to 5,000 characters for email, 1,000 otherwise; an SMS at most 2 parts for codes and 4 for others, its variables at their longest.',
    }),
    html: t.string({ description: 'Email only: the HTML body.' }),
  }),
});

builder.mutationField('setMessageTemplate', (t) =>
  t.field({
    type: payloadType('SetMessageTemplatePayload', 'template', MessageTemplate, {
      description: 'What setMessageTemplate answers: the template as saved, or every problem with it.',
      result: 'The template.',
    }),
    description:
      'Admins and marketers: writes (or replaces) the company’s wording of a kind of message over a channel in a language; members get the template of their language (de-AT, then de), else the default one, else the platform’s. In the staff trail. Errors: INVALID_INPUT, TEMPLATE_VARIABLE_UNKNOWN, TEMPLATE_VARIABLE_MISSING, SMS_TOO_LONG.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: SetMessageTemplateInput, required: true, description: 'The template.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.templates.setTemplate(ctx.identity, templateKind(input))),
  }),
);

const RemoveMessageTemplateInput = builder.inputType('RemoveMessageTemplateInput', {
  description: 'Which template to remove.',
  fields: (t) => ({
    kind: t.field({ type: MessageKind, required: true, description: 'The kind of message.' }),
    channel: t.field({ type: Channel, required: true, description: 'The channel.' }),
    language: t.string({ description: 'Its language; omitted: the company’s default one.' }),
  }),
});

const RemoveMessageTemplatePayload = donePayloadType('RemoveMessageTemplatePayload', 'removed', {
  description: 'What removeMessageTemplate answers.',
  result: 'True: the next template in line is used again.',
});

builder.mutationField('removeMessageTemplate', (t) =>
  t.field({
    type: RemoveMessageTemplatePayload,
    description:
      'Admins and marketers: removes a template of the company; its members get the next one in line again (the default language’s, else the platform’s). In the staff trail. Errors: INVALID_INPUT, TEMPLATE_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: RemoveMessageTemplateInput, required: true, description: 'The template’s kind, channel and language.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.templates.removeTemplate(ctx.identity, templateKind(input))),
  }),
);
