import { OffersError } from './errors';

/** Where a marketer left an offer (stored). */
export type OfferLifecycle = 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'FINISHED' | 'ARCHIVED';

/** Where an offer stands now, as clients read it: a published offer is SCHEDULED, ACTIVE or FINISHED by its period. */
export type OfferState = 'DRAFT' | 'SCHEDULED' | 'ACTIVE' | 'PAUSED' | 'FINISHED' | 'ARCHIVED';

/** The state of an offer at a local wall-clock time (`YYYY-MM-DDTHH:MM` strings compare in time order). */
export function offerState(lifecycle: OfferLifecycle, period: { startsAt: string | null; endsAt: string | null }, localNow: string): OfferState {
  if (lifecycle !== 'PUBLISHED') return lifecycle;
  if (period.endsAt !== null && localNow >= period.endsAt) return 'FINISHED';
  if (period.startsAt !== null && localNow < period.startsAt) return 'SCHEDULED';
  return 'ACTIVE';
}

/** What a marketer may do to an offer, from which stored states. */
export const TRANSITIONS = {
  publish: { from: ['DRAFT'], to: 'PUBLISHED' },
  pause: { from: ['PUBLISHED'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'PUBLISHED' },
  finish: { from: ['PUBLISHED', 'PAUSED'], to: 'FINISHED' },
  archive: { from: ['DRAFT', 'FINISHED'], to: 'ARCHIVED' },
} as const satisfies Record<string, { from: readonly OfferLifecycle[]; to: OfferLifecycle }>;

export type OfferTransition = keyof typeof TRANSITIONS;

/** The stored state after the transition, or the refusal saying why it cannot happen. */
export function transitioned(current: OfferLifecycle, transition: OfferTransition): OfferLifecycle {
  const { from, to } = TRANSITIONS[transition];
  if (!(from as readonly OfferLifecycle[]).includes(current)) {
    throw new OffersError('OFFER_STATE_CONFLICT', `A ${current.toLowerCase()} offer cannot ${transition}; only a ${from.join(' or ').toLowerCase()} one can`);
  }
  return to;
}

/** Whether the offer takes part in its company's live set (what the ledger evaluates receipts with). */
export const isLive = (lifecycle: OfferLifecycle) => lifecycle === 'PUBLISHED';
