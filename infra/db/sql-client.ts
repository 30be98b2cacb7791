import { Decimal, Sql } from '@prisma/client/runtime/client';
import pg from 'pg';

/**
 * Raw SQL the way the stores write it (`$queryRaw` / `$executeRaw` tagged templates and `Prisma.sql`
 * fragments), sent through plain `pg`. Prisma's raw calls cost about twice a `pg` call in CPU, and an
 * interactive Prisma transaction a millisecond more (measured in issue 10's note); the till's hot
 * paths run their transactions here instead (pgTransaction), the same store functions taking
 * either this or a Prisma client.
 *
 * Values come back as Prisma gives them, so a store cannot tell the two apart: numeric as Decimal,
 * int8 as bigint, timestamps and dates as Dates read in UTC, JSON parsed. Values go out as Prisma
 * sends them: Decimals and bigints as their exact text, Dates as ISO instants.
 */
export interface SqlClient {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Sql, ...values: unknown[]): Promise<number>;
  /** A statement written with $1… placeholders (the outbox's shared INSERT). */
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

const OID = {
  int8: 20,
  int8Array: 1016,
  numeric: 1700,
  numericArray: 1231,
  timestamp: 1114,
  timestampArray: 1115,
  date: 1082,
  dateArray: 1182,
  textArray: 1009,
} as const;

// pg's typings list scalar type ids only; its parser knows the array ones too.
const textArray = pg.types.getTypeParser(OID.textArray as never) as (value: string) => Array<string | null>;
const eachOf =
  <T>(parse: (value: string) => T) =>
  (value: string) =>
    textArray(value).map((element) => (element === null ? null : parse(element)));

/** timestamp without time zone holds UTC wall time here (Prisma's DateTime), never the process's zone. */
const utcTimestamp = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);

const PARSERS: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => BigInt(value),
  [OID.int8Array]: eachOf((value) => BigInt(value)),
  [OID.numeric]: (value) => new Decimal(value),
  [OID.numericArray]: eachOf((value) => new Decimal(value)),
  [OID.timestamp]: utcTimestamp,
  [OID.timestampArray]: eachOf(utcTimestamp),
  [OID.date]: utcDate,
  [OID.dateArray]: eachOf(utcDate),
};

const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => PARSERS[oid] ?? pg.types.getTypeParser(oid as never, format ?? 'text'),
} as pg.CustomTypesConfig;

/** A value as PostgreSQL should read it: exact decimals and bigints, instants with their zone. */
function outgoing(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  if (Array.isArray(value)) return value.map(outgoing);
  return value;
}

/** A statement from a tagged template or a Prisma.sql fragment. */
function statementOf(query: TemplateStringsArray | Sql, values: unknown[]): { text: string; values: unknown[] } {
  const sql = query instanceof Sql ? query : new Sql(query, values as ConstructorParameters<typeof Sql>[1]);
  return { text: sql.text, values: sql.values.map(outgoing) };
}

/**
 * Statements go to the server prepared, by a name derived from their text: each connection parses
 * and plans one once and then only binds values. Planning was about half of the server's time for
 * the till's statements (pg_stat_statements in issue 10's bench). The names are capped, so a caller
 * whose text varied without bound could not grow every connection's set of prepared statements.
 */
const MAX_PREPARED = 2000;
const preparedNames = new Map<string, string>();

function prepared(text: string, values: unknown[]): pg.QueryConfig {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `loyalty_${preparedNames.size}`;
    preparedNames.set(text, name);
  }
  return { name, text, values, types } as pg.QueryConfig;
}

/** Raw SQL over a pg connection (a transaction's) or a pool. */
export function pgSqlClient(connection: pg.PoolClient | pg.Pool): SqlClient {
  const run = (text: string, values: unknown[]) => connection.query(prepared(text, values));
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Sql, ...values: unknown[]): Promise<T> {
      const statement = statementOf(query, values);
      return (await run(statement.text, statement.values)).rows as T;
    },
    async $executeRaw(query: TemplateStringsArray | Sql, ...values: unknown[]): Promise<number> {
      const statement = statementOf(query, values);
      return (await run(statement.text, statement.values)).rowCount ?? 0;
    },
    async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
      return (await run(query, values.map(outgoing))).rowCount ?? 0;
    },
  };
}
