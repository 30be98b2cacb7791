import type { RequestBase } from '../../infra/subgraph/runtime';
import type { LedgerLoaders } from './data/loaders';
import type { LedgerPrisma, LedgerSql } from './data/prisma';
import type { LedgerServices } from './services';
import type { BalanceLoader } from './services/balance-loader';

/** Everything a ledger resolver may use; built fresh per request. */
export interface LedgerContext extends RequestBase {
  db: LedgerPrisma;
  /** Raw SQL through plain pg, for reads on the till's hot path (the purchase a POS call answers with). */
  sql: LedgerSql;
  loaders: LedgerLoaders;
  services: LedgerServices;
  /** Balances of the request's members, batched (a list of members costs a handful of statements). */
  balances: BalanceLoader;
}
