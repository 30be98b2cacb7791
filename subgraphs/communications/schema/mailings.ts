import { pageSize } from '../../../infra/graphql/page-size';
import { builder } from '../builder';
import { campaignMessageCounts, messageCountsOf } from '../data/mailings-store';
import type { MessageStatus as Status } from '../data/prisma';
import type { MailingContent as Content } from '../domain/mailing-content';
import { MAILING_VARIABLES } from '../domain/mailing-content';
import type { MailingCostEstimate as Estimate } from '../services/mailing-service';
import { Channel } from './enums';
import { attempt, payloadType } from './errors';
import { MessageStatus, StaffMessage } from './messages';

const MailingState = builder.enumType('MailingState', {
  description: 'Where a mailing is.',
  values: {
    DRAFT: { description: 'Being written: it can be changed, estimated, previewed and started.' },
    SCHEDULED: { description: 'Waiting for its start time (kept across restarts).' },
    RUNNING: { description: 'Listing its recipients and sending, at its providers’ rates and outside quiet hours.' },
    PAUSED: { description: 'Holding what is queued (or its start) until resumed.' },
    FINISHED: { description: 'Every message handed to its provider (or recorded as not sent, with why); delivery reports still arrive.' },
    CANCELLED: { description: 'Stopped for good: what was still queued never went (CANCELLED).' },
  } as const,
});

const STATUSES: Status[] = ['QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'UNDELIVERABLE', 'UNSUBSCRIBED', 'CANCELLED'];

const MessageTotals = builder.objectRef<Map<Status, number>>('MessageTotals').implement({
  description: 'How many of a mailing’s (or campaign’s) messages are in each status.',
  fields: (t) => ({
    total: t.int({ description: 'All its messages so far.', resolve: (counts) => [...counts.values()].reduce((sum, n) => sum + n, 0) }),
    ...Object.fromEntries(
      STATUSES.map((status) => [
        status.toLowerCase(),
        t.int({ description: `In status ${status}.`, resolve: (counts: Map<Status, number>) => counts.get(status) ?? 0 }),
      ]),
    ),
  }),
});

const MailingButton = builder.objectRef<{ caption: string; url: string }>('MailingButton').implement({
  description: 'A Viber button: what it says and the link it opens.',
  fields: (t) => ({
    caption: t.exposeString('caption', { description: 'What it says.' }),
    url: t.exposeString('url', { description: 'The link it opens.' }),
  }),
});

const MailingContent = builder.objectRef<Content>('MailingContent').implement({
  description: 'What a mailing says; each channel takes its own parts (see MailingContentInput).',
  fields: (t) => ({
    subject: t.exposeString('subject', { nullable: true, description: 'An email’s subject or a push’s title.' }),
    text: t.exposeString('text', { nullable: true, description: 'The text, with {{variables}}.' }),
    html: t.exposeString('html', { nullable: true, description: 'An email’s HTML body.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'A push’s or Viber message’s image.' }),
    button: t.field({ type: MailingButton, nullable: true, description: 'A Viber button.', resolve: (content) => content.button }),
    socialTemplateId: t.exposeString('socialTemplateId', { nullable: true, description: 'A social network’s moderated template the text goes into.' }),
  }),
});

const ExcludedMembers = builder.objectRef<Estimate['excluded'][number]>('MailingExclusion').implement({
  description: 'Members of the audience a mailing leaves out, for one reason.',
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'NO_CONSENT, NO_CONTACT or BLOCKED.' }),
    description: t.exposeString('description', { description: 'The reason in words.' }),
    members: t.exposeInt('members', { description: 'How many.' }),
  }),
});

const ProviderCost = builder.objectRef<Estimate['providers'][number]>('MailingProviderCost').implement({
  description: 'The part of a mailing that goes through one provider, and what it costs there.',
  fields: (t) => ({
    providerId: t.exposeID('providerId', {
      nullable: true,
      description: 'The provider; null when none is configured (the development inbox outside production).',
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    pushService: t.exposeString('pushService', { nullable: true, description: 'Push: the service (FCM, APNS, HMS) this part goes to.' }),
    messages: t.exposeInt('messages', { description: 'Messages through it.' }),
    segments: t.exposeInt('segments', { description: 'SMS: the parts those messages take (what SMS is priced by); 0 for other channels.' }),
    pricePerMessage: t.field({ type: 'Decimal', description: 'Its price per message (per SMS part).', resolve: (p) => p.pricePerMessage as never }),
    cost: t.field({ type: 'Decimal', description: 'Price × messages (SMS: × parts), to the cent.', resolve: (p) => p.cost as never }),
  }),
});

const MailingCostEstimate = builder.objectRef<Estimate>('MailingCostEstimate').implement({
  description: 'What a mailing would send and cost if it started now: the audience counted after consent, contact and channel rules, priced by provider.',
  fields: (t) => ({
    members: t.exposeInt('members', { description: 'Members of its audience (with no audience: members with consent for the channel).' }),
    recipients: t.exposeInt('recipients', { description: 'Members it would reach.' }),
    messages: t.exposeInt('messages', { description: 'Messages it would send (a push: one per app installation).' }),
    segments: t.exposeInt('segments', { description: 'SMS: the parts of all its texts, each rendered for its member; 0 for other channels.' }),
    excluded: t.field({ type: [ExcludedMembers], description: 'Members it would leave out, by reason.', resolve: (e) => e.excluded }),
    providers: t.field({ type: [ProviderCost], description: 'The cost by provider.', resolve: (e) => e.providers }),
    gsm7Messages: t.int({ description: 'SMS: texts in GSM-7 (160 characters a part, 153 when split).', resolve: (e) => e.encodings.gsm7 }),
    ucs2Messages: t.int({
      description: 'SMS: texts in UCS-2 (70 a part, 67 when split): a character outside GSM-7 makes the whole text so.',
      resolve: (e) => e.encodings.ucs2,
    }),
    total: t.field({ type: 'Decimal', description: 'The total cost.', resolve: (e) => e.total as never }),
    currency: t.exposeString('currency', { description: 'The company’s money the prices are in.' }),
    estimatedAt: t.expose('estimatedAt', { type: 'DateTime', description: 'When it was counted.' }),
  }),
});

const MailingPreview = builder
  .objectRef<{
    subject: string | null;
    text: string;
    html?: string;
    imageUrl?: string;
    button?: { caption: string; url: string };
    excludedBecause: string | null;
    segments: number | null;
    encoding: string | null;
  }>('MailingPreview')
  .implement({
    description: 'A mailing as one member would get it.',
    fields: (t) => ({
      subject: t.exposeString('subject', { nullable: true, description: 'The subject or title, their values put in.' }),
      text: t.exposeString('text', { description: 'The text, their values put in.' }),
      html: t.string({ nullable: true, description: 'An email’s HTML, their values put in.', resolve: (p) => p.html ?? null }),
      imageUrl: t.string({ nullable: true, description: 'The image.', resolve: (p) => p.imageUrl ?? null }),
      button: t.field({ type: MailingButton, nullable: true, description: 'The Viber button.', resolve: (p) => p.button ?? null }),
      excludedBecause: t.exposeString('excludedBecause', { nullable: true, description: 'Why this member would not get it; null: they would.' }),
      segments: t.exposeInt('segments', { nullable: true, description: 'SMS: how many parts their text takes.' }),
      encoding: t.exposeString('encoding', { nullable: true, description: 'SMS: GSM7 or UCS2.' }),
    }),
  });

const Campaign = builder.prismaObject('Campaign', {
  description: 'A marketer’s grouping of mailings, with their totals together.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    name: t.exposeString('name', { description: 'Its name, unique in the company.' }),
    description: t.exposeString('description', { description: 'What it is for.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    mailings: t.relation('mailings', { description: 'Its mailings, newest first.', query: { orderBy: { createdAt: 'desc' } } }),
    totals: t.field({
      type: MessageTotals,
      description: 'Its mailings’ messages by status, together.',
      resolve: (campaign, _args, ctx) => campaignMessageCounts(ctx.db, campaign.id),
    }),
  }),
});

const Mailing = builder.prismaObject('Mailing', {
  description: 'A message a marketer sends to a target audience over one channel, and what became of it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    name: t.exposeString('name', { description: 'Its name in the admin tools.' }),
    channel: t.field({ type: Channel, description: 'The channel it goes over.', resolve: (m) => m.channel }),
    state: t.field({ type: MailingState, description: 'Where it is.', resolve: (m) => m.state }),
    campaign: t.relation('campaign', { nullable: true, description: 'The campaign it belongs to.' }),
    audienceId: t.exposeID('audienceId', {
      nullable: true,
      description: 'The target audience (offers’ `audiences`); null: every member with consent for the channel.',
    }),
    content: t.field({ type: MailingContent, description: 'What it says.', resolve: (m) => m.content as unknown as Content }),
    startAt: t.expose('startAt', { type: 'DateTime', nullable: true, description: 'When it starts (scheduled) or started.' }),
    recipientsListed: t.boolean({
      description: 'True once every recipient has a message (totals.total is then the whole mailing).',
      resolve: (m) => m.listedAt !== null,
    }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it finished or was cancelled.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    totals: t.loadable({
      type: MessageTotals,
      description: 'Its messages by status: the progress while it runs.',
      load: async (ids: string[], ctx) => {
        const counts = await messageCountsOf(ctx.db, ids);
        return ids.map((id) => counts.get(id) ?? new Map<Status, number>());
      },
      resolve: (m) => m.id,
    }),
    costEstimate: t.field({
      type: MailingCostEstimate,
      description: 'Counts its audience now and prices it (a mailing to 100,000 members takes about a second): ask before starting.',
      resolve: (m, _args, ctx) => ctx.services.mailings.estimateCost(ctx.identity, m.id),
    }),
    preview: t.field({
      type: MailingPreview,
      nullable: true,
      description: 'It as one member would get it, or why they would not; null when the company has no member with this id.',
      args: { memberId: t.arg.id({ required: true, description: 'The member.' }) },
      resolve: (m, args, ctx) => ctx.services.mailings.preview(ctx.identity, m.id, args.memberId.toString()),
    }),
    messages: t.prismaField({
      type: [StaffMessage],
      description: 'Its messages with their statuses (and the provider’s reasons), in id order: page with `after` for an export.',
      args: {
        status: t.arg({ type: MessageStatus, description: 'Only in this status.' }),
        first: t.arg.int({ description: 'How many, 1 to 1000; 100 when omitted.' }),
        after: t.arg.id({ description: 'The last id of the page before.' }),
      },
      resolve: (_query, m, args, ctx) =>
        ctx.services.mailings.messages(ctx.identity, m.id, {
          status: args.status ?? null,
          after: args.after?.toString() ?? null,
          limit: pageSize(args.first, { fallback: 100, max: 1000 }),
        }),
    }),
  }),
});

builder.queryField('campaigns', (t) =>
  t.prismaField({
    type: [Campaign],
    description: 'Marketers and admins: the company’s campaigns, newest first.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    resolve: (_query, _root, _args, ctx) => ctx.services.mailings.campaigns(ctx.identity),
  }),
);

builder.queryField('mailings', (t) =>
  t.prismaField({
    type: [Mailing],
    description: 'Marketers and admins: the company’s mailings, newest first.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: {
      campaignId: t.arg.id({ description: 'Only of this campaign.' }),
      state: t.arg({ type: MailingState, description: 'Only in this state.' }),
      channel: t.arg({ type: Channel, description: 'Only over this channel.' }),
      first: t.arg.int({ description: 'How many, 1 to 200; 50 when omitted.' }),
    },
    resolve: (_query, _root, args, ctx) =>
      ctx.services.mailings.mailings(ctx.identity, {
        campaignId: args.campaignId?.toString() ?? null,
        state: args.state ?? null,
        channel: args.channel ?? null,
        first: pageSize(args.first, { fallback: 50, max: 200 }),
      }),
  }),
);

builder.queryField('mailing', (t) =>
  t.prismaField({
    type: Mailing,
    nullable: true,
    description: 'Marketers and admins: one of the company’s mailings; null when it has none with this id.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { id: t.arg.id({ required: true, description: 'The mailing.' }) },
    resolve: (_query, _root, args, ctx) => ctx.services.mailings.mailing(ctx.identity, args.id.toString()),
  }),
);

const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  description: 'A new campaign.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name, 1 to 200 characters, unique in the company.' }),
    description: t.string({ description: 'What it is for, up to 2000 characters.' }),
  }),
});

builder.mutationField('createCampaign', (t) =>
  t.field({
    type: payloadType('CreateCampaignPayload', 'campaign', Campaign, { description: 'What createCampaign answers.', result: 'The campaign.' }),
    description: 'Marketers and admins: creates a campaign to group mailings. In the staff trail. Errors: INVALID_INPUT, CAMPAIGN_NAME_TAKEN.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: CreateCampaignInput, required: true, description: 'The campaign.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.mailings.createCampaign(ctx.identity, input)),
  }),
);

const MailingButtonInput = builder.inputType('MailingButtonInput', {
  description: 'A Viber button: what it says and the link it opens.',
  fields: (t) => ({
    caption: t.string({ required: true, description: 'Up to 30 characters.' }),
    url: t.string({ required: true, description: 'The http(s) link it opens.' }),
  }),
});

const MailingContentInput = builder.inputType('MailingContentInput', {
  description: `What a mailing says. Texts may use the variables ${Object.keys(MAILING_VARIABLES)
    .map((name) => `{{${name}}}`)
    .join(
      ', ',
    )} (the member’s, and the program’s name). SMS: text (up to 4 parts with the variables at their longest). EMAIL: subject, text and html (links and images by http(s) URL). PUSH: text, imageUrl or both, subject as the title. VIBER: text, text + button, text + imageUrl + button, or imageUrl + button. SOCIAL: text and socialTemplateId.`,
  fields: (t) => ({
    subject: t.string({ description: 'EMAIL (required) and PUSH: the subject or title, up to 200 characters.' }),
    text: t.string({ description: 'The text: up to 5000 characters for email, 1000 otherwise.' }),
    html: t.string({ description: 'EMAIL: the HTML body.' }),
    imageUrl: t.string({ description: 'PUSH and VIBER: an image (http(s) URL).' }),
    button: t.field({ type: MailingButtonInput, description: 'VIBER: a button opening a link.' }),
    socialTemplateId: t.string({ description: 'SOCIAL: the id of the template the network moderated, which the text goes into.' }),
  }),
});

const contentOf = (input: {
  subject?: string | null;
  text?: string | null;
  html?: string | null;
  imageUrl?: string | null;
  button?: { caption: string; url: string } | null;
  socialTemplateId?: string | null;
}): Content => {
  const part = (value: string | null | undefined) => (value?.trim() ? value : null);
  return {
    subject: part(input.subject),
    text: part(input.text),
    html: part(input.html),
    imageUrl: part(input.imageUrl)?.trim() ?? null,
    button: input.button ? { caption: input.button.caption.trim(), url: input.button.url.trim() } : null,
    socialTemplateId: part(input.socialTemplateId)?.trim() ?? null,
  };
};

const CreateMailingInput = builder.inputType('CreateMailingInput', {
  description: 'A new mailing (a draft until started).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name, 1 to 200 characters.' }),
    channel: t.field({ type: Channel, required: true, description: 'The channel it goes over.' }),
    campaignId: t.id({ description: 'The campaign it belongs to.' }),
    audienceId: t.id({ description: 'The target audience (offers’ `audiences`); omitted: every member with consent for the channel.' }),
    content: t.field({ type: MailingContentInput, required: true, description: 'What it says.' }),
  }),
});

const mailingPayload = (name: string, what: string) =>
  payloadType(name, 'mailing', Mailing, { description: `What ${what} answers: the mailing, or why it was refused.`, result: 'The mailing.' });

builder.mutationField('createMailing', (t) =>
  t.field({
    type: mailingPayload('CreateMailingPayload', 'createMailing'),
    description:
      'Marketers and admins: writes a mailing as a draft; its content is checked against the channel (every problem at once). In the staff trail. Errors: INVALID_INPUT, TEMPLATE_VARIABLE_UNKNOWN, SMS_TOO_LONG, CAMPAIGN_NOT_FOUND, AUDIENCE_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: CreateMailingInput, required: true, description: 'The mailing.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.mailings.createMailing(ctx.identity, {
          name: input.name,
          channel: input.channel,
          campaignId: input.campaignId?.toString() ?? null,
          audienceId: input.audienceId?.toString() ?? null,
          content: contentOf(input.content),
        }),
      ),
  }),
);

const UpdateMailingInput = builder.inputType('UpdateMailingInput', {
  description: 'A change to a draft: what is omitted stays.',
  fields: (t) => ({
    mailingId: t.id({ required: true, description: 'The draft.' }),
    name: t.string({ description: 'Its new name.' }),
    campaignId: t.id({ description: 'Its campaign (null: none).' }),
    audienceId: t.id({ description: 'Its audience (null: every member with consent).' }),
    content: t.field({ type: MailingContentInput, description: 'What it says now (all of it).' }),
  }),
});

builder.mutationField('updateMailing', (t) =>
  t.field({
    type: mailingPayload('UpdateMailingPayload', 'updateMailing'),
    description:
      'Marketers and admins: changes a draft. In the staff trail. Errors: INVALID_INPUT, TEMPLATE_VARIABLE_UNKNOWN, SMS_TOO_LONG, CAMPAIGN_NOT_FOUND, AUDIENCE_NOT_FOUND, MAILING_NOT_FOUND, MAILING_STATE_CONFLICT.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: UpdateMailingInput, required: true, description: 'The change.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.mailings.updateMailing(ctx.identity, input.mailingId.toString(), {
          ...(input.name != null ? { name: input.name } : {}),
          ...(input.campaignId !== undefined ? { campaignId: input.campaignId?.toString() ?? null } : {}),
          ...(input.audienceId !== undefined ? { audienceId: input.audienceId?.toString() ?? null } : {}),
          ...(input.content ? { content: contentOf(input.content) } : {}),
        }),
      ),
  }),
);

const StartMailingInput = builder.inputType('StartMailingInput', {
  description: 'Which draft to start, and when.',
  fields: (t) => ({
    mailingId: t.id({ required: true, description: 'The draft.' }),
    startAt: t.field({ type: 'DateTime', description: 'When it starts: ahead of now, at most a year; omitted: now.' }),
  }),
});

builder.mutationField('startMailing', (t) =>
  t.field({
    type: mailingPayload('StartMailingPayload', 'startMailing'),
    description:
      'Marketers and admins: starts a draft now (RUNNING) or at a time (SCHEDULED). It goes to its audience as it is then, with consent for the channel, at its providers’ rates; messages wait for the end of quiet hours in each member’s time zone. In the staff trail. Errors: INVALID_INPUT, START_TIME_IN_PAST, AUDIENCE_NOT_FOUND, MAILING_NOT_FOUND, MAILING_STATE_CONFLICT.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: StartMailingInput, required: true, description: 'The draft and its start.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.mailings.startMailing(ctx.identity, input.mailingId.toString(), (input.startAt as Date | null | undefined) ?? null)),
  }),
);

const MailingIdInput = builder.inputType('MailingIdInput', {
  description: 'A mailing.',
  fields: (t) => ({ mailingId: t.id({ required: true, description: 'The mailing.' }) }),
});

for (const [name, verb, description] of [
  [
    'pauseMailing',
    'pauseMailing',
    'Marketers and admins: holds a running mailing (nothing more of it goes until resumed) or a scheduled one (it does not start until resumed).',
  ],
  ['resumeMailing', 'resumeMailing', 'Marketers and admins: a paused mailing goes on where it stopped (scheduled again when its start time is still ahead).'],
  [
    'cancelMailing',
    'cancelMailing',
    'Marketers and admins: stops a mailing (a draft, scheduled, running or paused) for good; what is still queued is never sent (CANCELLED).',
  ],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: mailingPayload(`${name[0]?.toUpperCase()}${name.slice(1)}Payload`, verb),
      description: `${description} In the staff trail. Errors: MAILING_NOT_FOUND, MAILING_STATE_CONFLICT.`,
      authScopes: { role: ['ADMIN', 'MARKETER'] },
      args: { input: t.arg({ type: MailingIdInput, required: true, description: 'The mailing.' }) },
      resolve: (_root, { input }, ctx) => attempt(() => ctx.services.mailings[name](ctx.identity, input.mailingId.toString())),
    }),
  );
}
