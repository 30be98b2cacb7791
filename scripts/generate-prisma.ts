/**
 * `npm run generate:prisma` (also run after install): generates each subgraph's Prisma client.
 * Generation never connects, but Prisma 6 still resolves the datasource URL, so a placeholder
 * stands in when DATABASE_URL is unset.
 */
import { runPrismaCli } from '../infra/db/migrate';
import { PRISMA_SUBGRAPHS } from '../infra/db/subgraph-schemas';

const url = process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1:5432/unused';

(async () => {
  for (const subgraph of PRISMA_SUBGRAPHS) await runPrismaCli(subgraph, ['generate'], url);
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
