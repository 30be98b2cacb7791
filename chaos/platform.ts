import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { createLogger } from '../infra/logging/logger';
import { freePort, partsEnvironment, startPart, stopPart } from '../infra/process/parts';

export const CHAOS_ADMIN = { companyName: 'Chaos Retail', adminEmail: 'chaos@example.com', adminPassword: 'chaos-pass-1' };

/**
 * The platform for the fault run: its own embedded PostgreSQL, and the members subgraph, the ledger
 * and the gateway as processes of their own, so the ledger can be killed (SIGKILL, mid-transaction)
 * and PostgreSQL restarted under live traffic.
 */
export async function startChaosPlatform(options: { unsafeNoIdempotency?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'loyalty-chaos-'));
  // As root, PostgreSQL runs as a separate system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const logger = createLogger('chaos', process.env.CHAOS_LOG_LEVEL ?? 'silent');
  const pgPort = await freePort();
  let database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'loyalty', logger });
  const [membersPort, ledgerPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...partsEnvironment({
      databaseUrl: database.url,
      ports: { members: membersPort, ledger: ledgerPort, gateway: gatewayPort },
      admin: CHAOS_ADMIN,
      nodeEnv: 'test',
      logLevel: process.env.CHAOS_LOG_LEVEL ?? 'fatal',
    }),
    LEDGER_UNSAFE_NO_IDEMPOTENCY: options.unsafeNoIdempotency ? 'true' : 'false',
  };

  const ledgerReady = `http://127.0.0.1:${ledgerPort}/ready`;
  const members = await startPart('subgraphs/members/main.ts', env, `http://127.0.0.1:${membersPort}/ready`);
  let ledger: ChildProcess = await startPart('subgraphs/ledger/main.ts', env, ledgerReady);
  const gateway = await startPart('gateway/main.ts', env, `http://127.0.0.1:${gatewayPort}/health`);
  let ledgerUp = true;

  return {
    url: `http://127.0.0.1:${gatewayPort}/graphql`,
    databaseUrl: database.url,
    /** A crash: SIGKILL, whatever the ledger was doing (open transactions roll back in PostgreSQL). */
    async killLedger() {
      ledgerUp = false;
      await stopPart(ledger, 'SIGKILL');
    },
    async startLedger() {
      ledger = await startPart('subgraphs/ledger/main.ts', { ...env, MIGRATE_ON_START: 'false' }, ledgerReady);
      ledgerUp = true;
    },
    get ledgerUp() {
      return ledgerUp;
    },
    /** Stops PostgreSQL under live connections and starts it again on the same files. */
    async restartPostgres(downMs: number) {
      await database.stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      database = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'loyalty', logger });
    },
    async stop() {
      for (const part of [gateway, ledger, members]) await stopPart(part);
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ChaosPlatform = Awaited<ReturnType<typeof startChaosPlatform>>;
