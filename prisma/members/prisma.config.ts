import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrationAdapterFactory, ensureSchema } from '../../infra/db/prisma-cli-adapter';

// Run through `npm run prisma -- members <command>`, which provides DATABASE_URL (starting the
// embedded PostgreSQL when none is configured).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'migrations') },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set; run Prisma through `npm run prisma -- members ...`');
    await ensureSchema(url, 'members');
    return createMigrationAdapterFactory(url, 'members');
  },
});
