import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { poolConfigFromUrl, withDatabase } from '../../infra/db/connection';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../../infra/db/embedded-postgres';
import { applyMigrations } from '../../infra/db/migrate';
import { PRISMA_SUBGRAPHS } from '../../infra/db/subgraph-schemas';
import { dropDatabase } from '../../infra/db/test-database';
import { createLogger } from '../../infra/logging/logger';
import { PROJECT_ROOT } from '../../infra/process/project-root';

/** The template's name changes with the migrations, so an edited migration never meets a stale copy. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const subgraph of PRISMA_SUBGRAPHS) {
    const dir = path.join(PROJECT_ROOT, 'prisma', subgraph, 'migrations');
    for (const entry of readdirSync(dir).sort()) {
      const file = path.join(dir, entry, 'migration.sql');
      try {
        hash.update(entry).update(readFileSync(file));
      } catch {
        // migration_lock.toml and other non-migration entries
      }
    }
  }
  return `loyalty_template_${hash.digest('hex').slice(0, 12)}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function templateExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client(poolConfigFromUrl(adminUrl, { database: 'postgres' }));
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * Real PostgreSQL for the suite: DATABASE_URL's server when set, otherwise an embedded one under
 * .data/test-postgres. Migrations run once into a template database that every test file copies.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger('test-setup', process.env.TEST_LOG_LEVEL ?? 'warn');
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(PROJECT_ROOT, '.data', 'test'),
      port: await freePort(),
      database: 'postgres',
      logger,
    });
    (globalThis as { stopTestDatabase?: () => Promise<void> }).stopTestDatabase = embedded.stop;
    adminUrl = embedded.url;
  }
  const template = templateName();
  if (!(await templateExists(adminUrl, template))) {
    const building = withDatabase(adminUrl, `${template}_building`);
    await dropDatabase(building); // left over from an interrupted run
    await createDatabaseIfMissing(building);
    for (const subgraph of PRISMA_SUBGRAPHS) await applyMigrations(subgraph, building);
    const admin = new pg.Client(poolConfigFromUrl(adminUrl, { database: 'postgres' }));
    await admin.connect();
    await admin.query(`ALTER DATABASE "${template}_building" RENAME TO "${template}"`);
    await admin.end();
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
}
