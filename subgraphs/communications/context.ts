import type { RequestBase } from '../../infra/subgraph/runtime';
import type { CommunicationsPrisma } from './data/prisma';
import type { CommunicationsServices } from './services';

/** Everything a communications resolver may use; built fresh per request. */
export interface CommunicationsContext extends RequestBase {
  db: CommunicationsPrisma;
  services: CommunicationsServices;
  /** Production keeps no development inbox. */
  production: boolean;
}
