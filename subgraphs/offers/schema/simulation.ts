import { builder } from '../builder';
import { OffersError } from '../domain/errors';
import { OFFER_ROLES } from '../services/offer-service';
import type { OfferSimulation } from '../services/simulation-service';
import { attempt, payloadType } from './errors';
import { actionFieldsOfContent, draftOfContent, namingInputFields, OfferContentInput } from './mechanics-input';

// Who simulates offers: marketers and administrators (the service checks it again).
const MARKETERS = { role: [...OFFER_ROLES] };

const money = (value: { toFixed(places: number): string }) => value.toFixed(2);

const PointOfSaleCost = builder.objectRef<OfferSimulation['pointsOfSale'][number]>('SimulatedPointOfSaleCost').implement({
  description: 'What the offer would have cost at one point of sale.',
  fields: (t) => ({
    pointOfSaleId: t.exposeID('pointOfSaleId', { description: 'The point of sale.' }),
    receiptsTouched: t.exposeInt('receiptsTouched', { description: 'Receipts it applied to there.' }),
    discount: t.field({ type: 'Decimal', description: 'Its direct discounts there (money).', resolve: (cost) => money(cost.discount) }),
    bonuses: t.field({ type: 'Decimal', description: 'Its bonus points there.', resolve: (cost) => money(cost.bonuses) }),
  }),
});

const OfferSimulationType = builder.objectRef<OfferSimulation>('OfferSimulation').implement({
  description:
    'An offer run over the confirmed receipts of a past period with the engine the till uses, beside the live offers (a revision in place of its live version), its own period left open. Members are judged as they are now (state, audiences); coupons are never presented and budgets never run out; bonuses are counted with nothing paid by bonuses.',
  fields: (t) => ({
    days: t.exposeInt('days', { description: 'The period: the last N days.' }),
    since: t.expose('since', { type: 'DateTime', description: 'Its start.' }),
    receiptsEvaluated: t.exposeInt('receiptsEvaluated', { description: 'Receipts of the period evaluated.' }),
    receiptsTouched: t.exposeInt('receiptsTouched', { description: 'Receipts the offer applied to.' }),
    membersTouched: t.exposeInt('membersTouched', { description: 'Members among those receipts’.' }),
    discount: t.field({ type: 'Decimal', description: 'The offer’s own direct discounts (money).', resolve: (s) => money(s.discount) }),
    bonuses: t.field({ type: 'Decimal', description: 'The offer’s own bonus points.', resolve: (s) => money(s.bonuses) }),
    netDiscount: t.field({
      type: 'Decimal',
      description: 'How much more all offers together would have discounted with it than without it (less when it pushes others out).',
      resolve: (s) => money(s.netDiscount),
    }),
    netBonuses: t.field({ type: 'Decimal', description: 'The same for bonus points.', resolve: (s) => money(s.netBonuses) }),
    pointsOfSale: t.field({ type: [PointOfSaleCost], description: 'Per point of sale, costliest first.', resolve: (s) => s.pointsOfSale }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the period held more receipts than one simulation evaluates (200,000): the oldest were.',
    }),
  }),
});

const SimulateOfferInput = builder.inputType('SimulateOfferInput', {
  description: 'What to simulate: a stored offer version (offerId) or content not saved yet, exactly one.',
  fields: (t) => ({
    offerId: t.id({ description: 'An offer version of the company (a draft, typically).' }),
    content: t.field({ type: OfferContentInput, description: 'An offer’s content, unsaved.' }),
    days: t.int({
      description: 'The past period in days, from 1 to the days of receipts the subgraph keeps (RECEIPT_RETENTION_DAYS, 90 by default); default 30.',
    }),
  }),
});

builder.queryField('simulateOffer', (t) =>
  t.field({
    type: payloadType('SimulateOfferPayload', 'simulation', OfferSimulationType, {
      description: 'What simulateOffer answers.',
      result: 'What the offer would have cost.',
    }),
    description:
      'Marketers and admins: what a RECEIPT offer would have cost over the past days’ confirmed receipts, before it goes live. Errors: INVALID_INPUT, INVALID_PERIOD, INVALID_PERCENT, INVALID_AMOUNT, ACTION_NOT_FOR_EVENT, AUDIENCE_NOT_FOUND, PRODUCT_LIST_NOT_FOUND, POINT_OF_SALE_NOT_FOUND, PRODUCT_NOT_FOUND, CURRENCY_NOT_FOUND, OFFER_NOT_FOUND.',
    authScopes: MARKETERS,
    args: { input: t.arg({ type: SimulateOfferInput, required: true, description: 'The offer and the period.' }) },
    resolve: async (_root, { input }, ctx) => {
      const days = input.days ?? 30;
      if ((input.offerId == null) === (input.content == null)) {
        return attempt(async () => {
          throw new OffersError('INVALID_INPUT', 'Give either offerId or content', 'offerId');
        });
      }
      const content = input.content;
      const outcome = await attempt(() =>
        ctx.services.simulations.simulateOffer(ctx.identity, content ? { draft: draftOfContent(content) } : { offerId: String(input.offerId) }, days),
      );
      return content ? namingInputFields(outcome, actionFieldsOfContent(content)) : outcome;
    },
  }),
);
