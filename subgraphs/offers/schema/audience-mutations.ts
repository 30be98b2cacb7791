import { builder } from '../builder';
import { OffersError } from '../domain/errors';
import type { UploadResult } from '../services/audience-service';
import { OFFER_ROLES } from '../services/offer-service';
import { Audience } from './audience';
import { AudienceRulesInput, rulesOfInput } from './audience-rules';
import { attempt, payloadType } from './errors';

// Who builds audiences (services/audience-service.ts checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };
const RULE_ERRORS = 'INVALID_INPUT, INVALID_PERIOD, INVALID_AMOUNT, POINT_OF_SALE_NOT_FOUND, CURRENCY_NOT_FOUND';

const audiencePayload = (name: string, result: string) =>
  payloadType(name, 'audience', Audience, { description: `What ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())} answers.`, result });

const CreateAudienceInput = builder.inputType('CreateAudienceInput', {
  description: 'A new audience: give rules for a rule-based one, none for a static one (its members uploaded next).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name, 1 to 100 characters.' }),
    description: t.string({ description: 'What it is, for marketers.' }),
    rules: t.field({ type: AudienceRulesInput, description: 'Whom it selects; omitted: a static audience.' }),
  }),
});

builder.mutationField('createAudience', (t) =>
  t.field({
    type: audiencePayload('CreateAudiencePayload', 'The audience, its members worked out (rule-based) or none yet (static).'),
    description: `Marketers and admins: creates a target audience; a rule-based one gets its members at once and keeps them current. Errors: ${RULE_ERRORS}.`,
    authScopes: MARKETERS,
    args: { input: t.arg({ type: CreateAudienceInput, required: true, description: 'The audience.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.audiences.createAudience(ctx.identity, {
          name: input.name,
          description: input.description ?? '',
          rules: input.rules ? rulesOfInput(input.rules) : null,
        }),
      ),
  }),
);

const UpdateAudienceInput = builder.inputType('UpdateAudienceInput', {
  description: 'An audience’s new name and (rule-based) rules.',
  fields: (t) => ({
    audienceId: t.id({ required: true, description: 'The audience.' }),
    name: t.string({ required: true, description: 'Its name.' }),
    description: t.string({ description: 'What it is.' }),
    rules: t.field({ type: AudienceRulesInput, description: 'Its whole rules, replacing what it had (a rule-based audience only; required there).' }),
  }),
});

builder.mutationField('updateAudience', (t) =>
  t.field({
    type: audiencePayload('UpdateAudiencePayload', 'The audience, its membership worked out again.'),
    description: `Marketers and admins: renames an audience and replaces a rule-based one’s rules; members it no longer selects leave it at once. Errors: ${RULE_ERRORS}, AUDIENCE_NOT_FOUND.`,
    authScopes: MARKETERS,
    args: { input: t.arg({ type: UpdateAudienceInput, required: true, description: 'The audience and its new content.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.audiences.updateAudience(ctx.identity, String(input.audienceId), {
          name: input.name,
          description: input.description ?? '',
          rules: input.rules ? rulesOfInput(input.rules) : null,
        }),
      ),
  }),
);

const AudienceIdInput = builder.inputType('AudienceIdInput', {
  description: 'The audience a step applies to.',
  fields: (t) => ({ audienceId: t.id({ required: true, description: 'Its id.' }) }),
});

builder.mutationField('refreshAudience', (t) =>
  t.field({
    type: audiencePayload('RefreshAudiencePayload', 'The audience, its membership worked out again now.'),
    description:
      'Marketers and admins: works a rule-based audience’s membership out again now (events keep it current, and a scheduled refresh catches what time alone changes). Errors: AUDIENCE_NOT_FOUND.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: AudienceIdInput, required: true, description: 'The audience.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.audiences.refreshAudience(ctx.identity, String(input.audienceId))),
  }),
);

builder.mutationField('deleteAudience', (t) =>
  t.field({
    type: audiencePayload('DeleteAudiencePayload', 'The audience, deleted: its members have left it.'),
    description:
      'Marketers and admins: deletes an audience no live offer or published promo content names; offers can no longer name it, and drafts that do are refused at publication. Errors: AUDIENCE_NOT_FOUND, AUDIENCE_IN_USE.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: AudienceIdInput, required: true, description: 'The audience.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.audiences.deleteAudience(ctx.identity, String(input.audienceId))),
  }),
);

const AddAudienceMembersInput = builder.inputType('AddAudienceMembersInput', {
  description: 'Members to add to a static audience, by any of card number, phone and member id (up to 10,000 values in all per call).',
  fields: (t) => ({
    audienceId: t.id({ required: true, description: 'The static audience.' }),
    cardNumbers: t.stringList({ description: 'Card numbers.' }),
    phones: t.stringList({ description: 'Phones, in international form (+44…).' }),
    memberIds: t.idList({ description: 'Member ids.' }),
  }),
});

const UploadMiss = builder.objectRef<UploadResult['notFound'][number]>('AudienceUploadMiss').implement({
  description: 'A value of an upload that named no member of the company.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'CARD_NUMBER, PHONE or MEMBER_ID.' }),
    value: t.exposeString('value', { description: 'The value as it was sent.' }),
  }),
});

const AudienceUpload = builder.objectRef<UploadResult>('AudienceUpload').implement({
  description: 'What an upload to a static audience did.',
  fields: (t) => ({
    audience: t.field({ type: Audience, description: 'The audience as it is now.', resolve: (upload) => upload.audience }),
    added: t.exposeInt('added', { description: 'Members added (those already in it are not counted).' }),
    notFound: t.field({ type: [UploadMiss], description: 'Values that named no member of the company.', resolve: (upload) => upload.notFound }),
  }),
});

/** The most values one upload call takes: a larger list is sent in several calls. */
const MAX_UPLOAD = 10_000;

builder.mutationField('addAudienceMembers', (t) =>
  t.field({
    type: payloadType('AddAudienceMembersPayload', 'upload', AudienceUpload, {
      description: 'What addAudienceMembers answers.',
      result: 'What the upload did, with what it could not find.',
    }),
    description:
      'Marketers and admins: adds members to a static audience by card number, phone or member id; values that name nobody are reported, not refused, and members already in it stay. Errors: INVALID_INPUT, AUDIENCE_NOT_FOUND.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: AddAudienceMembersInput, required: true, description: 'The audience and whom to add.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(async () => {
        const upload = { cardNumbers: input.cardNumbers ?? [], phones: input.phones ?? [], memberIds: (input.memberIds ?? []).map(String) };
        if (upload.cardNumbers.length + upload.phones.length + upload.memberIds.length > MAX_UPLOAD) {
          const largest = (['cardNumbers', 'phones', 'memberIds'] as const).reduce((a, b) => (upload[b].length > upload[a].length ? b : a));
          throw new OffersError('INVALID_INPUT', `At most ${MAX_UPLOAD} values per call in all: send the rest in another`, largest);
        }
        return ctx.services.audiences.addAudienceMembers(ctx.identity, String(input.audienceId), upload);
      }),
  }),
);

const RemoveAudienceMembersInput = builder.inputType('RemoveAudienceMembersInput', {
  description: 'Members to take out of a static audience.',
  fields: (t) => ({
    audienceId: t.id({ required: true, description: 'The static audience.' }),
    memberIds: t.idList({ required: true, description: 'Member ids.' }),
  }),
});

builder.mutationField('removeAudienceMembers', (t) =>
  t.field({
    type: audiencePayload('RemoveAudienceMembersPayload', 'The audience as it is now.'),
    description: 'Marketers and admins: takes members out of a static audience. Errors: INVALID_INPUT, AUDIENCE_NOT_FOUND.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: RemoveAudienceMembersInput, required: true, description: 'The audience and whom to remove.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.audiences.removeAudienceMembers(ctx.identity, String(input.audienceId), input.memberIds.map(String))),
  }),
);
