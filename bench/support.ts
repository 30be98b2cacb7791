import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import type { Identity } from '../infra/auth/identity';
import { REQUEST_ID_HEADER, signIdentity } from '../infra/auth/identity-header';
import { verifyToken } from '../infra/auth/tokens';
import { startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { createLogger } from '../infra/logging/logger';
import { buildPlatform } from '../infra/process/build';
import { freePort, partsEnvironment, startPart, stopPart } from '../infra/process/parts';
import { postgresCpuSeconds, processCpuSeconds } from './cpu-usage';

export const ADMIN = { companyName: 'Bench Retail', adminEmail: 'bench@example.com', adminPassword: 'bench-pass-1' };

/**
 * Runs one part of the platform as its own process, compiled as `npm start` runs it, with
 * BENCH_NODE_ARGS (a profiler, say).
 */
function startBenchPart(entry: string, env: Record<string, string>, readyUrl: string) {
  return startPart(entry, env, readyUrl, { compiled: true, nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) });
}

/**
 * The whole platform on a throw-away embedded PostgreSQL, deployed as it would be in production:
 * the gateway and each subgraph in a process of its own, so they share the machine's cores and
 * the load generator (this process) does not compete with them for one thread.
 */
export async function startBenchPlatform(options: { communications?: boolean; offers?: boolean } = {}) {
  await buildPlatform();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'loyalty-bench-'));
  // As root, PostgreSQL runs as a separate system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'silent');
  // BENCH_SQL_STATS=1: the server counts each statement's calls and time (`sqlStatistics`).
  const postgresFlags = process.env.BENCH_SQL_STATS ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track_planning=on'] : [];
  // BENCH_PG_FLAGS: more server settings, e.g. auto_explain's, for a diagnosis; BENCH_PG_LOG: a file for the server's log.
  for (const setting of (process.env.BENCH_PG_FLAGS ?? '').split(' ').filter(Boolean)) postgresFlags.push('-c', setting);
  const serverLog = process.env.BENCH_PG_LOG;
  const onServerLog = serverLog ? (line: string) => appendFileSync(serverLog, `${line}\n`) : undefined;
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'loyalty', logger, postgresFlags, onServerLog });
  const [membersPort, ledgerPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
  const communicationsPort = options.communications ? await freePort() : undefined;
  const offersPort = options.offers ? await freePort() : undefined;
  const env = partsEnvironment({
    databaseUrl: database.url,
    ports: { members: membersPort, ledger: ledgerPort, gateway: gatewayPort, communications: communicationsPort, offers: offersPort },
    admin: ADMIN,
    nodeEnv: 'production',
    logLevel: process.env.LOG_LEVEL ?? 'error',
  });
  // The loopback SMSC the codes bench runs stands where a VPN's would: the operator allows it.
  env.PROVIDER_PRIVATE_HOSTS = '127.0.0.1';

  const parts: ChildProcess[] = [];
  const named: Array<[string, ChildProcess]> = [];
  const start = async (name: string, entry: string, readyUrl: string) => {
    const part = await startBenchPart(entry, env, readyUrl);
    parts.push(part);
    named.push([name, part]);
  };
  try {
    await start('members', 'subgraphs/members/main.ts', `http://127.0.0.1:${membersPort}/ready`);
    await start('ledger', 'subgraphs/ledger/main.ts', `http://127.0.0.1:${ledgerPort}/ready`);
    if (communicationsPort) await start('communications', 'subgraphs/communications/main.ts', `http://127.0.0.1:${communicationsPort}/ready`);
    if (offersPort) await start('offers', 'subgraphs/offers/main.ts', `http://127.0.0.1:${offersPort}/ready`);
    await start('gateway', 'gateway/main.ts', `http://127.0.0.1:${gatewayPort}/health`);
  } catch (error) {
    await Promise.all(parts.map((part) => stopPart(part)));
    await database.stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${gatewayPort}/graphql`,
    /** Straight to the ledger, around the gateway: with `ledgerClient`, as the gateway signs. */
    ledgerUrl: `http://127.0.0.1:${ledgerPort}/graphql`,
    /** Straight to the members subgraph, the same way (what a read's part there costs). */
    membersUrl: `http://127.0.0.1:${membersPort}/graphql`,
    secrets: { token: env.TOKEN_SECRET as string, gatewaySigning: env.GATEWAY_SIGNING_SECRET as string },
    databaseUrl: database.url,
    /** Each part's resident memory now, in MB (Linux: /proc/<pid>/status). */
    residentMemory: (): Array<[string, number | null]> => named.map(([name, part]) => [name, residentMegabytes(part.pid)]),
    /** CPU seconds used so far by each part, PostgreSQL and the load generator (this process). */
    cpuSeconds: (): Array<[string, number | null]> => {
      const { user, system } = process.cpuUsage();
      return [
        ...named.map(([name, part]): [string, number | null] => [name, processCpuSeconds(part.pid)]),
        ['postgresql', postgresCpuSeconds(postmasterPid(dataDir))],
        ['load generator', (user + system) / 1e6],
      ];
    },
    async stop() {
      for (const part of parts.reverse()) await stopPart(part);
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

function residentMegabytes(pid: number | undefined): number | null {
  try {
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The load generator shares the machine's cores with the platform, so it stays light: documents
 * printed once, kept-alive sockets through node:http (`fetch` cost it about 2 ms of CPU a call).
 */
const printed = new WeakMap<object, string>();
const agent = new Agent({ keepAlive: true });

function post(url: string, headers: Record<string, string>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    request.on('error', reject);
    request.end(body);
  });
}

function printedOnce(document: TypedDocumentNode<unknown, unknown>): string {
  let query = printed.get(document);
  if (query === undefined) {
    query = print(document);
    printed.set(document, query);
  }
  return query;
}

async function answer<R>(url: string, headers: Record<string, string>, body: string): Promise<R> {
  const result = JSON.parse(await post(url, { 'content-type': 'application/json', ...headers }, body)) as ExecutionResult<R>;
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export function gql<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const query = printedOnce(document as TypedDocumentNode<unknown, unknown>);
  return answer<R>(url, token ? { authorization: `Bearer ${token}` } : {}, JSON.stringify({ query, variables }));
}

/** A GraphQL client that sends a caller's operations to a platform's entry point. */
export type Client = <R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string) => Promise<R>;

export const gatewayClient =
  (url: string): Client =>
  (document, variables, token) =>
    gql(url, document, variables, token);

/**
 * Straight to the ledger subgraph with the identity the gateway would sign for the caller's token:
 * what the same operations cost without the gateway's hop (the ledger checks the signature as ever).
 */
export function ledgerClient(url: string, secrets: { token: string; gatewaySigning: string }): Client {
  const identities = new Map<string, Identity>();
  return (document, variables, token) => {
    let identity = identities.get(token);
    if (!identity) {
      identity = verifyToken(token, secrets.token) ?? undefined;
      if (!identity) throw new Error('the bench holds a token the platform does not accept');
      identities.set(token, identity);
    }
    const query = printedOnce(document as TypedDocumentNode<unknown, unknown>);
    const requestId = randomUUID();
    const headers = { ...signIdentity(identity, requestId, secrets.gatewaySigning, { query, variables }), [REQUEST_ID_HEADER]: requestId };
    return answer(url, headers, JSON.stringify({ query, variables }));
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Runs a benchmark's main and exits: 0 when it finished, 1 (with the error) when it failed. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
