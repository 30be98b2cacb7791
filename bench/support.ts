import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { createLogger } from '../infra/logging/logger';
import { freePort, partsEnvironment, startPart, stopPart } from '../infra/process/parts';

export const ADMIN = { companyName: 'Bench Retail', adminEmail: 'bench@example.com', adminPassword: 'bench-pass-1' };

/** Runs one part of the platform as its own process, with BENCH_NODE_ARGS (a profiler, say). */
function startBenchPart(entry: string, env: Record<string, string>, readyUrl: string) {
  return startPart(entry, env, readyUrl, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
}

/**
 * The whole platform on a throw-away embedded PostgreSQL, deployed as it would be in production:
 * the gateway and each subgraph in a process of its own, so they share the machine's cores and
 * the load generator (this process) does not compete with them for one thread.
 */
export async function startBenchPlatform(options: { communications?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'loyalty-bench-'));
  // As root, PostgreSQL runs as a separate system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'silent');
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'loyalty', logger });
  const [membersPort, ledgerPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
  const communicationsPort = options.communications ? await freePort() : undefined;
  const env = partsEnvironment({
    databaseUrl: database.url,
    ports: { members: membersPort, ledger: ledgerPort, gateway: gatewayPort, communications: communicationsPort },
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
    await start('gateway', 'gateway/main.ts', `http://127.0.0.1:${gatewayPort}/health`);
  } catch (error) {
    await Promise.all(parts.map((part) => stopPart(part)));
    await database.stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${gatewayPort}/graphql`,
    databaseUrl: database.url,
    /** Each part's resident memory now, in MB (Linux: /proc/<pid>/status). */
    residentMemory: (): Array<[string, number | null]> => named.map(([name, part]) => [name, residentMegabytes(part.pid)]),
    async stop() {
      for (const part of parts.reverse()) await stopPart(part);
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function residentMegabytes(pid: number | undefined): number | null {
  try {
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
  } catch {
    return null;
  }
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
