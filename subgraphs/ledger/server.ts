import { listenForSettingsChanges } from '../../infra/cache/change-signal';
import { createSchemaPool } from '../../infra/db/pool';
import { pgSqlClient } from '../../infra/db/sql-client';
import { internalUrl } from '../../infra/internal/internal-call';
import type { PeerUrls } from '../../infra/internal/peers';
import { consumeEvents } from '../../infra/outbox/event-bus';
import type { DomainEventEnvelope } from '../../infra/outbox/outbox-dispatcher';
import { handlePushedEvents } from '../../infra/outbox/pushed-events';
import { openSubgraphDatabase, openSubgraphEvents, type SubgraphEvents, type SubgraphOptions, serveSubgraph } from '../../infra/subgraph/runtime';
import { EVENTS_ROUTE } from '../../infra/views/member-views';
import type { LedgerContext } from './context';
import { createLedgerLoaders } from './data/loaders';
import { createLedgerPrisma, LEDGER_SCHEMA } from './data/prisma';
import { ledgerSchema } from './schema';
import { createLedgerServices } from './services';
import { AUDIENCE_EVENT_TYPES, createAudienceEventHandler } from './services/audience-events';
import { createBalanceLoader } from './services/balance-loader';
import { CATALOGUE_EVENT_TYPES, createCatalogueEventHandler } from './services/catalogue-events';
import { COUPON_EVENT_TYPES, createCouponEventHandler } from './services/coupon-events';
import { type Clock, systemClock } from './services/deps';
import { warnExpiringBonuses } from './services/expiry-warnings';
import { createHistoryStartRoute } from './services/history-start-route';
import { createLedgerQueryRoutes } from './services/ledger-query-routes';
import { createLookupMissReporter } from './services/lookup-miss-reporter';
import { createMemberEventHandler, MEMBER_EVENT_TYPES } from './services/member-events';
import { createMemberViewReader } from './services/member-view-reader';
import { createOfferRewards } from './services/offer-rewards';
import { createOfferSnapshotHandler, OFFER_EVENT_TYPES } from './services/offer-snapshots';
import { MEMBER_REWARD_EVENT_TYPES, OFFER_REWARD_EVENT_TYPES } from './services/offer-triggers';
import { createPersonalOfferEventHandler, PERSONAL_OFFER_EVENT_TYPES } from './services/personal-offer-events';
import { rekeyPhoneLookups } from './services/phone-rekey';
import { createLedgerSettings } from './services/settings-cache';

export interface LedgerSubgraphOptions extends SubgraphOptions {
  clock?: Clock;
  /** How long a calculated purchase holds its bonuses before it cancels itself. */
  purchaseHoldMinutes?: number;
  /** How many days before expiry members are warned (bonuses.expiring). */
  expiryWarningDays?: number;
  /** Where the members subgraph answers: the ledger asks it for members and cards its view misses. */
  peers?: PeerUrls;
  /** Test-only: ignore idempotency keys (the fault run proving its checker sees double applications). */
  unsafeNoIdempotency?: boolean;
}

/** How often the periodic jobs run: stale purchases (their holds lapse at once anyway), expiry warnings. */
const STALE_PURCHASE_SWEEP_MS = 30_000;
/** The queue the members subgraph's events reach this subgraph through, when not pushed. */
const MEMBER_EVENTS_QUEUE = 'ledger.member-events';
const OFFER_EVENTS_QUEUE = 'ledger.offer-events';

export interface RunningLedgerSubgraph {
  url: string;
  /** The periodic job that cancels purchases left pending past their time (returns and manual operations too). */
  cancelStalePurchases(): Promise<number>;
  /** The periodic job that emits bonuses.expiring. */
  warnExpiringBonuses(): Promise<number>;
  /** Runs the bulk jobs waiting now (also every few seconds, and those a crashed runner left). */
  runBulkJobs(): Promise<void>;
  /** Re-keys the phone look-ups after a rotation of PHONE_KEY_SECRET (also once, shortly after start, while a previous secret is set). */
  rekeyPhoneLookups(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the ledger subgraph: migrations, the members-event consumer, outbox dispatcher, HTTP server. */
export async function startLedgerSubgraph(options: LedgerSubgraphOptions): Promise<RunningLedgerSubgraph> {
  const { logger } = options;
  const pool = await openSubgraphDatabase({ name: LEDGER_SCHEMA, ...options });
  const db = createLedgerPrisma(pool);
  const clock = options.clock ?? systemClock;
  const readThrough = createMemberViewReader({ db, clock, logger }, options.peers ?? {}, options.secrets.gatewaySigningSecret);
  const reportLookupMiss = createLookupMissReporter({ db, clock, logger }, options.peers ?? {}, options.secrets.gatewaySigningSecret);
  const sql = pgSqlClient(pool);
  // Kept settings are read on connections of their own: a till's transaction holding one of the
  // main pool's may wait on a read, which must never wait for a connection the transactions hold.
  const settingsPool = createSchemaPool(options.databaseUrl, LEDGER_SCHEMA, {
    max: 2,
    counter: options.queryCounter,
    onIdleError: (error) => logger.warn({ err: error }, 'idle settings connection lost'),
  });
  const deps = {
    db,
    pool,
    sql,
    settings: createLedgerSettings(pgSqlClient(settingsPool)),
    clock,
    logger,
    phoneKeySecrets: [options.secrets.phoneKeySecret, ...(options.secrets.previousPhoneKeySecret ? [options.secrets.previousPhoneKeySecret] : [])],
    codeDeliveryKey: options.secrets.codeDeliveryKey,
    readThrough,
    reportLookupMiss,
    unsafeNoIdempotency: options.unsafeNoIdempotency === true,
  };
  if (deps.unsafeNoIdempotency) logger.warn('LEDGER_UNSAFE_NO_IDEMPOTENCY: idempotency keys are ignored (fault-run proof only)');
  // A setting changed through another ledger process: forget the copies this one keeps.
  const settingsListener = listenForSettingsChanges(pool, LEDGER_SCHEMA, deps.settings.changed, logger);
  await settingsListener.start();
  const keepMemberView = createMemberEventHandler(deps);
  const rewardMemberAction = createOfferRewards(deps);
  // The view first: an offer's reward reads the member as the event left them.
  const handleMemberEvent = async (event: DomainEventEnvelope) => {
    await keepMemberView(event);
    await rewardMemberAction(event);
  };
  const keepSnapshot = createOfferSnapshotHandler(deps);
  const keepAudienceMembers = createAudienceEventHandler(deps);
  const keepCoupons = createCouponEventHandler(deps);
  const keepCatalogue = createCatalogueEventHandler(deps);
  const keepPersonalOffers = createPersonalOfferEventHandler(deps);
  // The copy of the audience first: an offer for entering it rewards the members it now holds.
  const handleOfferEvent = async (event: DomainEventEnvelope) => {
    await keepSnapshot(event);
    await keepAudienceMembers(event);
    await keepCoupons(event);
    await keepCatalogue(event);
    await keepPersonalOffers(event);
    await rewardMemberAction(event);
  };
  // Members and offers push their events to one route; each handler takes its own types.
  const handlePushedEvent = async (event: DomainEventEnvelope) => {
    await keepMemberView(event);
    await keepSnapshot(event);
    await keepAudienceMembers(event);
    await keepCoupons(event);
    await keepCatalogue(event);
    await keepPersonalOffers(event);
    await rewardMemberAction(event);
  };
  const services = createLedgerServices(deps, { holdMinutes: options.purchaseHoldMinutes ?? 15 });

  let events: SubgraphEvents | null = null;
  if (options.events !== false) {
    const peers = options.peers ?? {};
    // Codes the till waits for go to the communications subgraph at once, receipts to the offers
    // subgraph's audiences; their queues bring what a push missed.
    events = await openSubgraphEvents(LEDGER_SCHEMA, options.databaseUrl, pool, logger, {
      urls: () => [peers.communications, peers.offers].filter((url): url is string => Boolean(url)).map((url) => internalUrl(url, EVENTS_ROUTE)),
      secret: options.secrets.gatewaySigningSecret,
    });
    await consumeEvents(events.bus, MEMBER_EVENTS_QUEUE, [...MEMBER_EVENT_TYPES, ...MEMBER_REWARD_EVENT_TYPES], handleMemberEvent);
    await consumeEvents(
      events.bus,
      OFFER_EVENTS_QUEUE,
      [
        ...OFFER_EVENT_TYPES,
        ...AUDIENCE_EVENT_TYPES,
        ...COUPON_EVENT_TYPES,
        ...CATALOGUE_EVENT_TYPES,
        ...PERSONAL_OFFER_EVENT_TYPES,
        ...OFFER_REWARD_EVENT_TYPES,
      ],
      handleOfferEvent,
    );
    await events.start();
  }
  const warnExpiring = () => warnExpiringBonuses(deps, options.expiryWarningDays ?? 7);
  const sweep = setInterval(() => {
    for (const sweep of [services.purchases.cancelStale, services.refunds.cancelStale, services.tillManual.cancelStale]) {
      sweep().catch((error) => logger.error({ err: error }, 'cancelling stale till operations failed'));
    }
    warnExpiring().catch((error) => logger.error({ err: error }, 'expiry warnings failed'));
  }, STALE_PURCHASE_SWEEP_MS);
  sweep.unref();
  services.imports.jobs.start();
  const rekey = () => rekeyPhoneLookups(deps);
  // Shortly after start, once the members subgraph answers too, while a rotation is under way.
  const rekeying =
    deps.phoneKeySecrets.length > 1
      ? setTimeout(() => rekey().catch((error) => logger.error({ err: error }, 're-keying phone look-ups failed')), 10_000)
      : null;
  rekeying?.unref();

  const http = await serveSubgraph<LedgerContext>({
    name: LEDGER_SCHEMA,
    schema: ledgerSchema,
    ...options,
    pool,
    context: (base) => ({ ...base, db, sql: deps.sql, loaders: createLedgerLoaders(db), services, balances: createBalanceLoader(deps, base.identity) }),
    // The members and offers subgraphs push their events here at once; what is handled here their queues do not bring again.
    internalRoutes: {
      ...createHistoryStartRoute(deps),
      ...createLedgerQueryRoutes(deps),
      [EVENTS_ROUTE]: (body) => handlePushedEvents(body, [MEMBER_EVENTS_QUEUE, OFFER_EVENTS_QUEUE], handlePushedEvent, logger),
    },
  });

  return {
    url: http.url,
    cancelStalePurchases: async () =>
      (await services.purchases.cancelStale()) + (await services.refunds.cancelStale()) + (await services.tillManual.cancelStale()),
    warnExpiringBonuses: warnExpiring,
    runBulkJobs: () => services.imports.jobs.runWaiting(),
    rekeyPhoneLookups: rekey,
    async stop() {
      clearInterval(sweep);
      if (rekeying) clearTimeout(rekeying);
      await services.imports.jobs.stop();
      await http.close();
      await events?.stop();
      await settingsListener.stop();
      await db.$disconnect();
      await pool.end();
      await settingsPool.end();
    },
  };
}
