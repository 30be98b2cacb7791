import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { createLogger } from '../infra/logging/logger';

const ROOT = path.resolve(__dirname, '..');

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

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready`);
}

/** Runs one part of the platform as its own process (`npm run start:<part>` does the same). */
async function startPart(entry: string, env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilReady(readyUrl, child);
  return child;
}

function stopPart(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The whole platform on a throw-away embedded PostgreSQL, deployed as it would be in production:
 * the gateway and each subgraph in a process of its own, so they share the machine's cores and
 * the load generator (this process) does not compete with them for one thread.
 */
export async function startBenchPlatform() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'loyalty-bench-'));
  // As root, PostgreSQL runs as a separate system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'silent');
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'loyalty', logger });
  const [membersPort, ledgerPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    DATABASE_URL: database.url,
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_SIGNING_SECRET: randomBytes(32).toString('hex'),
    PHONE_KEY_SECRET: randomBytes(32).toString('hex'),
    BOOTSTRAP_COMPANY_NAME: ADMIN.companyName,
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.adminEmail,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.adminPassword,
    MEMBERS_PORT: String(membersPort),
    LEDGER_PORT: String(ledgerPort),
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    MEMBERS_URL: `http://127.0.0.1:${membersPort}/graphql`,
    LEDGER_URL: `http://127.0.0.1:${ledgerPort}/graphql`,
  };
  const parts: ChildProcess[] = [];
  try {
    parts.push(await startPart('subgraphs/members/main.ts', env, `http://127.0.0.1:${membersPort}/ready`));
    parts.push(await startPart('subgraphs/ledger/main.ts', env, `http://127.0.0.1:${ledgerPort}/ready`));
    parts.push(await startPart('gateway/main.ts', env, `http://127.0.0.1:${gatewayPort}/health`));
  } catch (error) {
    await Promise.all(parts.map(stopPart));
    await database.stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${gatewayPort}/graphql`,
    databaseUrl: database.url,
    async stop() {
      for (const part of parts.reverse()) await stopPart(part);
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
