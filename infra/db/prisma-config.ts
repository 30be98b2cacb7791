import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrationAdapterFactory, ensureSchema } from './prisma-cli-adapter';

/**
 * The Prisma CLI configuration of one subgraph (prisma/<name>/prisma.config.ts): the JavaScript
 * schema engine with our adapter factory, migrating into the PostgreSQL schema of the same name.
 * Run it through `npm run prisma -- <name> <command>`, which provides DATABASE_URL.
 */
export function subgraphPrismaConfig(name: string, directory: string) {
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(directory, 'schema.prisma'),
    migrations: { path: path.join(directory, 'migrations') },
    async adapter() {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error(`DATABASE_URL is not set; run Prisma through \`npm run prisma -- ${name} ...\``);
      await ensureSchema(url, name);
      return createMigrationAdapterFactory(url, name);
    },
  });
}
