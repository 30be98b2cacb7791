/**
 * `npm run prisma -- <subgraph> <prisma args...>`, e.g.
 *   npm run prisma -- members migrate dev --name add_card_notes
 * Uses DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR (started for the
 * command if `npm start` is not already running it).
 */
import { baseEnvSchema, parseEnv } from '../infra/config/env';
import { embeddedUrl, isReachable, startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import { runPrismaCli } from '../infra/db/migrate';
import { createLogger } from '../infra/logging/logger';

async function main(): Promise<void> {
  const [subgraph, ...args] = process.argv.slice(2);
  if (!subgraph || args.length === 0) throw new Error('usage: npm run prisma -- <subgraph> <prisma args...>');
  const env = parseEnv(baseEnvSchema);
  const logger = createLogger('prisma-cli', env.LOG_LEVEL);
  let url = env.DATABASE_URL;
  let stop = async () => {};
  // As `npm start`: the embedded server is for development and tests.
  if (!url && env.NODE_ENV === 'production') throw new Error('DATABASE_URL must be set in production');
  if (!url) {
    const running = embeddedUrl(env.DATA_DIR, env.EMBEDDED_PG_PORT, 'loyalty');
    if (running && (await isReachable(running))) url = running;
    else {
      const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, database: 'loyalty', logger });
      url = embedded.url;
      stop = embedded.stop;
    }
  }
  try {
    await runPrismaCli(subgraph, args, url);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
