import { builder } from '../builder';
import type { OfferTransition } from '../domain/lifecycle';
import { OFFER_ROLES } from '../services/offer-service';
import { attempt, payloadType } from './errors';
import { actionFieldsOfContent, actionFieldsOfDraft, draftOfContent, namingInputFields, type OfferContent, OfferContentInput } from './mechanics-input';
import { Offer } from './offer';

// Who configures offers (services/offer-service.ts, which checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

/** Writes an offer's content, its refusals naming the input's own fields. */
async function writingContent<T>(content: OfferContent, write: () => Promise<T>) {
  return namingInputFields(await attempt(write), actionFieldsOfContent(content));
}
const CONTENT_ERRORS =
  'INVALID_INPUT, INVALID_PERIOD, INVALID_PERCENT, INVALID_AMOUNT, ACTION_NOT_FOR_EVENT, AUDIENCE_NOT_FOUND, PRODUCT_LIST_NOT_FOUND, POINT_OF_SALE_NOT_FOUND, PRODUCT_NOT_FOUND, CURRENCY_NOT_FOUND';

const offerPayload = (name: string, result: string) =>
  payloadType(name, 'offer', Offer, { description: `What ${name.replace(/Payload$/, '').replace(/^./, (c) => c.toLowerCase())} answers.`, result });

const CreateOfferInput = builder.inputType('CreateOfferInput', {
  description: 'A new offer.',
  fields: (t) => ({ content: t.field({ type: OfferContentInput, required: true, description: 'What it is.' }) }),
});

builder.mutationField('createOffer', (t) =>
  t.field({
    type: offerPayload('CreateOfferPayload', 'The offer, a draft: nothing changes at the till until it is published.'),
    description: `Marketers and admins: creates an offer as a draft. Errors: ${CONTENT_ERRORS}.`,
    authScopes: MARKETERS,
    args: { input: t.arg({ type: CreateOfferInput, required: true, description: 'The offer.' }) },
    resolve: (_root, { input }, ctx) => writingContent(input.content, () => ctx.services.offers.createOffer(ctx.identity, draftOfContent(input.content))),
  }),
);

const UpdateOfferInput = builder.inputType('UpdateOfferInput', {
  description: 'A draft’s new content.',
  fields: (t) => ({
    offerId: t.id({ required: true, description: 'The draft’s id.' }),
    content: t.field({ type: OfferContentInput, required: true, description: 'Its whole content, replacing what it had.' }),
  }),
});

builder.mutationField('updateOffer', (t) =>
  t.field({
    type: offerPayload('UpdateOfferPayload', 'The draft as it is now.'),
    description: `Marketers and admins: replaces a draft’s content; an offer that went live is changed through reviseOffer. Errors: ${CONTENT_ERRORS}, OFFER_NOT_FOUND, OFFER_NOT_EDITABLE, BUDGET_BELOW_SPENT.`,
    authScopes: MARKETERS,
    args: { input: t.arg({ type: UpdateOfferInput, required: true, description: 'The draft and its content.' }) },
    resolve: (_root, { input }, ctx) =>
      writingContent(input.content, async () => ctx.services.offers.updateOffer(ctx.identity, String(input.offerId), draftOfContent(input.content))),
  }),
);

const OfferIdInput = builder.inputType('OfferIdInput', {
  description: 'The offer version a step applies to.',
  fields: (t) => ({ offerId: t.id({ required: true, description: 'The version’s id.' }) }),
});

builder.mutationField('reviseOffer', (t) =>
  t.field({
    type: offerPayload('ReviseOfferPayload', 'The new draft version, a copy of the offer to edit.'),
    description:
      'Marketers and admins: starts the next version of a published or paused offer as a draft; the offer applies as it is until the revision is published, which finishes it. Errors: OFFER_NOT_FOUND, OFFER_STATE_CONFLICT, OFFER_REVISION_EXISTS.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: OfferIdInput, required: true, description: 'The offer to revise.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.offers.reviseOffer(ctx.identity, String(input.offerId))),
  }),
);

/** The life-cycle steps, each a mutation: what it does, and the codes it can return beyond OFFER_NOT_FOUND and OFFER_STATE_CONFLICT. */
const STEPS: Array<{ transition: OfferTransition; name: string; description: string; result: string; errors?: string }> = [
  {
    transition: 'publish',
    name: 'publishOffer',
    description:
      'publishes a draft: it applies at the till from its start (SCHEDULED until then), and a revision replaces the version before it, in the same step. The content is checked again (an audience it names may have gone).',
    result: 'The offer, published.',
    errors: `${CONTENT_ERRORS}, BUDGET_BELOW_SPENT`,
  },
  {
    transition: 'pause',
    name: 'pauseOffer',
    description: 'pauses a published offer: the till stops applying it from the next calculation.',
    result: 'The offer, paused.',
  },
  { transition: 'resume', name: 'resumeOffer', description: 'resumes a paused offer.', result: 'The offer, published again.' },
  { transition: 'finish', name: 'finishOffer', description: 'finishes a published or paused offer for good, before its end.', result: 'The offer, finished.' },
  { transition: 'archive', name: 'archiveOffer', description: 'puts a draft or a finished offer away.', result: 'The offer, archived.' },
];

for (const step of STEPS) {
  const payloadName = `${step.name.replace(/^./, (c) => c.toUpperCase())}Payload`;
  builder.mutationField(step.name, (t) =>
    t.field({
      type: offerPayload(payloadName, step.result),
      description: `Marketers and admins: ${step.description} Errors: OFFER_NOT_FOUND, OFFER_STATE_CONFLICT${step.errors ? `, ${step.errors}` : ''}.`,
      authScopes: MARKETERS,
      args: { input: t.arg({ type: OfferIdInput, required: true, description: 'The offer.' }) },
      resolve: async (_root, { input }, ctx) => {
        const offerId = String(input.offerId);
        const outcome = await attempt(() => ctx.services.offers.changeOfferState(ctx.identity, offerId, step.transition));
        // Publishing checks the content again: its refusals name the fields updateOffer would take.
        if (!outcome.errors.some((error) => error.field?.includes('.'))) return outcome;
        const draft = await ctx.services.offers.contentOf(ctx.identity, offerId);
        return draft ? namingInputFields(outcome, actionFieldsOfDraft(draft)) : outcome;
      },
    }),
  );
}
