/**
 * The PostgreSQL SQLSTATE (or Prisma error code) behind an error, however Prisma and its driver
 * adapter wrap it (`code`, `originalCode`, `sqlState`, nested in `cause`, `meta`, `driverAdapterError`).
 */
export function errorCodesOf(error: unknown): Set<string> {
  const codes = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const key of ['code', 'originalCode', 'sqlState']) if (typeof record[key] === 'string') codes.add(record[key] as string);
    for (const key of ['cause', 'meta', 'driverAdapterError', 'error']) visit(record[key], depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** A value the database could not read as its column's type (an id that is not a UUID): the caller's input, not a bug. */
export function isMalformedValue(error: unknown): boolean {
  const codes = errorCodesOf(error);
  return codes.has('22P02') || codes.has('P2023');
}

/** A unique violation: PostgreSQL's 23505 from pg, a Prisma model query's P2002, or a Prisma raw statement's P2010 carrying 23505. */
export function isUniqueViolation(error: unknown): boolean {
  const codes = errorCodesOf(error);
  if (codes.has('23505') || codes.has('P2002')) return true;
  return codes.has('P2010') && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes('23505');
}
