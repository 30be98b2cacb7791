import { pageSize } from '../../../infra/graphql/page-size';
import { builder } from '../builder';
import type { MessagingSettings as Settings } from '../data/messaging-settings-store';
import { timeOfDay } from '../domain/quiet-hours';
import { Channel } from './enums';
import { attempt, errorsField } from './errors';

const QuietHours = builder.objectRef<{ start: number; end: number }>('QuietHours').implement({
  description:
    'A window of local time when messages that can wait (expiry warnings, later marketing) are held; codes and answers to what the member just did never wait.',
  fields: (t) => ({
    start: t.string({ description: 'When they start, HH:MM in the member’s time zone.', resolve: (q) => timeOfDay(q.start) }),
    end: t.string({ description: 'When they end, HH:MM; before the start, they span midnight.', resolve: (q) => timeOfDay(q.end) }),
  }),
});

const MessagingSettings = builder.objectRef<Settings>('MessagingSettings').implement({
  description: 'How the company’s messages behave.',
  fields: (t) => ({
    quietHours: t.field({ type: QuietHours, nullable: true, description: 'Null: none.', resolve: (s) => s.quietHours }),
    registrationKeyword: t.exposeString('registrationKeyword', {
      nullable: true,
      description: 'A text of just this word (any case) registers its sender through the SMS channel; null: off.',
    }),
  }),
});

builder.queryField('messagingSettings', (t) =>
  t.field({
    type: MessagingSettings,
    description: 'Admins, marketers and operators: the company’s quiet hours and registration keyword.',
    authScopes: { role: ['ADMIN', 'MARKETER', 'OPERATOR'] },
    resolve: (_root, _args, ctx) => ctx.services.messagingSettings.get(ctx.identity),
  }),
);

const QuietHoursInput = builder.inputType('QuietHoursInput', {
  description: 'A window of local time, HH:MM to HH:MM (an end before the start spans midnight).',
  fields: (t) => ({
    start: t.string({ required: true, description: 'HH:MM, e.g. 21:00.' }),
    end: t.string({ required: true, description: 'HH:MM, e.g. 09:00.' }),
  }),
});

const UpdateMessagingSettingsInput = builder.inputType('UpdateMessagingSettingsInput', {
  description: 'Settings to change; omitted ones stay.',
  fields: (t) => ({
    quietHours: t.field({ type: QuietHoursInput, description: 'The quiet hours; null removes them.' }),
    registrationKeyword: t.string({ description: 'One word of 2 to 20 letters or digits, not a STOP word; null or empty turns registration by text off.' }),
  }),
});

const UpdateMessagingSettingsPayload = builder.objectRef<{ result: Settings | null; errors: { code: string; message: string; field: string | null }[] }>(
  'UpdateMessagingSettingsPayload',
);
UpdateMessagingSettingsPayload.implement({
  description: 'What updateMessagingSettings answers: the settings now, or why they were refused.',
  fields: (t) => ({
    settings: t.field({ type: MessagingSettings, nullable: true, description: 'Null when errors is not empty.', resolve: (o) => o.result }),
    errors: errorsField(t),
  }),
});

builder.mutationField('updateMessagingSettings', (t) =>
  t.field({
    type: UpdateMessagingSettingsPayload,
    description:
      'Admins: sets the quiet hours (kept in each member’s time zone) and the keyword that registers by text; omitted fields stay. In the staff trail. Errors: INVALID_INPUT.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdateMessagingSettingsInput, required: true, description: 'The settings to change.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.messagingSettings.update(ctx.identity, input)),
  }),
);

const InboundKind = builder.enumType('InboundKind', {
  description: 'What an incoming text was taken as.',
  values: {
    STOP: { description: 'STOP or a synonym: marketing over the channel was withdrawn.' },
    REGISTRATION: { description: 'The registration keyword: the sender was registered (or why not is in the outcome).' },
    SUPPORT: { description: 'Anything else: for support to read.' },
  } as const,
});

const InboundMessage = builder.prismaObject('InboundMessage', {
  description: 'A text a member (or anyone) sent the company, and what came of it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    channel: t.field({ type: Channel, description: 'The channel it came over.', resolve: (m) => m.channel }),
    sender: t.exposeString('sender', { description: 'The sender’s phone.' }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member the phone belongs to; null when none (or not known yet).' }),
    text: t.exposeString('text', { description: 'What it says.' }),
    kind: t.field({ type: InboundKind, description: 'What it was taken as.', resolve: (m) => m.kind }),
    outcome: t.exposeString('outcome', { nullable: true, description: 'What was done with it; null while it waits to be handled.' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: 'When it came in.' }),
  }),
});

builder.queryField('inboundMessages', (t) =>
  t.field({
    type: [InboundMessage],
    description: 'Admins and operators (support): the texts sent to the company, newest first.',
    authScopes: { role: ['ADMIN', 'OPERATOR'] },
    args: {
      kind: t.arg({ type: InboundKind, description: 'Only texts taken as this.' }),
      first: t.arg.int({ description: 'How many, 1 to 200; 50 when omitted.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.messagingSettings.inboundMessages(ctx.identity, { ...args, first: pageSize(args.first, { fallback: 50, max: 200 }) }),
  }),
);
