import path from 'node:path';
import { runPrismaCli } from '../../infra/db/migrate';
import { PRISMA_SUBGRAPHS } from '../../infra/db/subgraph-schemas';
import { createDatabaseFromTemplate, dropDatabase } from '../../infra/db/test-database';
import { PROJECT_ROOT } from '../../infra/process/project-root';

/**
 * A schema.prisma change without its migration would pass type checks and fail at run time. This
 * asks Prisma itself: replay the migrations into a shadow database and diff them against the
 * schema. It runs the same path as `prisma migrate dev`, so it also proves that command works here.
 */
let url: string;
beforeAll(async () => {
  url = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
});
afterAll(() => dropDatabase(url));

test.each([...PRISMA_SUBGRAPHS])(
  'the %s migrations build exactly what its Prisma schema describes',
  async (subgraph) => {
    const dir = path.join(PROJECT_ROOT, 'prisma', subgraph);
    await expect(
      runPrismaCli(
        subgraph,
        ['migrate', 'diff', '--from-migrations', path.join(dir, 'migrations'), '--to-schema-datamodel', path.join(dir, 'schema.prisma'), '--exit-code'],
        url,
        true,
      ),
    ).resolves.toBeUndefined();
  },
  120_000,
);
