import { callInternal, internalUrl } from '../../infra/internal/internal-call';
import { ACTIVE_BALANCES_ROUTE, type ActiveBalancesAnswer, KNOWN_CURRENCIES_ROUTE, type KnownCurrenciesAnswer } from '../../infra/internal/ledger-queries';
import type { PeerUrls } from '../../infra/internal/peers';
import { consumeEvents } from '../../infra/outbox/event-bus';
import type { DomainEventEnvelope } from '../../infra/outbox/outbox-dispatcher';
import { handlePushedEvents } from '../../infra/outbox/pushed-events';
import { openSubgraphDatabase, openSubgraphEvents, type SubgraphEvents, type SubgraphOptions, serveSubgraph } from '../../infra/subgraph/runtime';
import { EVENTS_ROUTE } from '../../infra/views/member-views';
import type { OffersContext } from './context';
import { createOffersPrisma, OFFERS_SCHEMA } from './data/prisma';
import { offersSchema } from './schema';
import { createOffersServices } from './services';
import { createAudienceMembersRoute } from './services/audience-members-route';
import { announceBirthdays } from './services/birthday-rewards';
import { BUDGET_EVENT_TYPES, createBudgetSpendingHandler } from './services/budget-spending';
import { createCopyEventHandler, MEMBER_COPY_EVENT_TYPES, RECEIPT_COPY_EVENT_TYPES } from './services/copy-events';
import { type ActiveBalances, type Clock, type KnownCurrencies, systemClock } from './services/deps';
import { DEFAULT_RECEIPT_RETENTION_DAYS, forgetOldReceipts } from './services/receipt-retention';
import { announceSchedules } from './services/schedule-rewards';

export interface OffersSubgraphOptions extends SubgraphOptions {
  clock?: Clock;
  /** Where the ledger answers: it is pushed each snapshot at once, so the next receipt is evaluated with it. */
  peers?: PeerUrls;
  /** How long rule-based audiences go without a full refresh (events keep them current in between). */
  audienceRefreshMinutes?: number;
  /** How many days of confirmed receipts the subgraph keeps for audiences and simulations. */
  receiptRetentionDays?: number;
}

/** The queues other subgraphs' events reach this one through, when not pushed. */
const MEMBER_EVENTS_QUEUE = 'offers.member-events';
const RECEIPT_EVENTS_QUEUE = 'offers.receipt-events';
/** How often the periodic work looks for what is due: audiences to refresh, receipts past their window. */
const SWEEP_MS = 60_000;

export interface RunningOffersSubgraph {
  url: string;
  /** The periodic work, run now: refreshes the audiences that are due, announces the day's birthdays and scheduled offers, forgets receipts past the window. */
  runPeriodicWork(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What this subgraph asks the ledger (infra/internal/ledger-queries.ts): which bonus currencies a
 * company has, and members' active bonuses; without a ledger, neither is asked.
 */
function ledgerQueriesAt(ledgerUrl: string | undefined, secret: string): { knownCurrencies?: KnownCurrencies; activeBalances?: ActiveBalances } {
  if (!ledgerUrl) return {};
  return {
    knownCurrencies: async (companyId, codes) => {
      const answer = await callInternal<KnownCurrenciesAnswer>(internalUrl(ledgerUrl, KNOWN_CURRENCIES_ROUTE), { companyId, codes }, secret, 5000);
      return new Map(answer.known.map((code) => [code, answer.rates[code] ?? '1']));
    },
    activeBalances: async (companyId, currency) => {
      const answer = await callInternal<ActiveBalancesAnswer>(internalUrl(ledgerUrl, ACTIVE_BALANCES_ROUTE), { companyId, currency }, secret, 30_000);
      return answer.balances;
    },
  };
}

/** Starts the offers subgraph: migrations, the outbox dispatcher of its events, HTTP server. */
export async function startOffersSubgraph(options: OffersSubgraphOptions): Promise<RunningOffersSubgraph> {
  const { logger } = options;
  const pool = await openSubgraphDatabase({ name: OFFERS_SCHEMA, ...options });
  const db = createOffersPrisma(pool);
  let events: SubgraphEvents | null = null;
  const receiptRetentionDays = options.receiptRetentionDays ?? DEFAULT_RECEIPT_RETENTION_DAYS;
  const deps = {
    db,
    sql: pool,
    clock: options.clock ?? systemClock,
    logger,
    afterCommit: async () => events?.flush(),
    receiptRetentionDays,
    ...ledgerQueriesAt(options.peers?.ledger, options.secrets.gatewaySigningSecret),
  };
  const services = createOffersServices(deps, { phoneKeySecret: options.secrets.phoneKeySecret });
  const handleCopyEvent = createCopyEventHandler(deps, { refreshMember: services.audiences.refreshMember, timeZoneChanged: services.offers.timeZoneChanged });
  const keepBudgetSpending = createBudgetSpendingHandler(deps);
  // Each handler takes its own types.
  const handleEvent = async (event: DomainEventEnvelope) => {
    await handleCopyEvent(event);
    await keepBudgetSpending(event);
  };

  if (options.events !== false) {
    const peers = options.peers ?? {};
    events = await openSubgraphEvents(OFFERS_SCHEMA, options.databaseUrl, pool, logger, {
      urls: () => (peers.ledger ? [internalUrl(peers.ledger, EVENTS_ROUTE)] : []),
      secret: options.secrets.gatewaySigningSecret,
    });
    await consumeEvents(events.bus, MEMBER_EVENTS_QUEUE, [...MEMBER_COPY_EVENT_TYPES], handleCopyEvent);
    await consumeEvents(events.bus, RECEIPT_EVENTS_QUEUE, [...RECEIPT_COPY_EVENT_TYPES, ...BUDGET_EVENT_TYPES], handleEvent);
    await events.start();
  }

  const refreshIntervalMs = (options.audienceRefreshMinutes ?? 60) * 60_000;
  const runPeriodicWork = async () => {
    await services.audiences.refreshDueAudiences(refreshIntervalMs);
    await announceBirthdays(deps);
    await announceSchedules(deps);
    await forgetOldReceipts(deps, receiptRetentionDays);
  };
  const sweep = setInterval(() => runPeriodicWork().catch((error) => logger.error({ err: error }, 'periodic audience and receipt work failed')), SWEEP_MS);
  sweep.unref();

  const http = await serveSubgraph<OffersContext>({
    name: OFFERS_SCHEMA,
    schema: offersSchema,
    ...options,
    pool,
    context: (base) => ({ ...base, db, services }),
    // The members subgraph and the ledger push their events here at once; what is handled here their queues do not bring again.
    internalRoutes: {
      [EVENTS_ROUTE]: (body) => handlePushedEvents(body, [MEMBER_EVENTS_QUEUE, RECEIPT_EVENTS_QUEUE], handleEvent, logger),
      ...createAudienceMembersRoute(db),
    },
  });

  return {
    url: http.url,
    runPeriodicWork,
    async stop() {
      clearInterval(sweep);
      await http.close();
      await events?.stop();
      await db.$disconnect();
      await pool.end();
    },
  };
}
