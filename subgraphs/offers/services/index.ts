import { createAudienceService } from './audience-service';
import type { OffersDeps } from './deps';
import { createOfferService } from './offer-service';
import { createSimulationService } from './simulation-service';

/** The offers subgraph's use cases. */
export function createOffersServices(deps: OffersDeps, secrets: { phoneKeySecret: string }) {
  const offers = createOfferService(deps);
  return {
    offers,
    audiences: createAudienceService(deps, secrets),
    simulations: createSimulationService(deps, offers.operatorOf),
  };
}

export type OffersServices = ReturnType<typeof createOffersServices>;
