import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { builtEntry } from './build';
import { PROJECT_ROOT } from './project-root';

/** Running parts of the platform as processes of their own (the benchmark, the fault run). */

export function freePort(): Promise<number> {
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

/**
 * Starts one part (`npm run start:<part>` does the same) and waits until `readyUrl` answers: from
 * its sources through tsx, or `compiled`, from its build in dist/ as production runs it.
 */
export async function startPart(
  entry: string,
  env: Record<string, string>,
  readyUrl: string,
  options: { nodeArgs?: string[]; compiled?: boolean } = {},
): Promise<ChildProcess> {
  const program = options.compiled ? [builtEntry(entry)] : ['--import', 'tsx', path.join(PROJECT_ROOT, entry)];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...program], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilReady(readyUrl, child);
  return child;
}

/** Stops a part: SIGTERM (an orderly stop), or SIGKILL (a crash: nothing it holds is let go cleanly). */
export function stopPart(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * The settings the platform's parts share when started as processes on one machine (the benchmark,
 * the fault run): one database, fresh random secrets, the first administrator, and where each part
 * listens and finds the others.
 */
export function partsEnvironment(options: {
  databaseUrl: string;
  ports: { members: number; ledger: number; gateway: number; communications?: number; offers?: number };
  admin: { companyName: string; adminEmail: string; adminPassword: string };
  nodeEnv: 'production' | 'test';
  logLevel: string;
}): Record<string, string> {
  const { members, ledger, gateway, communications, offers } = options.ports;
  return {
    NODE_ENV: options.nodeEnv,
    LOG_LEVEL: options.logLevel,
    DATABASE_URL: options.databaseUrl,
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_SIGNING_SECRET: randomBytes(32).toString('hex'),
    PHONE_KEY_SECRET: randomBytes(32).toString('hex'),
    CODE_DELIVERY_KEY: randomBytes(32).toString('hex'),
    // Every process resolves the whole set of secrets, and production requires each of them.
    CREDENTIALS_KEY: randomBytes(32).toString('hex'),
    BOOTSTRAP_COMPANY_NAME: options.admin.companyName,
    BOOTSTRAP_ADMIN_EMAIL: options.admin.adminEmail,
    BOOTSTRAP_ADMIN_PASSWORD: options.admin.adminPassword,
    MEMBERS_PORT: String(members),
    LEDGER_PORT: String(ledger),
    PORT: String(gateway),
    HOST: '127.0.0.1',
    MEMBERS_URL: `http://127.0.0.1:${members}/graphql`,
    LEDGER_URL: `http://127.0.0.1:${ledger}/graphql`,
    // Load runs drive one caller far beyond a till's pace on purpose: they measure the plumbing, not the limits.
    RATE_LIMIT_PER_SECOND: '1000000',
    ANONYMOUS_RATE_LIMIT_PER_SECOND: '1000000',
    CODE_REQUESTS_PER_MINUTE_PER_COMPANY: '1000000',
    CODE_REQUESTS_PER_MINUTE_PER_ADDRESS: '1000000',
    ...(communications
      ? {
          COMMUNICATIONS_PORT: String(communications),
          COMMUNICATIONS_URL: `http://127.0.0.1:${communications}/graphql`,
        }
      : {}),
    ...(offers ? { OFFERS_PORT: String(offers), OFFERS_URL: `http://127.0.0.1:${offers}/graphql` } : {}),
  };
}
