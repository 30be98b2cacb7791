import type { RequestBase } from '../../infra/subgraph/runtime';
import type { LedgerLoaders } from './data/loaders';
import type { LedgerPrisma } from './data/prisma';
import type { LedgerServices } from './services';

/** Everything a ledger resolver may use; built fresh per request. */
export interface LedgerContext extends RequestBase {
  db: LedgerPrisma;
  loaders: LedgerLoaders;
  services: LedgerServices;
}
