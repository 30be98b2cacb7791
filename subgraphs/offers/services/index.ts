import { createAudienceService } from './audience-service';
import { createCouponService } from './coupon-service';
import type { OffersDeps } from './deps';
import { createMemberOffers } from './member-offers';
import { createOfferService } from './offer-service';
import { createPersonalOfferService } from './personal-offer-service';
import { createProductCatalogueService } from './product-catalogue-service';
import { createProductListService } from './product-list-service';
import { createPromotionService } from './promotion-service';
import { createSimulationService } from './simulation-service';

/** The offers subgraph's use cases. */
export function createOffersServices(deps: OffersDeps, secrets: { phoneKeySecret: string }) {
  const offers = createOfferService(deps);
  return {
    offers,
    audiences: createAudienceService(deps, secrets),
    simulations: createSimulationService(deps, offers.operatorOf),
    promotions: createPromotionService(deps, offers.operatorOf),
    memberOffers: createMemberOffers(deps),
    coupons: createCouponService(deps, offers.operatorOf),
    productLists: createProductListService(deps, offers.operatorOf),
    products: createProductCatalogueService(deps, offers.operatorOf),
    personalOffers: createPersonalOfferService(deps, offers.operatorOf),
  };
}

export type OffersServices = ReturnType<typeof createOffersServices>;
