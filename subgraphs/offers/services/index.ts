import { createAudienceService } from './audience-service';
import type { OffersDeps } from './deps';
import { createOfferService } from './offer-service';

/** The offers subgraph's use cases. */
export function createOffersServices(deps: OffersDeps, secrets: { phoneKeySecret: string }) {
  return {
    offers: createOfferService(deps),
    audiences: createAudienceService(deps, secrets),
  };
}

export type OffersServices = ReturnType<typeof createOffersServices>;
