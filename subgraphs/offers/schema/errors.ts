import { definePayloadTypes } from '../../../infra/graphql/payload-types';
import { builder } from '../builder';
import type { OffersErrorCode } from '../domain/errors';

/** What each refusal of the offers subgraph means, as clients read it in the ErrorCode enum. */
const ERROR_CODES: Record<OffersErrorCode, string> = {
  INVALID_INPUT: 'An input value is missing, malformed or out of range; field names it.',
  INVALID_PERIOD: 'A period bound is not a local date and time that exists, or the period ends before it starts.',
  INVALID_PERCENT: 'A percent is not above 0 and at most 100, or a share not from 0 to 1.',
  INVALID_AMOUNT: 'An amount, quantity or multiplier is out of its range (field names it; the message says the range).',
  ACTION_NOT_FOR_EVENT: 'The action needs a receipt (a discount, a payment, a receipt message) and the offer reacts to another event.',
  AUDIENCE_NOT_FOUND: 'No target audience with this id in the caller’s company.',
  PRODUCT_LIST_NOT_FOUND: 'No product list with this id in the caller’s company.',
  OFFER_NOT_FOUND: 'No offer with this id in the caller’s company.',
  OFFER_NOT_EDITABLE: 'Only a draft is edited; an offer that went live is changed by a new version (reviseOffer).',
  OFFER_STATE_CONFLICT: 'The offer’s state does not allow this step (pausing a draft, publishing a finished offer…); the message says which states do.',
  OFFER_REVISION_EXISTS: 'The offer already has a draft revision: edit or publish that one.',
  FAVOURITES_LOCKED: 'The member picked these favourites too recently to change them; the message says from when they may.',
  POINT_OF_SALE_NOT_FOUND: 'No point of sale with this id in the caller’s company (field names which).',
  MEMBER_NOT_FOUND: 'No member with this id in the caller’s company (field names which).',
  PROMOTION_NOT_FOUND: 'No promo content with this id in the caller’s company.',
  BUDGET_BELOW_SPENT: 'A revision’s budget total is below what the offer has spent already (the message says how much).',
  PRODUCT_NOT_FOUND: 'No product with this SKU in the company’s catalogue (field names which); SKUs are checked once a catalogue is uploaded.',
  CURRENCY_NOT_FOUND: 'The company has no bonus currency with this code (field names which).',
  AUDIENCE_IN_USE: 'Live offers or published promo content name the audience: finish, revise or unpublish them before deleting it (the message names them).',
};

export const { ErrorCode, MutationError, errorsField, payloadType } = definePayloadTypes(builder, ERROR_CODES);
export { attempt } from '../../../infra/errors/business-error';
