import { internalUrl } from '../../infra/internal/internal-call';
import type { PeerUrls } from '../../infra/internal/peers';
import { openSubgraphDatabase, openSubgraphEvents, type SubgraphEvents, type SubgraphOptions, serveSubgraph } from '../../infra/subgraph/runtime';
import { EVENTS_ROUTE } from '../../infra/views/member-views';
import type { OffersContext } from './context';
import { createOffersPrisma, OFFERS_SCHEMA } from './data/prisma';
import { offersSchema } from './schema';
import { createOffersServices } from './services';
import { type Clock, systemClock } from './services/deps';

export interface OffersSubgraphOptions extends SubgraphOptions {
  clock?: Clock;
  /** Where the ledger answers: it is pushed each snapshot at once, so the next receipt is evaluated with it. */
  peers?: PeerUrls;
}

export interface RunningOffersSubgraph {
  url: string;
  stop(): Promise<void>;
}

/** Starts the offers subgraph: migrations, the outbox dispatcher of its events, HTTP server. */
export async function startOffersSubgraph(options: OffersSubgraphOptions): Promise<RunningOffersSubgraph> {
  const { logger } = options;
  const pool = await openSubgraphDatabase({ name: OFFERS_SCHEMA, ...options });
  const db = createOffersPrisma(pool);
  let events: SubgraphEvents | null = null;
  const services = createOffersServices({ db, sql: pool, clock: options.clock ?? systemClock, logger, afterCommit: async () => events?.flush() });

  if (options.events !== false) {
    const peers = options.peers ?? {};
    events = await openSubgraphEvents(OFFERS_SCHEMA, options.databaseUrl, pool, logger, {
      urls: () => (peers.ledger ? [internalUrl(peers.ledger, EVENTS_ROUTE)] : []),
      secret: options.secrets.gatewaySigningSecret,
    });
    await events.start();
  }

  const http = await serveSubgraph<OffersContext>({
    name: OFFERS_SCHEMA,
    schema: offersSchema,
    ...options,
    pool,
    context: (base) => ({ ...base, db, services }),
  });

  return {
    url: http.url,
    async stop() {
      await http.close();
      await events?.stop();
      await db.$disconnect();
      await pool.end();
    },
  };
}
