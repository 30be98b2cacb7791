import { listenForSettingsChanges } from '../../infra/cache/change-signal';
import type { PeerUrls } from '../../infra/internal/peers';
import { PROVIDER_CALLBACK_ROUTE, type ProviderCallback, type ProviderCallbackAnswer } from '../../infra/internal/provider-callbacks';
import { consumeEvents } from '../../infra/outbox/event-bus';
import { handlePushedEvents } from '../../infra/outbox/pushed-events';
import { openSubgraphDatabase, openSubgraphEvents, type SubgraphEvents, type SubgraphOptions, serveSubgraph } from '../../infra/subgraph/runtime';
import { EVENTS_ROUTE } from '../../infra/views/member-views';
import type { CommunicationsContext } from './context';
import { COMMUNICATIONS_SCHEMA, createCommunicationsPrisma } from './data/prisma';
import { CLAIM_LEASE_MS } from './domain/retry';
import { CallbackRefused } from './providers/provider';
import { communicationsSchema } from './schema';
import { createCommunicationsServices } from './services';
import { type Clock, systemClock } from './services/deps';
import { createEventIntake } from './services/event-intake';
import { createPeerCalls } from './services/member-contacts';
import { MEMBER_EVENT_TYPES } from './services/member-events';

/** The queues the other subgraphs' events reach this one through, when not pushed (or not handled when pushed). */
const MESSAGES_QUEUE = 'communications.messages';
const MEMBER_EVENTS_QUEUE = 'communications.member-events';

export interface CommunicationsSubgraphOptions extends SubgraphOptions {
  clock?: Clock;
  /** Where the members subgraph (asked where members are reached) and the offers subgraph (asked for audiences' members) answer. */
  peers?: PeerUrls;
  /** How long a claimed message stays claimed (default 30 s). */
  claimLeaseMs?: number;
  /** The platform's public address, where providers call back (PUBLIC_URL); asked when a provider is opened. */
  publicUrl?: () => string | null;
  /** Private hosts providers may name in production (PROVIDER_PRIVATE_HOSTS). */
  providerPrivateHosts?: string[];
}

export interface RunningCommunicationsSubgraph {
  url: string;
  /** Sends what is due now (also done at once when messages are queued, and every second). */
  deliverDue(): Promise<number>;
  /** Handles again the texts in not handled yet (also done every 30 seconds). */
  retryInbound(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the communications subgraph: migrations, the consumers of events that make messages, delivery, HTTP server. */
export async function startCommunicationsSubgraph(options: CommunicationsSubgraphOptions): Promise<RunningCommunicationsSubgraph> {
  const { logger } = options;
  const pool = await openSubgraphDatabase({ name: COMMUNICATIONS_SCHEMA, ...options });
  const db = createCommunicationsPrisma(pool);
  const services = createCommunicationsServices({
    db,
    sql: pool,
    clock: options.clock ?? systemClock,
    logger,
    codeDeliveryKey: options.secrets.codeDeliveryKey,
    credentialsKey: options.secrets.credentialsKey,
    production: options.production,
    claimLeaseMs: options.claimLeaseMs ?? CLAIM_LEASE_MS,
    providerPrivateHosts: options.providerPrivateHosts ?? [],
    publicUrl: options.publicUrl ?? (() => null),
    ...createPeerCalls(options.peers ?? {}, options.secrets.gatewaySigningSecret),
  });

  const intake = createEventIntake({
    messageTypes: services.eventMessages.eventTypes,
    handleMessageEvent: services.eventMessages.handle,
    handleMemberEvent: services.handleMemberEvent,
  });

  let events: SubgraphEvents | null = null;
  if (options.events !== false) {
    events = await openSubgraphEvents(COMMUNICATIONS_SCHEMA, options.databaseUrl, pool, logger);
    await consumeEvents(events.bus, MESSAGES_QUEUE, services.eventMessages.eventTypes, intake.handle);
    await consumeEvents(events.bus, MEMBER_EVENTS_QUEUE, MEMBER_EVENT_TYPES, intake.handle);
    await events.start();
    await services.start();
  }

  // A provider or template changed through another instance: forget the copies this one keeps.
  const settingsListener = listenForSettingsChanges(pool, COMMUNICATIONS_SCHEMA, services.forgetSettings, logger);
  await settingsListener.start();

  const http = await serveSubgraph<CommunicationsContext>({
    name: COMMUNICATIONS_SCHEMA,
    schema: communicationsSchema,
    ...options,
    pool,
    context: (base) => ({ ...base, db, services, production: options.production }),
    // The other subgraphs push their events here at once (a code leaves without waiting for the
    // queue's poll); what is handled before the answer the queues do not bring again.
    internalRoutes: {
      [EVENTS_ROUTE]: (body) => handlePushedEvents(body, [MESSAGES_QUEUE, MEMBER_EVENTS_QUEUE], intake.handle, logger),
      // A provider's status callback, received by the gateway's public route and handed on as sent.
      [PROVIDER_CALLBACK_ROUTE]: async (body) => {
        const { path, body: callback } = body as ProviderCallback;
        try {
          const reports = await services.receiveProviderCallback(String(path), String(callback ?? ''));
          return (reports === null ? { status: 404 } : { status: 200, reports }) satisfies ProviderCallbackAnswer;
        } catch (error) {
          if (error instanceof CallbackRefused) return { status: 400, error: error.message } satisfies ProviderCallbackAnswer;
          throw error;
        }
      },
    },
  });

  return {
    url: http.url,
    deliverDue: () => services.delivery.deliverDue(),
    retryInbound: () => services.inbound.retryUnhandled(),
    async stop() {
      await http.close();
      // The consumers first: what an event queues once delivery has stopped waits for the next start.
      await events?.stop();
      await settingsListener.stop();
      await services.stop();
      await db.$disconnect();
      await pool.end();
    },
  };
}
