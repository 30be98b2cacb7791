import { createLedgerPrisma } from '../../subgraphs/ledger/data/prisma';
import { createSchemaPool, inPgTransaction } from './pool';
import type { SqlClient } from './sql-client';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';
import { isRetryableConflict, runPgTransaction, runTransaction } from './transaction';

let url: string;
let pool: ReturnType<typeof createSchemaPool>;
let db: ReturnType<typeof createLedgerPrisma>;

beforeAll(async () => {
  url = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
  pool = createSchemaPool(url, 'ledger');
  db = createLedgerPrisma(pool);
  await pool.query('CREATE TABLE tx_probe (id int PRIMARY KEY, n int NOT NULL)');
  await pool.query('INSERT INTO tx_probe VALUES (1, 0), (2, 0)');
});
afterAll(async () => {
  await db.$disconnect();
  await pool.end();
  await dropDatabase(url);
});

/** Two transactions locking two rows in opposite orders, meeting in the middle: a deadlock. */
function crossing(first: number, second: number, meet: Promise<void>, arrived: () => void, tries: { n: number }) {
  return (tx: Pick<SqlClient, '$executeRawUnsafe'>) =>
    (async () => {
      tries.n++;
      await tx.$executeRawUnsafe('UPDATE tx_probe SET n = n + 1 WHERE id = $1', first);
      arrived();
      await meet;
      await tx.$executeRawUnsafe('UPDATE tx_probe SET n = n + 1 WHERE id = $1', second);
    })();
}

/** A point two transactions wait at until both have arrived (each holding its first row lock). */
function meeting() {
  let count = 0;
  let release: () => void = () => {};
  const meet = new Promise<void>((resolve) => {
    release = resolve;
  });
  const arrived = () => {
    count++;
    if (count === 2) release();
  };
  return { meet, arrived };
}

test('a deadlock is recognised and the losing transaction runs again: both apply exactly once', async () => {
  const { meet, arrived } = meeting();
  const a = { n: 0 };
  const b = { n: 0 };
  await Promise.all([runTransaction({ db }, crossing(1, 2, meet, arrived, a)), runTransaction({ db }, crossing(2, 1, meet, arrived, b))]);
  expect(a.n + b.n).toBe(3);
  const rows = await pool.query<{ n: number }>('SELECT n FROM tx_probe ORDER BY id');
  expect(rows.rows.map((r) => r.n)).toEqual([2, 2]);
});

test('without the retry the same crossing fails with a deadlock the helper would have retried', async () => {
  const { meet, arrived } = meeting();
  const outcomes = await Promise.allSettled([
    db.$transaction(crossing(1, 2, meet, arrived, { n: 0 })),
    db.$transaction(crossing(2, 1, meet, arrived, { n: 0 })),
  ]);
  const failure = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult | undefined;
  expect(failure).toBeDefined();
  expect(isRetryableConflict(failure?.reason)).toBe(true);
});

test('other failures are not retried', async () => {
  let tries = 0;
  await expect(
    runTransaction({ db }, async () => {
      tries++;
      throw new Error('business refusal');
    }),
  ).rejects.toThrow('business refusal');
  expect(tries).toBe(1);
});

describe('over plain pg', () => {
  test('a deadlock is retried the same way: both apply exactly once', async () => {
    await pool.query('UPDATE tx_probe SET n = 0');
    const { meet, arrived } = meeting();
    const a = { n: 0 };
    const b = { n: 0 };
    await Promise.all([runPgTransaction({ pool }, crossing(1, 2, meet, arrived, a)), runPgTransaction({ pool }, crossing(2, 1, meet, arrived, b))]);
    expect(a.n + b.n).toBe(3);
    const rows = await pool.query<{ n: number }>('SELECT n FROM tx_probe ORDER BY id');
    expect(rows.rows.map((r) => r.n)).toEqual([2, 2]);
  });

  test('what the work wrote before it threw is rolled back, and the connection goes back to the pool', async () => {
    await pool.query('UPDATE tx_probe SET n = 0');
    await expect(
      runPgTransaction({ pool }, async (tx) => {
        await tx.$executeRaw`UPDATE tx_probe SET n = 7 WHERE id = 1`;
        throw new Error('business refusal');
      }),
    ).rejects.toThrow('business refusal');
    expect((await pool.query<{ n: number }>('SELECT n FROM tx_probe WHERE id = 1')).rows[0]?.n).toBe(0);
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });

  test('a statement running past the timeout is cancelled by the server', async () => {
    await expect(runPgTransaction({ pool }, (tx) => tx.$queryRaw`SELECT pg_sleep(2)`, { timeoutMs: 100 })).rejects.toThrow(/statement timeout/);
  });
});

describe('BEGIN sent with the first statement', () => {
  test('the first statement runs inside the transaction: rolled back with it', async () => {
    await pool.query('UPDATE tx_probe SET n = 0');
    const inside = await inPgTransaction(
      pool,
      async (client) => {
        await client.query('UPDATE tx_probe SET n = 5 WHERE id = 1');
        return (await client.query<{ open: boolean }>('SELECT now() = statement_timestamp() AS open')).rows[0]?.open;
      },
      'BEGIN',
    );
    // now() is the transaction's start: a later statement of the same transaction sees a different statement_timestamp.
    expect(inside).toBe(false);
    await expect(
      inPgTransaction(pool, async (client) => {
        await client.query('UPDATE tx_probe SET n = 9 WHERE id = 1');
        throw new Error('business refusal');
      }),
    ).rejects.toThrow('business refusal');
    expect((await pool.query<{ n: number }>('SELECT n FROM tx_probe WHERE id = 1')).rows[0]?.n).toBe(5);
  });

  test('a failed opening fails the first statement, and the work sends nothing after it', async () => {
    await pool.query('UPDATE tx_probe SET n = 0');
    let second = false;
    await expect(
      inPgTransaction(
        pool,
        async (client) => {
          await client.query('UPDATE tx_probe SET n = 3 WHERE id = 1');
          second = true;
          await client.query('UPDATE tx_probe SET n = 4 WHERE id = 2');
        },
        "BEGIN; SET LOCAL statement_timeout = 'not a duration'",
      ),
    ).rejects.toThrow(/statement_timeout/);
    expect(second).toBe(false);
    expect((await pool.query<{ n: number }>('SELECT n FROM tx_probe ORDER BY id')).rows.map((r) => r.n)).toEqual([0, 0]);
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });
});
