import { Prisma } from './prisma';

/** A row read beside other work: its columns by name. */
export type ReadRow = Record<string, unknown>;

/**
 * A SELECT that runs `read` only when `condition` (which must not depend on `read`'s rows) holds,
 * and reads nothing otherwise: none of the rows `read` would lock are locked. OFFSET 0 keeps the
 * planner from merging it into the enclosing statement, where `condition` could be checked only
 * after `read` ran; here it is checked first, once.
 */
export function gatedBy(condition: Prisma.Sql, read: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT * FROM (${read}) AS gated WHERE ${condition} OFFSET 0`;
}

/**
 * Several reads as one SELECT of one row, for a statement that does other work too: named
 * expressions, then the columns of SELECTs of at most one row each, side by side (a SELECT that
 * finds nothing gives nulls). Their column names must differ.
 */
export function readTogether(expressions: Array<[name: string, Prisma.Sql]>, rows: Prisma.Sql[]): Prisma.Sql {
  const named = expressions.map(([name, expression]) => Prisma.sql`${expression} AS ${Prisma.raw(`"${name}"`)}`);
  const joined = rows.map((row, i) => Prisma.sql` LEFT JOIN LATERAL (${row}) AS ${Prisma.raw(`read_${i}`)} ON true`);
  const columns = [...named, ...rows.map((_, i) => Prisma.raw(`read_${i}.*`))];
  return Prisma.sql`SELECT ${columns.length ? Prisma.join(columns) : Prisma.sql`1 AS nothing`} FROM (SELECT 1) AS one${joined.length ? Prisma.join(joined, '') : Prisma.empty}`;
}
