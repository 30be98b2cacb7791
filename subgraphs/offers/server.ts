import { openSubgraphDatabase, openSubgraphEvents, type SubgraphEvents, type SubgraphOptions, serveSubgraph } from '../../infra/subgraph/runtime';
import type { OffersContext } from './context';
import { createOffersPrisma, OFFERS_SCHEMA } from './data/prisma';
import { offersSchema } from './schema';
import { createOffersServices } from './services';
import { type Clock, systemClock } from './services/deps';

export interface OffersSubgraphOptions extends SubgraphOptions {
  clock?: Clock;
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
  const services = createOffersServices({ db, sql: pool, clock: options.clock ?? systemClock, logger });

  let events: SubgraphEvents | null = null;
  if (options.events !== false) {
    events = await openSubgraphEvents(OFFERS_SCHEMA, options.databaseUrl, pool, logger);
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
