import type { OffersDeps } from './deps';
import { createOfferService } from './offer-service';

/** The offers subgraph's use cases. */
export function createOffersServices(deps: OffersDeps) {
  return {
    offers: createOfferService(deps),
  };
}

export type OffersServices = ReturnType<typeof createOffersServices>;
