import { randomBytes } from 'node:crypto';
import { startGateway } from '../../gateway/gateway';
import type { SignedIdentity } from '../../infra/auth/tokens';
import type { Secrets } from '../../infra/config/env';
import type { QueryCounter } from '../../infra/db/pool';
import { createDatabaseFromTemplate, dropDatabase } from '../../infra/db/test-database';
import type { PeerUrls } from '../../infra/internal/peers';
import { createLogger } from '../../infra/logging/logger';
import { type RunningCommunicationsSubgraph, startCommunicationsSubgraph } from '../../subgraphs/communications/server';
import { type RunningLedgerSubgraph, startLedgerSubgraph } from '../../subgraphs/ledger/server';
import { startMembersSubgraph } from '../../subgraphs/members/server';
import type { Clock } from '../../subgraphs/members/services/deps';
import type { SessionTokens } from '../../subgraphs/members/services/session-service';
import { type RunningOffersSubgraph, startOffersSubgraph } from '../../subgraphs/offers/server';

export const BOOTSTRAP_ADMIN = { companyName: 'Bootstrap Retail', adminEmail: 'root@bootstrap.test', adminPassword: 'bootstrap-pass-1' };

export interface TestPlatform {
  gatewayUrl: string;
  membersUrl: string;
  databaseUrl: string;
  secrets: Secrets;
  /** SQL statements the members subgraph has sent; reset it before measuring. */
  membersQueries: QueryCounter;
  ledgerQueries: QueryCounter;
  ledgerUrl: string;
  ledger: RunningLedgerSubgraph;
  /** Started when the options ask for it (TestPlatformOptions.communications); null otherwise. */
  communications: RunningCommunicationsSubgraph | null;
  /** Started when the options ask for it (TestPlatformOptions.offers); null otherwise. */
  offers: RunningOffersSubgraph | null;
  /** Whether the subgraphs exchange events (the ledger learns members, cards and points of sale). */
  events: boolean;
  clock: TestClock;
  /**
   * A signed-in session (its access and refresh tokens), as a sign-in starts it, without the
   * password check (scrypt is slow by design, and some tests need a hundred callers); sign-in
   * itself has its own tests.
   */
  startSession(identity: SignedIdentity): Promise<SessionTokens>;
  stop(): Promise<void>;
}

/** A clock tests can move forward (code expiry, lock-outs) without waiting. */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/**
 * The platform as a client sees it: its own database copied from the migrated template, the
 * subgraphs and the gateway on free loopback ports, talking real HTTP.
 */
export interface TestPlatformOptions {
  events?: boolean;
  /**
   * Runs the communications subgraph too. Only the files that send or read messages ask for it:
   * nothing else calls it, and its event bus would cost every other file time.
   */
  communications?: boolean;
  /** Runs the offers subgraph too; only the files about offers ask for it. */
  offers?: boolean;
  /** Receives every process's JSON log lines (otherwise logs are silent unless TEST_LOG_LEVEL is set). */
  logs?: { write(line: string): void };
  /** The gateway's rate limits; tests send from one address far faster than people do, so generous by default. */
  rateLimits?: { signedInPerSecond: number; anonymousPerSecond: number };
  /** Caps on anonymous code requests a minute; tests ask for many codes from one address, so generous by default. */
  codeRequestLimits?: { perCompanyPerMinute: number; perAddressPerMinute: number };
  /** The first company and administrator (default BOOTSTRAP_ADMIN). */
  bootstrap?: { companyName: string; adminEmail: string; adminPassword: string; passwordGenerated?: boolean };
  /** As if PHONE_KEY_SECRET had just been rotated: the one before, still accepted for look-ups. */
  previousPhoneKeySecret?: string;
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!adminUrl || !template) throw new Error('Run through jest: the global setup prepares the database');
  const databaseUrl = await createDatabaseFromTemplate(adminUrl, template);
  const level = options.logs ? 'debug' : (process.env.TEST_LOG_LEVEL ?? 'silent');
  const loggerFor = (service: string) => createLogger(service, level, options.logs);
  const secrets = {
    tokenSecret: randomBytes(32).toString('hex'),
    gatewaySigningSecret: randomBytes(32).toString('hex'),
    phoneKeySecret: randomBytes(32).toString('hex'),
    codeDeliveryKey: randomBytes(32).toString('hex'),
    credentialsKey: randomBytes(32).toString('hex'),
    ...(options.previousPhoneKeySecret ? { previousPhoneKeySecret: options.previousPhoneKeySecret } : {}),
  };
  const membersQueries: QueryCounter = { count: 0 };
  const ledgerQueries: QueryCounter = { count: 0 };
  const clock = new TestClock();
  const peers: PeerUrls = {};
  const members = await startMembersSubgraph({
    databaseUrl,
    port: 0,
    secrets,
    logger: loggerFor('members'),
    production: false,
    migrate: false,
    bootstrap: options.bootstrap ?? BOOTSTRAP_ADMIN,
    events: options.events ?? false,
    clock,
    queryCounter: membersQueries,
    peers,
    codeRequestLimits: options.codeRequestLimits ?? { perCompanyPerMinute: 100_000, perAddressPerMinute: 100_000 },
  });
  peers.members = members.url;
  const ledger = await startLedgerSubgraph({
    databaseUrl,
    port: 0,
    secrets,
    logger: loggerFor('ledger'),
    production: false,
    migrate: false,
    events: options.events ?? false,
    clock,
    queryCounter: ledgerQueries,
    peers,
  });
  peers.ledger = ledger.url;
  let gatewayUrl: string | undefined;
  const communications = options.communications
    ? await startCommunicationsSubgraph({
        databaseUrl,
        port: 0,
        secrets,
        logger: loggerFor('communications'),
        production: false,
        migrate: false,
        events: options.events ?? false,
        clock,
        peers,
        // Providers call back through the gateway, started below.
        publicUrl: () => gatewayUrl ?? null,
      })
    : null;
  if (communications) peers.communications = communications.url;
  const offers = options.offers
    ? await startOffersSubgraph({
        databaseUrl,
        port: 0,
        secrets,
        logger: loggerFor('offers'),
        production: false,
        migrate: false,
        events: options.events ?? false,
        clock,
        peers,
      })
    : null;
  if (offers) peers.offers = offers.url;
  const gateway = await startGateway({
    port: 0,
    secrets,
    logger: loggerFor('gateway'),
    production: false,
    subgraphUrls: {
      members: members.url,
      ledger: ledger.url,
      ...(communications ? { communications: communications.url } : {}),
      ...(offers ? { offers: offers.url } : {}),
    },
    rateLimits: options.rateLimits ?? { signedInPerSecond: 10_000, anonymousPerSecond: 10_000 },
  });
  gatewayUrl = gateway.url;
  return {
    gatewayUrl: gateway.url,
    membersUrl: members.url,
    databaseUrl,
    secrets,
    membersQueries,
    ledgerQueries,
    ledgerUrl: ledger.url,
    events: options.events ?? false,
    ledger,
    communications,
    offers,
    clock,
    startSession: (identity) => members.services.sessions.start(identity),
    async stop() {
      // Each part's stop is bounded: one that hangs is named in the output (a shutdown defect to
      // look into) and the others still stop, so the test file's teardown does not time out.
      for (const [part, stop] of [
        ['gateway', () => gateway.close()],
        ['communications', () => communications?.stop()],
        ['offers', () => offers?.stop()],
        ['ledger', () => ledger.stop()],
        ['members', () => members.stop()],
      ] as const)
        await stopWithin(part, stop);
      await dropDatabase(databaseUrl);
    },
  };
}

const PART_STOP_BOUND_MS = 15_000;

async function stopWithin(part: string, stop: () => Promise<unknown> | undefined): Promise<void> {
  let bound: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    bound = setTimeout(() => resolve('hung'), PART_STOP_BOUND_MS);
  });
  const outcome = await Promise.race([Promise.resolve(stop()).then(() => 'stopped' as const), hung]);
  clearTimeout(bound);
  if (outcome === 'hung') console.error(`the ${part} did not stop within ${PART_STOP_BOUND_MS / 1000} s: a shutdown defect (its stop() hangs)`);
}
