import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { createCatalogTextPool } from './catalog-text-pool';
import { poolConfigFromUrl, quoteIdentifier, searchPathOption } from './connection';

/**
 * The driver adapter factory the Prisma CLI (JavaScript schema engine) uses for one subgraph's
 * PostgreSQL schema. It cures two defects of @prisma/adapter-pg 6.19 on the migration path
 * (see shared/docs/prisma-offline.md): catalog types the adapter refuses, and a shadow database
 * that is really the main one and cannot be dropped.
 */
export function createMigrationAdapterFactory(databaseUrl: string, schema: string) {
  const mainConfig = poolConfigFromUrl(databaseUrl, { options: searchPathOption(schema) });
  const factory = new PrismaPg(createCatalogTextPool(mainConfig), { schema, disposeExternalPool: true });

  return Object.assign(factory, {
    async connectToShadowDb() {
      const shadowName = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client(poolConfigFromUrl(databaseUrl));
      await admin.connect();
      await admin.query(`CREATE DATABASE ${quoteIdentifier(shadowName)}`);
      const shadowPool = createCatalogTextPool({ ...mainConfig, database: shadowName });
      await shadowPool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      const shadow = new PrismaPg(shadowPool, { schema, disposeExternalPool: true });
      const adapter = await shadow.connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        // The pool must be gone before PostgreSQL lets the database be dropped.
        await dispose();
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(shadowName)} WITH (FORCE)`);
        } finally {
          await admin.end();
        }
      };
      return adapter;
    },
  });
}

/** Makes sure the subgraph's schema exists before the CLI migrates into it. */
export async function ensureSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } finally {
    await client.end();
  }
}
