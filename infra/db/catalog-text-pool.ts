import pg from 'pg';

// PostgreSQL catalog columns of type `name` (OID 19) and `"char"` (OID 18) are refused by
// @prisma/adapter-pg 6.19 ("Column type 'name' could not be deserialized", prisma/orm#27403).
// The schema engine reads them while diffing; relabelling them as `text` (OID 25) is lossless.
const RELABELLED_TYPE_IDS = new Set([18, 19]);
const TEXT_TYPE_ID = 25;

// PostgreSQL 18 records NOT NULL as constraints of type 'n'; the 6.19 schema engine does not know
// that type and stops ("RuntimeError: unreachable") when it meets one while introspecting a schema
// that has tables, as `migrate dev` does on its shadow database. Nullability still comes from
// pg_attribute, so leaving them out of this one catalog query loses nothing.
const CHECK_CONSTRAINT_FILTER = "contype NOT IN ('p', 'u', 'f')";
const WITHOUT_NOT_NULL = "contype NOT IN ('p', 'u', 'f', 'n')";

function withoutNotNullConstraints(query: unknown): unknown {
  if (typeof query === 'string') return query.replace(CHECK_CONSTRAINT_FILTER, WITHOUT_NOT_NULL);
  if (query && typeof query === 'object' && typeof (query as { text?: unknown }).text === 'string') {
    const config = query as { text: string };
    return { ...config, text: config.text.replace(CHECK_CONSTRAINT_FILTER, WITHOUT_NOT_NULL) };
  }
  return query;
}

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function relabel<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const one of results as QueryResultLike[]) {
    for (const field of one?.fields ?? []) {
      if (RELABELLED_TYPE_IDS.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE_ID;
    }
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; we only wrap the result.
  override query(...args: any[]): any {
    args[0] = withoutNotNullConstraints(args[0]);
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result: unknown) => last(error, error ? result : relabel(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    return pending instanceof Promise ? pending.then(relabel) : pending;
  }
}

/** A pool for the Prisma CLI's schema engine only; the application uses plain pools. */
export function createCatalogTextPool(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: CatalogTextClient });
}
