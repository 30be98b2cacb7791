import { Decimal } from '@prisma/client/runtime/client';
import { createLedgerPrisma, Prisma } from '../../subgraphs/ledger/data/prisma';
import { createSchemaPool } from './pool';
import { pgSqlClient } from './sql-client';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';
import { runPgTransaction } from './transaction';

/**
 * The pg client answers raw SQL exactly as Prisma's $queryRaw does, so a store cannot tell which
 * ran it: the same statement through both gives the same values, of the same types.
 */
let url: string;
let pool: ReturnType<typeof createSchemaPool>;
let db: ReturnType<typeof createLedgerPrisma>;

beforeAll(async () => {
  url = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
  pool = createSchemaPool(url, 'ledger');
  db = createLedgerPrisma(pool);
});
afterAll(async () => {
  await db.$disconnect();
  await pool.end();
  await dropDatabase(url);
});

const at = new Date('2026-03-04T05:06:07.089Z');
const sample = (money: Decimal, big: bigint, when: Date, amounts: Decimal[]) => Prisma.sql`
  SELECT ${money}::numeric AS money, ${money}::numeric(18, 2) * 3 AS tripled, ${big}::int8 AS big, count(*) AS counted,
         ${when}::timestamptz AS instant, ${when}::timestamp AS wall, ${when}::date AS day, ${amounts}::numeric[] AS amounts,
         ARRAY[${big}::int8, NULL] AS bigs, ${{ a: 1, b: 'x' }}::jsonb AS doc, 3::int AS small, true AS yes, NULL::numeric AS nothing,
         'text' AS words, ARRAY['a', NULL, 'c'] AS list
    FROM (VALUES (1), (2)) v(n)`;

test('the same statement gives the same values, of the same types, as Prisma', async () => {
  const statement = sample(new Decimal('12345678901234.56'), 9_007_199_254_740_993n, at, [new Decimal('0.10'), new Decimal('-2.5')]);
  const [fromPrisma = {}] = await db.$queryRaw<Array<Record<string, unknown>>>(statement);
  const [fromPg = {}] = await pgSqlClient(pool).$queryRaw<Array<Record<string, unknown>>>(statement);
  expect(fromPg).toEqual(fromPrisma);
  for (const key of Object.keys(fromPrisma))
    expect([key, Object.prototype.toString.call(fromPg[key])]).toEqual([key, Object.prototype.toString.call(fromPrisma[key])]);
  expect(Decimal.isDecimal(fromPg.money)).toBe(true);
  expect((fromPg.money as Decimal).toFixed()).toBe('12345678901234.56');
  expect(fromPg.big).toBe(9_007_199_254_740_993n);
  expect(fromPg.counted).toBe(2n);
  expect((fromPg.wall as Date).toISOString()).toBe(at.toISOString());
  expect((fromPg.day as Date).toISOString()).toBe('2026-03-04T00:00:00.000Z');
});

test('a template with values, a fragment and a written statement go out alike', async () => {
  const client = pgSqlClient(pool);
  const amount = new Decimal('0.000000001');
  const [tagged] = await client.$queryRaw<Array<{ v: Decimal }>>`SELECT ${amount}::numeric AS v`;
  expect(tagged?.v.toFixed()).toBe('0.000000001');
  const fragment = Prisma.sql`SELECT array_length(ARRAY[${Prisma.join([1, 2, 3])}]::int[], 1) AS n ${Prisma.empty}`;
  expect(await client.$queryRaw(fragment)).toEqual([{ n: 3 }]);
  expect(await client.$queryRaw(fragment)).toEqual(await db.$queryRaw(fragment));
  await client.$executeRawUnsafe('CREATE TEMP TABLE IF NOT EXISTS probe (at timestamptz)');
  expect(await client.$executeRawUnsafe('INSERT INTO probe VALUES ($1), ($1)', at)).toBe(2);
});

test('a statement is prepared once per connection and then only bound: its second run parses nothing', async () => {
  const connection = await pool.connect();
  try {
    const sql = pgSqlClient(connection);
    const first = await sql.$queryRaw<Array<{ n: number }>>(Prisma.sql`SELECT ${1}::int + 1 AS n`);
    const second = await sql.$queryRaw<Array<{ n: number }>>(Prisma.sql`SELECT ${41}::int + 1 AS n`);
    expect([first[0]?.n, second[0]?.n]).toEqual([2, 42]);
    const { rows } = await connection.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%AS n'");
    expect(rows).toEqual([{ statement: 'SELECT $1::int + 1 AS n' }]);
  } finally {
    connection.release();
  }
});

test('a pg transaction plans its statements generically, and the setting ends with it', async () => {
  const mode = (rows: Array<{ mode: string }>) => rows[0]?.mode;
  const inside = await runPgTransaction({ pool }, (tx) => tx.$queryRaw<Array<{ mode: string }>>(Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode`));
  const connection = await pool.connect();
  try {
    const after = await connection.query<{ mode: string }>("SELECT current_setting('plan_cache_mode') AS mode");
    expect([mode(inside), mode(after.rows)]).toEqual(['force_generic_plan', 'auto']);
  } finally {
    connection.release();
  }
});
