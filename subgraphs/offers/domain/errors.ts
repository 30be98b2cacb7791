import { BusinessError } from '../../../infra/errors/business-error';

/** Expected business failures of the offers subgraph; they reach clients as payload errors. */
export const OFFERS_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_PERIOD',
  'INVALID_PERCENT',
  'INVALID_AMOUNT',
  'ACTION_NOT_FOR_EVENT',
  'AUDIENCE_NOT_FOUND',
  'PRODUCT_LIST_NOT_FOUND',
  'OFFER_NOT_FOUND',
  'OFFER_NOT_EDITABLE',
  'OFFER_STATE_CONFLICT',
  'OFFER_REVISION_EXISTS',
  'AUDIENCE_IN_USE',
  'PROMOTION_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'POINT_OF_SALE_NOT_FOUND',
  'FAVOURITES_LOCKED',
  'BUDGET_BELOW_SPENT',
  'PRODUCT_NOT_FOUND',
  'CURRENCY_NOT_FOUND',
] as const;

export type OffersErrorCode = (typeof OFFERS_ERROR_CODES)[number];

export class OffersError extends BusinessError<OffersErrorCode> {}
