import { entryOfEvent, STAFF_ACTION_EVENT } from '../../infra/audit/staff-trail';
import { internalUrl } from '../../infra/internal/internal-call';
import type { PeerUrls } from '../../infra/internal/peers';
import { consumeEvents } from '../../infra/outbox/event-bus';
import { openSubgraphDatabase, openSubgraphEvents, type SubgraphEvents, type SubgraphOptions, serveSubgraph } from '../../infra/subgraph/runtime';
import { EVENTS_ROUTE, MEMBER_VIEW_ROUTE } from '../../infra/views/member-views';
import type { MembersContext } from './context';
import { createMembersLoaders } from './data/loaders';
import { createMembersPrisma, MEMBERS_SCHEMA } from './data/prisma';
import { recordStaffActions } from './data/staff-actions-store';
import type { CodeRequestLimits } from './domain/code-request-limits';
import { membersSchema } from './schema';
import { createMembersServices } from './services';
import { CONSENT_EVENT_TYPES } from './services/consent-events';
import { type Clock, systemClock } from './services/deps';
import { createHistoryStartMover } from './services/ledger-history';
import { createLookupMissRoute } from './services/lookup-miss-route';
import { createMemberContactRoute } from './services/member-contact-route';
import { createRegisterByTextRoute } from './services/register-by-text-route';
import { createSessionRoutes } from './services/session-routes';
import { createViewRoute } from './services/view-route';

export interface MembersSubgraphOptions extends SubgraphOptions {
  bootstrap?: { companyName: string; adminEmail: string; adminPassword: string; passwordGenerated?: boolean } | null;
  clock?: Clock;
  /** Caps on anonymous code requests a minute, per company and per client address. */
  codeRequestLimits?: CodeRequestLimits;
  /** Where the ledger and the communications subgraph answer: members' events are pushed to them at once. */
  peers?: PeerUrls;
}

export interface RunningMembersSubgraph {
  url: string;
  services: ReturnType<typeof createMembersServices>;
  stop(): Promise<void>;
}

/** How long a session may go unrenewed: an operator's working day, a member's month, a till's month. */
const REFRESH_TTL = { operator: 12 * 3600, member: 30 * 24 * 3600, terminal: 30 * 24 * 3600 };

/** Starts the members subgraph: migrations, bootstrap, outbox dispatcher, HTTP server. */
export async function startMembersSubgraph(options: MembersSubgraphOptions): Promise<RunningMembersSubgraph> {
  const { logger } = options;
  const pool = await openSubgraphDatabase({ name: MEMBERS_SCHEMA, ...options });
  const db = createMembersPrisma(pool);
  let events: SubgraphEvents | null = null;
  // Filled in by whoever starts the ledger (it may listen after this subgraph): read at each call.
  const peers = options.peers ?? {};
  const services = createMembersServices({
    db,
    sql: pool,
    clock: options.clock ?? systemClock,
    logger,
    tokenSecret: options.secrets.tokenSecret,
    phoneKeySecret: options.secrets.phoneKeySecret,
    codeDeliveryKey: options.secrets.codeDeliveryKey,
    refreshTtl: REFRESH_TTL,
    codeRequestLimits: options.codeRequestLimits,
    moveHistoryStart: createHistoryStartMover(peers, options.secrets.gatewaySigningSecret),
    afterCommit: async () => events?.flush(),
  });
  if (options.bootstrap && (await services.auth.bootstrap(options.bootstrap))) {
    logger.info({ company: options.bootstrap.companyName, adminEmail: options.bootstrap.adminEmail }, 'created the first company and administrator');
    if (options.bootstrap.passwordGenerated) {
      // Shown this once only: it is not stored anywhere but as a hash, and must be changed at the first sign-in.
      console.log(
        `\n  First administrator: ${options.bootstrap.adminEmail}\n  Generated password (shown once; change it at the first sign-in with changeOperatorPassword): ${options.bootstrap.adminPassword}\n`,
      );
    }
  }

  if (options.events !== false) {
    events = await openSubgraphEvents(MEMBERS_SCHEMA, options.databaseUrl, pool, logger, {
      urls: () => [peers.ledger, peers.communications, peers.offers].filter((url): url is string => Boolean(url)).map((url) => internalUrl(url, EVENTS_ROUTE)),
      secret: options.secrets.gatewaySigningSecret,
    });
    // The other subgraphs' part of the staff trail.
    await consumeEvents(events.bus, 'members.staff-trail', [STAFF_ACTION_EVENT], async (event) => {
      const entry = entryOfEvent(event);
      if (entry) await recordStaffActions(db, [{ ...entry, eventId: event.eventId, at: new Date(event.occurredAt) }]);
      else logger.warn({ eventId: event.eventId }, 'a malformed staff action event was not kept');
    });
    // A member's STOP reply or unsubscribe, reported by the communications subgraph.
    await consumeEvents(events.bus, 'members.consents', CONSENT_EVENT_TYPES, services.handleConsentEvent);
    await events.start();
  }

  const http = await serveSubgraph<MembersContext>({
    name: MEMBERS_SCHEMA,
    schema: membersSchema,
    ...options,
    pool,
    context: (base) => ({ ...base, db, loaders: createMembersLoaders(db), services }),
    internalRoutes: {
      [MEMBER_VIEW_ROUTE]: createViewRoute(db, options.secrets.phoneKeySecret),
      ...createSessionRoutes(db),
      ...createLookupMissRoute(services.countLookupMiss),
      ...createMemberContactRoute(pool),
      ...createRegisterByTextRoute(services),
    },
  });

  return {
    url: http.url,
    services,
    async stop() {
      await http.close();
      await events?.stop();
      await db.$disconnect();
      await pool.end();
    },
  };
}
