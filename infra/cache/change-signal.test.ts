import pg from 'pg';
import { eventually } from '../../tests/support/eventually';
import { createDatabaseFromTemplate, dropDatabase } from '../db/test-database';
import { createLogger } from '../logging/logger';
import { listenerClientConfig, listenForSettingsChanges, signalSettingsChanged } from './change-signal';

/** The signal that makes every process of a subgraph forget the settings it keeps, on a real PostgreSQL. */
let databaseUrl: string;
let pool: pg.Pool;
beforeAll(async () => {
  databaseUrl = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
  pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
});
afterAll(async () => {
  await pool?.end();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

/** Signals in a transaction of its own, which commits or rolls back. */
async function signal(schema: string, outcome: 'COMMIT' | 'ROLLBACK') {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await signalSettingsChanged({ $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0 }, schema);
    await client.query(outcome);
  } finally {
    client.release();
  }
}

test('a change is heard by the subgraph it names once it commits; one rolled back or another subgraph’s is not', async () => {
  let forgotten = 0;
  const listener = listenForSettingsChanges(pool, 'communications', () => forgotten++, createLogger('test', 'silent'));
  await listener.start();
  try {
    await signal('communications', 'ROLLBACK');
    await signal('ledger', 'COMMIT');
    await signal('communications', 'COMMIT');
    // Signals of one session arrive in order: had the earlier ones been heard, they would be counted by now.
    await eventually(() => forgotten > 0 || undefined, 'the committed change heard');
    expect(forgotten).toBe(1);
  } finally {
    await listener.stop();
  }
});

test('a lost connection makes the listener forget when it is lost and again once it listens anew (changes may have been missed), and then hear changes', async () => {
  let forgotten = 0;
  const listener = listenForSettingsChanges(pool, 'communications', () => forgotten++, createLogger('test', 'silent'));
  await listener.start();
  try {
    const admin = await pool.connect();
    try {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN settings_changed' AND pid <> pg_backend_pid()");
    } finally {
      admin.release();
    }
    await eventually(() => forgotten >= 2 || undefined, 'forgotten when the connection was lost and when listening again');
    const before = forgotten;
    await signal('communications', 'COMMIT');
    await eventually(() => forgotten > before || undefined, 'a change heard after listening again');
    expect(forgotten).toBe(before + 1);
  } finally {
    await listener.stop();
  }
});

test('the listener connects with the pool’s password, which pg keeps out of the pool’s enumerable options', async () => {
  const guarded = new pg.Pool({ host: '127.0.0.1', user: 'loyalty', password: 'a-generated-secret', database: 'loyalty' });
  expect(Object.keys(guarded.options)).not.toContain('password');
  expect(listenerClientConfig(guarded)).toMatchObject({ host: '127.0.0.1', user: 'loyalty', password: 'a-generated-secret', keepAlive: true });
  await guarded.end();
});
