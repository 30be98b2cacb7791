import type { RequestBase } from '../../infra/subgraph/runtime';
import type { OffersPrisma } from './data/prisma';
import type { OffersServices } from './services';

/** Everything an offers resolver may use; built fresh per request. */
export interface OffersContext extends RequestBase {
  db: OffersPrisma;
  services: OffersServices;
}
