/**
 * The offers engine: pure functions from a receipt, a context and a snapshot's offers to discounts,
 * payment shares and bonuses. No I/O; the ledger calls it inside its purchase calculation.
 */
export { accrueOffers } from './accruals';
export { unreadableOffer } from './compile';
export type * from './definition';
export { ACTION_KINDS, EVENT_KINDS, NO_FILTERS } from './definition';
export { applyOffers } from './evaluate';
export { readLocalClock, withinHours } from './filters';
export { friendOccurrence } from './occurrences';
export { type IndexOptions, indexOffers, type OfferIndex } from './offer-index';
export type * from './receipt-input';
export type * from './results';
