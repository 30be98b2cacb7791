import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { poolConfigFromUrl, quoteIdentifier, withDatabase } from './connection';

/**
 * Test databases are copies of a migrated template, one per test file, so files never see each
 * other's data and need no clean-up between tests.
 */
export async function createDatabaseFromTemplate(adminUrl: string, template: string, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client(poolConfigFromUrl(adminUrl, { database: 'postgres' }));
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(url: string): Promise<void> {
  const { database } = poolConfigFromUrl(url);
  const admin = new pg.Client(poolConfigFromUrl(url, { database: 'postgres' }));
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(String(database))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
