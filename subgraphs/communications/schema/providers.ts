import { builder } from '../builder';
import { PROVIDER_KINDS, PROVIDER_PLUGINS } from '../providers/registry';
import { Channel } from './enums';
import { attempt, payloadType } from './errors';

export const ProviderKind = builder.enumType('ProviderKind', {
  description: 'The kinds of provider (gateway) a company can configure; each serves one channel.',
  values: Object.fromEntries(PROVIDER_KINDS.map((kind) => [kind, { description: PROVIDER_PLUGINS[kind].description }])),
});

const ProviderSetting = builder.objectRef<{ key: string; value: string }>('ProviderSetting').implement({
  description: 'One setting of a provider, as configured.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The setting’s name.' }),
    value: t.exposeString('value', { description: 'Its value.' }),
  }),
});

const Provider = builder.prismaObject('Provider', {
  description: 'A provider (gateway) the company’s messages over one channel go through. Its credentials are stored sealed and never shown.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The provider’s id.' }),
    name: t.exposeString('name', { description: 'Its name in the admin tools, unique in the company.' }),
    kind: t.field({ type: ProviderKind, description: 'Which plugin talks to it.', resolve: (p) => p.kind as never }),
    channel: t.field({ type: Channel, description: 'The channel it serves.', resolve: (p) => p.channel }),
    settings: t.field({
      type: [ProviderSetting],
      description: 'What is not secret: host, port, sender…',
      resolve: (p) => Object.entries(p.settings as Record<string, unknown>).map(([key, value]) => ({ key, value: String(value) })),
    }),
    hasCredentials: t.boolean({ description: 'Whether credentials are stored (they are never returned).', resolve: (p) => p.sealedCredentials !== null }),
    ratePerSecond: t.exposeInt('ratePerSecond', { description: 'Messages a second it is sent at most.' }),
    pricePerMessage: t.field({
      type: 'Decimal',
      description: 'Price per message (per SMS segment), for cost estimates.',
      resolve: (p) => p.pricePerMessage.toString() as never,
    }),
    active: t.exposeBoolean('active', { description: 'Whether messages go through it; the newest active one of a channel is used.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last configured.' }),
  }),
});

builder.queryField('providers', (t) =>
  t.prismaField({
    type: [Provider],
    description: 'Admins: the providers their company configured, oldest first.',
    authScopes: { role: ['ADMIN'] },
    resolve: (_query, _root, _args, ctx) => ctx.services.providers.list(ctx.identity),
  }),
);

const SettingInput = builder.inputType('ProviderSettingInput', {
  description: 'One setting or credential of a provider.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The name, as the provider kind lists it (ProviderKind).' }),
    value: t.string({ required: true, description: 'The value, as text.' }),
  }),
});

const ConfigureProviderInput = builder.inputType('ConfigureProviderInput', {
  description: 'A new provider, or (with providerId) a change to one.',
  fields: (t) => ({
    providerId: t.id({ description: 'The provider to change; omitted for a new one.' }),
    name: t.string({ required: true, description: 'Its name, 1 to 100 characters, unique in the company.' }),
    kind: t.field({ type: ProviderKind, required: true, description: 'Which plugin talks to it; a provider keeps its kind.' }),
    settings: t.field({
      type: [SettingInput],
      required: true,
      description: 'Its settings, as its kind lists them (all of them: they replace the stored ones).',
    }),
    credentials: t.field({ type: [SettingInput], description: 'Its credentials, stored sealed; omitted when changing a provider: the stored ones stay.' }),
    ratePerSecond: t.int({ description: 'Messages a second at most, 1 to 10,000 (20 when new).' }),
    pricePerMessage: t.field({ type: 'Decimal', description: 'Price per message (per SMS segment), for cost estimates.' }),
    active: t.boolean({ description: 'false takes it out of use; true when new.' }),
  }),
});

builder.mutationField('configureProvider', (t) =>
  t.field({
    type: payloadType('ConfigureProviderPayload', 'provider', Provider, {
      description: 'What configureProvider answers: the provider as stored, or why it was refused.',
      result: 'The provider, without its credentials.',
    }),
    description:
      'Admins: configures a provider for their company’s messages; the newest active one of a channel carries them (outside production, a channel without one goes to the development inbox). Errors: INVALID_INPUT, PROVIDER_NOT_FOUND, PROVIDER_NAME_TAKEN.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: ConfigureProviderInput, required: true, description: 'The provider.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.providers.configureProvider(ctx.identity, {
          ...input,
          providerId: input.providerId?.toString(),
          kind: input.kind as never,
          pricePerMessage: input.pricePerMessage?.toFixed() ?? null,
        }),
      ),
  }),
);

const SentTestMessage = builder.objectRef<{ providerMessageIds: string[] }>('SentTestMessage').implement({
  description: 'A test message the provider accepted.',
  fields: (t) => ({
    providerMessageIds: t.exposeStringList('providerMessageIds', {
      description: 'The provider’s ids for it (one per part of a long SMS); empty when it gives none.',
    }),
  }),
});

const TestMessageButton = builder.inputType('TestMessageButtonInput', {
  description: 'A Viber button: what it says and the link it opens.',
  fields: (t) => ({
    caption: t.string({ required: true, description: 'Up to 30 characters.' }),
    url: t.string({ required: true, description: 'The http(s) link it opens.' }),
  }),
});

const SendTestMessageInput = builder.inputType('SendTestMessageInput', {
  description: 'A test message through one provider.',
  fields: (t) => ({
    providerId: t.id({ required: true, description: 'The provider.' }),
    destination: t.string({ required: true, description: 'A phone (+4915…) or email, as the provider’s channel needs.' }),
    text: t.string({ description: 'What it says, up to 1000 characters; a standard line when omitted (and with an image and a button, it may be empty).' }),
    imageUrl: t.string({ description: 'Push and Viber: an image (http(s) URL) shown with the text or, on Viber with a button, instead of it.' }),
    button: t.field({ type: TestMessageButton, description: 'Viber: a button opening a link.' }),
  }),
});

builder.mutationField('sendTestMessage', (t) =>
  t.field({
    type: payloadType('SendTestMessagePayload', 'sent', SentTestMessage, {
      description: 'What sendTestMessage answers: whether the provider accepted the message, or why not.',
      result: 'The provider accepted it.',
    }),
    description:
      'Admins: sends one message through a provider at once (not queued), to check its configuration. Errors: INVALID_INPUT, INVALID_DESTINATION, PROVIDER_NOT_FOUND, PROVIDER_FAILED.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: SendTestMessageInput, required: true, description: 'The provider, destination and text.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.providers.sendTestMessage(ctx.identity, { ...input, providerId: input.providerId.toString() })),
  }),
);
