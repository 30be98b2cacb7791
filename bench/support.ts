import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { startGateway } from '../gateway/gateway';
import { startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { createLogger } from '../infra/logging/logger';
import { startLedgerSubgraph } from '../subgraphs/ledger/server';
import { startMembersSubgraph } from '../subgraphs/members/server';

export const ADMIN = { companyName: 'Bench Retail', adminEmail: 'bench@example.com', adminPassword: 'bench-pass-1' };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The whole platform on a throw-away embedded PostgreSQL, as `npm start` runs it. */
export async function startBenchPlatform() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'loyalty-bench-'));
  // As root, PostgreSQL runs as a separate system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'silent');
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'loyalty', logger });
  const secrets = {
    tokenSecret: randomBytes(32).toString('hex'),
    gatewaySigningSecret: randomBytes(32).toString('hex'),
    phoneKeySecret: randomBytes(32).toString('hex'),
  };
  const common = { databaseUrl: database.url, port: 0, secrets, logger, production: true };
  const members = await startMembersSubgraph({ ...common, bootstrap: ADMIN });
  const ledger = await startLedgerSubgraph(common);
  const gateway = await startGateway({ ...common, subgraphUrls: { members: members.url, ledger: ledger.url } });
  return {
    url: gateway.url,
    databaseUrl: database.url,
    async stop() {
      await gateway.close();
      await ledger.stop();
      await members.stop();
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function gql<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as ExecutionResult<R>;
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
